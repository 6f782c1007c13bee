"""Industry, source and region as picklists (sql/0013_picklists_pinyin.sql): every employee reads
them, only the admin position writes them, a customer holds only values of the list, and the
migration maps the free text that was there before."""

from __future__ import annotations

import json

import psycopg
import pytest

from salesdesk.db import migrate
from salesdesk.db.urls import libpq_url
from tests.factories import Company

WRITES = [
    ("select api.picklist_add('region', '火星')", ()),
    ("select api.picklist_rename((select id from api.picklists where kind = 'region' and name = '上海'), "
     "'浦东')", ()),
    ("select api.picklist_set_active((select id from api.picklists where kind = 'region' and name = '上海'), "
     "false)", ()),
    ("select api.picklist_reorder('region', array[(select id from api.picklists "
     "where kind = 'region' and name = '上海')])", ()),
]


def entries(company: Company, who: str, kind: str) -> list[tuple[str, bool]]:
    return [(r[0], r[1]) for r in company.call(who, "select name, active from api.picklist(%s)", (kind,))]


def customer(company: Company, who: str, name: str) -> dict:
    cid = company.customers[name]
    row = company.call(who, "select to_jsonb(c) from api.customer_get(%s) c", (cid,))[0][0]
    return row


def update(company: Company, who: str, name: str, changes: dict) -> None:
    c = customer(company, who, name)
    company.call(who, "select api.record_update('customer', %s, %s, %s::jsonb)",
                 (c["id"], c["version"], json.dumps(changes)))


def test_every_employee_reads_the_lists(company: Company) -> None:
    for who in ("sp_e1a", "asst_e1", "director", "admin"):
        regions = entries(company, who, "region")
        assert ("上海", True) in regions and ("长沙", True) in regions
        assert ("展会", True) in entries(company, who, "source")
        assert ("制造业", True) in entries(company, who, "industry")
    row = company.call("sp_e1a", "select pinyin, initials from api.picklist('region') where name = '长沙'")
    assert row == [("changsha", "cs")]


@pytest.mark.parametrize(("query", "params"), WRITES)
@pytest.mark.parametrize("who", ["sp_e1a", "sup_e1", "mgr_e", "asst_e1", "director"])
def test_only_the_admin_changes_a_list(company: Company, who: str, query: str, params: tuple) -> None:
    before = company.call("admin", "select * from api.picklists")
    with company.connect(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(query, params)
    with company.connect(who) as conn:
        for table in ("sales.picklist_entries",):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"update {table} set name = '火星'")
            conn.rollback()
    assert company.call("admin", "select * from api.picklists") == before


def test_outsiders_read_nothing(company: Company) -> None:
    with company.connect("outsider") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("select * from api.picklist('region')")


def test_the_admin_maintains_a_list(fresh_company: Company) -> None:
    c = fresh_company
    new_id = c.call("admin", "select api.picklist_add('region', '  火星 ')")[0][0]
    assert ("火星", True) in entries(c, "sp_e1a", "region")
    assert entries(c, "sp_e1a", "region")[-1] == ("火星", True)  # added at the end
    with pytest.raises(psycopg.errors.UniqueViolation):
        c.call("admin", "select api.picklist_add('region', '火星')")
    with pytest.raises(psycopg.errors.CheckViolation):
        c.call("admin", "select api.picklist_add('region', '   ')")
    with pytest.raises(psycopg.Error) as err:
        c.call("admin", "select api.picklist_add('planet', '火星')")
    assert err.value.sqlstate == "SD005"
    c.call("admin", "select api.picklist_reorder('region', array[%s::bigint])", (new_id,))
    assert entries(c, "sp_e1a", "region")[0] == ("火星", True)
    c.call("admin", "select api.picklist_set_active(%s, false)", (new_id,))
    assert ("火星", False) in entries(c, "sp_e1a", "region")
    with pytest.raises(psycopg.errors.NoDataFound):
        c.call("admin", "select api.picklist_rename(-1, 'x')")


def test_a_customer_holds_only_listed_values(fresh_company: Company) -> None:
    c = fresh_company
    name = "sp_e1a客户1"
    update(c, "sp_e1a", name, {"region": "杭州", "industry": "新能源", "source": "展会"})
    got = customer(c, "sp_e1a", name)
    assert (got["region"], got["industry"], got["source"]) == ("杭州", "新能源", "展会")
    for field, value in (("region", "浦东"), ("industry", "Widgets"), ("source", "上海")):
        with pytest.raises(psycopg.errors.CheckViolation) as err:
            update(c, "sp_e1a", name, {field: value})
        assert err.value.diag.column_name == field
    with pytest.raises(psycopg.errors.CheckViolation):
        c.call("sp_e1a", "select api.record_create('customer', %s::jsonb)",
               (json.dumps({"name": "新客户", "region": "火星"}),))
    update(c, "sp_e1a", name, {"region": ""})  # empty is no value
    assert customer(c, "sp_e1a", name)["region"] is None


def test_a_deactivated_value_stays_but_is_not_chosen_again(fresh_company: Company) -> None:
    c = fresh_company
    update(c, "sp_e1a", "sp_e1a客户1", {"industry": "新能源"})
    entry = c.call("admin", "select id from api.picklists where kind = 'industry' and name = '新能源'")[0][0]
    c.call("admin", "select api.picklist_set_active(%s, false)", (entry,))
    update(c, "sp_e1a", "sp_e1a客户1", {"notes": "still 新能源"})  # other fields save
    assert customer(c, "sp_e1a", "sp_e1a客户1")["industry"] == "新能源"
    with pytest.raises(psycopg.errors.CheckViolation):
        update(c, "sp_e1a", "sp_e1a客户2", {"industry": "新能源"})


def test_a_rename_reaches_every_customer(fresh_company: Company) -> None:
    c = fresh_company
    update(c, "sp_n1a", "sp_n1a客户1", {"region": "北京"})
    entry = c.call("admin", "select id from api.picklists where kind = 'region' and name = '上海'")[0][0]
    c.call("admin", "select api.picklist_rename(%s, '上海市')", (entry,))
    regions = {r[0] for r in c.call("director", "select region from api.customers")}
    assert "上海" not in regions and "上海市" in regions and "北京" in regions
    assert ("上海市", True) in entries(c, "sp_e1a", "region")


def test_the_migration_maps_free_text(db_factory) -> None:
    url = db_factory("0012")
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("insert into sales.org_units (code, name, kind) values ('HQ', '总部', 'hq')")
        conn.execute("insert into sales.customer_pools (unit_id, name) "
                     "select id, '公海' from sales.org_units")
        rows = [("浦东新区", "制造业", "展会"), ("上海市", " Widgets ", ""), ("  杭州 ", "IT", "朋友"),
                ("火星", None, None), (None, "IT", "朋友"), (None, "很长" * 150, None)]
        for i, (region, industry, source) in enumerate(rows):
            conn.execute("insert into sales.customers (name, region, industry, source, pool_id) "
                         "select %s, %s, %s, %s, id from sales.customer_pools",
                         (f"客户{i}", region, industry, source))
        conn.commit()
    migrate.upgrade(url)
    with psycopg.connect(libpq_url(url)) as conn:
        got = conn.execute("select region, industry, source from sales.customers order by name").fetchall()
        assert got == [("上海", "制造业", "展会"), ("上海", "Widgets", None), ("杭州", "IT", "朋友"),
                       ("火星", None, None), (None, "IT", "朋友"), (None, "很长" * 100, None)]
        listed = set(conn.execute("select kind, name from sales.picklist_entries").fetchall())
        assert {("region", "火星"), ("industry", "Widgets"), ("industry", "IT"), ("source", "朋友"),
                ("region", "上海"), ("region", "长沙")} <= listed
        assert ("region", "浦东新区") not in listed and ("region", "上海市") not in listed
        # every customer's value is an entry of its list
        assert conn.execute(
            "select count(*) from sales.customers c, lateral (values ('industry', c.industry), "
            "('source', c.source), ('region', c.region)) v (kind, name) where v.name is not null "
            "and not exists (select 1 from sales.picklist_entries e "
            "where e.kind = v.kind and e.name = v.name)"
        ).fetchone() == (0,)


def test_the_services_say_which_field_and_why(fresh_company: Company) -> None:
    from salesdesk.db.session import Database
    from salesdesk.services import customers, picklists
    from salesdesk.services.errors import NOT_IN_LIST, PermissionDeniedError, ValidationError

    c = fresh_company
    sp, admin = Database.connect(c.url_for("sp_e1a")), Database.connect(c.url_for("admin"))
    try:
        mine = customers.get_customer(sp, c.customers["sp_e1a客户1"])
        with pytest.raises(ValidationError) as err:
            customers.update_customer(sp, mine.id, mine.version, {"region": "火星"})
        assert {k: v.message for k, v in err.value.fields.items()} == {"region": NOT_IN_LIST}
        with pytest.raises(PermissionDeniedError):
            picklists.add_entry(sp, "region", "火星")
        with pytest.raises(ValidationError) as err:
            picklists.add_entry(admin, "region", "上海")
        assert err.value.fields["name"].message == picklists.ALREADY_LISTED
        new_id = picklists.add_entry(admin, "region", "火星")
        assert [e.name for e in picklists.entries(sp, "region")][-1] == "火星"
        picklists.rename_entry(admin, new_id, "火星基地")
        assert picklists.all_entries(sp)["region"][-1].name == "火星基地"
    finally:
        sp.close()
        admin.close()

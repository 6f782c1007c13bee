"""Products and categories (sql/0016_permissions_products.sql): every employee reads the catalog,
maintain_products writes it, and the cost price reaches only positions with see_cost — through
every read path of the API, found in the catalog so that a read path added later is attacked too."""

from __future__ import annotations

import json
from decimal import Decimal

import psycopg
import pytest

from tests.factories import Company, build_small_company

SECRET_COST = Decimal("98765.43")  # a value no other column holds: searched for in every output


@pytest.fixture(scope="module")
def catalog(db_factory) -> Company:
    """A small company with two categories and three products (one cost-only), as the admin made them."""
    c = build_small_company(db_factory())
    cat = c.call("admin", "select api.product_category_save(null, null, %s)",
                 (json.dumps({"code": "NET", "name": "网络设备"}),))[0][0]
    c.call("admin", "select api.product_category_save(null, null, %s)",
           (json.dumps({"code": "SW", "name": "软件"}),))
    for code, name, price, cost in (("P-001", "千兆交换机", "1299.00", str(SECRET_COST)),
                                    ("P-002", "长城服务器", "45800.50", "30000.00"),
                                    ("P-003", "安装服务", "800.00", None)):
        values = {"code": code, "name": name, "list_price": price, "unit": "台", "category_id": cat}
        if cost is not None:
            values["cost_price"] = cost
        c.call("admin", "select api.product_save(null, null, %s)", (json.dumps(values),))
    with c.admin() as conn:  # a quote line of the cost-only product: a read path of its cost (0032)
        quote = c.add_record(conn, "quote", owner="sp_e1a", title="交换机报价",
                             customer_id=c.customers["sp_e1a客户1"])
        product = conn.execute("select id from sales.products where code = 'P-001'").fetchone()
        assert product
        c.add_record(conn, "quote_line", parent=quote, product_id=product[0], quantity=1,
                     unit_price=Decimal("1299.00"))
        conn.commit()
    return c


def product(company: Company, who: str, code: str) -> dict:
    return company.call(who, "select to_jsonb(p) from api.products p where code = %s", (code,))[0][0]


# ---------------------------------------------------------------------------
# Permissions
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("who", "expected"), [
    ("admin", {"maintain_products", "maintain_picklists", "see_cost", "approve", "export", "import",
               "manage_targets", "manage_users", "maintain_approval_rules", "maintain_company_profile",
               "maintain_scorecards", "maintain_targets"}),
    ("director", {"see_cost", "approve", "export", "manage_targets", "maintain_scorecards",
                  "maintain_targets"}),
    ("mgr_e", {"approve", "export", "manage_targets"}),
    ("sup_e1", {"export"}),
    ("asst_e1", {"export"}),
    ("sp_e1a", set()),
])
def test_standard_positions_hold_their_default_permissions(company: Company, who: str, expected: set) -> None:
    assert {r[0] for r in company.call(who, "select code from api.my_permissions()")} == expected


def test_the_permission_set_is_documented_in_both_languages(company: Company) -> None:
    rows = company.call("sp_e1a",
                        "select code, name, name_en, description, description_en from api.permissions")
    assert [r[0] for r in rows][:3] == ["maintain_products", "maintain_picklists", "see_cost"]
    # 0023, 0025, 0034, 0035 add one each
    assert all(all(v.strip() for v in r) for r in rows) and len(rows) == 12


@pytest.mark.parametrize("who", ["sp_e1a", "sup_e1", "mgr_e", "asst_e1", "director"])
def test_only_manage_users_grants_or_revokes(company: Company, who: str) -> None:
    before = company.call("admin", "select * from api.position_permissions")
    pos = company.call(who, "select id from api.positions where code = 'salesperson'")[0][0]
    for fn in ("position_grant", "position_revoke"):
        with company.connect(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"select api.{fn}(%s, 'see_cost')", (pos,))
    with company.connect(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("insert into sales.position_permissions (position_id, permission) "
                     "values (%s, 'see_cost')", (pos,))
    assert company.call("admin", "select * from api.position_permissions") == before


def test_a_grant_takes_effect_at_the_next_statement(fresh_company: Company) -> None:
    c = fresh_company
    pos = c.call("admin", "select id from api.positions where code = 'manager'")[0][0]
    holds = "select count(*) from api.my_permissions() where code = 'see_cost'"
    with c.connect("mgr_e") as conn:
        assert conn.execute(holds).fetchone() == (0,)
        c.call("admin", "select api.position_grant(%s, 'see_cost')", (pos,))
        assert conn.execute(holds).fetchone() == (1,)
        c.call("admin", "select api.position_revoke(%s, 'see_cost')", (pos,))
        assert conn.execute(holds).fetchone() == (0,)
    with pytest.raises(psycopg.Error) as err:
        c.call("admin", "select api.position_grant(%s, 'fly')", (pos,))
    assert err.value.sqlstate == "SD005"


def test_picklists_follow_maintain_picklists_not_the_admin_position(fresh_company: Company) -> None:
    c = fresh_company
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.call("director", "select api.picklist_add('region', '火星')")
    pos = c.call("admin", "select id from api.positions where code = 'director'")[0][0]
    c.call("admin", "select api.position_grant(%s, 'maintain_picklists')", (pos,))
    c.call("director", "select api.picklist_add('region', '火星')")
    admin_pos = c.call("admin", "select id from api.positions where code = 'admin'")[0][0]
    c.call("admin", "select api.position_revoke(%s, 'maintain_picklists')", (admin_pos,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.call("admin", "select api.picklist_add('region', '木星')")


# ---------------------------------------------------------------------------
# Products: who writes
# ---------------------------------------------------------------------------

P1 = "(select id from api.products where code = 'P-001')"
WRITES = [
    "select api.product_save(null, null, '{\"code\": \"X-1\", \"name\": \"偷加的产品\"}')",
    f"select api.product_save({P1}, null, '{{\"list_price\": 1}}')",
    f"select api.product_save({P1}, null, '{{\"cost_price\": 1}}')",
    f"select api.product_save({P1}, null, '{{\"active\": false}}')",
    "select api.product_category_save(null, null, '{\"code\": \"X\", \"name\": \"偷加\"}')",
    "select api.product_category_save((select id from api.product_categories where code = 'NET'), null, "
    "'{\"name\": \"改名\"}')",
]


@pytest.mark.parametrize("query", WRITES)
@pytest.mark.parametrize("who", ["sp_e1a", "sup_e1", "mgr_e", "asst_e1", "director"])
def test_only_maintain_products_writes_the_catalog(catalog: Company, who: str, query: str) -> None:
    before = catalog.call("admin", "select * from api.products"), \
        catalog.call("admin", "select * from api.product_categories")
    with catalog.connect(who) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(query)
    with catalog.connect(who) as conn:
        for stmt in ("update sales.products set list_price = 1",
                     "update sales.product_costs set cost_price = 1",
                     "select cost_price from sales.product_costs"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
            conn.rollback()
    assert (catalog.call("admin", "select * from api.products"),
            catalog.call("admin", "select * from api.product_categories")) == before


def test_maintain_products_without_see_cost_cannot_set_or_read_cost(fresh_company: Company) -> None:
    c = fresh_company
    pos = c.call("admin", "select id from api.positions where code = 'manager'")[0][0]
    c.call("admin", "select api.position_grant(%s, 'maintain_products')", (pos,))
    new_id = c.call("mgr_e", "select api.product_save(null, null, %s)",
                    (json.dumps({"code": "M-1", "name": "经理加的", "list_price": "10"}),))[0][0]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.call("mgr_e", "select api.product_save(%s, null, '{\"cost_price\": 5}')", (new_id,))
    c.call("admin", "select api.product_save(%s, null, '{\"cost_price\": 5}')", (new_id,))
    c.call("mgr_e", "select api.product_save(%s, null, '{\"name\": \"经理改的\"}')", (new_id,))  # cost kept
    assert product(c, "admin", "M-1")["cost_price"] == 5
    assert product(c, "mgr_e", "M-1")["cost_price"] is None


# ---------------------------------------------------------------------------
# Products: the cost price in every read path
# ---------------------------------------------------------------------------

def product_read_paths(admin: psycopg.Connection) -> tuple[set[str], set[str]]:
    """(functions, views) of schema api with a result column named cost_price or margin."""
    functions = {r[0] for r in admin.execute(
        "select p.proname from pg_proc p where p.pronamespace = 'api'::regnamespace "
        "and ('cost_price' = any (p.proargnames) or 'margin' = any (p.proargnames) "
        "     or p.prorettype in (select reltype from pg_class where relnamespace = 'api'::regnamespace "
        "                         and relname = 'products'))")}
    views = {r[0] for r in admin.execute(
        "select table_name from information_schema.columns where table_schema = 'api' "
        "and column_name in ('cost_price', 'margin')")}
    return functions, views


READS = {  # every read path of products, called as the client would
    "product_rows": "select cost_price, margin from api.product_rows()",
    "product_list": "select cost_price, margin from api.product_list('{}', 'code', false, null, 500)",
    "product_get": f"select cost_price, margin from api.product_get({P1})",
    "products": "select cost_price, margin from api.products",
    "quote_line_rows": "select cost_price, margin from api.quote_line_rows()",
    "quote_lines": "select cost_price, margin from api.quote_lines",
}


def test_the_known_read_paths_are_all_the_read_paths(catalog: Company) -> None:
    with catalog.admin() as admin:
        functions, views = product_read_paths(admin)
    assert functions | views == set(READS), "a new read path of products: add it to READS"


@pytest.mark.parametrize("path", sorted(READS))
@pytest.mark.parametrize("who", ["mgr_e", "sup_e1", "sp_e1a", "asst_e1"])
def test_without_see_cost_every_read_path_gives_null_cost(catalog: Company, who: str, path: str) -> None:
    rows = catalog.call(who, READS[path])
    assert rows and all(r == (None, None) for r in rows)


@pytest.mark.parametrize("path", sorted(READS))
@pytest.mark.parametrize("who", ["director", "admin"])
def test_with_see_cost_every_read_path_gives_the_cost(catalog: Company, who: str, path: str) -> None:
    rows = catalog.call(who, READS[path])
    assert (SECRET_COST, Decimal("1299.00") - SECRET_COST) in rows


def test_no_api_output_holds_the_cost_for_a_manager(catalog: Company) -> None:
    """Every view and every function callable without arguments, as the manager: the secret
    cost appears nowhere (a feed, history or payload added later is caught here too)."""
    with catalog.admin() as admin:
        views = [r[0] for r in admin.execute(
            "select c.relname from pg_class c "
            "where c.relnamespace = 'api'::regnamespace and c.relkind = 'v'")]
        functions = [r[0] for r in admin.execute(
            "select p.proname from pg_proc p where p.pronamespace = 'api'::regnamespace "
            "and p.pronargs = p.pronargdefaults and p.proretset")]
    secret = str(SECRET_COST)
    with catalog.connect("mgr_e") as conn:
        for name in [f"api.{v}" for v in views] + [f"api.{f}()" for f in functions]:
            try:
                rows = conn.execute(f"select to_jsonb(x)::text from {name} x").fetchall()
            except psycopg.Error as refused:  # a child kind's list needs its parent: it answers nothing
                assert refused.sqlstate == "SD005", (name, refused.sqlstate)
                rows = []
            assert not any(secret in r[0] for r in rows), name
            conn.rollback()
    assert secret in json.dumps(catalog.call("director", "select to_jsonb(x)::text from api.products x"))


# ---------------------------------------------------------------------------
# Money, rules, the list
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), [
    ("1.005", Decimal("1.01")), ("1.004", Decimal("1.00")), ("0.015", Decimal("0.02")),
    ("123456789012.34", Decimal("123456789012.34")), ("0", Decimal("0.00")),
])
def test_money_is_rounded_to_the_fen_half_away_from_zero(fresh_company: Company, typed: str,
                                                          stored: Decimal) -> None:
    c = fresh_company
    pid = c.call("admin", "select api.product_save(null, null, %s)",
                 (json.dumps({"code": "R", "name": "舍入", "list_price": typed, "cost_price": typed}),))[0][0]
    row = c.call("admin", "select list_price, cost_price from api.product_get(%s)", (pid,))[0]
    assert row == (stored, stored)


@pytest.mark.parametrize(("values", "sqlstate"), [
    ({"code": "N1", "name": "负价", "list_price": "-0.01"}, "23514"),
    ({"code": "N2", "name": "税率", "tax_rate": "1.5"}, "23514"),
    ({"code": "N3", "name": "税率", "tax_rate": "-0.01"}, "23514"),
    ({"code": "N4", "name": "   "}, "23502"),
    ({"code": "P-001", "name": "重复"}, "23505"),
    ({"code": "N5", "name": "贵", "list_price": "1e13"}, "SD005"),
    ({"code": "N6", "name": "字", "list_price": "abc"}, "SD005"),
    ({"code": "N7", "name": "成本", "cost_price": "-1"}, "23514"),
    ({"name": "无编号"}, "SD005"),
    ({"code": "N8", "name": "x", "owner_id": 1}, "SD005"),
])
def test_bad_products_are_refused_with_project_codes(catalog: Company, values: dict, sqlstate: str) -> None:
    with catalog.connect("admin") as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("select api.product_save(null, null, %s)", (json.dumps(values),))
    assert err.value.sqlstate == sqlstate


def test_a_stale_version_is_refused_and_a_cost_change_moves_the_version(fresh_company: Company) -> None:
    c = fresh_company
    pid = c.call("admin", "select api.product_save(null, null, %s)",
                 (json.dumps({"code": "V", "name": "版本"}),))[0][0]
    v1 = c.call("admin", "select version from api.product_get(%s)", (pid,))[0][0]
    c.call("admin", "select api.product_save(%s, %s, '{\"cost_price\": 3}')", (pid, v1))
    v2 = c.call("admin", "select version from api.product_get(%s)", (pid,))[0][0]
    assert v2 == v1 + 1
    with pytest.raises(psycopg.Error) as err:
        c.call("admin", "select api.product_save(%s, %s, '{\"name\": \"旧\"}')", (pid, v1))
    assert err.value.sqlstate == "SD002"
    with pytest.raises(psycopg.errors.NoDataFound):
        c.call("admin", "select api.product_save(%s, 1, '{\"name\": \"无\"}')", (pid + 1000,))


@pytest.mark.parametrize(("sort", "descending"), [("code", False), ("code", True), ("name", False),
                                                  ("list_price", False), ("list_price", True)])
def test_keyset_pages_walk_every_sort(catalog: Company, sort: str, descending: bool) -> None:
    whole = [r[0] for r in catalog.call(
        "sp_e1a", "select code from api.product_list('{}', %s, %s, null, 500)", (sort, descending))]
    walked: list[str] = []
    after = None
    while True:
        page = catalog.call("sp_e1a", "select code, cursor from api.product_list('{}', %s, %s, %s, 1)",
                            (sort, descending, after))
        if not page:
            break
        walked.append(page[0][0])
        after = page[0][1]
    assert walked == whole and len(whole) == 3
    if sort == "name":
        assert whole == ["P-003", "P-002", "P-001"]  # an zhuang, chang cheng, qian zhao


@pytest.mark.parametrize(("search", "found"), [("p-002", ["P-002"]), ("交换", ["P-001"]),
                                               ("qzjhj", ["P-001"]), ("changcheng", ["P-002"]),
                                               ("fuwu", ["P-002", "P-003"])])
def test_search_by_code_name_and_pinyin(catalog: Company, search: str, found: list[str]) -> None:
    got = catalog.call("sp_e1a", "select code from api.product_list(%s, 'code', false, null, 50)",
                       (json.dumps({"search": search}),))
    assert [r[0] for r in got] == found


def test_the_list_uses_its_indexes(catalog: Company) -> None:
    with catalog.admin() as admin:
        admin.execute("set enable_seqscan = off")
        for col in ("code", "name_sort", "list_price"):
            plan = "\n".join(r[0] for r in admin.execute(
                f"explain select id from sales.products order by {col}, id limit 50"))
            assert "Index" in plan, plan
        plan = "\n".join(r[0] for r in admin.execute(
            "explain select id from sales.products where search_grams @> array['交换']"))
        assert "products_search_idx" in plan, plan


def test_count_follows_the_query(catalog: Company) -> None:
    assert catalog.call("sp_e1a", "select api.product_count('{}')") == [(3,)]
    assert catalog.call("sp_e1a", "select api.product_count('{\"search\": \"fuwu\"}')") == [(2,)]
    with catalog.connect("sp_e1a") as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("select api.product_count('{\"search\": \"x\"}')")
    assert err.value.sqlstate == "SD006"
    with catalog.connect("outsider") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("select * from api.product_list()")


def test_a_category_never_lies_below_itself(fresh_company: Company) -> None:
    c = fresh_company
    save = "select api.product_category_save(%s, null, %s)"
    a = c.call("admin", save, (None, json.dumps({"code": "A", "name": "甲"})))[0][0]
    b = c.call("admin", save, (None, json.dumps({"code": "B", "name": "乙", "parent_id": a})))[0][0]
    with pytest.raises(psycopg.errors.CheckViolation):
        c.call("admin", save, (a, json.dumps({"parent_id": b})))
    with pytest.raises(psycopg.errors.CheckViolation):
        c.call("admin", save, (a, json.dumps({"parent_id": a})))
    assert c.call("sp_e1a", "select code, parent_id from api.product_categories") == [("A", None), ("B", a)]

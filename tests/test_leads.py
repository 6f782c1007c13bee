"""Leads (sql/0019): the pool per unit with the generic claim and release, visibility per level,
conversion in one transaction with the duplicate check first, a converted lead kept read-only."""

from __future__ import annotations

import json

import pytest

from tests.factories import Company, build_small_company
from tests.rls_support import outcome


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """A company of this module's own: its leads change no count elsewhere."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        company.add_lead(conn, "东海贸易", owner="sp_e1a", phone="021-66661111", contact_name="刘经理")
        company.add_lead(conn, "一组池线索", pool="EAST")
        company.add_lead(conn, "北方池线索", pool="NORTH")
        company.add_lead(conn, "钱二线索", owner="sp_e1b")
        conn.commit()
    return company


def lead_ids(co: Company, key: str) -> set[int]:
    with co.connect(key) as conn:
        return {r[0] for r in conn.execute("select id from api.leads")}


def test_leads_are_seen_by_owner_scope_and_pool_per_level(co: Company) -> None:
    mine, east_pool, north_pool, peer = (
        co.leads[n] for n in ("东海贸易", "一组池线索", "北方池线索", "钱二线索")
    )
    assert {mine, east_pool} <= lead_ids(co, "sp_e1a")
    assert not {north_pool, peer} & lead_ids(co, "sp_e1a")
    assert {mine, peer, east_pool} <= lead_ids(co, "sup_e1")
    assert north_pool not in lead_ids(co, "mgr_e")
    assert {mine, peer, east_pool, north_pool} <= lead_ids(co, "director")
    assert not {mine, peer, east_pool} & lead_ids(co, "sp_n1a")


def test_a_salesperson_claims_from_the_own_units_pool_and_releases_into_it(co: Company) -> None:
    lead = co.leads["一组池线索"]
    with co.connect("sp_e2a") as conn:
        conn.execute("select api.record_claim('lead', %s)", (lead,))
        conn.commit()
        owner, pool = conn.execute("select owner_id, pool_id from api.lead_rows(%s)", ([lead],)).fetchone()
        assert (owner, pool) == (co.people["sp_e2a"], None)
        conn.execute("select api.record_release('lead', %s, '不合适')", (lead,))
        conn.commit()
        owner, pool = conn.execute("select owner_id, pool_id from api.lead_rows(%s)", ([lead],)).fetchone()
        assert (owner, pool) == (None, co.pools["EAST"])
        reasons = [r[0] for r in conn.execute("select reason from api.record_history('lead', %s)", (lead,))]
    assert reasons == ["不合适", "claimed from pool"]


def test_a_pool_out_of_sight_cannot_be_claimed_and_hidden_answers_like_missing(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        hidden = outcome(conn, "select api.record_claim('lead', %s)", (co.leads["北方池线索"],))
        missing = outcome(conn, "select api.record_claim('lead', %s)", (max(co.leads.values()) + 1000,))
    assert (hidden.ok, hidden.sqlstate, hidden.message) == (False, "P0002", "record not found")
    assert hidden == missing


def test_a_lead_in_the_pool_is_not_written_by_a_salesperson(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            "select api.record_update('lead', %s, null, '{\"notes\": \"x\"}')",
            (co.leads["一组池线索"],),
        )
    assert (got.ok, got.sqlstate) == (False, "SD003")


def test_the_lead_list_pages_sorts_and_searches(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        names = [r[0] for r in conn.execute("select company_name from api.lead_list('{}', 'name')")]
        assert "东海贸易" in names and "钱二线索" not in names
        found = [r[0] for r in conn.execute('select company_name from api.lead_list(\'{"search": "东海"}\')')]
        assert found == ["东海贸易"]
        by_pinyin = [
            r[0] for r in conn.execute('select company_name from api.lead_list(\'{"search": "dhmy"}\')')
        ]
        assert by_pinyin == ["东海贸易"]
        pool = [r[0] for r in conn.execute('select company_name from api.lead_list(\'{"scope": "pool"}\')')]
        assert "一组池线索" in pool and "北方池线索" not in pool and "东海贸易" not in pool
        new = conn.execute(
            'select count(*) from api.lead_list(\'{"eq": {"status": "new"}}\', \'updated_at\', true)'
        )
        assert new.fetchone()[0] >= 1


def test_the_source_is_a_picklist_value(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        got = outcome(
            conn, 'select api.record_create(\'lead\', \'{"company_name": "甲", "source": "不存在"}\')'
        )
    assert (got.ok, got.sqlstate) == (False, "23514")


def convert(
    conn, lead: int, customer: dict | None = None, contact: dict | None = None, customer_id: int | None = None
):
    version = conn.execute("select version from api.lead_rows(%s)", ([lead],)).fetchone()[0]
    return conn.execute(
        "select customer_id, contact_id from api.lead_convert(%s, %s, %s, %s, %s)",
        (lead, version, json.dumps(customer or {}), json.dumps(contact or {}), customer_id),
    ).fetchone()


def counts(co: Company) -> tuple[int, int, int]:
    with co.admin() as conn:
        row = conn.execute(
            "select (select count(*) from sales.customers), (select count(*) from sales.contacts), "
            "(select count(*) from sales.leads where status = 'converted')"
        ).fetchone()
    return row


def test_conversion_creates_customer_and_contact_and_keeps_it_in_history(fresh_company: Company) -> None:
    co = fresh_company
    with co.admin() as conn:
        lead = co.add_lead(conn, "新客户科技", owner="sp_e1a", phone="021-68880001", contact_name="马工")
        conn.commit()
    with co.connect("sp_e1a") as conn:
        customer, contact = convert(conn, lead, contact={"title": "经理"})
        conn.commit()
        row = conn.execute(
            "select name, phone, owner_id from api.customer_rows(%s)", ([customer],)
        ).fetchone()
        assert row == ("新客户科技", "021-68880001", co.people["sp_e1a"])
        assert conn.execute(
            "select name, title, customer_id from api.contact_rows(%s) where id = %s", (customer, contact)
        ).fetchone() == ("马工", "经理", customer)
        lead_row = conn.execute(
            "select status, converted_customer_id, converted_contact_id, converted_by_name "
            "from api.lead_rows(%s)",
            ([lead],),
        ).fetchone()
        assert lead_row == ("converted", customer, contact, "赵一")
        history = conn.execute(
            "select reason, changed_by_name from api.record_history('lead', %s)", (lead,)
        ).fetchall()
        assert history == [("converted to customer 新客户科技", "赵一")]
        assert conn.execute(
            "select reason from api.record_history('customer', %s)", (customer,)
        ).fetchall() == [("converted from lead 新客户科技",)]


def test_a_failure_in_the_middle_leaves_nothing(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "半途公司", owner="sp_e1a", contact_name="何")
        conn.commit()
    before = counts(co)
    with co.connect("sp_e1a") as conn:
        version = conn.execute("select version from api.lead_rows(%s)", ([lead],)).fetchone()[0]
        got = outcome(
            conn,
            "select * from api.lead_convert(%s, %s, '{}', '{\"email\": \"not-an-email\"}')",
            (lead, version),
        )
    assert (got.ok, got.sqlstate) == (False, "23514")
    assert counts(co) == before


def test_a_visible_duplicate_is_linked_instead(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "sp_e1a客户2", owner="sp_e1a", contact_name="链接人")
        conn.commit()
    existing = co.customers["sp_e1a客户2"]
    with co.connect("sp_e1a") as conn:
        version = conn.execute("select version from api.lead_rows(%s)", ([lead],)).fetchone()[0]
        refused = outcome(conn, "select * from api.lead_convert(%s, %s)", (lead, version))
        assert (refused.ok, refused.sqlstate) == (False, "SD008")
        match = conn.execute(
            "select customer_id, visible from api.customer_duplicates('sp_e1a客户2')"
        ).fetchall()
        assert match == [(existing, True)]
        customer, contact = convert(conn, lead, customer_id=existing)
        conn.commit()
    assert customer == existing
    with co.admin() as conn:
        assert (
            conn.execute("select customer_id from sales.contacts where id = %s", (contact,)).fetchone()[0]
            == existing
        )


def test_a_hidden_duplicate_is_told_as_held_and_refuses_conversion(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "sp_n1a客户2", owner="sp_e1a")
        conn.commit()
    before = counts(co)
    with co.connect("sp_e1a") as conn:
        version = conn.execute("select version from api.lead_rows(%s)", ([lead],)).fetchone()[0]
        refused = outcome(conn, "select * from api.lead_convert(%s, %s)", (lead, version))
        told = conn.execute(
            "select customer_id, name, visible, owner_name from api.customer_duplicates('sp_n1a客户2')"
        ).fetchall()
        linked = outcome(
            conn,
            "select * from api.lead_convert(%s, %s, '{}', '{}', %s)",
            (lead, version, co.customers["sp_n1a客户2"]),
        )
        missing = outcome(
            conn,
            "select * from api.lead_convert(%s, %s, '{}', '{}', %s)",
            (lead, version, max(co.customers.values()) + 1000),
        )
        renamed = outcome(
            conn,
            'select customer_id from api.lead_convert(%s, %s, \'{"name": "改名公司"}\')',
            (lead, version),
        )
    assert (refused.ok, refused.sqlstate) == (False, "SD008")
    assert told == [(None, None, False, "陈四")]
    assert (linked.ok, linked.sqlstate) == (False, "P0002") and linked == missing
    assert renamed.ok
    assert counts(co) == before  # each outcome() rolled back


def test_a_converted_lead_is_read_only_but_may_be_archived(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "只读公司", owner="sp_e1a")
        conn.commit()
    with co.connect("sp_e1a") as conn:
        convert(conn, lead)
        conn.commit()
        edit = outcome(conn, "select api.record_update('lead', %s, null, '{\"notes\": \"改\"}')", (lead,))
        again = outcome(conn, "select * from api.lead_convert(%s, null)", (lead,))
        status = outcome(conn, "select api.record_update('lead', %s, null, '{\"status\": \"new\"}')", (lead,))
        assert (edit.ok, edit.sqlstate) == (False, "SD003")
        assert (again.ok, again.sqlstate) == (False, "SD003")
        assert (status.ok, status.sqlstate) == (False, "SD003")
        conn.execute("select api.record_archive('lead', %s)", (lead,))
        conn.commit()


def test_status_converted_cannot_be_set_by_hand(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            "select api.record_update('lead', %s, null, '{\"status\": \"converted\"}')",
            (co.leads["东海贸易"],),
        )
    assert (got.ok, got.sqlstate) == (False, "23514")


def test_a_pool_lead_is_claimed_before_conversion(co: Company) -> None:
    with co.connect("mgr_e") as conn:  # manages the pool, so may write the lead, still not convert it
        got = outcome(conn, "select * from api.lead_convert(%s, null)", (co.leads["一组池线索"],))
    assert (got.ok, got.sqlstate, got.message) == (False, "23514", "claim the lead before converting it")


def test_conversion_answers_hidden_like_missing(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        hidden = outcome(conn, "select * from api.lead_convert(%s, 1)", (co.leads["钱二线索"],))
        missing = outcome(conn, "select * from api.lead_convert(%s, 1)", (max(co.leads.values()) + 1000,))
        peer = outcome(conn, "select * from api.lead_rows(%s)", ([co.leads["钱二线索"]],))
    assert (hidden.ok, hidden.sqlstate) == (False, "P0002") and hidden == missing
    assert peer.ok and peer.rows == ()


def test_the_supervisor_converts_a_subordinates_lead_with_a_version_check(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "主管转化公司", owner="sp_e1b")
        conn.commit()
    with co.connect("sup_e1") as conn:
        stale = outcome(conn, "select * from api.lead_convert(%s, 99)", (lead,))
        assert (stale.ok, stale.sqlstate) == (False, "SD002")
        customer, contact = convert(conn, lead)
        conn.commit()
        assert contact is None
        assert (
            conn.execute("select owner_id from api.customer_rows(%s)", ([customer],)).fetchone()[0]
            == co.people["sup_e1"]
        )


def test_a_renamed_source_follows_into_leads_converted_ones_too(co: Company) -> None:
    with co.admin() as conn:
        entry = conn.execute(
            "select id, name from sales.picklist_entries where kind = 'source' limit 1"
        ).fetchone()
        lead = co.add_lead(conn, "来源公司", owner="sp_e1a")
        conn.execute("update sales.leads set source = %s where id = %s", (entry[1], lead))
        conn.commit()
    with co.connect("sp_e1a") as conn:
        convert(conn, lead)
        conn.commit()
    with co.admin() as conn:
        conn.execute("update sales.picklist_entries set name = '新来源名' where id = %s", (entry[0],))
        assert conn.execute("select source from sales.leads where id = %s", (lead,)).fetchone() == (
            "新来源名",
        )
        conn.rollback()


def test_a_conversion_without_a_version_still_refuses_a_lead_converted_meanwhile(co: Company) -> None:
    with co.admin() as conn:
        lead = co.add_lead(conn, "并发公司", owner="sp_e1a")
        conn.commit()
    with co.connect("sp_e1a") as first, co.connect("sp_e1a") as second:
        first.execute("select * from api.lead_convert(%s, null, '{}', '{}')", (lead,))
        first.commit()
        again = outcome(
            second, 'select * from api.lead_convert(%s, null, \'{"name": "并发公司二"}\')', (lead,)
        )
    assert (again.ok, again.sqlstate) == (False, "SD003")

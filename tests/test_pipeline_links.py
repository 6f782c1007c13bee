"""The links between the pipeline kinds (sql/0020): a follow-up's deal (reference, route, the same
customer), conversion creating the deal in one transaction, the customer's timeline with its
deals' stage changes, and the deal API generated from one column list."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest

from salesdesk.db.session import Database
from salesdesk.services import followups, leads
from salesdesk.services.errors import ValidationError
from tests.factories import Company, build_small_company
from tests.reference_attacks import references
from tests.rls_support import as_json, outcome

CUSTOMER = "sp_e1a客户1"


def new_deal(company: Company, owner: str, customer: str, title: str) -> int:
    with company.connect(owner) as conn:
        row = conn.execute(
            "select api.record_create('opportunity', %s)",
            (as_json({"customer_id": company.customers[customer], "title": title}),),
        ).fetchone()
    assert row
    return int(row[0])


def save_team(company: Company, deal: int, team: list[tuple[str, str, int]]) -> None:
    members = [
        {"employee_id": company.people[p], "role": "presales", "access": a, "credit_share": c}
        for p, a, c in team
    ]
    company.call("sp_e1a", "select api.opportunity_team_save(%s, null, %s)", (deal, as_json(members)))


def log(conn: psycopg.Connection, company: Company, customer: str, deal: int | None, summary: str) -> int:
    body = {"customer_id": company.customers[customer], "opportunity_id": deal, "summary": summary}
    row = conn.execute("select api.record_create('followup', %s)", (as_json(body),)).fetchone()
    assert row
    return int(row[0])


def deal_followups(conn: psycopg.Connection, deal: int) -> list[str]:
    rows = conn.execute(
        "select summary from api.followup_list(%s, 'happened_at', true)",
        (as_json({"eq": {"opportunity_id": deal}}),),
    ).fetchall()
    return [r[0] for r in rows]


@pytest.fixture(scope="module")
def co(db_factory) -> tuple[Company, int]:
    """sp_e1a's deal on their customer with sp_n1a (another region) on its team as presales."""
    company = build_small_company(db_factory())
    deal = new_deal(company, "sp_e1a", CUSTOMER, "华东大单")
    save_team(company, deal, [("sp_e1a", "write", 70), ("sp_n1a", "read", 30)])
    return company, deal


# ---------------------------------------------------------------------------
# 1. Follow-ups on deals
# ---------------------------------------------------------------------------


def test_a_team_member_reads_the_owners_followups_and_loses_them_when_removed(co) -> None:
    company, deal = co
    with company.connect("sp_e1a") as conn:
        log(conn, company, CUSTOMER, deal, "方案交流")
        conn.commit()
    with company.connect("sp_n1a", autocommit=True) as member:
        assert deal_followups(member, deal) == ["方案交流"]
        assert member.execute(
            "select n from api.record_count('followup', %s)", (as_json({"eq": {"opportunity_id": deal}}),)
        ).fetchone() == (1,)
        save_team(company, deal, [("sp_e1a", "write", 100)])
        assert deal_followups(member, deal) == []  # the next statement
        assert member.execute("select count(*) from api.followups").fetchone() == (0,)
    save_team(company, deal, [("sp_e1a", "write", 70), ("sp_n1a", "read", 30)])


def test_a_member_logs_a_followup_on_the_deal_and_the_owner_sees_it(co) -> None:
    company, deal = co
    with company.connect("sp_n1a") as member:  # reads the customer by the deal's reach
        mine = log(member, company, CUSTOMER, deal, "技术澄清会")
        member.commit()
    with company.connect("sp_e1a") as owner:
        assert "技术澄清会" in deal_followups(owner, deal)
        rights = owner.execute("select can_edit from api.record_rights('followup', %s)", (mine,)).fetchone()
    assert rights == (False,)  # a route reads, never writes
    with company.connect("sp_e1b") as peer:  # neither owner nor member
        assert deal_followups(peer, deal) == []


def test_a_salesperson_cannot_point_a_followup_at_a_hidden_deal(co) -> None:
    company, deal = co
    body = {"customer_id": company.customers["sp_e1b客户1"], "summary": "x"}
    sql = "select api.record_create('followup', %s)"
    with company.connect("sp_e1b") as conn:
        hidden = outcome(conn, sql, (as_json({**body, "opportunity_id": deal}),))
        missing = outcome(conn, sql, (as_json({**body, "opportunity_id": deal + 1000}),))
        own = log(conn, company, "sp_e1b客户1", None, "自己的")
        conn.commit()
        update = "select api.record_update('followup', %s, null, %s)"
        moved = outcome(conn, update, (own, as_json({"opportunity_id": deal})))
    assert (hidden.sqlstate, hidden.message) == ("P0002", "referenced record not found")
    assert hidden.without(deal) == missing.without(deal + 1000)
    assert moved.sqlstate == "P0002"


def test_the_deal_is_the_followups_customers_and_keeps_its_customer(co) -> None:
    company, deal = co
    with company.connect("sp_e1a") as conn:
        other = outcome(
            conn,
            "select api.record_create('followup', %s)",
            (
                as_json(
                    {"customer_id": company.customers["sp_e1a客户2"], "opportunity_id": deal, "summary": "x"}
                ),
            ),
        )
        assert (other.sqlstate, other.message) == ("23514", "the deal belongs to another customer")
        log(conn, company, CUSTOMER, deal, "已有跟进")
        conn.commit()
        moved = outcome(
            conn,
            "select api.record_update('opportunity', %s, null, %s)",
            (deal, as_json({"customer_id": company.customers["sp_e1a客户2"]})),
        )
    assert (moved.sqlstate, moved.message) == ("23514", "the deal has follow-ups with its customer")
    db = Database.connect(company.url_for("sp_e1a"))
    try:
        with pytest.raises(ValidationError) as err:
            followups.log_followup(db, company.customers["sp_e1a客户2"], "x", opportunity_id=deal)
        assert set(err.value.fields) == {"opportunity_id"}
        row = followups.log_followup(db, company.customers[CUSTOMER], "服务号", opportunity_id=deal)
        page = followups.list_followups(db, {"eq": {"opportunity_id": deal}})
        assert row.id in [r.id for r in page.rows]
        by_customer = followups.list_followups(db, {"eq": {"customer_id": company.customers["sp_e1a客户2"]}})
        assert row.id not in [r.id for r in by_customer.rows]
    finally:
        db.close()


def test_the_registry_holds_the_new_reference_and_route(co) -> None:
    """The reference attacks (tests/test_kind_references.py) and the oracle's filter counts
    (tests/test_rls_registry.py) read these registries: they pick the link up unchanged."""
    company, _ = co
    with company.admin() as admin:
        refs = [(r.kind.kind, r.column, r.target.kind) for r in references(admin)]
        routes = admin.execute("select kind, column_name, target_kind from private.kind_routes").fetchall()
        filters = admin.execute("select filters from private.record_kinds where kind = 'followup'").fetchone()
    assert ("followup", "opportunity_id", "opportunity") in refs
    assert ("followup", "opportunity_id", "opportunity") in routes
    assert filters and {"opportunity_id", "customer_id"} <= set(filters[0])


# ---------------------------------------------------------------------------
# 2. Conversion creates the deal
# ---------------------------------------------------------------------------


@pytest.fixture
def me(fresh_company: Company) -> Iterator[Database]:
    db = Database.connect(fresh_company.url_for("sp_e1a"))
    yield db
    db.close()


def totals(company: Company) -> tuple[int, int, int, int]:
    with company.admin() as conn:
        row = conn.execute(
            "select (select count(*) from sales.customers), (select count(*) from sales.contacts), "
            "(select count(*) from sales.opportunities), "
            "(select count(*) from sales.leads where status = 'converted')"
        ).fetchone()
    assert row
    return row


def test_conversion_creates_the_deal_and_the_history_says_so(fresh_company: Company, me: Database) -> None:
    lead = leads.create_lead(me, {"company_name": "远景新能源", "contact_name": "方工"})
    done = leads.convert_lead(
        me, lead, opportunity={"amount": "120000.50", "expected_close_date": "2027-03-31"}
    )
    assert done.opportunity_id and done.contact_id
    deal = fresh_company.call(
        "sp_e1a",
        "select title, customer_id, amount, expected_close_date::text, owner_name, "
        "stage_position from api.opportunity_rows(%s)",
        ([done.opportunity_id],),
    )
    assert deal == [("远景新能源", done.customer_id, Decimal("120000.50"), "2027-03-31", "赵一", 1)]
    assert leads.get_lead(me, lead.id).converted_opportunity_id == done.opportunity_id
    with fresh_company.admin() as conn:
        reasons = conn.execute(
            "select kind, reason from sales.ownership_history "
            "where kind in ('lead', 'opportunity') order by id"
        ).fetchall()
    assert reasons == [
        ("lead", "converted to customer 远景新能源 and deal 远景新能源"),
        ("opportunity", "converted from lead 远景新能源"),
    ]
    # a named stage and title; linking an existing customer
    other = leads.create_lead(me, {"company_name": "远景二期"})
    stage = fresh_company.call("sp_e1a", "select id from api.opportunity_stage_rows() where position = 3")[0][
        0
    ]
    done = leads.convert_lead(
        me,
        other,
        customer_id=fresh_company.customers[CUSTOMER],
        opportunity={"title": "二期扩容", "stage_id": stage},
    )
    assert fresh_company.call(
        "sp_e1a",
        "select title, customer_id, stage_id from api.opportunity_rows(%s)",
        ([done.opportunity_id],),
    ) == [("二期扩容", fresh_company.customers[CUSTOMER], stage)]
    # without `opportunity`: no deal, as before
    assert (
        leads.convert_lead(me, leads.create_lead(me, {"company_name": "无商机公司"})).opportunity_id is None
    )


@pytest.mark.parametrize(
    ("deal", "state"),
    [
        ({"amount": -5}, "23514"),
        ({"amount": "abc"}, "SD005"),
        ({"owner_id": 1}, "SD005"),
        ({"customer_id": 1}, "SD005"),
        ({"stage_id": 999999}, "P0002"),
    ],
)
def test_a_bad_deal_leaves_no_customer_no_contact_and_the_lead_unconverted(
    fresh_company: Company, deal: dict, state: str
) -> None:
    with fresh_company.admin() as conn:
        lead = fresh_company.add_lead(conn, "半途公司", owner="sp_e1a", contact_name="田工")
        conn.commit()
    before = totals(fresh_company)
    with fresh_company.connect("sp_e1a") as conn:
        got = outcome(
            conn, "select * from api.lead_convert(%s, null, '{}', '{}', null, %s)", (lead, as_json(deal))
        )
    assert (got.ok, got.sqlstate) == (False, state)
    assert totals(fresh_company) == before
    assert fresh_company.call("sp_e1a", "select status from api.lead_rows(%s)", ([lead],)) == [("new",)]


def test_a_bad_deal_is_refused_by_field_before_anything_is_written(
    fresh_company: Company, me: Database
) -> None:
    lead = leads.create_lead(me, {"company_name": "校验公司"})
    before = totals(fresh_company)
    with pytest.raises(ValidationError) as err:
        leads.convert_lead(me, lead, opportunity={"amount": "abc", "title": ""})
    assert set(err.value.fields) == {"amount", "title"}
    assert totals(fresh_company) == before


# ---------------------------------------------------------------------------
# 4. The customer's timeline
# ---------------------------------------------------------------------------


def test_the_timeline_shows_the_deals_stage_changes_the_caller_sees(fresh_company: Company) -> None:
    c = fresh_company
    deal = new_deal(c, "sp_e1a", CUSTOMER, "看得见的单")
    hidden = new_deal(c, "sup_e1", CUSTOMER, "主管的单")  # a superior's: not the salesperson's to see
    proposal = c.call("sp_e1a", "select id from api.opportunity_stage_rows() where code = 'proposal'")[0][0]
    for who, d in (("sp_e1a", deal), ("sup_e1", hidden)):
        c.call(who, "select api.opportunity_set_stage(%s, null, %s)", (d, proposal))
    with c.connect("sp_e1a") as conn:
        log(conn, c, CUSTOMER, deal, "报价说明")
        conn.commit()
    cols = "entry, opportunity_title, from_stage_name, to_stage_name, to_stage_name_en, summary"
    mine = c.call("sp_e1a", f"select {cols} from api.customer_timeline(%s)", (c.customers[CUSTOMER],))
    assert mine[:3] == [
        ("followup", "看得见的单", None, None, None, "报价说明"),
        ("stage", "看得见的单", "初步接洽", "方案报价", "Proposal", None),
        ("stage", "看得见的单", None, "初步接洽", "Qualification", None),
    ]
    assert all(r[1] != "主管的单" for r in mine)
    theirs = c.call("sup_e1", f"select {cols} from api.customer_timeline(%s)", (c.customers[CUSTOMER],))
    assert {r[1] for r in theirs if r[0] == "stage"} == {"看得见的单", "主管的单"}
    db = Database.connect(c.url_for("sp_e1a"))
    try:
        line = followups.timeline(db, c.customers[CUSTOMER])[1]
    finally:
        db.close()
    assert (line.entry, line.opportunity_id, line.to_stage_name) == ("stage", deal, "方案报价")


# ---------------------------------------------------------------------------
# 5. The deal API from one column list
# ---------------------------------------------------------------------------


def test_the_deal_api_is_generated_with_its_former_signatures(co) -> None:
    company, _ = co
    with company.admin() as conn:
        got = conn.execute(
            "select pg_get_function_result('api.opportunity_rows'::regproc), "
            "pg_get_function_result('api.opportunity_list'::regproc), "
            "pg_get_function_arguments('api.opportunity_list'::regproc)"
        ).fetchone()
    cols = (
        "id bigint, title text, customer_id bigint, customer_name text, amount numeric, "
        "expected_close_date date, stage_id bigint, stage_name text, stage_name_en text, "
        "stage_position integer, probability numeric, forecast_category text, outcome text, source text, "
        "owner_id bigint, owner_name text, unit_id bigint, unit_name text, "
        "closed_at timestamp with time zone, updated_at timestamp with time zone, "
        "archived_at timestamp with time zone, version integer"
    )
    assert got == (
        f"TABLE({cols})",
        f"TABLE({cols}, can_edit boolean, can_manage boolean, access text, cursor text)",
        "p_query jsonb DEFAULT '{}'::jsonb, p_sort text DEFAULT 'name'::text, p_descending boolean "
        "DEFAULT false, p_after text DEFAULT NULL::text, p_limit integer DEFAULT 50",
    )


# ---------------------------------------------------------------------------
# 6. A customer's deals for its overview
# ---------------------------------------------------------------------------


def test_a_customers_deals_are_those_the_caller_sees_and_a_hidden_customer_has_none(co) -> None:
    company, deal = co

    def deals(key: str, customer: int) -> list[int]:
        return [r[0] for r in company.call(key, "select id from api.customer_deals(%s)", (customer,))]

    customer = company.customers[CUSTOMER]
    assert deals("sp_e1a", customer) == [deal]   # the owner
    assert deals("sup_e1", customer) == [deal]   # the owner's supervisor
    assert deals("sp_n1a", customer) == [deal]   # on the team, in another region
    assert deals("sp_e1b", customer) == []       # a peer: the same answer as for no customer at all
    assert deals("sp_e1b", -1) == []

"""Month-end close (sql/0039): the database's month figures hold exactly the rows the caller may see
(oracle from the org tree); a closed month's report never changes after a later correction, which
is listed as a dated adjustment; who may close; closing twice or too early is refused."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from tests.factories import UNITS, Company, approved_contract
from tests.oracle import Oracle, load_snapshot

TODAY = datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the company's day, as the database has it
LAST = (TODAY.replace(day=1) - timedelta(days=1))
MONTH = LAST.strftime("%Y-%m")
THIS_MONTH = TODAY.strftime("%Y-%m")
DAY = LAST.replace(day=15)


def seed(co: Company) -> dict[str, int]:
    """An approved contract per salesperson last month, each with a payment and an invoice then."""
    out = {}
    with co.admin() as conn:
        for key in ("sp_e1a", "sp_e2a", "sp_n1a"):
            c = approved_contract(co, conn, key, f"{key}月结合同", Decimal("12000.00"))
            conn.execute("update sales.contracts set approved_at = %s where id = %s", (DAY, c))
            co.add_record(conn, "instalment", parent=c, due_on=DAY, amount=Decimal("12000.00"))
            co.add_record(conn, "payment", parent=c, received_on=DAY, amount=Decimal("2000.00"),
                          method="bank_transfer", status="approved")
            co.add_record(conn, "invoice", parent=c, number=f"{key}-M1", issued_on=DAY,
                          amount=Decimal("1000.00"), tax_amount=Decimal("130.00"))
            out[key] = c
    return out


def report(co: Company, who: str, kind: str, node: int | None, month: str = MONTH) -> dict[str, Any]:
    (row,) = co.call(who, "select api.month_report(%s, %s, %s)", (kind, node, month))
    return row[0]


def subtree(co: Company, code: str) -> set[int]:
    codes = {code}
    while True:
        more = {c for c, (parent, _, _) in UNITS.items() if parent in codes} - codes
        if not more:
            return {co.units[c] for c in codes}
        codes |= more


@pytest.mark.parametrize(("who", "kind", "code"), [
    ("director", "company", None), ("mgr_e", "unit", "EAST"), ("sup_e1", "unit", "EAST_T1"),
    ("sp_e1a", "person", "sp_e1a"), ("mgr_n", "unit", "NORTH")])
def test_the_months_rows_are_exactly_what_the_caller_sees_in_the_node(
        fresh_company: Company, who: str, kind: str, code: str | None) -> None:
    co = fresh_company
    seed(co)
    node = None if code is None else co.people[code] if kind == "person" else co.units[code]
    got = report(co, who, kind, node)
    with co.admin() as conn:
        oracle = Oracle(load_snapshot(conn))
        units = dict(conn.execute("select id, unit_id from sales.employees").fetchall())
        owners = dict(conn.execute("select id, owner_id from sales.contracts where status = 'approved' "
                                   "and approved_at::date = %s", (DAY,)).fetchall())
    me = co.people[who]
    members = (set(units) if kind == "company" else {node} if kind == "person"
               else {e for e, u in units.items() if u in subtree(co, code or "")})
    expected = {c for c, o in owners.items() if o in members} & oracle.visible("contract", me)
    assert expected, "the seed puts something in every node tested"
    assert {r["id"] for r in got["contracts"]} == expected
    assert {r["contract_number"] for r in got["payments"]} == \
        {r["number"] for r in got["contracts"]}
    assert got["status"] == "preliminary"
    # money is exact text; the attainment's contract amount of the node is the contracts' sum
    assert all(r["total_amount"] == "12000.00" for r in got["contracts"])
    node_row = next(a for a in got["attainment"] if a["metric"] == "contract_amount" and a["role"] == "node")
    assert Decimal(node_row["actual"]) == 12000 * len(expected)
    ageing = {r["contract_id"]: r for r in got["receivables"]}
    assert set(ageing) == expected
    assert all(Decimal(r["receivable"]) == Decimal("10000.00") for r in ageing.values())


def test_a_closed_month_stays_as_closed_and_corrections_are_dated_adjustments(fresh_company: Company) -> None:
    co = fresh_company
    contracts = seed(co)
    east = co.units["EAST"]
    closed = co.call("mgr_e", "select api.close_month('unit', %s, %s)", (east, MONTH))[0][0]
    assert closed["status"] == "closed" and closed["closed_by"] == "李华东"
    before = report(co, "mgr_e", "unit", east)
    assert before == closed
    with co.admin() as conn:  # a late payment booked into the closed month
        co.add_record(conn, "payment", parent=contracts["sp_e1a"], received_on=DAY,
                      amount=Decimal("500.00"), method="cash", status="approved")
    after = report(co, "mgr_e", "unit", east)
    assert json.dumps(after, sort_keys=True) == json.dumps(before, sort_keys=True)
    assert report(co, "director", "unit", east) == before  # the director reads the manager's close
    rows = co.call("mgr_e", "select changed_on, section, before, after, delta, metric, node_kind "
                            "from api.month_adjustments('unit', %s, %s)", (east, MONTH))
    payment = [r for r in rows if r[1] == "payments"]
    (today,) = co.call("mgr_e", "select current_date")[0]  # the company's day, not this machine's
    assert payment == [(today, "payments", Decimal(0), Decimal("500.00"), Decimal("500.00"), None, None)]
    metric = [r for r in rows if r[1] == "attainment" and r[5] == "payments" and r[6] == "unit"]
    assert metric and all(r[0] == today and r[4] == Decimal("500.00") for r in metric)
    # the next month's (preliminary) report carries them
    later = report(co, "mgr_e", "unit", east, THIS_MONTH)
    assert later["status"] == "preliminary"
    assert any(a["month"] == MONTH and a["section"] == "payments" for a in later["adjustments"])
    # an open month has none
    assert co.call("mgr_e", "select count(*) from api.month_adjustments('unit', %s, %s)",
                   (east, THIS_MONTH)) == [(0,)]


def test_closing_twice_or_before_the_month_ends_is_refused(fresh_company: Company) -> None:
    co = fresh_company
    east = co.units["EAST"]
    co.call("mgr_e", "select api.close_month('unit', %s, %s)", (east, MONTH))
    for month, code in ((MONTH, "SDR01"), (THIS_MONTH, "SDR02")):
        with pytest.raises(psycopg.Error) as err:
            co.call("mgr_e", "select api.close_month('unit', %s, %s)", (east, month))
        assert err.value.sqlstate == code
    co.call("director", "select api.close_month('company', null, %s)", (MONTH,))
    assert report(co, "director", "company", None)["status"] == "closed"


@pytest.mark.parametrize(("who", "kind", "code", "sqlstate"), [
    ("sp_e1a", "unit", "EAST_T1", "42501"),      # a salesperson sees their unit but manages nothing
    ("sp_e1a", "person", "sp_e1a", "42501"),
    ("sup_e1", "unit", "EAST_T2", "P0002"),      # a sibling's unit answers as missing
    ("sup_e1", "unit", "EAST", "P0002"),         # above oneself
    ("mgr_e", "unit", "NORTH", "P0002"),         # another region
    ("mgr_e", "unit", "EAST_T1", "42501"),       # a unit below: its supervisor closes it
    ("mgr_e", "company", None, "P0002"),
])
def test_who_may_not_close(company: Company, who: str, kind: str, code: str | None, sqlstate: str) -> None:
    co = company
    node = None if code is None else co.people[code] if kind == "person" else co.units[code]
    with pytest.raises(psycopg.Error) as err:
        co.call(who, "select api.close_month(%s, %s, %s)", (kind, node, MONTH))
    assert err.value.sqlstate == sqlstate


@pytest.mark.parametrize(("who", "code"), [("sup_e1", "EAST_T2"), ("sup_e1", "NORTH"), ("sp_n1a", "EAST")])
def test_another_units_report_answers_as_missing(company: Company, who: str, code: str) -> None:
    for call in ("select api.month_report('unit', %s, %s)",
                 "select * from api.month_adjustments('unit', %s, %s)"):
        with pytest.raises(psycopg.Error) as err:
            company.call(who, call, (company.units[code], MONTH))
        assert err.value.sqlstate == "P0002"


def test_a_supervisor_closes_their_own_team(fresh_company: Company) -> None:
    co = fresh_company
    team = co.units["EAST_T1"]
    co.call("sup_e1", "select api.close_month('unit', %s, %s)", (team, MONTH))
    assert report(co, "sup_e1", "unit", team)["status"] == "closed"
    assert report(co, "mgr_e", "unit", team)["status"] == "closed"


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "", "FY2026", None])
def test_not_a_month_is_refused(company: Company, month: str | None) -> None:
    with pytest.raises(psycopg.Error) as err:
        company.call("director", "select api.month_report('company', null, %s)", (month,))
    assert err.value.sqlstate == "SD005"


@pytest.fixture
def co(fresh_company: Company) -> Company:
    return fresh_company


def test_the_service_reads_closes_and_names_the_refusal(co: Company, as_user) -> None:  # noqa: ANN001
    from salesdesk.services import month_close
    from salesdesk.services.errors import ValidationError

    seed(co)
    db = as_user("mgr_e")
    node = month_close.my_node(db)
    assert (node.kind, node.id) == ("unit", co.units["EAST"])
    assert month_close.my_node(as_user("director")).kind == "company"
    assert month_close.my_node(as_user("sp_e1a")).kind == "person"
    live = month_close.load_month(db, node, MONTH)
    assert not live.closed and live.node_name == "华东大区" and live.last_day == LAST
    assert sum(month_close.money(r["total_amount"]) for r in live.rows("contracts")) == Decimal("24000.00")
    frozen = month_close.close_month(db, node, MONTH)
    assert frozen.closed and frozen.closed_by == "李华东" and frozen.closed_at is not None
    with pytest.raises(ValidationError) as err:
        month_close.close_month(db, node, MONTH)
    assert "already closed" in str(err.value.message)
    assert month_close.last_month(date(2027, 1, 5)) == "2026-12"


def test_no_client_writes_a_close_of_its_own(co: Company) -> None:
    """The generic create takes neither a snapshot nor a node: only api.close_month writes a close,
    with the figures it read itself; nobody changes a snapshot afterwards."""
    seed(co)
    east = co.units["EAST"]
    forged = json.dumps({"contracts": [], "attainment": []})
    for values in ({"node_kind": "unit", "node_id": east, "month": MONTH, "snapshot": forged},
                   {"node_kind": "unit", "node_id": east, "month": MONTH}, {}):
        with pytest.raises(psycopg.Error) as err:  # an undeclared field, or no node: refused either way
            co.call("mgr_e", "select api.record_create('month_close', %s::jsonb)", (json.dumps(values),))
        assert err.value.sqlstate in ("SD005", "23502"), values
    made = co.call("mgr_e", "select api.close_month('unit', %s, %s)", (east, MONTH))
    assert made[0][0]["status"] == "closed"
    (close_id,) = co.call("mgr_e", "select id from api.month_closes")[0]
    with pytest.raises(psycopg.Error) as err:
        co.call("mgr_e", "select api.record_update('month_close', %s, null, %s::jsonb)",
                (close_id, json.dumps({"snapshot": forged})))
    assert err.value.sqlstate == "SD005"


def database_sums(co: Company, unit: str) -> dict[str, tuple[int, Decimal]]:
    """The unit's month straight from the tables (as the admin): count and money per section."""
    with co.admin() as conn:
        people = [e for (e,) in conn.execute("select id from sales.employees where unit_id = any(%s)",
                                             (list(subtree(co, unit)),)).fetchall()]
        first, after = LAST.replace(day=1), LAST + timedelta(days=1)
        sums = {
            "contracts": "select count(*), sum(c.total_amount) from sales.contracts c where c.status = "
                         "'approved' and c.approved_at >= %(first)s and c.approved_at < %(after)s "
                         "and c.owner_id = any(%(people)s)",
            "payments": "select count(*), sum(p.amount) from sales.payments p join sales.contracts c on "
                        "c.id = p.contract_id where p.status = 'approved' and p.received_on >= %(first)s "
                        "and p.received_on < %(after)s and c.owner_id = any(%(people)s)",
            "invoices": "select count(*), sum(i.total_amount) from sales.invoices i join sales.contracts c "
                        "on c.id = i.contract_id where i.issued_on >= %(first)s and i.issued_on < %(after)s "
                        "and c.owner_id = any(%(people)s)",
        }
        return {k: tuple(conn.execute(q, {"first": first, "after": after, "people": people}).fetchone())
                for k, q in sums.items()}


def test_the_key_figures_are_the_databases_sums(fresh_company: Company, as_user) -> None:  # noqa: ANN001
    from salesdesk.services import month_close
    from salesdesk.services.nodes import Node

    co = fresh_company
    seed(co)
    figures = {f.section: f for f in month_close.key_figures(
        month_close.load_month(as_user("mgr_e"), Node("unit", co.units["EAST"]), MONTH))}
    sums = database_sums(co, "EAST")
    assert sums["contracts"] == (2, Decimal("24000.00"))  # the seed's two EAST contracts
    for section, (count, amount) in sums.items():
        assert (figures[section].count, figures[section].amount) == (count, amount), section
    # each contract's instalment fell due on the 15th: its 10,000 unpaid is overdue at the month's end
    assert (figures["receivables"].count, figures["receivables"].amount) == (2, Decimal("20000.00"))
    assert (figures["overdue"].count, figures["overdue"].amount) == (2, Decimal("20000.00"))
    assert figures["new_customers"].amount is None and figures["followups"].count >= 0

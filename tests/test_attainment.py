"""Attainment with deal credit at transaction time (sql/0035): the maintained sums checked after every
kind of change against an oracle computed here from the raw rows; roll-ups from a person to the
company; scope of the attainment, rankings, briefing and scorecards."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import psycopg
import pytest

from tests.factories import Company, approved_contract

Key = tuple[int, int]  # (employee, unit)
CONTRACT_METRICS = ("contract_amount", "new_contracts", "payments")
WIDE = (date(2000, 1, 1), date(2100, 1, 1))


Sums = dict[Key, tuple[Decimal, Decimal]]


def oracle(conn: psycopg.Connection, metric: str, first: date, after: date) -> Sums:
    """(revenue credit, overlay credit) per person and unit-of-the-day, from the raw rows."""
    history = conn.execute(
        "select employee_id, unit_id, greatest(valid_from, '0001-01-01'::date), "
        "coalesce(valid_to, '9999-12-31'::date) from private.employee_units").fetchall()

    def unit_on(emp: int, day: date) -> int:
        return next(u for e, u, f, t in history if e == emp and f <= day < t)

    team: dict[int, list[tuple[int, Decimal, Decimal]]] = defaultdict(list)
    for opp, emp, share, overlay in conn.execute(
            "select opportunity_id, employee_id, credit_share, coalesce(overlay_credit, 0) "
            "from sales.opportunity_members").fetchall():
        team[opp].append((emp, share, overlay))
    contracts = {row[0]: row[1:] for row in conn.execute(
        "select id, owner_id, opportunity_id, status, total_amount, approved_at::date from sales.contracts")}

    def credit(cid: int) -> list[tuple[int, Decimal, Decimal]]:
        owner, opp, *_ = contracts[cid]
        members = team.get(opp, []) if opp else []
        rows = [] if any(s > 0 for _, s, _ in members) else [(owner, Decimal(100), Decimal(0))]
        return rows + [(e, s, o) for e, s, o in members if s > 0 or o > 0]

    results: list[tuple[int, date, Decimal]] = []  # (contract, day, amount)
    if metric == "payments":
        results = [(c, d, a) for c, st, a, d in conn.execute(
            "select contract_id, status, amount, received_on from sales.payments").fetchall()
            if st == "approved"]
    else:
        results = [(cid, day, total) for cid, (_, _, status, total, day) in contracts.items()
                   if status in ("approved", "in_effect", "fulfilled") and day is not None]
    out: dict[Key, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for cid, day, amount in results:
        if not first <= day < after:
            continue
        base = Decimal(1) if metric == "new_contracts" else amount
        for emp, share, overlay in credit(cid):
            acc = out[(emp, unit_on(emp, day))]
            acc[0] += base * share / 100
            acc[1] += base * overlay / 100
    return {k: (v[0], v[1]) for k, v in out.items()}


def maintained(conn: psycopg.Connection, metric: str, first: date, after: date) -> Sums:
    return {(e, u): (c, o) for e, u, c, o in conn.execute(
        "select employee_id, unit_id, credited, overlay_credit from private.metric_credits(%s, %s, %s)",
        (metric, first, after)).fetchall()}


def check(conn: psycopg.Connection) -> None:
    for metric in CONTRACT_METRICS:
        assert maintained(conn, metric, *WIDE) == oracle(conn, metric, *WIDE), metric
    # the monthly sums are the daily ones by month
    by_day, by_month = (conn.execute(
        f"select metric, date_trunc('month', {col})::date, unit_id, employee_id, sum(credited), "
        f"sum(overlay_credit), sum(assisted), sum(records) from private.{table} group by 1, 2, 3, 4 "
        "having sum(records) <> 0 or sum(credited) <> 0 order by 1, 2, 3, 4").fetchall()
        for table, col in (("metric_daily", "day"), ("metric_monthly", "month")))
    assert by_day == by_month


def set_team(conn: psycopg.Connection, deal: int, members: list[tuple[int, str, str | None]]) -> None:
    conn.execute("delete from sales.opportunity_members where opportunity_id = %s", (deal,))
    for emp, share, overlay in members:
        conn.execute("insert into sales.opportunity_members "
                     "(opportunity_id, employee_id, credit_share, overlay_credit) values (%s, %s, %s, %s)",
                     (deal, emp, share, overlay))


def seed_credit(co: Company, conn: psycopg.Connection) -> dict[str, int]:
    """A deal of sp_e1a worked with sp_n1a of another region (60/40) and sup_e1 on overlay (10 %),
    its contract of 10,000.00 approved; a contract of sp_e2a with no deal (5,000.00)."""
    p = co.people
    deal = co.add_deal(conn, "联合项目", "sp_e1a客户1", "sp_e1a")
    set_team(conn, deal, [(p["sp_e1a"], "60", None), (p["sp_n1a"], "40", None), (p["sup_e1"], "0", "10")])
    c1 = approved_contract(co, conn, "sp_e1a", "联合合同", Decimal("10000.00"))
    conn.execute("update sales.contracts set opportunity_id = %s where id = %s", (deal, c1))
    c2 = approved_contract(co, conn, "sp_e2a", "独立合同", Decimal("5000.00"))
    return {"deal": deal, "c1": c1, "c2": c2}


def test_each_change_keeps_the_sums_equal_to_the_raw_rows(fresh_company: Company) -> None:
    co, p = fresh_company, fresh_company.people
    with co.admin() as conn:
        ids = seed_credit(co, conn)
        check(conn)
        got = maintained(conn, "contract_amount", *WIDE)
        t1, n1 = co.units["EAST_T1"], co.units["NORTH_T1"]
        assert got[(p["sp_e1a"], t1)] == (Decimal(6000), Decimal(0))
        assert got[(p["sp_n1a"], n1)] == (Decimal(4000), Decimal(0))  # credited though another signed
        assert got[(p["sup_e1"], t1)] == (Decimal(0), Decimal(1000))  # overlay beside, not summed in
        counts = maintained(conn, "new_contracts", *WIDE)
        assert counts[(p["sp_n1a"], n1)][0] == Decimal("0.4")  # a share of a contract
        # payments: approved counts by the contract's shares, rejected never
        for amount, status in (("2000.00", "approved"), ("500.00", "rejected")):
            pay = co.add_record(conn, "payment", parent=ids["c1"], received_on=date.today(),
                                amount=Decimal(amount), method="cash")
            conn.execute("update sales.payments set status = %s where id = %s", (status, pay))
            check(conn)
        assert maintained(conn, "payments", *WIDE)[(p["sp_n1a"], n1)][0] == Decimal(800)
        # an amended total, a team's new shares, a cancelled contract
        conn.execute("update sales.contracts set amount = 12000, total_amount = 12000 where id = %s",
                     (ids["c1"],))
        check(conn)
        set_team(conn, ids["deal"], [(p["sp_e1a"], "50", "5"), (p["sp_n1a"], "50", None)])
        check(conn)
        conn.execute("update sales.contracts set status = 'cancelled' where id = %s", (ids["c2"],))
        check(conn)
        assert (p["sp_e2a"], co.units["EAST_T2"]) not in maintained(conn, "contract_amount", *WIDE)
        # a team with no credit left credits the contract's owner with all of it
        set_team(conn, ids["deal"], [(p["sp_n1a"], "0", "20")])
        check(conn)
        assert maintained(conn, "contract_amount", *WIDE)[(p["sp_e1a"], t1)][0] == Decimal(12000)
        set_team(conn, ids["deal"], [(p["sp_e1a"], "70", None), (p["sp_n1a"], "30", None)])
        # approved two days earlier, then a move today: the past stays in North; history
        # rewritten by the admin moves it
        conn.execute("update sales.contracts set approved_at = approved_at - interval '2 days' where id = %s",
                     (ids["c1"],))
        check(conn)
        conn.execute("update sales.employees set unit_id = %s where id = %s",
                     (co.units["EAST_T2"], p["sp_n1a"]))
        check(conn)
        assert (p["sp_n1a"], n1) in maintained(conn, "contract_amount", *WIDE)
        conn.commit()
        conn.execute("update private.employee_units set valid_to = current_date - 30 "
                     "where employee_id = %s and valid_from = '-infinity'", (p["sp_n1a"],))
        conn.execute("insert into private.employee_units (employee_id, unit_id, valid_from, valid_to) "
                     "values (%s, %s, current_date - 30, current_date)", (p["sp_n1a"], co.units["EAST_T1"]))
        check(conn)
        assert (p["sp_n1a"], t1) in maintained(conn, "contract_amount", *WIDE)
        # the maintained sums equal a rebuild from nothing
        before = conn.execute("select metric, unit_id, employee_id, day, credited, overlay_credit, assisted "
                              "from private.metric_daily where records > 0 order by 1, 2, 3, 4").fetchall()
        conn.execute("select private.ledger_rebuild()")
        after = conn.execute("select metric, unit_id, employee_id, day, credited, overlay_credit, assisted "
                             "from private.metric_daily where records > 0 order by 1, 2, 3, 4").fetchall()
        assert before == after
        conn.commit()


def test_results_stay_where_they_were_earned(fresh_company: Company) -> None:
    """Two contracts of one person, 10 days ago and today, around a move 5 days ago written into
    the history by the admin: each counts for the unit of its day."""
    co, p = fresh_company, fresh_company.people
    with co.admin() as conn:
        old = approved_contract(co, conn, "sp_e1b", "旧合同", Decimal("3000.00"))
        conn.execute("update sales.contracts set approved_at = now() - interval '10 days' where id = %s",
                     (old,))
        approved_contract(co, conn, "sp_e1b", "新合同", Decimal("7000.00"))
        conn.execute("update private.employee_units set valid_to = current_date - 5 "
                     "where employee_id = %s", (p["sp_e1b"],))
        conn.execute("insert into private.employee_units (employee_id, unit_id, valid_from) "
                     "values (%s, %s, current_date - 5)", (p["sp_e1b"], co.units["EAST_T2"]))
        got = maintained(conn, "contract_amount", *WIDE)
        assert got[(p["sp_e1b"], co.units["EAST_T1"])][0] == Decimal(3000)
        assert got[(p["sp_e1b"], co.units["EAST_T2"])][0] == Decimal(7000)
        check(conn)
        conn.commit()


def unit_subtree(conn: psycopg.Connection, unit: int) -> set[int]:
    return {r[0] for r in conn.execute("select unnest(private.unit_subtree(%s))", (unit,)).fetchall()}


def test_attainment_rolls_up_from_person_to_company(fresh_company: Company) -> None:
    co, p = fresh_company, fresh_company.people
    period = f"FY{date.today().year}"
    with co.admin() as conn:
        seed_credit(co, conn)
        conn.commit()
        first, after = conn.execute("select * from private.period_range(%s)", (period,)).fetchone()
        truth = oracle(conn, "contract_amount", first, after)
        subtrees = {code: unit_subtree(conn, uid) for code, uid in co.units.items()}

    def unit_total(code: str) -> Decimal:
        return sum((v[0] for (e, u), v in truth.items() if u in subtrees[code]), Decimal(0))

    rows = co.call("director", "select * from api.attainment('contract_amount', 'company', null, %s)",
                   (period,))
    assert rows[0][0] == "node" and rows[0][4] == Decimal(15000) == sum(v[0] for v in truth.values())
    assert rows[0][6] is None and rows[0][7] is None  # no target yet: no percent
    for code in ("HQ", "EAST", "EAST_B1", "EAST_T1", "NORTH_T1"):
        rows = co.call("director", "select * from api.attainment('contract_amount', 'unit', %s, %s)",
                       (co.units[code], period))
        assert rows[0][4] == unit_total(code), code
        children = rows[1:]
        child_units = [r for r in children if r[1] == "unit"]
        for r in child_units:
            code_of = next(c for c, i in co.units.items() if i == r[2])
            assert r[4] == unit_total(code_of)
        people = {r[2]: r[4] for r in children if r[1] == "person"}
        assert sum(r[4] for r in children) == rows[0][4]  # the children add up to the node
        for (emp, unit), (credited, _) in truth.items():
            if unit == co.units[code]:
                assert people[emp] == credited
    me = co.call("sp_n1a", "select * from api.attainment('contract_amount', 'person', %s, %s)",
                 (p["sp_n1a"], period))
    assert [r[4] for r in me] == [Decimal(4000)]
    brief = {r[0]: r[1:] for r in co.call("director", "select * from api.sales_briefing('company', null, %s)",
                                         (period,))}
    assert list(brief) == ["new_customers", "leads_converted", "new_deals", "new_contracts",
                           "contract_amount", "payments", "followups"]
    assert brief["contract_amount"] == (Decimal(15000), Decimal(0), Decimal(0))
    assert brief["new_deals"][0] == 1 and brief["new_contracts"][0] == 2


def test_rankings_follow_the_scope(fresh_company: Company) -> None:
    co, p = fresh_company, fresh_company.people
    period = f"FY{date.today().year}"
    with co.admin() as conn:
        seed_credit(co, conn)
        conn.commit()
    north = co.call("mgr_n", "select node_id, rank, actual from api.ranking('contract_amount', %s, 'people')",
                    (period,))
    assert {r[0] for r in north} <= {p["mgr_n"], p["sup_n1"], p["sp_n1a"]}
    assert north[0] == (p["sp_n1a"], 1, Decimal(4000))
    top = co.call("director", "select node_id, actual from api.ranking('contract_amount', %s, 'people')",
                  (period,))
    assert top[0] == (p["sp_e1a"], Decimal(6000)) and len(top) == len(co.people)
    teams = co.call("mgr_e", "select node_id, actual from api.ranking('contract_amount', %s, 'units', %s)",
                    (period, "team"))
    assert teams == [(co.units["EAST_T1"], Decimal(6000)), (co.units["EAST_T2"], Decimal(5000))]
    alone = co.call("sp_e1a", "select node_id from api.ranking('contract_amount', %s, 'people')", (period,))
    assert alone == [(p["sp_e1a"],)]


@pytest.mark.parametrize("who, kind, target", [
    ("sp_e1a", "unit", "NORTH_T1"), ("sp_e1a", "person", "sp_n1a"), ("sp_e1a", "company", None),
    ("mgr_e", "unit", "NORTH"), ("mgr_e", "person", "sp_n1a"), ("sup_e1", "unit", "EAST"),
])
def test_another_regions_attainment_answers_as_missing(company: Company, who: str, kind: str,
                                                       target: str | None) -> None:
    node = None if target is None else (company.units if kind == "unit" else company.people)[target]
    calls = ("select * from api.attainment('contract_amount', %s, %s, 'FY2026')",
             "select * from api.sales_briefing(%s, %s, 'FY2026')")
    for query in calls:
        with pytest.raises(psycopg.errors.NoDataFound) as hidden:
            company.call(who, query, (kind, node))
        if kind != "company":
            with pytest.raises(psycopg.errors.NoDataFound) as missing:
                company.call(who, query, (kind, 10 ** 12))
            assert str(hidden.value) == str(missing.value)


def test_scorecards_are_scored_ranked_in_scope_and_kept_with_the_permission(fresh_company: Company) -> None:
    co, p = fresh_company, fresh_company.people
    month = date.today().strftime("%Y-%m")
    with co.admin() as conn:
        seed_credit(co, conn)
        conn.commit()
    items = '[{"indicator": "contract_amount", "weight": 50, "monthly_goal": 10000},' \
            ' {"indicator": "deal_credit", "weight": 50, "monthly_goal": 1000}]'
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        co.call("mgr_e", "select api.scorecard_save('salesperson', %s)", (items,))
    with pytest.raises(psycopg.errors.CheckViolation):
        co.call("director", "select api.scorecard_save('salesperson', %s)",
                ('[{"indicator": "payments", "weight": 40}]',))
    co.call("director", "select api.scorecard_save('salesperson', %s)", (items,))
    assert [r[:2] for r in co.call("sp_e1a", "select * from api.scorecard_items('salesperson')")] == [
        ("contract_amount", Decimal(50)), ("deal_credit", Decimal(50))]
    rows = {r[1]: r for r in co.call("director", "select * from api.scorecard('salesperson', %s)", (month,))}
    # sp_e1a: 6,000 of 10,000 (30 points), nothing assisted; sp_n1a: 4,000 credited (20 points) of
    # which all assisted, 4x the 1,000 goal capped at 1.2 (60 points); sp_e2a: 5,000 (25 points)
    assert rows[p["sp_e1a"]][4] == Decimal(30)
    assert rows[p["sp_n1a"]][4] == Decimal(80) and rows[p["sp_n1a"]][0] == 1
    assert rows[p["sp_e2a"]][4] == Decimal(25)
    east = co.call("mgr_e", "select employee_id from api.scorecard('salesperson', %s)", (month,))
    assert p["sp_n1a"] not in {r[0] for r in east} and p["sp_e1a"] in {r[0] for r in east}
    assert [r[1] for r in co.call("sp_e1a", "select * from api.scorecard('salesperson', %s)", (month,))] == [
        p["sp_e1a"]]


def test_an_employee_reads_no_ledger(company: Company) -> None:
    for query in ("select * from private.metric_daily", "select * from private.metric_ledger",
                  "select private.ledger_rebuild()"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            company.call("director", query)


def test_periods_have_months_and_a_period_before(fresh_company: Company) -> None:
    with fresh_company.admin() as conn:
        assert conn.execute("select private.period_months('2026-02-01', '2027-02-01')").fetchone() == (12,)
        assert conn.execute("select * from private.period_before('2026-04-01', '2026-07-01')").fetchone() == (
            date(2026, 1, 1), date(2026, 4, 1))

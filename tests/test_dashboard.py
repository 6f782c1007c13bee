"""The dashboard's data on the real database (sql/0037, services/dashboard.py): "Today"'s numbers
against an oracle computed from the raw rows, only the caller's own rows counted; "My pipeline"
against the board; "Receivables" as the ageing's totals of the caller's scope."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import psycopg
import pytest

from salesdesk.services import dashboard, receivables
from tests.factories import Company, build_small_company, seed_deals, seed_money
from tests.races import second_waits
from tests.ui_support import session_for

DAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_deals(company, conn)
        seed_money(company, conn)
        # two of the four payments approved: the receivables then differ from the contract totals
        conn.execute("update sales.payments set status = 'approved' where reference in ('sp_e1a-回单1', "
                     "'sp_n1a-回单1')")
        seed_today(company, conn)
        conn.commit()
    return company


def plan(company: Company, conn: psycopg.Connection, who: str, customer: str, happened: datetime,
         next_on: date | None, archived: bool = False) -> int:
    f = company.add_followup(conn, customer, author=who, happened_at=happened.isoformat())
    conn.execute("update sales.followups set next_followup_on = %s, archived_at = %s where id = %s",
                 (next_on, datetime.now().astimezone() if archived else None, f))
    return f


def seed_today(company: Company, conn: psycopg.Connection) -> None:
    """sp_e1a: plans due today, overdue, superseded, archived, in the future; deals closing this
    month, next month, won; the same for sp_e1b (not counted for sp_e1a)."""
    noon = datetime(2026, 6, 1, 12).astimezone()
    for who in ("sp_e1a", "sp_e1b"):
        c1, c2, c3 = (f"{who}客户{i}" for i in (1, 2, 3))
        plan(company, conn, who, c1, noon, DAY)                                   # due today
        plan(company, conn, who, c2, noon, DAY - timedelta(days=3))                # overdue
        plan(company, conn, who, c3, noon, DAY - timedelta(days=9))                # superseded by:
        plan(company, conn, who, c3, noon + timedelta(days=2), DAY + timedelta(days=5))  # future
        plan(company, conn, who, c1, noon - timedelta(days=30), DAY - timedelta(days=20))  # superseded
        plan(company, conn, who, c2, noon + timedelta(days=1), DAY - timedelta(days=1),
             archived=True)                                                        # archived: not counted
        closes = ((DAY.replace(day=1), "1000.00"), (DAY.replace(day=30), "2500.50"),
                  (DAY + timedelta(days=20), "9999.00"), (None, "7.00"))
        for i, (close, amount) in enumerate(closes):
            deal = company.add_deal(conn, f"{who}今日商机{i}", c1, who, amount)
            conn.execute("update sales.opportunities set expected_close_date = %s where id = %s",
                         (close, deal))
    won = company.add_deal(conn, "sp_e1a已赢商机", "sp_e1a客户1", "sp_e1a", "50000.00")
    conn.execute("update sales.opportunities set expected_close_date = %s, stage_id = "
                 "(select id from sales.opportunity_stages where outcome = 'won' limit 1) where id = %s",
                 (DAY, won))


def oracle(company: Company, who: str, day: date) -> tuple[int, int, int, Decimal]:
    """The same numbers from the raw rows, in Python."""
    with company.admin() as conn:
        rows = conn.execute("select id, customer_id, happened_at, next_followup_on from sales.followups "
                            "where owner_id = %s and archived_at is null", (company.people[who],)).fetchall()
        deals = conn.execute(
            "select o.amount, o.expected_close_date from sales.opportunities o "
            "join sales.opportunity_stages s on s.id = o.stage_id "
            "where o.owner_id = %s and o.archived_at is null and s.outcome is null",
            (company.people[who],)).fetchall()
    latest: dict[int, tuple] = {}
    for r in rows:
        latest[r[1]] = max(latest.get(r[1], (r[2], r[0])), (r[2], r[0]))
    open_plans = [r[3] for r in rows if r[3] is not None and (r[2], r[0]) == latest[r[1]]]
    closing = [a for a, d in deals if d is not None and (d.year, d.month) == (day.year, day.month)]
    return (sum(d == day for d in open_plans), sum(d < day for d in open_plans), len(closing),
            sum(closing, Decimal(0)))


@pytest.mark.parametrize("who", ["sp_e1a", "sp_e1b", "sup_e1", "director"])
def test_today_matches_the_raw_rows(co: Company, who: str) -> None:
    t = dashboard.today(session_for(co, who).database, DAY)
    assert (t.due_today, t.overdue, t.closing, t.closing_amount) == oracle(co, who, DAY)


def test_today_counts_the_callers_own_plans_and_deals(co: Company) -> None:
    t = dashboard.today(session_for(co, "sp_e1a").database, DAY)
    # due today 1, overdue 1 (the superseded and archived ones not), the two deals of June
    assert (t.due_today, t.overdue, t.closing, t.closing_amount) == (1, 1, 2, Decimal("3500.50"))
    assert dashboard.today(session_for(co, "sup_e1").database, DAY).overdue == 0  # a team's are theirs


def test_an_outsider_gets_nothing(co: Company) -> None:
    with co.connect("outsider") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("select * from api.dashboard_today(%s)", (DAY,))


def test_my_pipeline_is_the_boards_mine(co: Company) -> None:
    totals = dashboard.my_pipeline(session_for(co, "sp_e1a").database)
    with co.admin() as conn:
        expected = dict(conn.execute(
            "select s.id, count(*) from sales.opportunities o join sales.opportunity_stages s "
            "on s.id = o.stage_id where o.owner_id = %s and o.archived_at is null "
            "and s.outcome is null group by s.id", (co.people["sp_e1a"],)).fetchall())
    assert {t.stage.id: t.deals for t in totals if t.deals} == expected
    assert expected and all(t.stage.outcome is None for t in totals)  # the won deal is not in the pipeline


@pytest.mark.parametrize("who", ["sp_e1a", "sup_e1", "mgr_e", "director"])
@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 2, 20), DAY])
def test_receivables_match_the_ageing_tables_totals(co: Company, who: str, day: date) -> None:
    db = session_for(co, who).database
    assert dashboard.scope_ageing(db, day) == receivables.unpaged(db, "owner", day).total


BUCKETS = ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus")


def raw_buckets(co: Company, who: str, day: date) -> dict[str, Decimal]:
    """Each open instalment the caller reads, bucketed by api.receivable_instalments (sql/0029: from
    the contracts, plans and payments themselves, under the row policies), summed per bucket."""
    rows = co.call(who, "select bucket, sum(unpaid) from api.receivable_instalments(%s) "
                        "where unpaid > 0 group by bucket", (day,))
    return {b: dict(rows).get(b, Decimal(0)) for b in BUCKETS}


@pytest.mark.parametrize("who", ["sp_e1a", "sp_n1a", "director"])
def test_receivables_on_each_buckets_edge_are_the_instalments_sums(co: Company, who: str) -> None:
    """sql/0056 reads the days of the months around the buckets' edges and the other months whole:
    on every day an instalment (due on a month's last day) changes bucket, and the days either side,
    the dashboard's and the page's buckets are the instalments' own, summed."""
    db = session_for(co, who).database
    for due in (date(2026, 1, 31), date(2026, 3, 31)):
        for offset in (-1, 0, 1, 2, 29, 30, 31, 32, 59, 60, 61, 62, 89, 90, 91, 92, 120):
            day = due + timedelta(days=offset)
            board = dashboard.scope_ageing(db, day)
            assert {b: getattr(board, b) for b in BUCKETS} == raw_buckets(co, who, day), (due, day)
            assert board == receivables.unpaged(db, "owner", day).total, (due, day)


def test_receivables_are_the_scopes_ageing_totals(co: Company) -> None:
    # seed_money: per salesperson 21,470.00 approved, 1,000.00 paid (pending payments do not count)
    mine = dashboard.scope_ageing(session_for(co, "sup_e1").database, DAY)
    company = dashboard.scope_ageing(session_for(co, "director").database, DAY)
    assert mine.contracts == 2 and company.contracts == 4
    assert company.receivable == 2 * mine.receivable > 0
    assert company.overdue == company.receivable - company.not_due - company.unplanned


DAYS = ("select owner_id, due_on, instalments, unpaid from private.receivable_days order by 1, 2",
        "select owner_id, due_month, instalments, unpaid from private.receivable_months order by 1, 2",
        "select due_on, instalments, unpaid from private.receivable_company_days order by 1",
        "select due_month, instalments, unpaid from private.receivable_company_months order by 1")


TREE = ("select unit_id, due_on, instalments, unpaid from private.receivable_tree_days order by 1, 2",
        "select unit_id, due_month, instalments, unpaid from private.receivable_tree_months order by 1, 2",
        "select unit_id, contracts, receivable, planned_open from private.receivable_tree_owners order by 1")
UP = ("with recursive up (base, id) as (select u.id, u.id from sales.org_units u union "
      "select up.base, o.parent_id from up join sales.org_units o on o.id = up.id "
      "where o.parent_id is not null) ")


def tree_rows(conn: psycopg.Connection) -> tuple[list, ...]:
    return tuple(conn.execute(q).fetchall() for q in TREE)


def summed_tree(conn: psycopg.Connection) -> tuple[list, ...]:
    """sql/0062's rows from their meaning: each unit's sums of the kept rows of the owners whose unit
    is that unit or one below it now."""
    months = "date_trunc('month', r.due_on)::date"
    days = tuple(conn.execute(
        UP + f"select up.id, {key}, count(*), sum(r.unpaid) from private.receivable_instalments r "
        "join sales.employees e on e.id = r.owner_id join up on up.base = e.unit_id "
        "group by 1, 2 order by 1, 2").fetchall()
        for key in ("r.due_on", months))
    sums = conn.execute(
        UP + "select up.id, count(*) filter (where r.receivable <> 0), sum(r.receivable), "
        "sum(r.planned_open) "
        "from private.receivable_contracts r join sales.employees e on e.id = r.owner_id "
        "join up on up.base = e.unit_id group by 1 order by 1").fetchall()
    return (*days, sums)


def kept_rows(conn: psycopg.Connection) -> tuple[list, ...]:
    return (conn.execute("select * from private.receivable_contracts order by contract_id").fetchall(),
            conn.execute("select * from private.receivable_instalments order by instalment_id").fetchall(),
            conn.execute("select * from private.receivable_owners order by owner_id").fetchall(),
            *(conn.execute(q).fetchall() for q in DAYS))


def summed_days(conn: psycopg.Connection) -> tuple[list, ...]:
    """sql/0056's and 0060's rows as sums of the kept instalments (the oracle of the triggers' sums)."""
    months = "date_trunc('month', due_on)::date"
    return (*(conn.execute(f"select owner_id, {key}, count(*), sum(unpaid) "
                           "from private.receivable_instalments group by 1, 2 order by 1, 2").fetchall()
              for key in ("due_on", months)),
            *(conn.execute(f"select {key}, count(*), sum(unpaid) from private.receivable_instalments "
                           "group by 1 order by 1").fetchall() for key in ("due_on", months)))


def test_the_kept_receivables_follow_every_change(db_factory) -> None:
    """sql/0044, 0046, 0056, 0060: the rows the dashboard's ageing reads, and their sums per owner, per
    owner and due day and per due day of the company, are kept by triggers. After each change to a
    payment, a plan, a contract's status or owner, they equal a rebuild from scratch (the days: the
    instalments summed), and each level's dashboard equals the ageing table from the raw rows."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_money(company, conn)
        conn.commit()
    e1a, e1b, n1a = (company.contracts[f"{k}合同2"] for k in ("sp_e1a", "sp_e1b", "sp_n1a"))
    changes = [
        ("a payment approved", "update sales.payments set status = 'approved' where contract_id = %s", e1b),
        ("a second payment, approved", "insert into sales.payments (contract_id, received_on, amount, "
         "status) values (%s, '2026-02-01', 12000.00, 'approved')", e1a),
        ("a plan moved", "update sales.instalments set due_on = due_on - 45 where contract_id = %s", e1a),
        ("an approved payment deleted", "delete from sales.payments where contract_id = %s "
         "and status = 'approved' and amount = 1000.00", e1b),
        ("a contract passed to another owner", "update sales.contracts set owner_id = "
         f"{company.people['sp_e1a']} where id = %s", n1a),
        ("a contract shared with the other region's salesperson", "insert into sales.record_shares "
         "(kind, record_id, employee_id, access) "
         f"values ('contract', %s, {company.people['sp_n1a']}, 'read')", e1a),
        ("a contract cancelled", "update sales.contracts set status = 'cancelled' where id = %s", e1b),
        ("its owner moved to another team", "update sales.employees set unit_id = "
         f"{company.units['EAST_T2']} where id = (select owner_id from sales.contracts where id = %s)", e1a),
        ("a team moved to another branch", "update sales.org_units set parent_id = "
         f"{company.units['NORTH']} where id = (select unit_id from sales.employees e "
         "join sales.contracts c on c.owner_id = e.id where c.id = %s)", e1a),
    ]
    for what, statement, contract in changes:
        with company.admin() as conn:
            conn.execute(statement, (contract,))
            conn.commit()
            kept = kept_rows(conn)
            assert kept[3:] == summed_days(conn) and all(kept[3:]), what
            tree = tree_rows(conn)
            assert tree == summed_tree(conn) and all(tree), what
            conn.execute("select private.receivables_refresh(null)")
            assert kept_rows(conn) == kept and tree_rows(conn) == tree, what
            conn.execute("select private.receivable_tree_rebuild()")
            assert tree_rows(conn) == tree, what
            conn.rollback()
        for who in ("sp_e1a", "sp_n1a", "sup_e1", "mgr_e", "director"):
            db = session_for(company, who).database
            board = dashboard.scope_ageing(db, DAY)
            assert board == receivables.unpaged(db, "owner", DAY).total, (what, who)
            assert {b: getattr(board, b) for b in BUCKETS} == raw_buckets(company, who, DAY), (what, who)
    mine = dashboard.scope_ageing(session_for(company, "sp_e1a").database, DAY)
    assert mine.contracts == 2 and mine.receivable > 0  # her own and the one passed to her
    shared = dashboard.scope_ageing(session_for(company, "sp_n1a").database, DAY)
    assert shared.contracts == 1 and shared.receivable > 0  # not her passed one; the one shared with her


def test_the_kept_days_show_another_regions_salesperson_nothing(co: Company) -> None:
    """sql/0056: no employee reads the per-day or per-month sums; a salesperson's ageing holds their own
    contracts' instalments only, none of the other region's (whose days are summed in the same
    table)."""
    for table in ("receivable_days", "receivable_months", "receivable_company_days",
                  "receivable_company_months"):
        with co.connect("sp_n1a") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"select * from private.{table}")
    with co.admin() as conn:
        own = conn.execute("select coalesce(sum(r.unpaid), 0) from private.receivable_instalments r "
                           "where r.owner_id = %s", (co.people["sp_n1a"],)).fetchone()[0]
        others = conn.execute("select count(*) from private.receivable_days where owner_id <> %s",
                              (co.people["sp_n1a"],)).fetchone()[0]
    aged = dashboard.scope_ageing(session_for(co, "sp_n1a").database, DAY)
    assert aged.not_due + aged.overdue == own and others > 0


def test_a_manager_reads_the_tree_only_while_seeing_all_of_it(db_factory) -> None:
    """sql/0062: the east's manager sees every employee of the east's tree, so their ageing is read
    from the east's kept tree rows (changing those rows changes it), and a salesperson moved into the
    tree counts there at once. Given a position that sees only the east's own unit, the teams below
    are not theirs: it is read owner by owner again and holds none of the teams' money. Always the
    instalments the manager reads under the row policies."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_money(company, conn)
        conn.execute("update sales.payments set status = 'approved'")
        conn.commit()
    db = session_for(company, "mgr_e").database
    before = dashboard.scope_ageing(db, DAY)
    assert {b: getattr(before, b) for b in BUCKETS} == raw_buckets(company, "mgr_e", DAY)
    assert before.not_due + before.overdue > 0
    with company.admin() as conn:  # the tree's rows are what the manager's ageing reads
        conn.execute("update private.receivable_tree_owners set receivable = receivable + 1000 "
                     "where unit_id = %s", (company.units["EAST"],))
        conn.commit()
    assert dashboard.scope_ageing(db, DAY).receivable == before.receivable + 1000
    with company.admin() as conn:
        conn.execute("select private.receivable_tree_rebuild()")
        conn.execute("update sales.employees set unit_id = %s where id = %s",
                     (company.units["EAST_T1"], company.people["sp_n1a"]))
        conn.commit()
        hers = conn.execute("select coalesce(sum(unpaid), 0) from private.receivable_instalments "
                            "where owner_id = %s", (company.people["sp_n1a"],)).fetchone()[0]
    moved = dashboard.scope_ageing(db, DAY)
    assert {b: getattr(moved, b) for b in BUCKETS} == raw_buckets(company, "mgr_e", DAY)
    assert hers > 0 and moved.not_due + moved.overdue == before.not_due + before.overdue + hers
    with company.admin() as conn:
        conn.execute("insert into sales.positions (code, name, level, data_scope) "
                     "values ('mgr_unit', '经理（本部门）', 'manager', 'unit')")
        conn.execute("update sales.employees set position_id = (select id from sales.positions "
                     "where code = 'mgr_unit') where id = %s", (company.people["mgr_e"],))
        conn.commit()
    narrow = dashboard.scope_ageing(db, DAY)
    assert {b: getattr(narrow, b) for b in BUCKETS} == raw_buckets(company, "mgr_e", DAY)
    assert narrow.not_due + narrow.overdue < moved.not_due + moved.overdue


def test_an_employee_cannot_read_the_tree_sums(co: Company) -> None:
    for table in ("receivable_tree_days", "receivable_tree_months", "receivable_tree_owners"):
        with co.connect("mgr_e") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"select * from private.{table}")


def test_a_move_and_a_payment_at_once_leave_the_tree_exact(db_factory) -> None:
    """sql/0062: a payment on sp_e1a's contract while sp_e1a moves to another team, and while her
    team moves under another branch: the payment's writer waits for the move (its share locks on the
    owner and the units above her), and the tree's rows equal their meaning after both."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_money(company, conn)
        conn.commit()
    contract = company.contracts["sp_e1a合同2"]
    pay = ("insert into sales.payments (contract_id, received_on, amount, status) "
           "values (%s, '2026-02-01', 100.00, 'approved')", (contract,))
    moves = [("update sales.employees set unit_id = %s where id = %s",
              (company.units["EAST_T2"], company.people["sp_e1a"])),
             ("update sales.org_units set parent_id = %s where id = %s",
              (company.units["NORTH"], company.units["EAST_T2"]))]
    for move in moves:
        assert second_waits(company, [move], [pay]) >= 0.4
        with company.admin() as conn:
            assert tree_rows(conn) == summed_tree(conn), move[0]

"""The calibration's win counts kept (sql/0055, 0064): private.stage_win_rates read from the counts
kept per closing day and month (and the company's per day) equals 0036's computation over the raw
rows (written here as the oracle), for every team and for a few asked by id, for windows that start
and end on month starts, mid-month and across a year, after every kind of write one at a time and
several in one transaction, and after two writers of the same month."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg
import pytest

from salesdesk.admin import bench_pipeline
from tests import forecast_history as fh
from tests.factories import Company, build_small_company
from tests.races import second_waits

# 0036's body: every deal closed in the twelve months before the day, its owner's team on the
# closing day, each open stage it passed (distinct), by (stage, team) and (stage)
OLD = """
    with closed as (
        select o.id, s.outcome = 'won' as won, u.unit_id as team
        from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id
        join private.employee_units u
            on u.employee_id = o.owner_id and u.valid_from <= o.closed_at::date
           and (u.valid_to is null or o.closed_at::date < u.valid_to)
        where s.outcome is not null and o.archived_at is null
          and o.closed_at >= (%(d)s::date - interval '12 months') and o.closed_at < %(d)s::date
    ), passed as (
        select distinct c.id, c.won, c.team, h.to_stage_id as stage_id
        from closed c join sales.opportunity_stage_history h on h.opportunity_id = c.id
        join sales.opportunity_stages s on s.id = h.to_stage_id
        where s.outcome is null
    )
    select p.stage_id, p.team, count(*), count(*) filter (where p.won)
    from passed p group by grouping sets ((p.stage_id, p.team), (p.stage_id))
"""
KEPT = "select * from private.stage_win_rates(%(d)s, %(teams)s::bigint[])"
KEPT_TABLES = ("days", "months", "company_days")
TODAY = date.today()
DAYS = (fh.AS_OF, date(2026, 11, 15), date(2027, 1, 1), date(2026, 7, 31), date(2026, 12, 31),
        date(2027, 3, 10), date(2026, 3, 1), date(2026, 9, 16), TODAY + timedelta(days=1),
        TODAY + timedelta(days=45))


@pytest.fixture
def co(db_factory) -> Company:
    company = build_small_company(db_factory(), deals=True)
    fh.seed_history(company)
    with company.admin() as admin:  # a lost deal needs a reason to be written again
        admin.execute("set session_replication_role = replica")
        admin.execute("update sales.opportunities o set won_lost_reason = '价格' "
                      "from sales.opportunity_stages s where s.id = o.stage_id and s.outcome = 'lost'")
        admin.commit()
    return company


def check(co: Company, conn: psycopg.Connection | None = None) -> None:
    """The kept counts equal the oracle on every day of DAYS, and the kept days and months equal a
    rebuild (no leftover row)."""
    def compare(c: psycopg.Connection) -> None:
        # a few teams asked by id: two of the busiest, one twice, one without a closed deal, a null
        busy = [r[0] for r in c.execute("select unit_id from private.stage_close_days group by 1 "
                                        "order by sum(closed) desc, 1 limit 2")]
        idle = c.execute("select max(id) + 1000 from sales.org_units").fetchone()[0]
        few = [*busy, busy[0], idle, None]
        for d in DAYS:
            old = sorted(c.execute(OLD, {"d": d}).fetchall(), key=str)
            assert sorted(c.execute(KEPT, {"d": d, "teams": None}).fetchall(), key=str) == old, d
            kept = sorted(c.execute(KEPT, {"d": d, "teams": few}).fetchall(), key=str)
            assert kept == [r for r in old if r[1] is None or r[1] in busy], d
        tables = [sorted(c.execute(f"select * from private.stage_close_{t}").fetchall())
                  for t in KEPT_TABLES]
        c.execute("savepoint rebuilt")
        c.execute("select private.stage_win_counts_rebuild()")
        assert tables == [sorted(c.execute(f"select * from private.stage_close_{t}").fetchall())
                          for t in KEPT_TABLES]
        c.execute("rollback to savepoint rebuilt")

    if conn is not None:
        compare(conn)
        return
    with co.admin() as admin:
        compare(admin)
        admin.rollback()


def closed_deal(conn: psycopg.Connection, outcome: str, n: int = 0) -> int:
    """The n-th deal (by id) closed with this outcome, not archived, with an open stage passed."""
    return conn.execute(
        "select o.id from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id "
        "where s.outcome = %s and o.archived_at is null and o.closed_at >= '2026-01-01' "
        "and exists (select from sales.opportunity_stage_history h join sales.opportunity_stages hs "
        "            on hs.id = h.to_stage_id where h.opportunity_id = o.id and hs.outcome is null) "
        "order by o.id offset %s limit 1", (outcome, n)).fetchone()[0]


def open_deal(conn: psycopg.Connection, n: int = 0) -> int:
    return conn.execute(
        "select o.id from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id "
        "where s.outcome is null and o.archived_at is null order by o.id offset %s limit 1",
        (n,)).fetchone()[0]


def stage_with(conn: psycopg.Connection, outcome: str | None, n: int = 0) -> int:
    return conn.execute("select id from sales.opportunity_stages where outcome is not distinct from %s "
                        "order by position offset %s limit 1", (outcome, n)).fetchone()[0]


def test_the_migration_and_a_load_agree_with_the_old_computation(co: Company) -> None:
    check(co)
    with co.admin() as admin:
        assert admin.execute("select count(*) from private.stage_close_months").fetchone()[0] > 0
        # the history covers 2025-11 .. 2026-11: a window's partial months come from the days
        assert admin.execute(KEPT, {"d": date(2026, 9, 16), "teams": None}).fetchall()


WRITES = {
    "won": lambda c: c.execute("update sales.opportunities set stage_id = %s where id = %s",
                               (stage_with(c, "won"), open_deal(c))),
    "lost": lambda c: c.execute("update sales.opportunities set stage_id = %s, won_lost_reason = '价格' "
                                "where id = %s", (stage_with(c, "lost"), open_deal(c, 1))),
    "reopened": lambda c: c.execute("update sales.opportunities set stage_id = %s where id = %s",
                                    (stage_with(c, None, 1), closed_deal(c, "won"))),
    "archived": lambda c: c.execute("update sales.opportunities set archived_at = now() where id = %s",
                                    (closed_deal(c, "won", 1),)),
    "owner": lambda c: c.execute("update sales.opportunities set owner_id = (select id from sales.employees "
                                 "where unit_id <> (select e.unit_id from sales.employees e "
                                 "join sales.opportunities o on o.owner_id = e.id where o.id = %(id)s) "
                                 "order by id limit 1) where id = %(id)s", {"id": closed_deal(c, "won", 6)}),
    "moved": lambda c: c.execute("update sales.opportunities set closed_at = closed_at - interval '40 days' "
                                 "where id = any (%s)",
                                 ([closed_deal(c, "won", 2), closed_deal(c, "lost", 1)],)),
    "history added": lambda c: c.execute(
        "insert into sales.opportunity_stage_history (opportunity_id, to_stage_id, probability, amount) "
        "select %s, s.id, 0, 0 from sales.opportunity_stages s where s.outcome is null",
        (closed_deal(c, "won", 3),)),
    "history deleted": lambda c: c.execute(
        "delete from sales.opportunity_stage_history where opportunity_id = %s",
        (closed_deal(c, "lost", 2),)),
    "history moved": lambda c: c.execute(
        "update sales.opportunity_stage_history set opportunity_id = %s where id = (select min(id) from "
        "sales.opportunity_stage_history where opportunity_id = %s)",
        (closed_deal(c, "won", 4), closed_deal(c, "lost", 3))),
    "outcome": lambda c: c.execute("update sales.opportunity_stages set outcome = 'lost' where id = %s",
                                   (stage_with(c, None, 2),)),
}


def move_back(co: Company, c: psycopg.Connection) -> None:
    """sp_e1b moved to EAST_T2 from 2026-05-01 rather than today (a retroactive move), in one
    statement over both of their rows."""
    c.execute("update private.employee_units set valid_to = case when valid_to is null then null "
              "else date '2026-05-01' end, valid_from = case when valid_to is null then date '2026-05-01' "
              "else valid_from end where employee_id = %s", (co.people["sp_e1b"],))


@pytest.mark.parametrize("write", [*WRITES, "retroactive move"])
def test_each_write_keeps_the_counts_exact(co: Company, write: str) -> None:
    with co.admin() as admin:
        before = [admin.execute(KEPT, {"d": d, "teams": None}).fetchall() for d in DAYS]
        if write == "retroactive move":
            move_back(co, admin)
        else:
            WRITES[write](admin)
        check(co, admin)  # in the writing transaction
        admin.commit()
        after = [admin.execute(KEPT, {"d": d, "teams": None}).fetchall() for d in DAYS]
        assert after != before  # (the test bites)
    check(co)


def test_several_writes_in_one_transaction_and_an_employee_moved_today(co: Company) -> None:
    with co.admin() as admin:
        for write in ("won", "owner", "moved", "history added", "history deleted"):
            WRITES[write](admin)
        move_back(co, admin)
        admin.execute("update sales.employees set unit_id = %s where id = %s",
                      (co.units["EAST_T1"], co.people["sp_e1a"]))
        admin.execute("update sales.opportunities set closed_at = closed_at + interval '1 day' "
                      "where closed_at is not null and id % 3 = 0")
        admin.commit()
    check(co)


def test_two_writers_of_one_month_keep_both_changes(co: Company) -> None:
    """The first writer holds the month; the second (a deal of the same month) waits for its
    commit, then recomputes with its change: the final counts equal the oracle's."""
    with co.admin() as admin:
        a, b = closed_deal(admin, "won", 0), closed_deal(admin, "won", 1)
        admin.execute("update sales.opportunities set closed_at = '2026-06-10 10:00+08' where id = %s", (a,))
        admin.execute("update sales.opportunities set closed_at = '2026-06-20 10:00+08' where id = %s", (b,))
        admin.commit()
    waited = second_waits(
        co, [("delete from sales.opportunity_stage_history where opportunity_id = %s", (a,))],
        [("update sales.opportunities set archived_at = now() where id = %s", (b,))])
    assert waited >= 0.4, "the second writer did not wait for the first's month"
    check(co)
    with co.admin() as admin:  # both changes are in: neither deal counts in June any more
        june = admin.execute("select coalesce(sum(closed), 0) from private.stage_close_days "
                             "where day in ('2026-06-10', '2026-06-20')").fetchone()[0]
    assert june == 0


def test_a_history_row_waits_for_its_deal_moving_to_another_month(co: Company) -> None:
    """One writer moves a closed deal to another month; another adds a stage to its history
    meanwhile: it waits for the deal, reads its new closing day, and counts the stage there."""
    with co.admin() as admin:
        a = closed_deal(admin, "won", 5)
        admin.execute("update sales.opportunities set closed_at = '2026-04-10 10:00+08' where id = %s", (a,))
        admin.commit()
    second_waits(
        co, [("update sales.opportunities set closed_at = '2026-08-10 10:00+08' where id = %s", (a,))],
        [("insert into sales.opportunity_stage_history (opportunity_id, to_stage_id, probability, amount) "
          "select %s, s.id, 0, 0 from sales.opportunity_stages s where s.outcome is null", (a,))])
    check(co)


def test_an_employee_cannot_read_the_kept_counts(co: Company) -> None:
    for table in ("stage_close_days", "stage_close_months", "stage_close_company_days", "stage_close_locks"):
        with co.connect("director") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"select * from private.{table}")


def test_the_bench_generates_a_history_the_counts_see(co: Company) -> None:
    """The bench's deals (bench_pipeline): closed over the last 18 months, each with the open
    stages it passed and its closed stage at its closing moment; the rebuild then agrees with the
    oracle."""
    with co.admin() as admin:
        before = admin.execute("select max(id) from sales.opportunities").fetchone()[0]
        bench_pipeline.generate_opportunities(admin, 300)
        admin.execute("select private.stage_win_counts_rebuild()")
        admin.commit()
        spread = admin.execute(
            "select min(closed_at) < now() - interval '13 months', "
            "max(closed_at) > now() - interval '1 month' from sales.opportunities where id > %s",
            (before,)).fetchone()
        assert spread == (True, True)
        odd = admin.execute(
            "select count(*) from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id "
            "where o.id > %s and not exists (select from sales.opportunity_stage_history h "
            "  where h.opportunity_id = o.id and h.to_stage_id = o.stage_id "
            "  and h.changed_at = coalesce(o.closed_at, h.changed_at))", (before,)).fetchone()[0]
        assert odd == 0  # every deal's history ends in its stage, on its closing moment when closed
    check(co)

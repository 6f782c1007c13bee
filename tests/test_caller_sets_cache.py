"""The caller's routed set kept for the rest of one statement (sql/0026): a list page computes each
set once, and the kept copy (a transaction-local setting, which the caller can read and set) is
used only when its seal matches, only within the statement and snapshot it was computed in, and
never in a transaction that has written anything."""

from __future__ import annotations

import time
from collections.abc import Callable

import psycopg
from psycopg import sql

from salesdesk.admin import bench_kinds
from tests.factories import Company, build_small_company
from tests.test_opportunities import add_deal

LIST = bench_kinds.LIST.format("opportunity")
PAGE = "(select array_agg(id order by id) from api.opportunity_list('{}', 'name', false, null, 50))"
KEPT = "salesdesk_sets.opportunity_read"


def routed_company(db_factory) -> tuple[Company, int, int]:
    """sup_e1 on the team of a deal of another region (reached only through the team), and a deal
    of that region sup_e1 has no way to."""
    company = build_small_company(db_factory(), deals=True)
    routed = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北合作",
                      team=(("sup_e1", "read", "30"), ("sp_n1a", "write", "70")))
    hidden = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北独家")
    return company, routed, hidden


def calls_during(company: Company, login: str, functions: list[str],
                 action: Callable[[psycopg.Connection], object]) -> dict[str, int]:
    """How often each private function ran during `action` on a connection of its own (the
    counts reach the statistics when that connection ends)."""
    stats = ("select p.proname::text, coalesce(s.calls, 0) from unnest(%s::text[]) f(name) "
             "join pg_proc p on p.oid = to_regproc('private.' || f.name) "
             "left join pg_stat_user_functions s on s.funcid = p.oid")
    with company.admin() as admin:
        admin.execute(sql.SQL("alter role {} set track_functions = 'all'").format(
            sql.Identifier(company.login(login))))
        admin.commit()
        before = dict(admin.execute(stats, (functions,)).fetchall())
        admin.commit()
        with company.connect(login) as conn:
            action(conn)
        for _ in range(50):
            admin.execute("select pg_stat_clear_snapshot()")
            after = dict(admin.execute(stats, (functions,)).fetchall())
            admin.commit()
            if any(after[f] != before[f] for f in functions):
                break
            time.sleep(0.1)
    return {f: after[f] - before[f] for f in functions}


def test_a_page_computes_each_routed_set_once(db_factory) -> None:
    company, routed, _ = routed_company(db_factory)

    def page(conn: psycopg.Connection) -> None:
        ids = [r[0] for r in conn.execute(LIST, {"q": "{}", "sort": "name", "after": None}).fetchall()]
        assert routed in ids

    counted = ["direct_record_ids", "visible_pool_unit_ids", "visible_pool_ids"]
    calls = calls_during(company, "sup_e1", counted, page)
    # The deals' read set (the filter, the page's read policy, the display columns' read policy),
    # their write set (the rights) and the customers' read set (the customer names; it reaches
    # through the deals' teams, a direct set each): four direct sets; before 0026 six.
    assert 0 < calls["direct_record_ids"] <= 4, calls
    # the pool units read once per pool set, not once per pool (the deals' page reads no pool's
    # name, which would read them once more)
    assert calls["visible_pool_unit_ids"] <= calls["visible_pool_ids"], calls


def test_a_tampered_kept_set_is_not_used(db_factory) -> None:
    company, routed, hidden = routed_company(db_factory)
    with company.connect("sup_e1", autocommit=True) as conn:
        # within one statement: a page (which keeps the set), then the setting rewritten, then a
        # page again; the kept set names the routed deal
        def second_page(rewrite: str, extra: str = "", kept: bool = True) -> list[int]:
            row = conn.execute(
                f"select {PAGE}, s from (select set_config(%(kept)s, {rewrite}, true) s "
                "from (select count(*) from api.opportunity_list('{}', 'name', false, null, 50)) f "
                "offset 0) t", {"kept": KEPT, "extra": extra}).fetchone()
            assert row and "|" in row[1] and (str(routed) in row[1]) is kept  # kept (and readable)
            return row[0] or []

        as_kept = second_page("current_setting(%(kept)s)")
        assert routed in as_kept and hidden not in as_kept
        # a hidden deal added to the kept ids, the seal left as it was: not used
        added = second_page("regexp_replace(current_setting(%(kept)s), '}$', %(extra)s)", f",{hidden}}}")
        assert hidden not in added and routed in added
        # a seal of the caller's own making: not used either
        forged = second_page("repeat('0', 64) || '|{' || %(extra)s || '}'", str(hidden), kept=False)
        assert hidden not in forged and routed in forged
        # nothing kept outlives the statement's transaction (a pooled connection's next login
        # finds nothing of it)
        assert (conn.execute("select current_setting(%s, true)", (KEPT,)).fetchone()[0] or "") == ""


def test_a_kept_set_does_not_survive_a_team_change_committed_in_between(db_factory) -> None:
    company, routed, _ = routed_company(db_factory)
    with company.connect("sup_e1") as conn:  # one transaction, read committed
        first = conn.execute(f"select {PAGE}").fetchone()[0]
        assert routed in first and (conn.execute("select current_setting(%s, true)", (KEPT,)).fetchone()[0]
                                    or "").count("|") == 1
        with company.admin() as admin:  # another session: sup_e1's place on the team goes to sup_n1
            admin.execute("update sales.opportunity_members set employee_id = %s "
                          "where opportunity_id = %s and employee_id = %s",
                          (company.people["sup_n1"], routed, company.people["sup_e1"]))
            admin.commit()
        # the set kept by the first statement is not the second's (another statement time and
        # snapshot)
        assert routed not in (conn.execute(f"select {PAGE}").fetchone()[0] or [])
        conn.rollback()


def test_a_transaction_that_wrote_keeps_no_set(db_factory) -> None:
    company, routed, _ = routed_company(db_factory)
    with company.connect("sup_e1") as conn:
        conn.execute("select pg_current_xact_id()")  # as any write does: the transaction has an id
        conn.execute("savepoint s")
        assert routed in conn.execute(f"select {PAGE}").fetchone()[0]
        assert (conn.execute("select current_setting(%s, true)", (KEPT,)).fetchone()[0] or "") == ""
        conn.rollback()

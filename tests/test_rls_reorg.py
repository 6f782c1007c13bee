"""Adversarial suite, part 6: reorganisations. What the API shows (views, per-record reads,
rights and the hand-on rule, the change feed) must follow a move in the very next
transaction of sessions that were already open, with no business row rewritten."""

from __future__ import annotations

import psycopg

from tests.api_reads import differences, expected_all, kind_apis, read_all
from tests.factories import Company
from tests.rls_support import emp_id, oracle_for, outcome


def customers_of(company: Company, *keys: str) -> set[int]:
    return {cid for name, cid in company.customers.items() if company.customer_owner[name] in keys}


def seen(conn: psycopg.Connection) -> set[int]:
    """Customers visible in a new transaction of an already open session."""
    with conn.transaction():
        return {r[0] for r in conn.execute("select id from api.customers")}


def assert_matches_oracle(company: Company, keys: tuple[str, ...]) -> None:
    oracle = oracle_for(company)
    with company.admin() as admin:
        apis = kind_apis(admin)
    for key in keys:
        with company.connect(key) as conn:
            got = read_all(conn, oracle, apis)
        assert differences(got, expected_all(oracle, emp_id(company, key), apis)) == {}, key


def business_xmins(company: Company) -> list[tuple]:
    with company.admin() as conn:
        return conn.execute("select id, xmin::text from sales.customers order by id").fetchall()


def test_moving_a_supervisor_and_team_to_another_region(fresh_company: Company) -> None:
    c = fresh_company
    team = customers_of(c, "sup_e1", "sp_e1a", "sp_e1b", "asst_e1")
    old_mgr, new_mgr = c.connect("mgr_e", autocommit=True), c.connect("mgr_n", autocommit=True)
    try:
        assert team <= seen(old_mgr) and not team & seen(new_mgr)
        before = business_xmins(c)
        with c.admin() as admin:
            admin.execute(
                "update sales.employees set manager_id = %s where id = %s",
                (c.people["mgr_n"], c.people["sup_e1"]),
            )
            admin.execute(
                "update sales.org_units set parent_id = %s where id = %s",
                (c.units["NORTH_B1"], c.units["EAST_T1"]),
            )
        assert not team & seen(old_mgr)
        assert team <= seen(new_mgr)
        assert business_xmins(c) == before, "a reorg must not rewrite business rows"
    finally:
        old_mgr.close()
        new_mgr.close()
    # the team now sees the northern pool, not the eastern one
    with c.connect("sp_e1a") as conn:
        pools = {r[0] for r in conn.execute("select id from api.customer_pools")}
    assert pools == {c.pools["HQ"], c.pools["NORTH"]}
    assert_matches_oracle(c, ("mgr_e", "mgr_n", "sup_e1", "sp_e1a", "asst_e1", "director"))


def test_reporting_line_move_alone(fresh_company: Company) -> None:
    """Moving only the manager: the new manager sees the team through the reporting line;
    the old one keeps it only through their unit_tree scope, a supervisor loses it."""
    c = fresh_company
    team = customers_of(c, "sp_e2a")
    old_sup, new_sup = c.connect("sup_e2", autocommit=True), c.connect("sup_e1", autocommit=True)
    try:
        assert team <= seen(old_sup) and not team & seen(new_sup)
        with c.admin() as admin:
            admin.execute(
                "update sales.employees set manager_id = %s where id = %s",
                (c.people["sup_e1"], c.people["sp_e2a"]),
            )
        assert not team & seen(old_sup)
        assert team <= seen(new_sup)
    finally:
        old_sup.close()
        new_sup.close()
    assert_matches_oracle(c, ("sup_e1", "sup_e2", "mgr_e", "asst_e1"))


def test_unit_scoped_assistant_follows_unit_moves(fresh_company: Company) -> None:
    c = fresh_company
    incoming, outgoing = customers_of(c, "sp_e2a"), customers_of(c, "sp_e1b")
    asst = c.connect("asst_e1", autocommit=True)
    try:
        assert outgoing <= seen(asst) and not incoming & seen(asst)
        with c.admin() as admin:  # sp_e2a joins team 1, sp_e1b leaves it (reporting lines unchanged)
            admin.execute(
                "update sales.employees set unit_id = %s where id = %s",
                (c.units["EAST_T1"], c.people["sp_e2a"]),
            )
            admin.execute(
                "update sales.employees set unit_id = %s where id = %s",
                (c.units["EAST_T2"], c.people["sp_e1b"]),
            )
        now = seen(asst)
        assert incoming <= now and not outgoing & now
    finally:
        asst.close()
    assert_matches_oracle(c, ("asst_e1", "sup_e1", "sup_e2", "sp_e1b", "sp_e2a"))


def test_hand_on_rights_follow_a_move(fresh_company: Company) -> None:
    """A supervisor who gets a new report may hand their records on at once; the old one may not,
    and a unit-scoped assistant who now shares a unit with them sees but does not hand on."""
    c = fresh_company
    cid = c.customers["sp_e2a客户1"]
    rights = "select can_edit, can_manage from api.record_rights('customer', %s)"
    with (
        c.connect("sup_e1", autocommit=True) as new_sup,
        c.connect("sup_e2", autocommit=True) as old_sup,
        c.connect("asst_e1", autocommit=True) as asst,
    ):
        assert outcome(old_sup, rights, (cid,)).rows == ((True, True),)
        assert outcome(new_sup, rights, (cid,)).sqlstate == "P0002"
        with c.admin() as admin:
            admin.execute(
                "update sales.employees set manager_id = %s, unit_id = %s where id = %s",
                (c.people["sup_e1"], c.units["EAST_T1"], c.people["sp_e2a"]),
            )
        assert outcome(new_sup, rights, (cid,)).rows == ((True, True),)
        assert outcome(old_sup, rights, (cid,)).sqlstate == "P0002"
        assert outcome(asst, rights, (cid,)).rows == ((True, False),)
        got = outcome(
            asst, "select api.record_transfer('customer', %s, %s, '调整')", (cid, c.people["asst_e1"])
        )
        assert got.sqlstate == "SD004"
    assert_matches_oracle(c, ("sup_e1", "sup_e2", "asst_e1", "sp_e2a", "mgr_e"))


def test_a_leaver_loses_everything_at_once(fresh_company: Company) -> None:
    c = fresh_company
    conn = c.connect("sup_e1", autocommit=True)
    try:
        assert seen(conn)
        with c.admin() as admin:
            admin.execute(
                "update sales.employees set active = false, left_at = now() where id = %s",
                (c.people["sup_e1"],),
            )
        # the very next statement of the open session: no longer an employee at all
        for query in (
            "select id from api.customers",
            "select * from api.employees",
            "select * from api.changes_since(0)",
            "select * from api.record_rights('customer', 1)",
        ):
            got = outcome(conn, query)
            assert (got.sqlstate, got.message) == ("42501", "not a salesdesk employee"), query
        assert conn.execute("select * from api.whoami()").fetchall() == []
    finally:
        conn.close()


def test_a_reorg_is_not_blocked_by_a_users_advisory_lock(fresh_company: Company) -> None:
    """refresh_visibility once serialised on an advisory lock any user could hold forever."""
    c = fresh_company
    with c.connect("sp_e1a", autocommit=True) as user:
        user.execute("select pg_advisory_lock(hashtext('salesdesk.refresh_visibility'))")
        user.execute("select pg_advisory_lock(hashtext('salesdesk.refresh_visibility')::bigint)")
        with c.admin() as admin:
            admin.execute("set lock_timeout = '2s'")
            admin.execute(
                "update sales.employees set manager_id = %s where id = %s",
                (c.people["mgr_n"], c.people["sup_e2"]),
            )
            admin.commit()
    with c.connect("mgr_n", autocommit=True) as mgr:
        assert c.customers["sp_e2a客户1"] in seen(mgr)

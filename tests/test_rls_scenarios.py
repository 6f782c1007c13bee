"""Adversarial suite, part 5: scenarios across several steps and sessions — a share after a
release, audit after a reorganisation, a share expiring inside a transaction, a leaver who
holds a transaction open, the connection limit, and a second company in the same cluster."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from salesdesk.admin import users
from tests.factories import Company, build_small_company
from tests.rls_support import outcome

NOTES = "select api.record_update('customer', %s, null, %s)"


def notes(text: str) -> str:
    return json.dumps({"notes": text}, ensure_ascii=False)


def answer(conn: psycopg.Connection, query: str, params: tuple = ()) -> str | tuple:
    got = outcome(conn, query, params)
    return got.rows if got.ok else got.sqlstate  # type: ignore[return-value]


def test_a_share_does_not_outlive_a_release(fresh_company: Company) -> None:
    c = fresh_company
    cid, me, colleague = c.customers["sp_e1a客户1"], c.people["sp_e1a"], c.people["sp_e1b"]
    with c.connect("sp_e1a") as owner:
        # an owner cannot give themselves a (write) share of their own customer
        got = outcome(owner, "select api.record_share('customer', %s, %s, 'write')", (cid, me))
        assert (got.sqlstate, got.message) == ("23514", "a record is not shared with its owner")
        owner.execute("select api.record_share('customer', %s, %s, 'write')", (cid, colleague))
        owner.commit()
    with c.connect("sp_e1b") as conn:
        assert conn.execute(NOTES, (cid, notes("同事改的"))).fetchone()
        conn.commit()
        assert {
            r[0] for r in conn.execute("select employee_id from api.record_shares('customer', %s)", (cid,))
        } == {colleague}
        conn.rollback()
    c.call("sp_e1a", "select api.record_release('customer', %s, '放弃')", (cid,))
    with c.connect("sp_e1b") as conn:
        # still visible (the team's pool), no longer editable, and the share is gone
        assert answer(conn, NOTES, (cid, notes("再改"))) == "SD003"
        assert answer(conn, "select can_edit, can_manage from api.record_rights('customer', %s)", (cid,)) == (
            (False, False),
        )
        assert answer(conn, "select * from api.record_shares('customer', %s)", (cid,)) == ()
        assert answer(conn, "select access from api.customer_get(%s)", (cid,)) == (("pool",),)
    with c.admin() as admin:
        assert admin.execute(
            "select count(*) from sales.record_shares where record_id = %s", (cid,)
        ).fetchone() == (0,)


def reads_of(conn: psycopg.Connection, cid: int) -> dict[str, object]:
    """What one session reads of a customer in a new transaction."""
    return {
        "rights": answer(conn, "select can_edit from api.record_rights('customer', %s)", (cid,)),
        "get": answer(conn, "select id from api.customer_get(%s)", (cid,)),
        "contacts": answer(conn, "select id from api.contact_rows(%s)", (cid,)),
        "audit": answer(conn, "select count(*) > 0 from api.record_audit('customer', %s)", (cid,)),
        "history": answer(conn, "select count(*) > 0 from api.record_history('customer', %s)", (cid,)),
        "changes": answer(
            conn, "select count(*) > 0 from api.changes_since(0, 5000) where root_id = %s", (cid,)
        ),
        "listed": answer(conn, "select count(*) from api.customers where id = %s", (cid,)),
    }


def test_audit_and_history_follow_a_reorganisation(fresh_company: Company) -> None:
    c = fresh_company
    cid = c.customers["sp_e1b客户1"]
    c.call("sp_e1b", NOTES, (cid, notes("第一版")))
    c.call("sup_e1", "select api.record_transfer('customer', %s, %s, '调整')", (cid, c.people["sp_e1a"]))
    c.call("sp_e1a", NOTES, (cid, notes("第二版")))
    old_sup, new_sup = c.connect("sup_e1"), c.connect("sup_e2")  # sessions open across the move
    try:
        seen = reads_of(old_sup, cid)
        assert seen["rights"] == ((True,),) and seen["audit"] == ((True,),) and seen["history"] == ((True,),)
        assert seen["changes"] == ((True,),) and seen["listed"] == ((1,),) and seen["contacts"] != ()
        assert reads_of(new_sup, cid)["rights"] == "P0002"
        with c.admin() as admin:
            users.move_user(admin, c.login("sp_e1a"), manager=c.login("sup_e2"))
            admin.commit()
        assert reads_of(old_sup, cid) == {
            "rights": "P0002",
            "get": (),
            "contacts": (),
            "audit": "P0002",
            "history": "P0002",
            "changes": ((False,),),
            "listed": ((0,),),
        }
        # the new supervisor reads all of it, entries from before the move included
        assert reads_of(new_sup, cid) == {**seen, "rights": ((True,),)}
        n = new_sup.execute("select count(*) from api.record_audit('customer', %s)", (cid,)).fetchone()
        assert n and n[0] >= 3
    finally:
        old_sup.close()
        new_sup.close()


def test_a_share_expires_inside_a_long_transaction(fresh_company: Company) -> None:
    c = fresh_company
    cid = c.customers["sp_n1a客户1"]
    c.call(
        "sp_n1a",
        "select api.record_share('customer', %s, %s, 'write', now() + interval '2 seconds')",
        (cid, c.people["sp_e2a"]),
    )
    until = c.call(
        "sp_n1a",
        "select expires_at from api.record_shares('customer', %s) where employee_id = %s",
        (cid, c.people["sp_e2a"]),
    )[0][0]
    with c.connect("sp_e2a") as conn:  # one transaction from before the end to after it
        assert conn.execute("select count(*) from api.customers where id = %s", (cid,)).fetchone() == (1,)
        assert conn.execute(NOTES, (cid, notes("到期前"))).fetchone()
        conn.execute("select pg_sleep_until(%s + interval '50 milliseconds')", (until,))
        assert conn.execute("select now() < %s, statement_timestamp() > %s", (until, until)).fetchone() == (
            True,
            True,
        )
        assert conn.execute("select count(*) from api.customers where id = %s", (cid,)).fetchone() == (0,)
        with pytest.raises(psycopg.Error) as err:
            conn.execute(NOTES, (cid, notes("到期后")))
        assert err.value.sqlstate == "P0002"


def test_leave_ends_a_transaction_the_leaver_holds_open(fresh_company: Company) -> None:
    """The leaver's open transaction references their employee row (an FK check holds FOR KEY SHARE
    on it): `user leave` ends the session and hands everything over without waiting for it."""
    c = fresh_company
    own = c.customers["sp_e1a客户1"]
    received_share = c.customers["sp_n1a客户1"]  # shared with sp_e1a
    c.call("sp_e1a", "select api.record_share('customer', %s, %s, 'write')", (own, c.people["sp_n1a"]))
    leaver = c.connect("sp_e1a")
    leaver.execute("select api.record_create('customer', '{\"name\": \"未提交的客户\"}')")
    leaver.execute(NOTES, (c.customers["sp_e1a客户1"], notes("未提交")))  # holds a row lock too
    result: dict[str, object] = {}

    def run() -> None:
        try:
            with c.admin() as admin:
                result["ok"] = users.leave(admin, c.login("sp_e1a"), c.login("sup_e1"))
        except Exception as exc:  # noqa: BLE001 - reported below
            result["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(60)
    try:
        assert not worker.is_alive(), "user leave is still waiting for the leaver's transaction"
        assert "error" not in result, result.get("error")
        done = result["ok"]
        assert done.moved_total == 3 and done.sessions_ended >= 1  # type: ignore[attr-defined]
        with pytest.raises(psycopg.OperationalError):
            leaver.execute("select 1")
        with pytest.raises(psycopg.OperationalError):
            c.connect("sp_e1a")
        with c.connect("sup_e1") as conn:
            owned = {
                r[0]
                for r in conn.execute(
                    "select name from api.customers where owner_id = %s", (c.people["sup_e1"],)
                )
            }
        assert {"sp_e1a客户1", "sp_e1a客户2", "sp_e1a客户3"} <= owned and "未提交的客户" not in owned
        with c.admin() as admin:  # shares on handed-over records are dropped, received ones pass on
            shares = admin.execute("select record_id, employee_id from sales.record_shares").fetchall()
        assert (own, c.people["sp_n1a"]) not in shares
        assert (received_share, c.people["sup_e1"]) in shares
        assert not [s for s in shares if s[1] == c.people["sp_e1a"]]
    finally:
        leaver.close()


def test_a_login_has_at_most_ten_connections(fresh_company: Company) -> None:
    c = fresh_company
    with c.admin() as admin:
        assert admin.execute(
            "select rolconnlimit from pg_roles where rolname = %s", (c.login("sp_e2a"),)
        ).fetchone() == (10,)
    conns = [c.connect("sp_e2a") for _ in range(10)]
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            c.connect("sp_e2a")
        conns.pop().close()
        c.connect("sp_e2a").close()  # a slot freed is a slot to use
    finally:
        for conn in conns:
            conn.close()


def test_another_companys_logins_cannot_even_connect(company: Company, db_factory) -> None:
    other = build_small_company(db_factory())
    for key in ("sp_e1a", "director", "outsider"):
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(other.url_in(company.admin_url, key))
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(company.url_in(other.admin_url, key))
    with other.connect("director") as conn:  # each in its own database, as before
        assert conn.execute("select count(*) from api.customers").fetchone() == (len(other.customers),)

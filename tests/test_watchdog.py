"""Limits an employee cannot lift (issue 11, finding 5): the watchdog, and administrative work
(`migrate`, `user leave`) that an employee's open transaction no longer stops."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql

from salesdesk.admin import cli, users, watchdog
from salesdesk.admin.accounts import connect_admin
from salesdesk.db import migrate
from tests.factories import Company, build_small_company

SHORT = watchdog.Limits(idle_in_transaction_s=1, statement_s=5, listener_grace_s=1)


def lift_limits(conn: psycopg.Connection) -> None:
    """What any employee can do to their own session and login (finding 5)."""
    database = conn.info.dbname
    conn.execute("set idle_in_transaction_session_timeout = 0")
    conn.execute("set statement_timeout = 0")
    conn.execute(sql.SQL("alter role current_user in database {} reset all").format(sql.Identifier(database)))
    conn.commit()


def login_settings(company: Company, key: str) -> set[str]:
    with company.admin() as admin:
        row = admin.execute("select setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole "
                            "where r.rolname = %s and s.setdatabase = (select oid from pg_database "
                            "where datname = current_database())", (company.login(key),)).fetchone()
    return set(row[0]) if row else set()


def gone(company: Company, conn: psycopg.Connection) -> bool:
    """Has the server ended this session? (Asked beside it: a statement would make it busy.)"""
    with company.admin() as admin:
        return admin.execute("select not exists (select from pg_stat_activity where pid = %s)",
                             (conn.info.backend_pid,)).fetchone()[0]


def wait_until(check, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


@contextmanager
def running_watchdog(company: Company, limits: watchdog.Limits = SHORT) -> Iterator[None]:
    """The watchdog as the server set-up runs it, with short limits, on this company's database."""
    with company.admin() as admin:
        database = admin.info.dbname
    stop = threading.Event()
    thread = threading.Thread(target=watchdog.run, args=(company.admin_url, 0.5, limits, [database], stop))
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(10)


def test_an_open_transaction_holding_pool_rows_is_ended(fresh_company: Company) -> None:
    c = fresh_company
    pool_customer = c.customers["华东公海客户1"]
    with c.connect("sp_e1a") as hog, c.connect("sp_e1b") as other:
        lift_limits(hog)
        assert not {s for s in login_settings(c, "sp_e1a") if s.startswith("idle_in_transaction")}
        hog.execute("select api.record_claim('customer', %s)", (pool_customer,))  # and stays open
        other.execute("set lock_timeout = '200ms'")
        with pytest.raises(psycopg.Error):  # busy while the transaction stays open
            other.execute("select api.record_claim('customer', %s)", (pool_customer,))
        other.rollback()
        with running_watchdog(c):
            assert wait_until(lambda: gone(c, hog)), "the watchdog left the open transaction alone"
            hog.close()
            restored = "idle_in_transaction_session_timeout=5min"
            assert wait_until(lambda: restored in login_settings(c, "sp_e1a"))
        other.execute("select api.record_claim('customer', %s)", (pool_customer,))
        other.commit()
    with c.admin() as admin:
        owner = admin.execute("select owner_id from sales.customers where id = %s",
                              (pool_customer,)).fetchone()
    assert owner == (c.people["sp_e1b"],)


def test_a_long_statement_is_ended_and_others_are_left_alone(fresh_company: Company) -> None:
    c = fresh_company
    with c.connect("sp_e1a", autocommit=True) as runner, c.connect("sp_e2a") as reader, \
            c.admin(autocommit=True) as admin:
        lift_limits(runner)
        reader.execute("select count(*) from api.customers").fetchone()
        reader.commit()  # a session that is merely idle stays
        admin.execute("begin")
        admin.execute("select 1")  # an administrator idle in a transaction is no employee
        with running_watchdog(c, watchdog.Limits(idle_in_transaction_s=1, statement_s=1)):
            with pytest.raises(psycopg.OperationalError):
                runner.execute("select pg_sleep(30)")
            time.sleep(1.5)
        assert not gone(c, reader)
        admin.execute("commit")


def test_an_idle_listener_holding_the_notify_queue_is_ended(fresh_company: Company) -> None:
    c = fresh_company
    patient = watchdog.Limits(idle_in_transaction_s=3600, statement_s=3600, listener_grace_s=1,
                              queue_alarm=0.0)
    with c.connect("sp_n1a") as holder, c.connect("sp_e1a", autocommit=True) as flooder:
        lift_limits(holder)
        holder.execute("listen salesdesk_doorbell")
        holder.commit()
        holder.execute("select 1")  # idle in a transaction: the queue cannot advance past it
        for _ in range(20):
            flooder.execute("select pg_notify('salesdesk_doorbell', repeat('x', 7900))")
        with c.admin() as admin:
            assert admin.execute("select pg_notification_queue_usage()").fetchone()[0] > 0
        with running_watchdog(c, patient):
            assert wait_until(lambda: gone(c, holder)), "the listener holding the queue was left alone"
            holder.close()
        assert not gone(c, flooder)  # merely idle, not in a transaction


def test_migrate_ends_an_idle_open_transaction_instead_of_queueing_behind_it(
        db_factory, caplog: pytest.LogCaptureFixture) -> None:
    url = db_factory("0007")  # 0008 alters sales.customers, which an employee's read holds
    c = build_small_company(url)
    with c.connect("sp_e1a") as idle:
        lift_limits(idle)
        idle.execute("select * from api.customer_get(%s)", (c.customers["sp_e1a客户1"],)).fetchall()
        with caplog.at_level(logging.WARNING):
            migrate.upgrade(url)
        assert gone(c, idle)
        idle.close()
    assert migrate.current_revision(url) == migrate.head_revision()
    assert f"migrate waited 3s for a lock: ended the open transactions of {c.login('sp_e1a')}" in caplog.text


def test_user_leave_with_an_open_update_on_a_shared_record_succeeds(fresh_company: Company) -> None:
    c = fresh_company
    shared = c.customers["sp_e1b客户1"]  # the leaver's, shared with sp_e2a to write
    with c.admin() as admin:
        admin.execute("insert into sales.record_shares (kind, record_id, employee_id, access) "
                      "values ('customer', %s, %s, 'write')", (shared, c.people["sp_e2a"]))
    with c.connect("sp_e2a") as writer:
        lift_limits(writer)
        writer.execute("select api.record_update('customer', %s, null, '{\"notes\": \"改一半\"}')", (shared,))
        conn = connect_admin(c.admin_url)
        try:
            result = users.leave(conn, c.login("sp_e1b"), c.login("sp_e1a"))
        finally:
            conn.close()
        assert gone(c, writer)
        writer.close()
    assert result.login == c.login("sp_e1b")
    with c.admin() as admin:
        assert admin.execute("select active from sales.employees where id = %s",
                             (c.people["sp_e1b"],)).fetchone() == (False,)
        assert admin.execute("select count(*) from sales.record_shares where employee_id = %s",
                             (c.people["sp_e1b"],)).fetchone() == (0,)


def test_migrate_blocked_by_an_administrator_says_so_in_one_line(
        db_factory, capsys: pytest.CaptureFixture[str]) -> None:
    url = db_factory("0007")
    with psycopg.connect(url) as other_admin:  # not an employee: nobody ends it
        other_admin.execute("lock table sales.customers in access share mode")
        assert cli.main(["migrate", "--dsn", url]) == 1
        other_admin.rollback()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("salesdesk-admin: migrate waited 3s for a lock: another session holds it")
    assert migrate.current_revision(url) == "0007"  # nothing half done


def _function_loops(plan: dict, name: str) -> int:
    own = plan["Actual Loops"] if plan.get("Function Name") == name else 0
    return own + sum(_function_loops(child, name) for child in plan.get("Plans", []))


def test_a_round_over_every_database_restores_settings_and_reads_each_acl_once(
        fresh_company: Company, db_factory) -> None:
    """The server-wide round (no database named, as `server start` runs it) puts back a login's
    settings; it reads each database's ACL once, not once per login and database (14 s a round
    over 300 test databases before)."""
    other = build_small_company(db_factory())
    with fresh_company.connect("sp_e1a") as employee:
        lift_limits(employee)
    timeout = f"statement_timeout={migrate.LOGIN_SETTINGS['statement_timeout']}"
    assert timeout not in login_settings(fresh_company, "sp_e1a")
    with fresh_company.admin(autocommit=True) as admin:
        params = {"dbs": None, "settings": json.dumps(migrate.LOGIN_SETTINGS)}
        plan = admin.execute("explain (analyze, format json) " + watchdog._MISSING_SETTINGS,
                             params).fetchone()[0][0]["Plan"]
        databases = admin.execute("select count(*) from pg_database").fetchone()[0]
        done = watchdog.sweep(admin)
        database = admin.info.dbname
    assert (fresh_company.login("sp_e1a"), database) in done.settings_restored
    assert timeout in login_settings(fresh_company, "sp_e1a")
    assert not any(login == other.login("sp_e1a") for login, _ in done.settings_restored)
    assert 0 < _function_loops(plan, "aclexplode") <= databases

"""The limits an employee cannot lift, enforced from outside their session.

PostgreSQL lets any role SET its own user-settable parameters (statement_timeout,
idle_in_transaction_session_timeout, lock_timeout) and `ALTER ROLE <itself> [IN DATABASE d]
SET|RESET` them for good; nothing inside the server can forbid it. So a privileged session
checks every few seconds and, for employees (members of salesdesk_user) only:

- ends sessions idle in a transaction longer than the login's idle-in-transaction limit, and
  sessions whose statement runs longer than the login's statement limit (whatever the session
  or role says: the limits are `migrate.LOGIN_SETTINGS`, the one place they are configured);
- when the NOTIFY queue fills, ends sessions that can hold it: idle in a transaction (a
  listener there pins the queue) or stuck writing to a client that does not read;
- puts back the login settings an employee removed (`pg_db_role_setting`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from salesdesk.db import migrate
from salesdesk.db.employee_sessions import EMPLOYEE_SESSIONS

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 5.0
# The NOTIFY queue is "filling" above this share of its maximum; a listener that holds it gets
# this long before it is ended (a client reading its notifications empties the queue at once).
QUEUE_ALARM = 0.01
LISTENER_GRACE_S = 10.0

_UNITS = {"ms": 0.001, "s": 1, "min": 60, "h": 3600, "d": 86400}


def seconds(setting: str) -> float:
    """'60s', '5min', '1500ms' (as in LOGIN_SETTINGS) in seconds."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h|d)?\s*", setting)
    if not found:
        raise ValueError(f"not a duration: {setting!r}")
    return float(found.group(1)) * _UNITS[found.group(2) or "ms"]


@dataclass(frozen=True)
class Limits:
    """When the watchdog ends an employee's session."""

    idle_in_transaction_s: float = seconds(migrate.LOGIN_SETTINGS["idle_in_transaction_session_timeout"])
    statement_s: float = seconds(migrate.LOGIN_SETTINGS["statement_timeout"])
    listener_grace_s: float = LISTENER_GRACE_S
    queue_alarm: float = QUEUE_ALARM


@dataclass
class Sweep:
    """What one round did: (login, pid, reason) of each ended session; settings put back."""

    ended: list[tuple[str, int, str]] = field(default_factory=list)
    settings_restored: list[tuple[str, str]] = field(default_factory=list)  # (login, database)


_OVER_LIMIT = f"""
    select s.usename, s.pid,
           case when s.state like 'idle in transaction%%' then 'idle in a transaction too long'
                else 'statement ran too long' end
    from ({EMPLOYEE_SESSIONS}) s
    where (%(dbs)s::text[] is null or s.datname = any (%(dbs)s::text[]))
      and ((s.state like 'idle in transaction%%'
            and s.state_change < now() - make_interval(secs => %(idle)s))
        or (s.state = 'active' and s.query_start < now() - make_interval(secs => %(stmt)s)))
"""

_QUEUE_HOLDERS = f"""
    select s.usename, s.pid, 'may hold the notification queue'
    from ({EMPLOYEE_SESSIONS}) s
    where (%(dbs)s::text[] is null or s.datname = any (%(dbs)s::text[]))
      and s.state_change < now() - make_interval(secs => %(grace)s)
      and (s.state like 'idle in transaction%%' or s.wait_event = 'ClientWrite')
"""

# Each active employee login of each company database (the members of its CONNECT group) with
# the login settings it lacks there. Each database's ACL is read once for its group (the
# materialized steps keep it so): planned as one join, the catalogs' poor estimates crossed every
# login with every database and tested each pair's ACL, 14 s a round over 300 databases.
_MISSING_SETTINGS = """
    with connect_groups as materialized (
        select d.oid as database, d.datname, a.grantee as grp
        from pg_database d
        cross join lateral aclexplode(d.datacl) a
        where a.privilege_type = 'CONNECT'
          and (%(dbs)s::text[] is null or d.datname = any (%(dbs)s::text[]))
    ), logins as materialized (
        select c.database, c.datname, r.oid as login, r.rolname
        from connect_groups c
        join pg_roles g on g.oid = c.grp and g.rolname like 'salesdesk\\_connect\\_%%' and not g.rolcanlogin
        join pg_auth_members m on m.roleid = g.oid
        join pg_roles r on r.oid = m.member and r.rolcanlogin
        where exists (select from pg_auth_members e join pg_roles u on u.oid = e.roleid
                      where e.member = r.oid and u.rolname = 'salesdesk_user')
    )
    select l.rolname::text, l.datname::text, w.key, w.value
    from logins l
    cross join lateral jsonb_each_text(%(settings)s::jsonb) w
    where not exists (select from pg_db_role_setting s
                      where s.setdatabase = l.database and s.setrole = l.login
                        and (w.key || '=' || w.value) = any (s.setconfig))
"""


def sweep(conn: psycopg.Connection, limits: Limits = Limits(),
          databases: list[str] | None = None) -> Sweep:
    """One round on a superuser connection (autocommit); `databases` limits it (default: all)."""
    done = Sweep()
    params = {"dbs": databases, "idle": limits.idle_in_transaction_s, "stmt": limits.statement_s,
              "alarm": limits.queue_alarm, "grace": limits.listener_grace_s,
              "settings": json.dumps(migrate.LOGIN_SETTINGS)}
    # Asking for the queue's usage also advances its tail past listeners that have gone: without
    # it, a queue filled to its bound stays full after its holder left (seen on PostgreSQL 18),
    # since every NOTIFY then fails before it could advance the tail itself.
    usage = conn.execute("select pg_notification_queue_usage()").fetchone()[0]
    queries = [_OVER_LIMIT] + ([_QUEUE_HOLDERS] if usage > limits.queue_alarm else [])
    for query in queries:
        for login, pid, reason in conn.execute(query, params).fetchall():
            if conn.execute("select pg_terminate_backend(%s)", (pid,)).fetchone()[0]:
                done.ended.append((login, pid, reason))
                log.warning("ended %s's session %s: %s", login, pid, reason)
    for login, database, key, value in conn.execute(_MISSING_SETTINGS, params).fetchall():
        conn.execute(sql.SQL("alter role {} in database {} set {} = {}").format(
            sql.Identifier(login), sql.Identifier(database), sql.Identifier(key), sql.Literal(value)))
        if (login, database) not in done.settings_restored:
            done.settings_restored.append((login, database))
            log.warning("put back the login settings of %s in database %s", login, database)
    return done


def run(dsn: str, interval: float = DEFAULT_INTERVAL, limits: Limits = Limits(),
        databases: list[str] | None = None, stop: threading.Event | None = None,
        keep_going: Callable[[], bool] = lambda: True) -> None:
    """Sweep every `interval` seconds until `stop` is set or `keep_going()` is false; reconnects
    when the server restarts."""
    stop = stop or threading.Event()
    conn: psycopg.Connection | None = None
    last_error = ""
    while not stop.is_set() and keep_going():
        started = time.monotonic()
        try:
            if conn is None or conn.closed:
                conn = psycopg.connect(dsn, autocommit=True, connect_timeout=5,
                                       application_name="salesdesk watchdog")
            sweep(conn, limits, databases)
            last_error = ""
        except psycopg.Error as exc:
            error = " ".join(str(exc).split())
            if error != last_error:  # once per outage, not every round
                log.warning("watchdog: %s", error)
            last_error = error
            if conn is not None:
                conn.close()
            conn = None
        stop.wait(max(0.0, interval - (time.monotonic() - started)))
    if conn is not None:
        conn.close()


def run_for_local_server(root: Path, interval: float = DEFAULT_INTERVAL) -> None:
    """The bundled server's watchdog process: names itself in the server's pid file and runs
    while the server's folder exists and the file still names it (`server stop` removes it)."""
    from salesdesk.db.local_server import LocalServer

    server = LocalServer(root)
    me = str(os.getpid())
    server.watchdog_pid_file.write_text(me, encoding="utf-8")

    def keep_going() -> bool:
        try:
            return server.pgdata.exists() and server.watchdog_pid_file.read_text().strip() == me
        except OSError:
            return False

    run(server.url("postgres"), interval, keep_going=keep_going)

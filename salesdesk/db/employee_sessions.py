"""Employee sessions as the administrator sees them: find and end those in the way.

An employee's transaction left open (after a read it holds the tables' share locks; after a
write, row locks) can stop `migrate`, `user leave` or `user move` for as long as it stays open,
and an employee can lift the limits their login has (`set idle_in_transaction_session_timeout
= 0`). Administrative work therefore waits a bounded time (`ADMIN_LOCK_TIMEOUT`), then ends the
employee sessions of the database that hold a transaction open, and tries once more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import psycopg
from psycopg import errors

T = TypeVar("T")
log = logging.getLogger(__name__)

# How long administrative work waits for a lock before it ends the employee sessions holding
# one. Short: every employee's statement that needs the same table queues behind the waiting
# ALTER TABLE meanwhile.
ADMIN_LOCK_TIMEOUT = "3s"

# Members of salesdesk_user (every employee's login) among the client sessions. By name, not
# ::regrole: a cluster without salesdesk roles yet (a fresh bundled server) has no employees.
EMPLOYEE_SESSIONS = """
    select a.pid, a.usename::text, a.datname::text, a.state, a.xact_start, a.state_change,
           a.query_start, a.wait_event
    from pg_stat_activity a
    where a.backend_type = 'client backend' and a.pid <> pg_backend_pid()
      and a.usesysid in (select m.member from pg_auth_members m
                         join pg_roles g on g.oid = m.roleid and g.rolname = 'salesdesk_user')
"""


class LockBusy(RuntimeError):
    """Administrative work could not get its locks, even after ending employee sessions."""


def end_open_transactions(conn: psycopg.Connection, older_than: str = ADMIN_LOCK_TIMEOUT) -> list[str]:
    """End the employee sessions of conn's database whose transaction has been open longer than
    `older_than` (whoever held a lock when a wait of that length began); their logins.

    `conn` is a superuser connection; the caller commits (or it is in autocommit mode).
    """
    rows = conn.execute(
        f"select s.usename, pg_terminate_backend(s.pid, 5000) from ({EMPLOYEE_SESSIONS}) s "
        "where s.datname = current_database() and s.xact_start < now() - %s::interval",
        (older_than,)).fetchall()
    return sorted({login for login, ended in rows if ended})


def is_lock_timeout(exc: BaseException) -> bool:
    """A lock_timeout, from psycopg or wrapped by SQLAlchemy (which keeps the original in .orig)."""
    return isinstance(exc, errors.LockNotAvailable) or isinstance(getattr(exc, "orig", None),
                                                                  errors.LockNotAvailable)


def with_lock_retry(action: Callable[[], T], what: str, end_blockers: Callable[[], list[str]],
                    blocked: Callable[[BaseException], bool] = is_lock_timeout) -> T:
    """Run `action` (which waits at most ADMIN_LOCK_TIMEOUT for a lock); when it times out, end
    the employee sessions that held a transaction open (`end_blockers`), say so in one line, and
    run it once more. Raises LockBusy (one line) when the second attempt times out too."""
    try:
        return action()
    except Exception as exc:
        if not blocked(exc):
            raise
    ended = end_blockers()
    if ended:
        log.warning("%s waited %s for a lock: ended the open transactions of %s", what,
                    ADMIN_LOCK_TIMEOUT, ", ".join(ended))
    try:
        return action()
    except Exception as exc:
        if not blocked(exc):
            raise
        raise LockBusy(f"{what} waited {ADMIN_LOCK_TIMEOUT} for a lock"
                       + (f" (after ending the open transactions of {', '.join(ended)})" if ended else "")
                       + ": another session holds it; try again when it is done") from exc


def end_blockers_of(admin_url: str) -> Callable[[], list[str]]:
    """`end_blockers` for `with_lock_retry` on a connection of its own."""
    def end() -> list[str]:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            return end_open_transactions(conn)
    return end

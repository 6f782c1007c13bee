"""Org units and employees, as IT manages them: add, list, move, leave.

Everything here runs on a superuser connection (`accounts.connect_admin`) in
the caller's transaction, except `leave`, which owns its transaction because it
must commit before it can end the leaver's open sessions. Scope follows at once:
triggers on sales.employees / sales.org_units refresh the visibility tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

import psycopg
from psycopg import errors, sql

from salesdesk.admin.accounts import AccountError, check_email, check_name
from salesdesk.db.employee_sessions import (
    ADMIN_LOCK_TIMEOUT,
    LockBusy,
    end_open_transactions,
    with_lock_retry,
)

T = TypeVar("T")

UNIT_KINDS = ("hq", "region", "branch", "team", "department")

# A sentinel for "leave the manager as it is" (None means "no manager").
UNCHANGED = object()


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    kind: str
    parent: str | None
    pool: str | None
    people: int


@dataclass(frozen=True)
class EmployeeRow:
    login: str
    name: str
    level: str
    position: str
    data_scope: str
    manager: str | None
    unit: str
    unit_name: str
    email: str | None
    phone: str | None
    active: bool
    left_at: datetime | None


@dataclass(frozen=True)
class LeaveResult:
    login: str
    moved: dict[str, int]          # record kind -> records handed over
    moved_total: int
    to: str                        # successor login, or "pool of <unit code>"
    shares_passed: int
    shares_dropped: int
    reports: list[str]             # logins now reporting to someone else
    reports_to: str | None
    successor_promoted: bool       # the successor was below the leaver and took their place
    sessions_ended: int
    to_manager: dict[str, int] = field(default_factory=dict)  # kinds declared to go to reports_to


@dataclass(frozen=True)
class MoveResult:
    login: str
    changes: list[str]


# -- org units ---------------------------------------------------------------

def _unit_id(conn: psycopg.Connection, code: str) -> int:
    row = conn.execute("select id from sales.org_units where code = %s", (code,)).fetchone()
    if row is None:
        raise AccountError(f"unknown unit: {code}")
    return int(row[0])


def add_unit(conn: psycopg.Connection, code: str, name: str, kind: str, parent: str | None = None,
             pool: bool = False, pool_name: str | None = None) -> int:
    """Create an org unit (and its customer pool when asked); returns its id."""
    if kind not in UNIT_KINDS:
        raise AccountError(f"unknown unit kind {kind!r}: one of {', '.join(UNIT_KINDS)}")
    if not name.strip():
        raise AccountError("the unit needs a name")
    parent_id = _unit_id(conn, parent) if parent else None
    if parent_id is None and kind != "hq":
        raise AccountError("only the head office (--kind hq) has no --parent")
    if parent_id is None:
        hq = conn.execute("select code from sales.org_units where parent_id is null").fetchone()
        if hq is not None:
            raise AccountError(f"there is already a head office ({hq[0]}): a company has one; give the "
                               "new unit a --parent (another company gets its own database)")
    if conn.execute("select 1 from sales.org_units where code = %s", (code,)).fetchone():
        raise AccountError(f"a unit with code {code} already exists")
    try:
        row = conn.execute("insert into sales.org_units (code, name, kind, parent_id) "
                           "values (%s, %s, %s, %s) returning id",
                           (code, name.strip(), kind, parent_id)).fetchone()
    except errors.CheckViolation as exc:
        raise AccountError(f"invalid unit code {code!r}: letters, digits, '_', '.' or '-', "
                           "at most 40") from exc
    assert row is not None
    if pool:
        conn.execute("insert into sales.customer_pools (unit_id, name) values (%s, %s)",
                     (row[0], pool_name or f"{name.strip()}公海"))
    return int(row[0])


def move_unit(conn: psycopg.Connection, code: str, parent: str) -> None:
    """Hang a unit (with everything below it) under another parent; scope follows at once."""
    unit_id, parent_id = _unit_id(conn, code), _unit_id(conn, parent)
    if unit_id == parent_id:
        raise AccountError(f"{code} cannot be its own parent")
    try:
        conn.execute("update sales.org_units set parent_id = %s where id = %s", (parent_id, unit_id))
    except errors.CheckViolation as exc:
        if "cycle" in str(exc):
            raise AccountError(f"{code} cannot move under {parent}: {parent} lies inside {code}") from exc
        raise


def rename_unit(conn: psycopg.Connection, code: str, name: str) -> str:
    """Give a unit a new display name; returns the old one."""
    check_name(name)
    row = conn.execute("select name from sales.org_units where code = %s for update", (code,)).fetchone()
    if row is None:
        raise AccountError(f"unknown unit: {code}")
    conn.execute("update sales.org_units set name = %s where code = %s", (name.strip(), code))
    return str(row[0])


def remove_unit(conn: psycopg.Connection, code: str) -> None:
    """Remove an empty unit (and its empty pool): no people, sub-units or customers."""
    unit_id = _unit_id(conn, code)
    people, subunits, customers = conn.execute("""
        select (select count(*) from sales.employees where unit_id = %(u)s),
               (select count(*) from sales.org_units where parent_id = %(u)s),
               (select count(*) from sales.customers c join sales.customer_pools p on p.id = c.pool_id
                where p.unit_id = %(u)s)
    """, {"u": unit_id}).fetchone()
    held = [f"{n} {what}" for n, what in ((people, "people (leavers too)"), (subunits, "sub-units"),
                                          (customers, "customers in its pool")) if n]
    if held:
        raise AccountError(f"unit {code} is not empty: {', '.join(held)}; move them first "
                           "(`user move`, `unit move`, or hand the customers on)")
    try:
        with conn.transaction():
            conn.execute("delete from sales.customer_pools where unit_id = %s", (unit_id,))
            conn.execute("delete from sales.org_units where id = %s", (unit_id,))
    except errors.ForeignKeyViolation as exc:
        table = exc.diag.table_name or "another table"
        raise AccountError(f"unit {code} cannot be removed: it is still referenced in {table} "
                           "(e.g. the ownership history of records that passed through its pool)") from exc


def list_units(conn: psycopg.Connection) -> list[UnitRow]:
    """All units, parents before children (depth-first by code)."""
    rows = conn.execute("""
        with recursive tree (id, path) as (
            select id, array[code] from sales.org_units where parent_id is null
            union all
            select u.id, t.path || u.code from tree t join sales.org_units u on u.parent_id = t.id
        )
        select u.code, u.name, u.kind, p.code, cp.name,
               (select count(*) from sales.employees e where e.unit_id = u.id and e.active)
        from tree t
            join sales.org_units u on u.id = t.id
            left join sales.org_units p on p.id = u.parent_id
            left join sales.customer_pools cp on cp.unit_id = u.id
        order by t.path
    """).fetchall()
    return [UnitRow(code=r[0], name=r[1], kind=r[2], parent=r[3], pool=r[4], people=int(r[5]))
            for r in rows]


# -- employees ---------------------------------------------------------------

_EMPLOYEE_SELECT = """
    select e.login, e.name, p.level, p.code, p.data_scope, m.login, u.code, u.name,
           e.email, e.phone, e.active, e.left_at
    from sales.employees e
        join sales.positions p on p.id = e.position_id
        join sales.org_units u on u.id = e.unit_id
        left join sales.employees m on m.id = e.manager_id
"""


def list_users(conn: psycopg.Connection) -> list[EmployeeRow]:
    """Every employee, leavers included (active = false), by unit then login."""
    rows = conn.execute(_EMPLOYEE_SELECT + " order by u.code, e.login").fetchall()
    return [EmployeeRow(*r) for r in rows]


def get_user(conn: psycopg.Connection, login: str) -> EmployeeRow:
    row = conn.execute(_EMPLOYEE_SELECT + " where e.login = %s", (login,)).fetchone()
    if row is None:
        raise AccountError(f"unknown user: {login}")
    return EmployeeRow(*row)


class Busy(AccountError):
    """Someone's open transaction holds a lock that leave/move needs."""


def busy(login: str) -> Busy:
    return Busy(f"{login} is busy: someone is changing their records right now; "
                "try again in a moment")


def _retrying(conn: psycopg.Connection, what: str, action: Callable[[], T], commit: bool,
              waited: str = ADMIN_LOCK_TIMEOUT) -> T:
    """Run `action`; when an employee's open transaction holds what it needs past the lock timeout
    (`waited`), end the employee sessions whose transactions were open that long, and run it once
    more."""
    def end_blockers() -> list[str]:
        ended = end_open_transactions(conn, waited)
        if commit:
            conn.commit()
        return ended

    try:
        return with_lock_retry(action, what, end_blockers, blocked=lambda e: isinstance(e, Busy))
    except LockBusy as exc:
        raise AccountError(str(exc)) from exc


def _employee(conn: psycopg.Connection, login: str, what: str = "user",
              lock: bool = False) -> tuple[int, bool, int | None, int]:
    """(id, active, manager_id, unit_id) of an employee, optionally locked.

    The lock is FOR NO KEY UPDATE: every open transaction that references the person (an FK
    check takes FOR KEY SHARE on the employee row) would otherwise block it, so anyone holding
    one transaction open could stop their own `leave` or `move`.
    """
    try:
        row = conn.execute("select id, active, manager_id, unit_id from sales.employees where login = %s"
                           + (" for no key update" if lock else ""), (login,)).fetchone()
    except errors.LockNotAvailable as exc:
        raise busy(login) from exc
    if row is None:
        raise AccountError(f"unknown {what}: {login}")
    return int(row[0]), bool(row[1]), row[2], int(row[3])


def _reports_to(conn: psycopg.Connection, emp_id: int, boss_id: int) -> bool:
    """Is `emp_id` somewhere below `boss_id` in the reporting line?"""
    row = conn.execute("""
        with recursive up (id, depth) as (
            select manager_id, 1 from sales.employees where id = %s
            union all
            select e.manager_id, up.depth + 1 from up join sales.employees e on e.id = up.id
            where e.manager_id is not null and up.depth < 1000
        )
        select exists (select 1 from up where id = %s)
    """, (emp_id, boss_id)).fetchone()
    return bool(row and row[0])


def move_user(conn: psycopg.Connection, login: str, manager: object = UNCHANGED,
              unit: str | None = None, position: str | None = None) -> MoveResult:
    """Change someone's manager, unit and/or position (caller's transaction).

    `manager`: a login, None for "no manager", or UNCHANGED.
    """
    before = get_user(conn, login)  # also opens the caller's transaction, if none was open

    def attempt() -> MoveResult:
        with conn.transaction():  # a savepoint in it: a second attempt starts clean
            return _move_user(conn, before, manager, unit, position)

    return _retrying(conn, f"user move {login}", attempt, commit=False)


def _move_user(conn: psycopg.Connection, before: EmployeeRow, manager: object, unit: str | None,
               position: str | None) -> MoveResult:
    login = before.login
    conn.execute(sql.SQL("set local lock_timeout = {}").format(sql.Literal(ADMIN_LOCK_TIMEOUT)))
    emp_id, active, _, _ = _employee(conn, login, lock=True)
    if not active:
        raise AccountError(f"{login} has left; a leaver cannot be moved")
    sets: list[sql.Composable] = []
    params: list[object] = []
    changes: list[str] = []
    if manager is not UNCHANGED:
        if manager is None:
            new_manager_id = None
        else:
            assert isinstance(manager, str)
            new_manager_id, m_active, _, _ = _employee(conn, manager, "manager")
            if new_manager_id == emp_id:
                raise AccountError(f"{login} cannot be their own manager")
            if not m_active:
                raise AccountError(f"{manager} has left and cannot be anyone's manager")
            if _reports_to(conn, new_manager_id, emp_id):
                raise AccountError(f"{login} cannot report to {manager}: {manager} already reports "
                                   f"to {login} (directly or further down), which would form a cycle")
        if manager != before.manager:
            sets.append(sql.SQL("manager_id = %s"))
            params.append(new_manager_id)
            changes.append(f"manager {before.manager or '(none)'} -> {manager or '(none)'}")
    if unit is not None and unit != before.unit:
        sets.append(sql.SQL("unit_id = %s"))
        params.append(_unit_id(conn, unit))
        changes.append(f"unit {before.unit} -> {unit}")
    if position is not None and position != before.position:
        row = conn.execute("select id from sales.positions where code = %s", (position,)).fetchone()
        if row is None:
            raise AccountError(f"unknown position: {position}")
        sets.append(sql.SQL("position_id = %s"))
        params.append(row[0])
        changes.append(f"position {before.position} -> {position}")
    if not sets:
        raise AccountError(f"nothing to change for {login} (give --manager, --no-manager, --unit "
                           "or --position with a new value)")
    try:
        # One statement: the visibility refresh trigger runs once, on the final state.
        conn.execute(sql.SQL("update sales.employees set {} where id = %s").format(
            sql.SQL(", ").join(sets)), [*params, emp_id])
    except errors.CheckViolation as exc:
        if "cycle" in str(exc):
            raise AccountError(f"{login} cannot report to {manager}: the reporting line would form "
                               "a cycle") from exc
        raise
    except errors.LockNotAvailable as exc:
        raise busy(login) from exc
    return MoveResult(login=login, changes=changes)


def edit_user(conn: psycopg.Connection, login: str, *, name: str | None = None,
              email: str | None = None, phone: str | None = None) -> list[str]:
    """Change someone's name, e-mail or phone (None: unchanged; "" clears e-mail and phone).

    Returns what changed, e.g. ["name 张伟 -> 张卫"]. A new position goes through `move_user`
    (it changes what they see)."""
    before = get_user(conn, login)
    sets: list[sql.Composable] = []
    params: list[object] = []
    changes: list[str] = []
    if name is not None:
        check_name(name)
        name = name.strip()
    if email:
        check_email(email.strip())
    for column, old, new in (("name", before.name, name), ("email", before.email, email),
                             ("phone", before.phone, phone)):
        if new is None:
            continue
        value = new.strip() or None
        if value != old:
            sets.append(sql.SQL("{} = %s").format(sql.Identifier(column)))
            params.append(value)
            changes.append(f"{column} {old or '(none)'} -> {value or '(none)'}")
    if not sets:
        return []
    conn.execute(sql.SQL("update sales.employees set {} where login = %s").format(
        sql.SQL(", ").join(sets)), [*params, login])
    return changes


def _count_owned(conn: psycopg.Connection, emp_id: int) -> dict[str, int]:
    """Records each kind of owned record has with this owner (before handover)."""
    counts: dict[str, int] = {}
    kinds = conn.execute("select kind, table_name::text, owner_column from private.record_kinds "
                         "where parent_kind is null order by kind").fetchall()
    for kind, table, owner_column in kinds:  # the declared owner column, not a customer's owner_id
        row = conn.execute(sql.SQL("select count(*) from {} where {} = %s").format(
            sql.SQL(table), sql.Identifier(owner_column)), (emp_id,)).fetchone()
        counts[kind] = int(row[0]) if row else 0
    return counts


def _manager_kinds(conn: psycopg.Connection) -> set[str]:
    """The kinds declared to go to the leaver's manager (without a named successor)."""
    return {r[0] for r in conn.execute("select kind from private.record_kinds where handover = 'manager'")}


def _end_sessions(conn: psycopg.Connection, login: str) -> int:
    # The timeout makes it wait until each session is gone (and its locks released).
    rows = conn.execute("select pg_terminate_backend(pid, 5000) from pg_stat_activity "
                        "where usename = %s and pid <> pg_backend_pid()", (login,)).fetchall()
    return sum(1 for r in rows if r[0])


def leave(conn: psycopg.Connection, login: str, successor: str | None, reason: str | None = None,
          lock_timeout_s: int = 3) -> LeaveResult:
    """Someone leaves: hand over their records and reports, disable the login, end sessions.

    With a successor, records, received shares and direct reports go to them;
    without one (`successor=None`), records go to the pool of the leaver's unit
    (or the nearest above) and direct reports to the leaver's own manager. One
    transaction: all of it happens, or none. Commits on success.
    """
    conn.rollback()
    ended = 0
    if conn.execute("select 1 from sales.employees where login = %s and active", (login,)).fetchone():
        # End the leaver's sessions before anything waits on them: their open transactions may
        # hold locks on the very rows about to move (NOLOGIN first, so they cannot come back).
        conn.execute(sql.SQL("alter role {} nologin").format(sql.Identifier(login)))
        conn.commit()
        ended = _end_sessions(conn, login)
        conn.commit()
    try:
        result = _retrying(conn, f"user leave {login}",
                           lambda: _leave(conn, login, successor, reason, lock_timeout_s), commit=True,
                           waited=f"{lock_timeout_s}s")
        return replace(result, sessions_ended=result.sessions_ended + ended)
    except BaseException:
        conn.rollback()
        if conn.execute("select 1 from sales.employees where login = %s and active", (login,)).fetchone():
            conn.execute(sql.SQL("alter role {} login").format(sql.Identifier(login)))  # still here
            conn.commit()
        raise


def _leave(conn: psycopg.Connection, login: str, successor: str | None, reason: str | None,
           lock_timeout_s: int) -> LeaveResult:
    with conn.transaction():
        conn.execute(sql.SQL("set local lock_timeout = {}").format(sql.Literal(f"{lock_timeout_s}s")))
        emp_id, active, manager_id, unit_id = _employee(conn, login, lock=True)
        if not active:
            raise AccountError(f"{login} has already left")
        to_id: int | None = None
        promoted = False
        if successor is not None:
            if successor == login:
                raise AccountError(f"{login} cannot be their own successor")
            to_id, s_active, _, _ = _employee(conn, successor, "successor", lock=True)
            if not s_active:
                raise AccountError(f"the successor {successor} has left too; pick an active employee")
            to_label = successor
            reports_to_id: int | None = to_id
            reports_to: str | None = successor
        else:
            row = conn.execute("select u.code from private.unit_pool(%s) p "
                               "join sales.org_units u on u.id = p.unit_id", (unit_id,)).fetchone()
            if row is None:
                raise AccountError(f"no customer pool in {login}'s unit or above it: create one "
                                   "(`unit add … --pool`) or name a --successor")
            to_label = f"the pool of {row[0]}"
            reports_to_id = manager_id
            reports_to = None
            if manager_id is not None:
                boss = conn.execute("select login from sales.employees where id = %s",
                                    (manager_id,)).fetchone()
                reports_to = boss[0] if boss else None
        reason = reason or (f"{login} left; handed over to {successor}" if successor
                            else f"{login} left; released to the pool")

        # Disable the login first and end its sessions: they may hold locks on the very
        # rows we are about to move. Both roll back (or are harmless) if anything fails.
        conn.execute(sql.SQL("alter role {} nologin").format(sql.Identifier(login)))
        ended = _end_sessions(conn, login)

        counts = _count_owned(conn, emp_id)
        # without a successor, kinds declared to go to the manager go there (even if none: they
        # are not "moved to the pool")
        manager_kinds = _manager_kinds(conn) if to_id is None else set()
        to_manager = {k: n for k, n in counts.items() if k in manager_kinds and n}
        shares = conn.execute(
            "select count(*), count(*) filter (where exists (select 1 from sales.record_shares t "
            "where t.kind = s.kind and t.record_id = s.record_id and t.employee_id = %s)) "
            "from sales.record_shares s where s.employee_id = %s", (to_id, emp_id)).fetchone()
        n_shares, n_dup = (int(shares[0]), int(shares[1])) if shares else (0, 0)
        try:
            moved_row = conn.execute("select private.handover(%s, %s, %s)",
                                     (emp_id, to_id, reason)).fetchone()
        except errors.CheckViolation as exc:  # e.g. a kind of record that has no pool
            raise AccountError(f"cannot hand over {login}'s records: {exc.diag.message_primary}") from exc
        except errors.LockNotAvailable as exc:  # someone holds one of the records
            raise busy(login) from exc
        moved_total = int(moved_row[0]) if moved_row else 0

        if to_id is not None and _reports_to(conn, to_id, emp_id):
            # The successor worked under the leaver: they step into the leaver's place,
            # otherwise the reports handed to them would form a cycle.
            conn.execute("update sales.employees set manager_id = %s where id = %s", (manager_id, to_id))
            promoted = True
        reports = [r[0] for r in conn.execute(
            "update sales.employees set manager_id = %s where manager_id = %s and id <> %s "
            "returning login", (reports_to_id, emp_id, to_id or emp_id)).fetchall()]
        conn.execute("update sales.employees set active = false, left_at = now() where id = %s", (emp_id,))
    # Committed: NOLOGIN is now visible to new connections; end any session opened meanwhile.
    ended += _end_sessions(conn, login)
    conn.commit()
    return LeaveResult(
        login=login, moved={k: n for k, n in counts.items() if k not in manager_kinds},
        moved_total=moved_total, to=to_label, to_manager=to_manager,
        shares_passed=(n_shares - n_dup) if to_id is not None else 0,
        shares_dropped=n_dup if to_id is not None else n_shares,
        reports=sorted(reports), reports_to=reports_to, successor_promoted=promoted,
        sessions_ended=ended)

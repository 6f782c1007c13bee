"""Employee accounts: each employee is one PostgreSQL LOGIN role plus one row.

These functions run on an admin connection (a superuser, as set up by
`salesdesk-admin init`); the client never creates roles.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import psycopg
from psycopg import sql

from salesdesk.db import migrate
from salesdesk.services.auth import MIN_PASSWORD_LENGTH

LOGIN_RE = re.compile(r"^[a-z][a-z0-9_.]{1,62}$")
# The rule of sales.employees' CHECK constraint, checked first so IT reads one plain line.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Digest of a login's SCRAM verifier, as salesdesk_auth.password_digest() computes it (database.sql).
_DIGEST_SQL = ("select encode(sha256(convert_to(rolpassword, 'UTF8')), 'hex') from pg_catalog.pg_authid "
               "where rolname = %s")


class AccountError(ValueError):
    """An account operation was refused; the message says why."""


@dataclass(frozen=True)
class NewEmployee:
    login: str
    name: str
    unit_code: str
    position_code: str
    password: str
    manager_login: str | None = None
    email: str | None = None
    phone: str | None = None
    connection_limit: int | None = None  # None: the default (salesdesk.db.migrate)


def check_login(login: str) -> None:
    if not LOGIN_RE.match(login):
        raise AccountError(f"invalid login {login!r}: lower-case letters, digits, '_' or '.', "
                           "starting with a letter")


def check_name(name: str | None) -> None:
    if name is None or not name.strip():
        raise AccountError("name must not be empty")


def check_email(email: str | None) -> None:
    if email and not EMAIL_RE.match(email):
        raise AccountError(f"e-mail {email!r} is not valid")


def create_employee(conn: psycopg.Connection, emp: NewEmployee) -> int:
    """Create the LOGIN role and the employee row in the caller's transaction; returns the id."""
    return create_employees(conn, [emp])[0]


def create_employees(conn: psycopg.Connection, emps: list[NewEmployee]) -> list[int]:
    """Create the LOGIN roles and the employee rows in the caller's transaction; returns the ids in
    order. The rows go in with one statement, so the org tree's visibility is refreshed once (a
    statement trigger), not once per person: a manager must already exist, not be in `emps`."""
    units = _ids(conn, "select code, id from sales.org_units where code = any(%s)",
                 {e.unit_code for e in emps})
    positions = _ids(conn, "select code, id from sales.positions where code = any(%s)",
                     {e.position_code for e in emps})
    managers = _ids(conn, "select login, id from sales.employees where login = any(%s)",
                    {e.manager_login for e in emps if e.manager_login})
    rows = []
    for emp in emps:
        check_login(emp.login)
        check_name(emp.name)
        check_email(emp.email)
        check_password(emp.password)
        rows.append((emp.login, emp.name.strip(), _known(units, emp.unit_code, "unit"),
                     _known(positions, emp.position_code, "position"),
                     _known(managers, emp.manager_login, "manager") if emp.manager_login else None,
                     emp.email, emp.phone))
        if conn.execute("select 1 from pg_roles where rolname = %s", (emp.login,)).fetchone():
            raise AccountError(f"a database role named {emp.login} already exists")
        # The SCRAM verifier is computed here so the plain password never reaches the server's log.
        verifier = conn.pgconn.encrypt_password(emp.password.encode(), emp.login.encode(), b"scram-sha-256")
        conn.execute(sql.SQL("create role {} login inherit nocreatedb nocreaterole nobypassrls "
                             "password {} in role salesdesk_user").format(
            sql.Identifier(emp.login), sql.Literal(verifier.decode())))
        migrate.configure_login(conn, emp.login, emp.connection_limit if emp.connection_limit is not None
                                else migrate.DEFAULT_CONNECTION_LIMIT)
    columns = list(zip(*rows, strict=True)) if rows else [[]] * 7
    made = conn.execute(
        "insert into sales.employees (login, name, unit_id, position_id, manager_id, email, phone) "
        "select login, name, unit_id, position_id, manager_id, email, phone "
        "from unnest(%s::text[], %s::text[], %s::bigint[], %s::bigint[], %s::bigint[], %s::text[], "
        "%s::text[]) "
        "with ordinality t (login, name, unit_id, position_id, manager_id, email, phone, n) "
        "order by n returning login, id", [list(c) for c in columns]).fetchall()
    ids = dict(made)
    return [int(ids[e.login]) for e in emps]


def _ids(conn: psycopg.Connection, query: str, keys: set[str]) -> dict[str, int]:
    return {k: int(v) for k, v in conn.execute(query, (sorted(keys),)).fetchall()}


def _known(ids: dict[str, int], key: str, what: str) -> int:
    if key not in ids:
        raise AccountError(f"unknown {what}: {key}")
    return ids[key]


def connect_admin(dsn: str) -> psycopg.Connection:
    """Connect with the superuser URL of a salesdesk database, checking both.

    Raises AccountError when the login is not a superuser or the schema is missing;
    psycopg.OperationalError when the server cannot be reached.
    """
    from salesdesk.db.urls import UnsupportedUrlError, libpq_url

    try:
        url = libpq_url(dsn)
    except UnsupportedUrlError:
        raise  # its own message, exit code 2 (salesdesk.admin.cli)
    except Exception as exc:  # SQLAlchemy's URL parser raises several kinds; the URL may hold a password
        raise AccountError("--dsn is not a database URL (expected "
                           "postgresql://user:password@host:port/database)") from exc
    conn = psycopg.connect(url)
    try:
        row = conn.execute("select rolsuper from pg_roles where rolname = current_user").fetchone()
        if not (row and row[0]):
            raise AccountError("this needs a superuser URL (the one `salesdesk-admin server start` "
                               "or your DBA gave you)")
        if conn.execute("select to_regclass('sales.employees')").fetchone() == (None,):
            db = conn.info.dbname
            raise AccountError(f"database {db} has no salesdesk schema: run `salesdesk-admin init` first")
        conn.rollback()
    except BaseException:
        conn.close()
        raise
    return conn


def generate_password() -> str:
    """A random 20-character password (about 120 bits), safe to paste anywhere."""
    return secrets.token_urlsafe(15)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def set_password(conn: psycopg.Connection, login: str, password: str) -> None:
    """Give an employee's login role a new password (caller's transaction).

    The SCRAM verifier is computed here, so the plain password never reaches the
    server (nor its statement log).
    """
    check_password(password)
    if conn.execute("select 1 from sales.employees where login = %s", (login,)).fetchone() is None:
        raise AccountError(f"unknown user: {login}")
    verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    conn.execute(sql.SQL("alter role {} password {}").format(
        sql.Identifier(login), sql.Literal(verifier.decode())))


def require_password_change(conn: psycopg.Connection, login: str) -> None:
    """Flag the login's current password as one IT handed out: it must be changed at the next
    sign-in (caller's transaction). The flag clears when the password changes (sql/0014)."""
    row = conn.execute(_DIGEST_SQL, (login,)).fetchone()
    if row is None or row[0] is None:
        raise AccountError(f"{login} has no password to replace")
    conn.execute("insert into private.password_resets (employee_id, verifier_digest) "
                 "select id, %s from sales.employees where login = %s "
                 "on conflict (employee_id) do update set verifier_digest = excluded.verifier_digest, "
                 "set_at = now()", (row[0], login))


def password_change_pending(conn: psycopg.Connection, login: str) -> bool:
    """Does the login still have the password IT set with `require_password_change`?"""
    row = conn.execute("select r.verifier_digest = (" + _DIGEST_SQL.replace("%s", "e.login") + ") "
                       "from private.password_resets r join sales.employees e on e.id = r.employee_id "
                       "where e.login = %s", (login,)).fetchone()
    return bool(row and row[0])

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


def _lookup(conn: psycopg.Connection, query: str, value: str, what: str) -> int:
    row = conn.execute(query, (value,)).fetchone()
    if row is None:
        raise AccountError(f"unknown {what}: {value}")
    return int(row[0])


def create_employee(conn: psycopg.Connection, emp: NewEmployee) -> int:
    """Create the LOGIN role and the employee row in the caller's transaction; returns the id."""
    if not LOGIN_RE.match(emp.login):
        raise AccountError(f"invalid login {emp.login!r}: lower-case letters, digits, '_' or '.', "
                           "starting with a letter")
    check_password(emp.password)
    unit_id = _lookup(conn, "select id from sales.org_units where code = %s", emp.unit_code, "unit")
    position_id = _lookup(conn, "select id from sales.positions where code = %s", emp.position_code,
                          "position")
    manager_id = None
    if emp.manager_login:
        manager_id = _lookup(conn, "select id from sales.employees where login = %s", emp.manager_login,
                             "manager")
    if conn.execute("select 1 from pg_roles where rolname = %s", (emp.login,)).fetchone():
        raise AccountError(f"a database role named {emp.login} already exists")
    # The SCRAM verifier is computed here so the plain password never reaches the server's log.
    verifier = conn.pgconn.encrypt_password(emp.password.encode(), emp.login.encode(), b"scram-sha-256")
    conn.execute(sql.SQL("create role {} login inherit nocreatedb nocreaterole nobypassrls "
                         "password {} in role salesdesk_user").format(
        sql.Identifier(emp.login), sql.Literal(verifier.decode())))
    migrate.configure_login(conn, emp.login, emp.connection_limit if emp.connection_limit is not None
                            else migrate.DEFAULT_CONNECTION_LIMIT)
    row = conn.execute(
        "insert into sales.employees (login, name, unit_id, position_id, manager_id, email, phone) "
        "values (%s, %s, %s, %s, %s, %s, %s) returning id",
        (emp.login, emp.name, unit_id, position_id, manager_id, emp.email, emp.phone)).fetchone()
    assert row is not None
    return int(row[0])


def connect_admin(dsn: str) -> psycopg.Connection:
    """Connect with the superuser URL of a salesdesk database, checking both.

    Raises AccountError when the login is not a superuser or the schema is missing;
    psycopg.OperationalError when the server cannot be reached.
    """
    from salesdesk.db.urls import libpq_url

    try:
        url = libpq_url(dsn)
    except Exception as exc:  # SQLAlchemy's URL parser raises several kinds
        raise AccountError(f"not a database URL: {dsn!r}") from exc
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

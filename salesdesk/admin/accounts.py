"""Employee accounts: each employee is one PostgreSQL LOGIN role plus one row.

These functions run on an admin connection (a superuser, as set up by
`salesdesk-admin init`); the client never creates roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg
from psycopg import sql

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
    if len(emp.password) < 8:
        raise AccountError("the password must have at least 8 characters")
    unit_id = _lookup(conn, "select id from sales.org_units where code = %s", emp.unit_code, "unit")
    position_id = _lookup(conn, "select id from sales.positions where code = %s", emp.position_code,
                          "position")
    manager_id = None
    if emp.manager_login:
        manager_id = _lookup(conn, "select id from sales.employees where login = %s", emp.manager_login,
                             "manager")
    if conn.execute("select 1 from pg_roles where rolname = %s", (emp.login,)).fetchone():
        raise AccountError(f"a database role named {emp.login} already exists")
    conn.execute(sql.SQL("create role {} login inherit nocreatedb nocreaterole nobypassrls "
                         "password {} in role salesdesk_user").format(
        sql.Identifier(emp.login), sql.Literal(emp.password)))
    row = conn.execute(
        "insert into sales.employees (login, name, unit_id, position_id, manager_id, email, phone) "
        "values (%s, %s, %s, %s, %s, %s, %s) returning id",
        (emp.login, emp.name, unit_id, position_id, manager_id, emp.email, emp.phone)).fetchone()
    assert row is not None
    return int(row[0])

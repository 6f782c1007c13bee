"""What one login reads through the API schema, and what the oracle says it must read.

`read_all` asks every read view and, for every customer id (hidden and missing ones
included), every per-record read function; `expected_all` builds the same structure
from the oracle. Tests compare the two dicts, so a difference names the view or the
call and the record.
"""

from __future__ import annotations

from typing import Any

import psycopg

from tests.oracle import Oracle
from tests.rls_support import outcome

NOT_FOUND = ("P0002", "record not found")
NO_EMPLOYEE = ("42501", "not a salesdesk employee")


def _answer(conn: psycopg.Connection, query: str, params: tuple, shape: Any) -> Any:
    got = outcome(conn, query, params)
    if not got.ok:
        return (got.sqlstate, got.message)
    return shape(got.rows)


def _first_column(rows: tuple) -> set[int]:
    return {r[0] for r in rows}


def read_views(conn: psycopg.Connection) -> dict[str, Any]:
    """Every read view (and the directory-like functions), as this login gets them."""
    return {
        "customers": _answer(
            conn,
            "select id, owner_id, pool_id from api.customers",
            (),
            lambda rows: {r[0]: (r[1], r[2]) for r in rows},
        ),
        "contacts": _answer(conn, "select id, customer_id from api.contacts", (), lambda rows: dict(rows)),
        "customer_pools": _answer(
            conn, "select id, manages from api.customer_pools", (), lambda rows: dict(rows)
        ),
        "employees": _answer(conn, "select id, in_scope from api.employees", (), lambda rows: dict(rows)),
        "org_units": _answer(conn, "select id from api.org_units", (), _first_column),
        "positions": _answer(conn, "select id from api.positions", (), _first_column),
        "assignable": _answer(conn, "select id from api.assignable_employees()", (), _first_column),
        "changes": _answer(
            conn, "select seq from api.changes_since(0, 5000) where seq is not null", (), _first_column
        ),
    }


def expected_views(o: Oracle, me: int | None) -> dict[str, Any]:
    if o.scope(me) is None:
        return {
            key: NO_EMPLOYEE
            for key in (
                "customers",
                "contacts",
                "customer_pools",
                "employees",
                "org_units",
                "positions",
                "assignable",
                "changes",
            )
        }
    active = {e for e, row in o.s.employees.items() if row[4]}
    managed = o.managed_pools(me)
    return {
        "customers": {c: (o.s.customer_owner[c], o.s.customer_pool[c]) for c in o.customers(me)},
        "contacts": {k: o.s.contact_customer[k] for k in o.contacts(me)},
        "customer_pools": {p: p in managed for p in o.pools(me)},
        "employees": o.employees(me),
        "org_units": o.org_units(me),
        "positions": o.positions(me),
        "assignable": o.visible_owners(me) & active,
        "changes": o.changes(me),
    }


def read_record(conn: psycopg.Connection, customer: int) -> dict[str, Any]:
    """Every per-record read of one customer id."""
    args = (customer,)
    return {
        "rights": _answer(
            conn,
            "select can_edit, can_manage from api.record_rights('customer', %s)",
            args,
            lambda rows: rows[0],
        ),
        "get": _answer(
            conn, "select id, can_edit, can_manage from api.customer_get(%s)", args, lambda rows: tuple(rows)
        ),
        "contact_rows": _answer(conn, "select id from api.contact_rows(%s)", args, _first_column),
        "shares": _answer(conn, "select id from api.record_shares('customer', %s)", args, _first_column),
        "history": _answer(conn, "select id from api.record_history('customer', %s)", args, _first_column),
        "audit": _answer(conn, "select id from api.record_audit('customer', %s, 5000)", args, _first_column),
    }


def expected_record(o: Oracle, me: int | None, customer: int) -> dict[str, Any]:
    if o.scope(me) is None:
        return {
            "rights": NO_EMPLOYEE,
            "get": NO_EMPLOYEE,
            "contact_rows": NO_EMPLOYEE,
            "shares": NO_EMPLOYEE,
            "history": NO_EMPLOYEE,
            "audit": NO_EMPLOYEE,
        }
    rights = o.rights(me, customer)
    if rights is None:
        return {
            "rights": NOT_FOUND,
            "get": (),
            "contact_rows": set(),
            "shares": NOT_FOUND,
            "history": NOT_FOUND,
            "audit": NOT_FOUND,
        }
    return {
        "rights": rights,
        "get": ((customer, *rights),),
        "contact_rows": {k for k, c in o.s.contact_customer.items() if c == customer},
        "shares": o.shares_of(me, "customer", customer),
        "history": o.history_of("customer", customer),
        "audit": o.audit_of(me, "customer", customer),
    }


def read_all(conn: psycopg.Connection, customers: list[int]) -> dict[str, Any]:
    got = read_views(conn)
    for c in customers:
        got[f"customer {c}"] = read_record(conn, c)
    return got


def expected_all(o: Oracle, me: int | None, customers: list[int]) -> dict[str, Any]:
    want = expected_views(o, me)
    for c in customers:
        want[f"customer {c}"] = expected_record(o, me, c)
    return want


def every_customer_id(o: Oracle) -> list[int]:
    """All customer ids, plus one that exists nowhere (it must answer like a hidden one)."""
    return [*sorted(o.s.customer_owner), max(o.s.customer_owner) + 1000]

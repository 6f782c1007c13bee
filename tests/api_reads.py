"""What one login reads through the API schema, and what the oracle says it must read.

`read_all` asks every read view, every declared kind's view, count and list pages, and,
for every record id of every kind (plus one that exists nowhere), every per-record read
function; `expected_all` builds the same structure from the oracle. Tests compare the two
dicts, so a difference names the view or the call and the record. The kinds come from the
registry (`kind_apis`), so a kind declared later is compared without new test code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from tests.oracle import Oracle
from tests.rls_support import outcome

NOT_FOUND = ("P0002", "record not found")
NO_EMPLOYEE = ("42501", "not a salesdesk employee")
PAGE = 2  # rows per list page: every list is walked by its keyset cursor


@dataclass(frozen=True)
class KindApi:
    """One declared kind and the API pieces it has (from the registry and the catalog)."""

    kind: str
    parent_kind: str | None
    archivable: bool
    view: str | None
    list_fn: str | None
    get_fn: str | None
    first_sort: str | None

    @property
    def everything(self) -> dict[str, str]:
        """The query for all of a list's rows (archived ones too)."""
        return {"archived": "all"} if self.archivable else {}


def kind_apis(admin: psycopg.Connection) -> list[KindApi]:
    """Every declared kind, with its read view, `<kind>_list` and `<kind>_get` where they exist."""
    functions = {
        r[0] for r in admin.execute("select proname from pg_proc where pronamespace = 'api'::regnamespace")
    }
    views = {r[0] for r in admin.execute("select viewname from pg_views where schemaname = 'api'")}
    found = []
    for kind, parent, archivable, view, sorts in admin.execute(
        "select kind, parent_kind, archivable, view_name, sorts from private.record_kinds "
        "order by parent_kind nulls first, kind"
    ).fetchall():
        found.append(KindApi(
            kind, parent, archivable, view if view in views else None,
            f"{kind}_list" if f"{kind}_list" in functions else None,
            f"{kind}_get" if f"{kind}_get" in functions else None,
            next(iter(sorts), None)))
    admin.rollback()
    return found


def _answer(conn: psycopg.Connection, query: str, params: tuple, shape: Any) -> Any:
    got = outcome(conn, query, params)
    if not got.ok:
        return (got.sqlstate, got.message)
    return shape(got.rows)


def _first_column(rows: tuple) -> set[int]:
    return {r[0] for r in rows}


def read_views(conn: psycopg.Connection, apis: Sequence[KindApi] = ()) -> dict[str, Any]:
    """Every read view (and the directory-like functions), as this login gets them."""
    got = {
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
    for k in apis:
        if k.view:
            got[f"view {k.kind}"] = _answer(conn, f"select id from api.{k.view}", (), _first_column)
    return got


def expected_views(o: Oracle, me: int | None, apis: Sequence[KindApi] = ()) -> dict[str, Any]:
    keys = ["customers", "contacts", "customer_pools", "employees", "org_units", "positions", "assignable",
            "changes", *(f"view {k.kind}" for k in apis if k.view)]
    if o.scope(me) is None:
        return dict.fromkeys(keys, NO_EMPLOYEE)
    active = {e for e, row in o.s.employees.items() if row[4]}
    managed = o.managed_pools(me)
    want = {
        "customers": {c: (o.s.customer_owner[c], o.s.customer_pool[c]) for c in o.customers(me)},
        "contacts": {k: o.s.contact_customer[k] for k in o.contacts(me)},
        "customer_pools": {p: p in managed for p in o.pools(me)},
        "employees": o.employees(me),
        "org_units": o.org_units(me),
        "positions": o.positions(me),
        "assignable": o.visible_owners(me) & active,
        "changes": o.changes(me),
    }
    for k in apis:
        if k.view:
            want[f"view {k.kind}"] = o.visible(k.kind, me)
    return want


# -- lists and counts --------------------------------------------------------


def list_queries(o: Oracle, k: KindApi) -> list[dict[str, Any]]:
    """The queries that together cover a kind's list: all of it, or one per parent (and a missing one)."""
    if k.parent_kind is None:
        return [k.everything]
    parents = sorted(o.s.rows[k.parent_kind])
    missing = max(parents, default=0) + 1000
    # and every parent at once, seen or not, with one that does not exist (sql/0071)
    return [{**k.everything, "parent_id": p} for p in [*parents, missing, [*parents, missing]]]


def walk_list(conn: psycopg.Connection, k: KindApi, query: dict[str, Any]) -> Any:
    """Every row of a list, page by page: id -> (can_edit, can_manage, access), or the error."""
    rows: dict[int, tuple] = {}
    after = None
    for _ in range(1000):
        page = outcome(
            conn,
            f"select id, can_edit, can_manage, access, cursor from api.{k.list_fn}(%s, %s, false, %s, %s)",
            (json.dumps(query), k.first_sort, after, PAGE),
        )
        if not page.ok:
            return (page.sqlstate, page.message)
        for r in page.rows:
            assert r[0] not in rows, ("a row on two pages", k.kind, r[0])
            rows[r[0]] = r[1:4]
        if len(page.rows) < PAGE:
            return rows
        after = page.rows[-1][4]
    raise AssertionError(f"{k.list_fn} never ends")


def read_lists(conn: psycopg.Connection, o: Oracle, apis: list[KindApi]) -> dict[str, Any]:
    """Each kind's count (and list, where it has one) for every query that covers it."""
    got: dict[str, Any] = {}
    for k in apis:
        for q in list_queries(o, k):
            got[f"count {k.kind} {q}"] = _answer(
                conn, "select n, exact from api.record_count(%s, %s)", (k.kind, json.dumps(q)), lambda r: r[0]
            )
            if k.list_fn:
                got[f"list {k.kind} {q}"] = walk_list(conn, k, q)
    return got


def expected_lists(o: Oracle, me: int | None, apis: list[KindApi]) -> dict[str, Any]:
    want: dict[str, Any] = {}
    for k in apis:
        for q in list_queries(o, k):
            rows = o.visible(k.kind, me)
            if "parent_id" in q:
                parents = q["parent_id"] if isinstance(q["parent_id"], list) else [q["parent_id"]]
                rows = {r for r in rows if o.s.parent_of(k.kind, r) in parents}
            want[f"count {k.kind} {q}"] = (len(rows), True) if o.scope(me) else NO_EMPLOYEE
            if k.list_fn:
                want[f"list {k.kind} {q}"] = (
                    {r: (*o.kind_rights(k.kind, me, r), o.access(k.kind, me, r)) for r in rows}  # type: ignore[misc]
                    if o.scope(me) else NO_EMPLOYEE
                )
    return want


# -- one record at a time ------------------------------------------------------


def read_record(conn: psycopg.Connection, k: KindApi, rec: int) -> dict[str, Any]:
    """Every per-record read of one id of a kind."""
    args = (k.kind, rec)
    got = {
        "rights": _answer(
            conn, "select can_edit, can_manage from api.record_rights(%s, %s)", args, lambda rows: rows[0]
        ),
    }
    if k.get_fn:
        got["get"] = _answer(
            conn, f"select id, can_edit, can_manage from api.{k.get_fn}(%s)", (rec,), lambda rows: tuple(rows)
        )
    if k.kind == "customer":
        got["contact_rows"] = _answer(conn, "select id from api.contact_rows(%s)", (rec,), _first_column)
    if k.parent_kind is None:
        got["shares"] = _answer(conn, "select id from api.record_shares(%s, %s)", args, _first_column)
        got["history"] = _answer(conn, "select id from api.record_history(%s, %s)", args, _first_column)
        got["audit"] = _answer(conn, "select id from api.record_audit(%s, %s, 5000)", args, _first_column)
    return got


def expected_record(o: Oracle, me: int | None, k: KindApi, rec: int) -> dict[str, Any]:
    keys = ["rights", *(["get"] if k.get_fn else []), *(["contact_rows"] if k.kind == "customer" else []),
            *(["shares", "history", "audit"] if k.parent_kind is None else [])]
    if o.scope(me) is None:
        return dict.fromkeys(keys, NO_EMPLOYEE)
    rights = o.kind_rights(k.kind, me, rec)
    if rights is None:
        want: dict[str, Any] = dict.fromkeys(keys, NOT_FOUND)
        want.update({key: empty for key, empty in (("get", ()), ("contact_rows", set())) if key in keys})
        return want
    want = {
        "rights": rights,
        "get": ((rec, *rights),),
        "contact_rows": {c for c, row in o.s.rows.get("contact", {}).items() if row["customer_id"] == rec},
        "shares": o.shares_of(me, k.kind, rec),
        "history": o.history_of(k.kind, rec),
        "audit": o.audit_of(me, k.kind, rec),
    }
    return {key: want[key] for key in keys}


def every_record_id(o: Oracle) -> dict[str, list[int]]:
    """All ids of every kind, plus one that exists nowhere (it must answer like a hidden one)."""
    return {kind: [*sorted(rows), max(rows, default=0) + 1000] for kind, rows in o.s.rows.items()}


def read_all(conn: psycopg.Connection, o: Oracle, apis: list[KindApi]) -> dict[str, Any]:
    got = read_views(conn, apis) | read_lists(conn, o, apis)
    ids = every_record_id(o)
    for k in apis:
        for rec in ids[k.kind]:
            got[f"{k.kind} {rec}"] = read_record(conn, k, rec)
    return got


def expected_all(o: Oracle, me: int | None, apis: list[KindApi]) -> dict[str, Any]:
    want = expected_views(o, me, apis) | expected_lists(o, me, apis)
    ids = every_record_id(o)
    for k in apis:
        for rec in ids[k.kind]:
            want[f"{k.kind} {rec}"] = expected_record(o, me, k, rec)
    return want


def differences(got: dict[str, Any], want: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What the API answered where it differs from the oracle: key -> (got, want)."""
    assert got.keys() == want.keys()
    return {key: (got[key], want[key]) for key in got if got[key] != want[key]}

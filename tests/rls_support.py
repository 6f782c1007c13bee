"""Helpers shared by the adversarial tests: logging in as anyone (outsiders too),
recording the outcome of a statement, the declared record kinds, and a company with
history, audit, shares and an expired share, all made through the API."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

import psycopg

from tests.factories import PEOPLE, Company
from tests.oracle import Oracle, load_snapshot

# Every person of the small company plus the login in salesdesk_user with no employee row.
VIEWERS = (*PEOPLE, "outsider")
# One of each level, for the tests that need not run for all twelve people.
LEVELS = ("sp_e1a", "sup_e1", "mgr_e", "director", "asst_e1", "admin", "outsider")


def emp_id(company: Company, key: str) -> int | None:
    return company.people.get(key)


def oracle_for(company: Company) -> Oracle:
    with company.admin() as conn:
        return Oracle(load_snapshot(conn))


@dataclass(frozen=True)
class Outcome:
    """What a client observes from one statement: rows, or an error's class and text."""

    ok: bool
    rows: tuple = ()
    rowcount: int = -1
    sqlstate: str | None = None
    message: str | None = None
    detail: str | None = None
    context: str | None = None

    def text(self) -> str:
        return " ".join(x for x in (self.message, self.detail, self.context) if x)

    def without(self, *values: object) -> Outcome:
        """The same outcome with each value, as a whole word, replaced by `<v>` in the message
        and detail, so the answers for two different ids can be compared for everything else
        (the context, with its line numbers and statements, must match as it is)."""

        def clean(s: str | None) -> str | None:
            if s is None:
                return None
            for v in values:
                s = re.sub(rf"(?<![\w-]){re.escape(str(v))}(?!\w)", "<v>", s)
            return s

        return replace(self, message=clean(self.message), detail=clean(self.detail))


def outcome(conn: psycopg.Connection, query: str, params: tuple | dict = ()) -> Outcome:
    """Run one statement in its own transaction, roll it back, and describe what came back."""
    try:
        cur = conn.execute(query, params)  # type: ignore[arg-type]
        rows = tuple(cur.fetchall()) if cur.description else ()
        return Outcome(True, rows=rows, rowcount=cur.rowcount)
    except psycopg.Error as e:
        return Outcome(
            False,
            sqlstate=e.sqlstate,
            message=e.diag.message_primary,
            detail=e.diag.message_detail,
            context=e.diag.context,
        )
    finally:
        conn.rollback()


def ids(conn: psycopg.Connection, query: str, params: tuple | dict = ()) -> set[int]:
    """The first column of a read through the API, as a set (rolled back)."""
    got = outcome(conn, query, params)
    assert got.ok, (query, got.sqlstate, got.message)
    return {r[0] for r in got.rows}


def as_json(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False)


@dataclass(frozen=True)
class Kind:
    """One declared record kind, as private.record_kinds holds it."""

    kind: str
    table: str
    parent_kind: str | None
    parent_column: str | None
    owner_column: str | None
    pool_column: str | None
    shares: bool
    archivable: bool
    deletable: bool
    insertable: tuple[str, ...]
    writable: tuple[str, ...]
    view: str
    sorts: dict[str, str]
    filters: tuple[str, ...]
    across_parents: bool = False  # a child kind listed across its parents (sql/0042)


def record_kinds(admin: psycopg.Connection) -> list[Kind]:
    """The registry: every declared kind, so that a new one is attacked without new code."""
    rows = admin.execute(
        "select kind, table_name::text, parent_kind, parent_column, owner_column, pool_column, shares, "
        "archivable, deletable, insertable, writable, view_name, sorts, filters, across_parents "
        "from private.record_kinds order by parent_kind nulls first, kind"
    ).fetchall()
    admin.rollback()
    return [
        Kind(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            tuple(r[9]),
            tuple(r[10]),
            r[11],
            r[12],
            tuple(r[13]),
            r[14],
        )
        for r in rows
    ]


def enrich(company: Company) -> None:
    """Give the company ownership history, audit updates and shares of every kind, made through
    the API by the people themselves (plus an expired share only an admin can still write)."""
    c, p = company.customers, company.people
    with company.admin() as conn:
        company.add_share(conn, "sp_n1a客户2", "sp_e2a", "write")
        conn.execute(
            "insert into sales.record_shares (kind, record_id, employee_id, access, expires_at) "
            "values ('customer', %s, %s, 'write', now() - interval '1 day')",
            (c["sp_e2a客户2"], p["sp_n1a"]),
        )
        contact = conn.execute(
            "select min(id) from sales.contacts where customer_id = %s", (c["sp_e1a客户1"],)
        ).fetchone()
        conn.commit()
    assert contact
    steps: list[tuple[str, str, tuple]] = [
        ("sup_e1", "select api.record_transfer('customer', %s, %s, '调整')", (c["sp_e1b客户3"], p["sp_e1a"])),
        ("sp_n1a", "select api.record_release('customer', %s, '放弃')", (c["sp_n1a客户3"],)),
        ("sp_e2a", "select api.record_claim('customer', %s)", (c["华东公海客户2"],)),
        (
            "mgr_n",
            "select api.record_transfer('customer', %s, %s, '分配')",
            (c["华北公海客户1"], p["sp_n1a"]),
        ),
        (
            "sp_e1a",
            "select api.record_update('contact', %s, null, %s)",
            (contact[0], as_json({"title": "经理"})),
        ),
        (
            "sp_e1b",
            "select api.record_update('customer', %s, null, %s)",
            (c["sp_e2a客户1"], as_json({"notes": "共享编辑"})),
        ),
        # M7: a salesperson hands a customer to another region
        ("sp_e1a", "select api.record_transfer('customer', %s, %s, '跨区')", (c["sp_e1a客户3"], p["sp_n1a"])),
        ("sp_e1a", "select api.record_share('customer', %s, %s, 'read')", (c["sp_e1a客户2"], p["sp_e1b"])),
        (
            "sup_n1",
            "select api.record_share('customer', %s, %s, 'read', now() + interval '30 days')",
            (c["sup_n1客户1"], p["asst_e1"]),
        ),
        ("mgr_e", "select api.record_archive('customer', %s)", (c["sp_e2a客户3"],)),
        ("mgr_e", "select api.record_share('customer', %s, %s, 'write')", (c["华东公海客户1"], p["sp_e2a"])),
        # a second recipient of a customer sp_e1a reads by a share: she must not learn of it
        ("sp_n1a", "select api.record_share('customer', %s, %s, 'read')", (c["sp_n1a客户1"], p["sp_e2a"])),
    ]
    for key, query, params in steps:
        with company.connect(key) as conn:
            conn.execute(query, params)
    for name, key in (
        ("sp_e1b客户3", "sp_e1a"),
        ("华东公海客户2", "sp_e2a"),
        ("华北公海客户1", "sp_n1a"),
        ("sp_e1a客户3", "sp_n1a"),
    ):
        company.customer_owner[name], company.customer_pool[name] = key, None
    company.customer_owner["sp_n1a客户3"], company.customer_pool["sp_n1a客户3"] = None, "NORTH"

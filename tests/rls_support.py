"""Helpers shared by the adversarial RLS tests: logging in as anyone (outsiders too),
recording the outcome of a statement, and a company with history, audit and an expired share."""

from __future__ import annotations

from dataclasses import dataclass

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


def outcome(conn: psycopg.Connection, query: str, params: tuple = ()) -> Outcome:
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


def enrich(company: Company) -> None:
    """Give the company ownership history, audit updates and shares of every kind,
    made through the product's own functions by the people themselves."""
    c, p = company.customers, company.people
    with company.admin() as conn:
        company.add_share(conn, "sp_n1a客户2", "sp_e2a", "write")
        conn.execute(
            "insert into sales.record_shares (kind, record_id, employee_id, access, expires_at) "
            "values ('customer', %s, %s, 'write', now() - interval '1 day')",
            (c["sp_e2a客户2"], p["sp_n1a"]),
        )
        conn.execute(
            "insert into sales.record_shares (kind, record_id, employee_id, access, expires_at) "
            "values ('customer', %s, %s, 'read', now() + interval '30 days')",
            (c["sup_n1客户1"], p["asst_e1"]),
        )
        contact = conn.execute(
            "select min(id) from sales.contacts where customer_id = %s", (c["sp_e1a客户1"],)
        ).fetchone()
        conn.commit()
    assert contact
    steps = [
        (
            "sup_e1",
            "select sales.transfer_record('customer', %s, %s, '调整')",
            (c["sp_e1b客户3"], p["sp_e1a"]),
        ),
        ("sp_n1a", "select sales.release_customer(%s, '放弃')", (c["sp_n1a客户3"],)),
        ("sp_e2a", "select sales.claim_customer(%s)", (c["华东公海客户2"],)),
        (
            "mgr_n",
            "select sales.transfer_record('customer', %s, %s, '分配')",
            (c["华北公海客户1"], p["sp_n1a"]),
        ),
        ("sp_e1a", "update sales.contacts set title = '经理' where id = %s", (contact[0],)),
        ("sp_e1b", "update sales.customers set notes = '共享编辑' where id = %s", (c["sp_e2a客户1"],)),
    ]
    for key, query, params in steps:
        with company.connect(key) as conn:
            conn.execute(query, params)

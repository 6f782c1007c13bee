"""The demo's contracts (sql/0028): one from each won deal of the twelve months, in every state,
made through the product's own API as the people who would do it (the owner creates, submits,
amends; whoever the rules name approves or rejects), then dated back to when the deal was won and
numbered by year in order of approval (HT-YYYY-NNNNNN, gap-free).

Runs inside the demo's loading transaction as its superuser: `set session authorization` makes
each call the employee's own, so the flow, the approval rules and the guards all apply as in the
client.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal

import psycopg
from psycopg import sql

# the state of the n-th contract (oldest deals first: the older ones are further along)
PLAN = ("fulfilled", "in_effect", "fulfilled", "amended", "in_effect", "approved", "cancelled", "fulfilled",
        "in_effect", "rejected", "submitted", "draft")
LIMIT = 120  # contracts at most (the won deals of the demo's twelve months)


def _as(conn: psycopg.Connection, login: str | None) -> None:
    if login is None:
        conn.execute("reset session authorization")
    else:
        conn.execute(sql.SQL("set session authorization {}").format(sql.Identifier(login)))


def _decide_all(conn: psycopg.Connection, contract_id: int, reject: bool = False) -> None:
    """Every waiting approver decides in turn (the first one rejects when `reject`)."""
    for _ in range(5):
        _as(conn, None)
        row = conn.execute(
            "select r.id, e.login from sales.approval_requests r "
            "join sales.approval_approvers a on a.request_id = r.id and a.round = r.round and a.waiting "
            "join sales.employees e on e.id = a.employee_id "
            "where r.type = 'contract' and r.record_id = %s and r.state = 'pending' order by e.id limit 1",
            (contract_id,)).fetchone()
        if row is None:
            return
        _as(conn, row[1])
        conn.execute("select api.approval_decide(%s, %s, %s)",
                     (row[0], not reject, "请先与客户确认付款条件" if reject else "同意"))
        if reject:
            return


def _make(conn: psycopg.Connection, deal: tuple, state: str) -> int | None:
    deal_id, login, customer_id, title = deal
    _as(conn, login)
    lines = conn.execute("select product_id, quantity, unit_price, discount "
                         "from api.opportunity_line_rows(%s)", (deal_id,)).fetchall()
    if not lines:
        return None
    cid = conn.execute("select api.record_create('contract', %s)", (json.dumps(
        {"customer_id": customer_id, "opportunity_id": deal_id, "title": f"{title}合同"}),)).fetchone()[0]
    for product_id, quantity, unit_price, discount in lines:
        conn.execute("select api.record_create('contract_line', %s)", (json.dumps(
            {"contract_id": cid, "product_id": product_id, "quantity": str(quantity),
             "unit_price": str(unit_price), "discount": str(discount)}),))
    if state == "draft":
        return cid
    waits = conn.execute("select api.contract_submit(%s)", (cid,)).fetchone()[0] == "submitted"
    if waits and state != "submitted":
        _decide_all(conn, cid, reject=state == "rejected")
    _as(conn, login)
    if state in ("in_effect", "fulfilled", "amended"):
        conn.execute("select api.contract_mark_in_effect(%s)", (cid,))
    if state == "fulfilled":
        conn.execute("select api.contract_fulfil(%s)", (cid,))
    elif state == "cancelled":
        conn.execute("select api.contract_cancel(%s)", (cid,))
    elif state == "amended":   # one more of the first product, approved again
        conn.execute("select api.contract_amend(%s)", (cid,))
        fields, body = conn.execute("select amendment_fields, amendment_lines from api.contract_flow(%s)",
                                    (cid,)).fetchone()
        body[0]["quantity"] = str(Decimal(str(body[0]["quantity"])) + 1)
        conn.execute("select api.contract_amendment_save(%s, null, %s, %s)",
                     (cid, json.dumps(fields), json.dumps(body)))
        if conn.execute("select api.contract_amendment_submit(%s)", (cid,)).fetchone()[0] == "submitted":
            _decide_all(conn, cid)
    return cid


def load_contracts(conn: psycopg.Connection) -> int:
    """The demo's contracts from its won deals; how many."""
    deals = conn.execute(
        "select o.id, e.login, o.customer_id, o.title, o.closed_at from sales.opportunities o "
        "join sales.opportunity_stages s on s.id = o.stage_id and s.outcome = 'won' "
        "join sales.employees e on e.id = o.owner_id and e.active "
        "order by o.closed_at, o.id limit %s", (LIMIT,)).fetchall()
    made: list[tuple[int, datetime]] = []
    for n, (deal_id, login, customer_id, title, closed_at) in enumerate(deals):
        conn.execute("savepoint demo_contract")
        try:
            cid = _make(conn, (deal_id, login, customer_id, title), PLAN[n % len(PLAN)])
        except psycopg.Error:   # e.g. a deal whose customer its owner no longer sees
            conn.execute("rollback to savepoint demo_contract")
            _as(conn, None)
            continue
        _as(conn, None)
        if cid is not None:
            made.append((cid, closed_at or datetime.now().astimezone()))
    _as(conn, None)
    _date_back(conn, made)
    return len(made)


def _date_back(conn: psycopg.Connection, made: list[tuple[int, datetime]]) -> None:
    """Each contract as of its deal's win: created three days before, signed that day, approved the
    next, for a year; then the numbers again by year of approval, in order (the counters follow)."""
    for cid, won in made:
        conn.execute(
            "update sales.contracts set created_at = %(made)s, signed_on = %(won)s::date, "
            "starts_on = %(won)s::date, ends_on = (%(won)s::date + interval '1 year')::date, "
            "approved_at = case when approved_at is not null then %(approved)s end where id = %(id)s",
            {"made": won - timedelta(days=3), "won": won, "approved": won + timedelta(days=1), "id": cid})
        conn.execute("update sales.contract_versions "
                     "set approved_at = %s + interval '1 day' * (amendment_no + 1) where contract_id = %s",
                     (won, cid))
    conn.execute("update sales.contracts set number = null where number is not null")
    conn.execute(
        "update sales.contracts c set number = 'HT-' || x.y || '-' || lpad(x.n::text, 6, '0') "
        "from (select id, extract(year from approved_at at time zone 'Asia/Shanghai')::integer as y, "
        "             row_number() over (partition by extract(year from approved_at at time zone "
        "                                'Asia/Shanghai') order by approved_at, id) as n "
        "      from sales.contracts where approved_at is not null) x where x.id = c.id")
    conn.execute("delete from private.contract_number_counters")
    conn.execute("insert into private.contract_number_counters (year, last) "
                 "select split_part(number, '-', 2)::integer, max(split_part(number, '-', 3)::integer) "
                 "from sales.contracts where number is not null group by 1")

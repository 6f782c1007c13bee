"""The demo's quotes (sql/0032), made from the demo's deals with product lines: every state — draft,
sent, expired (sent, validity passed), accepted (with its draft contract), declined, revised (an
earlier version kept under a later one) — and discounts above the rules' limit, approved (then
sent) or still waiting on the salesperson's superior. Rows are written as the API leaves them:
the quote's own triggers keep its totals and guard its status flow."""

from __future__ import annotations

from datetime import date, timedelta

import psycopg

STATES = ("draft", "sent", "accepted", "declined", "revised", "pending", "approved", "expired")


def _quote(conn: psycopg.Connection, deal: tuple, discount: int = 0, number: str | None = None,
           revision: int = 1, previous: int | None = None) -> int:
    deal_id, owner, customer, title, _created = deal
    valid_until = date.today() + timedelta(days=14 + deal_id % 40)  # still open (expired ones: below)
    row = conn.execute(
        "insert into sales.quotes (owner_id, customer_id, opportunity_id, title, valid_until, number, "
        "revision, previous_id) values (%s, %s, %s, %s, %s, coalesce(%s, private.next_quote_number()), "
        "%s, %s) returning id",
        (owner, customer, deal_id, title, valid_until, number, revision, previous)).fetchone()
    assert row is not None
    conn.execute("insert into sales.quote_lines (quote_id, product_id, quantity, unit_price, discount, "
                 "tax_rate) select %s, l.product_id, l.quantity, l.unit_price, greatest(l.discount, %s), "
                 "p.tax_rate * 100 from sales.opportunity_lines l "
                 "join sales.products p on p.id = l.product_id "
                 "where l.opportunity_id = %s order by l.id", (row[0], discount, deal_id))
    return int(row[0])


def _status(conn: psycopg.Connection, quote: int, status: str) -> None:
    conn.execute("update sales.quotes set status = %s, sent_at = coalesce(sent_at, updated_at), "
                 "decided_at = case when %s in ('accepted', 'declined') then now() end where id = %s",
                 (status, status, quote))


def _approval(conn: psycopg.Connection, quote: int, owner: int, decided: bool) -> None:
    """The discount's request as sql/0023's submit (and, when decided, the approval) leaves it."""
    superior = conn.execute("select private.approval_superior(%s, 1)", (owner,)).fetchone()
    if superior is None or superior[0] is None:
        return
    row = conn.execute(
        "insert into sales.approval_requests (type, record_kind, record_id, requester_id, rule_id, unit_id, "
        "amount, discount, summary, steps, step_no, state, decided_at) "
        "select 'discount', 'quote', q.id, q.owner_id, (select id from sales.approval_rules where type = "
        "'discount' order by priority desc limit 1), e.unit_id, q.total_amount, q.max_discount, "
        "q.number || ' v' || q.revision || ' · ' || c.name, 1, %s, %s, case when %s then now() end "
        "from sales.quotes q join sales.employees e on e.id = q.owner_id "
        "join sales.customers c on c.id = q.customer_id where q.id = %s returning id",
        (None if decided else 1, "approved" if decided else "pending", decided, quote)).fetchone()
    assert row is not None
    conn.execute("insert into sales.approval_approvers (request_id, round, step_no, mode, employee_id, "
                 "waiting, reached_at, decision, decided_at) "
                 "values (%s, 1, 1, 'any', %s, %s, now(), %s, case when %s then now() end)",
                 (row[0], superior[0], not decided, "approved" if decided else None, decided))
    conn.execute("insert into sales.approval_events (request_id, round, actor_id, action) "
                 "values (%s, 1, %s, 'submitted')", (row[0], owner))
    if decided:
        conn.execute("insert into sales.approval_events (request_id, round, step_no, actor_id, action, "
                     "comment) values (%s, 1, 1, %s, 'approved', '同意')", (row[0], superior[0]))
    conn.execute("update sales.quotes set approval = %s where id = %s",
                 ("approved" if decided else "pending", quote))


def load_quotes(conn: psycopg.Connection, limit: int = 64) -> int:
    """Quotes in every state from the first deals with lines; how many quote rows (versions)."""
    deals = conn.execute(
        "select o.id, o.owner_id, o.customer_id, o.title, o.created_at from sales.opportunities o "
        "where o.owner_id is not null and exists (select 1 from sales.opportunity_lines l "
        "where l.opportunity_id = o.id) order by o.id limit %s", (limit,)).fetchall()
    made = 0
    for i, deal in enumerate(deals):
        state = STATES[i % len(STATES)]
        discount = 22 if state in ("pending", "approved") else 0
        quote = _quote(conn, deal, discount)
        made += 1
        if state in ("pending", "approved"):
            _approval(conn, quote, deal[1], decided=state == "approved")
        if state in ("sent", "accepted", "declined", "revised", "approved", "expired"):
            _status(conn, quote, "sent")
        if state == "expired":
            conn.execute("set local session_replication_role = replica")  # time has passed
            conn.execute("update sales.quotes set valid_until = current_date - 3 where id = %s", (quote,))
            conn.execute("set local session_replication_role = origin")
        if state == "declined":
            _status(conn, quote, "declined")
        if state == "accepted":
            _accept(conn, quote)
        if state == "revised":
            number = conn.execute("select number from sales.quotes where id = %s", (quote,)).fetchone()
            _status(conn, quote, "revised")
            _quote(conn, deal, 5, number[0] if number else None, 2, quote)
            made += 1
    return made


def _accept(conn: psycopg.Connection, quote: int) -> None:
    """Accepted as api.quote_accept does: a draft contract with the quote's lines."""
    row = conn.execute("insert into sales.contracts (owner_id, customer_id, opportunity_id, title) "
                       "select owner_id, customer_id, opportunity_id, title from sales.quotes where id = %s "
                       "returning id", (quote,)).fetchone()
    assert row is not None
    conn.execute("insert into sales.contract_lines (contract_id, product_id, quantity, unit_price, "
                 "discount, tax_rate) select %s, product_id, quantity, unit_price, discount, tax_rate "
                 "from sales.quote_lines where quote_id = %s order by id", (row[0], quote))
    conn.execute("update sales.quotes set status = 'accepted', contract_id = %s, decided_at = now() "
                 "where id = %s", (row[0], quote))

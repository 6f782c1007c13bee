"""The money bench's approvals (issue 13 §9, "the approvals inbox of a busy approver"): requests on
contracts, discounts (quotes) and expenses, pending and decided, for one busy approver per level
(the supervisor and the manager the bench measures), from the people they stand above; then the
approvals page's reads as that approver: the inbox with its records' details and what they
submitted, each beside its statement run by the BYPASSRLS role.

Set-based, as the rest of the money generation, with the rows' own triggers on: the approver rows'
guard (an approver stands above the requester, sql/0023) checks every generated row. Each request
is on a record of its own, in the state its request says: a pending contract is submitted, a
rejected one rejected; an approved contract request is on one of the requester's approved bench
contracts (as many as there are; the rest become discounts), so the receivables do not change.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import psycopg

from salesdesk.admin.bench_data import progress
from salesdesk.admin.bench_pipeline import _pause
from salesdesk.services.approvals import INBOX_PAGE

PENDING = 400       # waiting on each busy approver
DECIDED = 3000      # decided by each busy approver, a quarter of them rejected
MARK = "B审批"       # the generated requests' summaries start with it (MARK<approver>-<n>)
BUSY_LEVELS = ("supervisor", "manager")  # whose measured person is the busy approver

# What the approvals page reads (services/approvals.py): the inbox's first page with how many wait,
# its expenses' details, and what the signed-in person submitted.
INBOX = f"select * from api.approvals_inbox(null, null, {INBOX_PAGE})"
WAITING = "select api.approvals_waiting()"
DETAILS = ("select id as record_id, category_name, category_name_en, customer_name "
           "from api.expense_rows(%(ids)s::bigint[])")
MINE = "select * from api.my_approval_requests(null)"
# The same rows as the BYPASSRLS role reads them: the functions' own queries (sql/0023) with the
# caller's id in place of private.require_employee().
BYPASS_INBOX = """
    select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name, r.summary, r.note, r.amount,
           r.discount, r.round, r.step_no, r.steps, a.mode, r.submitted_at, a.reached_at, r.version
    from sales.approval_approvers a
    join sales.approval_requests r on r.id = a.request_id
    join sales.employees e on e.id = r.requester_id
    where a.employee_id = %(me)s and a.waiting
    order by a.reached_at, a.request_id
    limit %(limit)s"""
BYPASS_MINE = """
    select r.id, r.type, r.record_kind, r.record_id, r.summary, r.note, r.amount, r.discount, r.state,
           r.round, r.step_no, r.steps, r.submitted_at, r.decided_at,
           (select string_agg(e.name, '、' order by e.name_sort) from sales.approval_approvers a
            join sales.employees e on e.id = a.employee_id where a.request_id = r.id and a.waiting),
           r.version
    from sales.approval_requests r
    where r.requester_id = %(me)s
    order by r.submitted_at desc, r.id desc
    limit 1000"""


def has_approvals(conn: psycopg.Connection) -> bool:
    row = conn.execute("select exists (select from sales.approval_requests where summary like %s)",
                       (MARK + "%",)).fetchone()
    return bool(row and row[0])


def generate(conn: psycopg.Connection, approvers: Iterable[int], pending: int = PENDING,
             decided: int = DECIDED) -> bool:
    """`pending` waiting and `decided` decided requests for each of `approvers`; False when a kept
    company has them already."""
    if has_approvals(conn):
        return False
    for approver in approvers:
        t = time.perf_counter()
        _plan(conn, approver, pending, decided)
        _records(conn, approver)
        _requests(conn, approver)
        conn.execute("drop table bench_approvals")
        conn.commit()
        progress(f"approval requests for employee {approver}: {pending:,} pending, {decided:,} decided", t)
    return True


def _plan(conn: psycopg.Connection, approver: int, pending: int, decided: int) -> None:
    """The requests to make, one row each: state, type, requester (someone the approver stands
    above, in turn), amount and times; the approved contract requests on existing contracts."""
    conn.execute(
        """
        create temp table bench_approvals as
        with reqs as (
            select array_agg(x.id order by x.id) ids
            from private.visibility_sets s cross join unnest(s.managed_ids) x (id)
                join sales.employees e on e.id = x.id
            where s.viewer_id = %(a)s and x.id <> %(a)s and e.active)
        select g.n, (array['contract', 'discount', 'expense'])[1 + g.n %% 3] as type,
               case when g.n <= %(p)s then 'pending' when g.n %% 4 = 0 then 'rejected' else 'approved' end
                   as state,
               reqs.ids[1 + g.n %% cardinality(reqs.ids)] as requester_id,
               round((1000 + random() * 99000)::numeric, 2) as amount,
               case when g.n <= %(p)s then now() - g.n * interval '17 minutes'
                    else now() - interval '30 days' - g.n * interval '3 hours' end as submitted_at,
               null::bigint as record_id
        from generate_series(1, %(p)s + %(d)s) g (n) cross join reqs
        where cardinality(reqs.ids) > 0  -- (nobody under them: no requests)""",
        {"a": approver, "p": pending, "d": decided},
    )
    conn.execute("""
        with want as (select n, row_number() over (order by n) k from bench_approvals
                      where type = 'contract' and state = 'approved'),
             have as (select c.id, c.owner_id, c.total_amount, row_number() over (order by c.id) k
                      from sales.contracts c
                      where c.number like 'BC%%' and c.status = 'approved'
                        and c.owner_id in (select requester_id from bench_approvals)
                        and not exists (select from sales.approval_requests r
                                        where r.type = 'contract' and r.record_id = c.id))
        update bench_approvals b set record_id = have.id, requester_id = have.owner_id,
                                     amount = have.total_amount
        from want join have using (k) where b.n = want.n""")
    conn.execute("update bench_approvals set type = 'discount' "
                 "where type = 'contract' and state = 'approved' and record_id is null")


def _records(conn: psycopg.Connection, approver: int) -> None:
    """A record of its own for every request but the approved contracts, in the request's state,
    owned by the requester; on a customer of theirs (any customer for those who own none)."""
    tag = f"BA{approver}-"
    customer = """
        coalesce((select c.id from sales.customers c where c.owner_id = b.requester_id order by c.id limit 1),
                 (select min(c.id) from sales.customers c))"""
    _pause(conn, "sales.contracts", "check_reference_customer_id check_reference_opportunity_id", on=False)
    conn.execute(
        f"""
        insert into sales.contracts (owner_id, customer_id, number, title, status, amount, tax_amount,
                                     total_amount)
        select b.requester_id, {customer}, %(tag)s || b.n, '审批基准合同' || b.n,
               case b.state when 'pending' then 'submitted' else 'rejected' end,
               round(b.amount / 1.13, 2), b.amount - round(b.amount / 1.13, 2), b.amount
        from bench_approvals b where b.type = 'contract' and b.record_id is null""",
        {"tag": tag},
    )
    _pause(conn, "sales.contracts", "check_reference_customer_id check_reference_opportunity_id", on=True)
    _pause(conn, "sales.quotes", "check_reference_customer_id check_reference_opportunity_id", on=False)
    conn.execute(
        f"""
        insert into sales.quotes (owner_id, customer_id, number, title, status, amount, tax_amount,
                                  total_amount, max_discount, approval, sent_at)
        select b.requester_id, {customer}, %(tag)s || b.n, '审批基准报价' || b.n, 'sent',
               round(b.amount / 1.13, 2), b.amount - round(b.amount / 1.13, 2), b.amount, 15, b.state,
               b.submitted_at
        from bench_approvals b where b.type = 'discount'""",
        {"tag": tag},
    )
    _pause(conn, "sales.quotes", "check_reference_customer_id check_reference_opportunity_id", on=True)
    triggers = "check_reference_customer_id check_reference_opportunity_id expense_rules"
    _pause(conn, "sales.expenses", triggers, on=False)
    conn.execute(
        f"""
        insert into sales.expenses (owner_id, spent_on, category, amount, customer_id, note, receipt_ref,
                                    status)
        select b.requester_id, b.submitted_at::date,
               (select min(code) from sales.expense_categories), round(b.amount / 100, 2), {customer},
               '审批基准费用' || b.n, %(tag)s || b.n,
               case b.state when 'pending' then 'submitted' else b.state end
        from bench_approvals b where b.type = 'expense'""",
        {"tag": tag},
    )
    _pause(conn, "sales.expenses", triggers, on=True)
    conn.execute(
        """
        update bench_approvals b set record_id = r.id
        from (select 'contract' as type, id, number as tag from sales.contracts where number like %(like)s
              union all
              select 'discount', id, number from sales.quotes where number like %(like)s
              union all
              select 'expense', id, receipt_ref from sales.expenses where receipt_ref like %(like)s) r
        where b.record_id is null and r.type = b.type and r.tag = %(tag)s || b.n""",
        {"tag": tag, "like": tag + "%"},
    )


def _requests(conn: psycopg.Connection, approver: int) -> None:
    """The requests, their one step naming the approver (waiting, or decided), and their trail."""
    mark = f"{MARK}{approver}-"
    conn.execute(
        """
        insert into sales.approval_requests (type, record_kind, record_id, requester_id, unit_id, amount,
                                             discount, summary, state, step_no, steps, submitted_at,
                                             decided_at, last_event_at)
        select b.type, t.kind, b.record_id, b.requester_id, e.unit_id, b.amount,
               case when b.type = 'discount' then 15 end, %(mark)s || b.n || ' ' || b.type, b.state,
               case when b.state = 'pending' then 1 end, 1, b.submitted_at,
               case when b.state <> 'pending' then b.submitted_at + interval '5 hours' end,
               b.submitted_at + case when b.state <> 'pending' then interval '5 hours' else interval '0' end
        from bench_approvals b join private.approval_types t on t.type = b.type
            join sales.employees e on e.id = b.requester_id
        order by b.n""",
        {"mark": mark},
    )
    conn.execute(
        """
        insert into sales.approval_approvers (request_id, round, step_no, mode, employee_id, waiting,
                                              reached_at, decision, decided_at)
        select r.id, 1, 1, 'any', %(a)s, r.state = 'pending', r.submitted_at, nullif(r.state, 'pending'),
               r.decided_at
        from sales.approval_requests r where r.summary like %(like)s order by r.id""",
        {"a": approver, "like": mark + "%"},
    )
    conn.execute(
        """
        insert into sales.approval_events (request_id, round, step_no, actor_id, action, at)
        select r.id, 1, null, r.requester_id, 'submitted', r.submitted_at
        from sales.approval_requests r where r.summary like %(like)s
        union all
        select r.id, 1, 1, %(a)s, r.state, r.decided_at
        from sales.approval_requests r where r.summary like %(like)s and r.state <> 'pending'""",
        {"a": approver, "like": mark + "%"},
    )


def counts(conn: psycopg.Connection) -> dict[str, int]:
    """How many requests wait on the signed-in person, and how many they submitted (up to the
    function's 1000)."""
    row = conn.execute(WAITING).fetchone()
    return {"inbox": int(row[0]) if row else 0, "mine": len(conn.execute(MINE).fetchall())}


def calls_for(conn: psycopg.Connection, bypass: psycopg.Connection,
              me: int) -> dict[str, Callable[[], object]]:
    """The approvals page's reads as `me` (services/approvals.inbox and my_requests), and the
    bypass statements of the inbox and of what I submitted."""
    def page() -> None:
        found = conn.execute(INBOX).fetchall()
        conn.execute(WAITING).fetchone()
        expenses = [r[3] for r in found if r[1] == "expense"]
        if expenses:
            conn.execute(DETAILS, {"ids": expenses}).fetchall()
        conn.execute(MINE).fetchall()

    waiting = conn.execute("select reached_at, id from api.approvals_inbox()").fetchall()
    last = waiting[max(len(waiting) - INBOX_PAGE - 1, 0)] if waiting else (None, None)
    return {
        "inbox": lambda: conn.execute(INBOX).fetchall(),
        "inbox last page": lambda: conn.execute(  # the page the table reads when scrolled to its end
            "select * from api.approvals_inbox(%s, %s, %s)", (*last, INBOX_PAGE)).fetchall(),
        "bypass inbox": lambda: bypass.execute(BYPASS_INBOX, {"me": me, "limit": INBOX_PAGE}).fetchall(),
        "mine": lambda: conn.execute(MINE).fetchall(),
        "bypass mine": lambda: bypass.execute(BYPASS_MINE, {"me": me}).fetchall(),
        "approvals page": page,
    }

"""The demo's sales expenses (sql/0030) over its twelve months: spent by each deal's owner on the
deal and its customer, in every state, with the approval requests, approvers and trail that
sql/0023's submit and decisions leave (the company's rules pick the approvers, as at a submit):
older ones decided (most approved, some rejected), recent ones waiting or still drafts.

Written on the demo loader's admin connection after the deals and the approval rules."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import psycopg

SEED = 2026
CATEGORIES = (("travel", "高铁往返及住宿", (300, 3000)), ("entertainment", "客户晚宴", (500, 12000)),
              ("gifts", "节日礼品", (200, 2000)), ("samples", "寄送样品", (100, 1500)),
              ("other", "资料印刷", (50, 600)))
REJECTION = "发票抬头不对，请重开后再提交"

DEALS = """
select o.id, o.owner_id, o.customer_id, o.created_at::date
from sales.opportunities o join sales.employees e on e.id = o.owner_id
where e.active order by o.id"""
REQUEST = """
insert into sales.approval_requests (type, record_kind, record_id, requester_id, rule_id, unit_id, amount,
                                     summary, state, step_no, steps, submitted_at, decided_at, last_event_at)
select 'expense', 'expense', %(expense)s, e.id, %(rule)s, e.unit_id, %(amount)s, %(summary)s, %(state)s,
       case when %(state)s = 'pending' then 1 end,
       (select count(*) from sales.approval_rule_steps s where s.rule_id = %(rule)s),
       %(at)s, case when %(state)s <> 'pending' then %(decided)s::timestamptz end,
       coalesce(%(decided)s::timestamptz, %(at)s::timestamptz)
from sales.employees e where e.id = %(owner)s returning id, steps"""
# the approvers of each step as the submit resolves them: named by the step, standing above the requester
STEP_PEOPLE = """
select s.step_no, s.mode, p
from sales.approval_rule_steps s
cross join lateral unnest(private.approval_step_people(s, %(owner)s)) p
where s.rule_id = %(rule)s and private.stands_above(p, %(owner)s) order by s.step_no, p"""
APPROVER = """
insert into sales.approval_approvers (request_id, round, step_no, mode, employee_id, waiting, reached_at,
                                      decision, decided_at)
values (%s, 1, %s, %s, %s, %s, %s, %s, %s)"""
EVENT = """
insert into sales.approval_events (request_id, round, step_no, actor_id, action, comment, at)
values (%s, 1, %s, %s, %s, %s, %s)"""


def _status(spent: date, today: date, rng: random.Random) -> str:
    """Recent expenses are drafts or wait; older ones are decided, a few rejected."""
    if (today - spent).days < 45:
        return rng.choice(("draft", "submitted", "submitted", "approved"))
    return rng.choices(("approved", "rejected", "draft"), weights=(80, 12, 8))[0]


def load_expenses(conn: psycopg.Connection, now: datetime | None = None, seed: int = SEED) -> int:
    """One or two expenses per deal of an active owner; how many were written."""
    rng = random.Random(seed)
    today = (now or datetime.now(UTC)).date()
    written = 0
    for deal, owner, customer, created in conn.execute(DEALS).fetchall():
        for _ in range(rng.choice((1, 1, 2))):
            code, note, (low, high) = rng.choice(CATEGORIES)
            spent = created + timedelta(days=rng.randint(0, max(0, min(120, (today - created).days))))
            amount = Decimal(rng.randint(low * 100, high * 100)) / 100
            status = _status(spent, today, rng)
            row = conn.execute(
                "insert into sales.expenses (owner_id, spent_on, category, amount, customer_id, "
                "opportunity_id, note, receipt_ref, status) "
                "values (%s, %s, %s, %s, %s, %s, %s, %s, %s) returning id",
                (owner, spent, code, amount, customer, deal if rng.random() < 0.8 else None, note,
                 f"FP{spent:%Y%m}{rng.randint(1000, 9999)}", status)).fetchone()
            assert row is not None
            written += 1
            if status != "draft":
                _request(conn, row[0], owner, amount, note, status, spent, rng)
    written += _waiting_on_managers(conn, today, rng)
    return written


# a salesperson of each team without an expense waiting past its supervisor's step (the draws above
# left the east region's manager with none about one time in three, depending on the hour the demo
# was made): their latest deal's client dinner, over the two-step limit
NO_MANAGER_WAITING = """
select distinct on (e.unit_id) o.id, o.owner_id, o.customer_id
from sales.opportunities o join sales.employees e on e.id = o.owner_id
join sales.employees s on s.id = e.manager_id
where e.active and s.manager_id is not null
  and not exists (select from sales.approval_requests r join sales.employees q on q.id = r.requester_id
                  where r.type = 'expense' and r.state = 'pending' and r.step_no > 1
                    and q.unit_id = e.unit_id)
order by e.unit_id, o.created_at desc, o.id"""


def _waiting_on_managers(conn: psycopg.Connection, today: date, rng: random.Random) -> int:
    """Every team's manager has an expense to decide past the supervisor's step; how many were added."""
    added = conn.execute(NO_MANAGER_WAITING).fetchall()
    for deal, owner, customer in added:
        spent, amount, note = today - timedelta(days=3), Decimal("6800.00"), "客户晚宴"
        receipt = f"FP{spent:%Y%m}{rng.randint(1000, 9999)}"
        row = conn.execute(
            "insert into sales.expenses (owner_id, spent_on, category, amount, customer_id, opportunity_id, "
            "note, receipt_ref, status) values (%s, %s, 'entertainment', %s, %s, %s, %s, %s, 'submitted') "
            "returning id", (owner, spent, amount, customer, deal, note, receipt)).fetchone()
        assert row is not None
        _request(conn, row[0], owner, amount, note, "submitted", spent, rng, past_first=True)
    return len(added)


def _request(conn: psycopg.Connection, expense: int, owner: int, amount: Decimal, note: str, status: str,
             spent: date, rng: random.Random, past_first: bool | None = None) -> None:
    """The request a submit raised and the decisions taken on it; no rule: approved at submit."""
    rule = conn.execute("select private.approval_rule_for('expense', %s, null, "
                        "(select unit_id from sales.employees where id = %s), null, %s)",
                        (amount, owner, expense)).fetchone()
    if rule is None or rule[0] is None:
        conn.execute("update sales.expenses set status = 'approved' where id = %s", (expense,))
        return
    now = datetime.now(UTC)
    at = min(datetime.combine(spent + timedelta(days=rng.randint(0, 3)), time(10), UTC),
             now - timedelta(hours=2))
    decided = min(at + timedelta(days=rng.randint(1, 4)), now - timedelta(hours=1))
    state = {"submitted": "pending"}.get(status, status)
    # a waiting request of two steps is, half the time, past its first (waiting on the manager)
    current = 2 if status == "submitted" and (rng.random() < 0.5 if past_first is None else past_first) else 1
    request, steps = conn.execute(REQUEST, {"expense": expense, "rule": rule[0], "amount": amount,
                                            "summary": note, "state": state, "at": at, "decided": decided,
                                            "owner": owner}).fetchone() or (None, 0)
    current = min(current, steps)
    conn.execute("update sales.approval_requests set step_no = %s where id = %s and state = 'pending'",
                 (current, request))
    conn.execute(EVENT, (request, None, owner, "submitted", None, at))
    for step, mode, person in conn.execute(STEP_PEOPLE, {"owner": owner, "rule": rule[0]}).fetchall():
        if status == "submitted":
            decision = "approved" if step < current else None
        else:
            decision = None if status == "rejected" and step > 1 else status
        waiting = status == "submitted" and step == current
        reached_now = step == 1 or status == "approved" or (status == "submitted" and step <= current)
        reached = at if reached_now else None
        conn.execute(APPROVER, (request, step, mode, person, waiting, reached, decision,
                                decided if decision else None))
        if decision:
            comment = REJECTION if decision == "rejected" else None
            conn.execute(EVENT, (request, step, person, decision, comment, decided))
    assert steps

"""The demo's expenses (salesdesk/admin/demo_expenses.py): every state over the twelve months,
each on its owner's deal and customer, each non-draft one with the request the rules give it
(approvers standing above the owner), and seen through the API by the owner's line only."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from salesdesk.admin.demo_data import PASSWORD
from salesdesk.db.urls import libpq_url, with_login
from tests.test_demo import load_into_new_database


@pytest.fixture(scope="module")
def demo(pg_admin_url: str) -> Iterator[tuple[str, str]]:
    database, url, _out = load_into_new_database(pg_admin_url)
    yield url, database + "_"


def test_expenses_in_every_state_over_the_months(demo: tuple[str, str]) -> None:
    url, _prefix = demo
    with psycopg.connect(libpq_url(url)) as conn:
        states = dict(conn.execute("select status, count(*) from sales.expenses group by 1").fetchall())
        months = conn.execute(
            "select count(distinct date_trunc('month', spent_on)) from sales.expenses"
        ).fetchone()
        wrong_owner = conn.execute(
            "select count(*) from sales.expenses x "
            "left join sales.opportunities o on o.id = x.opportunity_id "
            "join sales.customers c on c.id = x.customer_id "
            "where (o.id is not null and (o.owner_id <> x.owner_id or o.customer_id <> x.customer_id))"
        ).fetchone()
        # a request for every expense past draft that a rule covers, in the matching state
        mismatched = conn.execute(
            "select count(*) from sales.expenses x join sales.approval_requests r "
            "on r.type = 'expense' and r.record_id = x.id where r.state <> case x.status "
            "when 'submitted' then 'pending' else x.status end"
        ).fetchone()
        unrequested = conn.execute(
            "select count(*) from sales.expenses x where x.status <> 'draft' and not exists "
            "(select 1 from sales.approval_requests r where r.type = 'expense' and r.record_id = x.id)"
        ).fetchone()
        not_above = conn.execute(
            "select count(*) from sales.approval_approvers a "
            "join sales.approval_requests r on r.id = a.request_id "
            "where r.type = 'expense' and not private.stands_above(a.employee_id, r.requester_id)"
        ).fetchone()
        unwaited = conn.execute(
            "select count(*) from sales.approval_requests r where r.type = 'expense' and r.state = 'pending' "
            "and not exists (select 1 from sales.approval_approvers a where a.request_id = r.id "
            "and a.waiting and a.step_no = r.step_no)").fetchone()
        big_two_steps = conn.execute(
            "select bool_and(r.steps = 2) from sales.approval_requests r "
            "where r.type = 'expense' and r.amount > 5000"
        ).fetchone()
    assert set(states) == {"draft", "submitted", "approved", "rejected"}
    assert months is not None and months[0] >= 10
    assert wrong_owner == (0,) and mismatched == (0,) and unrequested == (0,) and not_above == (0,)
    assert big_two_steps == (True,) and unwaited == (0,)


def test_the_owner_and_their_line_see_an_expense_and_a_peer_does_not(demo: tuple[str, str]) -> None:
    url, prefix = demo

    def seen(login: str) -> set[int]:
        with psycopg.connect(with_login(url, prefix + login, PASSWORD)) as conn:
            return {r[0] for r in conn.execute("select id from api.expenses")}

    with psycopg.connect(libpq_url(url)) as conn:
        mine = {
            r[0]
            for r in conn.execute(
                "select x.id from sales.expenses x join sales.employees e on e.id = x.owner_id "
                "where e.login = %s",
                (prefix + "sales_sh1",),
            )
        }
        waiting = conn.execute(
            "select count(*) from sales.approval_approvers a join sales.employees e on e.id = a.employee_id "
            "where e.login = %s and a.waiting",
            (prefix + "sup_sh",),
        ).fetchone()
    assert mine and seen("sales_sh1") == mine
    assert mine <= seen("sup_sh") and mine <= seen("mgr_east") and mine <= seen("director")
    assert not mine & seen("sales_sh2")
    assert waiting is not None and waiting[0] > 0  # the supervisor's inbox has expenses to decide
    with psycopg.connect(with_login(url, prefix + "mgr_east", PASSWORD)) as conn:
        inbox = conn.execute("select count(*) from api.approvals_inbox() where type = 'expense'").fetchone()
    assert inbox is not None and inbox[0] > 0  # and the manager's, past a supervisor's step

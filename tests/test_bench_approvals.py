"""The money bench's approvals (salesdesk/admin/bench_approvals.py) at a small scale: a busy
supervisor and manager get their pending and decided requests from the people they stand above,
each on a record of its own in the request's state; the API's inbox shows each approver what waits
on them and nobody else's inbox shows it; the requesters see what they submitted."""

from __future__ import annotations

from collections import Counter

import pytest

from salesdesk.admin import bench_approvals
from tests.factories import Company, approved_contract, build_small_company

INBOX = "select id, summary, requester_id from api.approvals_inbox()"


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def test_the_busy_approvers_have_their_requests_and_nobody_else_sees_them(co: Company) -> None:
    with co.admin() as conn:
        mine = approved_contract(co, conn, "sp_e1a", "BC00000001")  # an approved bench contract
        conn.execute("update sales.contracts set number = 'BC00000001' where id = %s", (mine,))
        conn.commit()
        busy = [co.people["sup_e1"], co.people["mgr_e"]]
        assert bench_approvals.generate(conn, busy, pending=7, decided=20)
        assert not bench_approvals.generate(conn, busy, pending=7, decided=20)  # kept: once
        rows = conn.execute(
            "select a.employee_id, r.type, r.state, r.requester_id, r.record_id, a.waiting, a.decision "
            "from sales.approval_requests r join sales.approval_approvers a on a.request_id = r.id"
        ).fetchall()
        states = conn.execute("""
            select r.state, case r.type when 'contract' then c.status when 'discount' then q.approval
                                        else x.status end
            from sales.approval_requests r
                left join sales.contracts c on r.type = 'contract' and c.id = r.record_id
                left join sales.quotes q on r.type = 'discount' and q.id = r.record_id
                left join sales.expenses x on r.type = 'expense' and x.id = r.record_id""").fetchall()
    assert len(rows) == 2 * 27
    for approver in busy:
        theirs = [r for r in rows if r[0] == approver]
        assert Counter(r[2] for r in theirs) == {"pending": 7, "approved": 15, "rejected": 5}
        assert {r[1] for r in theirs} == {"contract", "discount", "expense"}
        for r in theirs:  # waiting while pending, else decided as the request
            assert r[5] == (r[2] == "pending") and r[6] == (None if r[2] == "pending" else r[2])
    team = {co.people[k] for k in ("sp_e1a", "sp_e1b", "asst_e1")}
    assert {r[3] for r in rows if r[0] == co.people["sup_e1"]} == team
    assert {r[3] for r in rows if r[0] == co.people["mgr_e"]} > team  # the manager's whole subtree
    assert ("contract", mine) in {(r[1], r[4]) for r in rows if r[2] == "approved"}
    # each record in its request's state (a pending quote's discount is pending, the rest submitted)
    assert set(states) <= {("pending", "submitted"), ("pending", "pending"), ("approved", "approved"),
                           ("rejected", "rejected")}
    assert len(states) == 2 * 27
    for key, approver in (("sup_e1", "sup_e1"), ("mgr_e", "mgr_e")):
        inbox = co.call(key, INBOX)
        assert len(inbox) == 7 and all(s.startswith(f"{bench_approvals.MARK}{co.people[approver]}-")
                                      for _, s, _ in inbox)
    for key in ("sp_e1a", "sp_e1b", "sup_e2", "sp_e2a", "mgr_n", "sup_n1", "sp_n1a", "director", "asst_e1"):
        assert co.call(key, INBOX) == [], key
    submitted = co.call("sp_e1a", "select count(*), count(*) filter (where waiting_on is not null) "
                                  "from api.my_approval_requests(null)")
    assert submitted[0][0] > 0 and submitted[0][1] > 0

"""Approvals as data (sql/0023): rules, requests, decisions, the inbox and the trail, on a scratch
kind plugged in with one declaration (tests/scratch_kinds.py `t_item`, whose hook flips the item's
status), and the attacks of issue 13 §7: approving one's own, a peer's or a superior's request,
deciding a step not reached or already decided, withdrawing someone else's, reading another's
trail, learning of requests through the change feed or EXPLAIN. Two approvers deciding at once
are tested with two connections."""

from __future__ import annotations

import json
import threading
from typing import Any

import psycopg
import pytest

from salesdesk.admin import users
from tests.factories import Company, build_small_company
from tests.rls_support import outcome
from tests.scratch_kinds import declare_scratch_approvals


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory())
    declare_scratch_approvals(c)
    return c


def add_rule(co: Company, steps: list[dict[str, Any]], **conditions: Any) -> int:
    rule = {"type": "t_item", "name": conditions.pop("name", "测试规则"), "steps": steps, **conditions}
    return co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(rule),))[0][0]


def add_item(co: Company, owner: str, amount: int = 0, discount: int = 0) -> int:
    with co.admin() as conn:
        row = conn.execute("insert into sales.t_items (holder_id, title, amount, discount) "
                           "values (%s, '测试单', %s, %s) returning id",
                           (co.people[owner], amount, discount)).fetchone()
        conn.commit()
    assert row
    return row[0]


def submit(co: Company, key: str, item: int) -> int | None:
    return co.call(key, "select api.t_item_submit(%s)", (item,))[0][0]


def status(co: Company, item: int) -> str:
    with co.admin() as conn:
        row = conn.execute("select status from sales.t_items where id = %s", (item,)).fetchone()
    assert row
    return row[0]


def attempt(co: Company, key: str, query: str, params: tuple = ()) -> str | None:
    """The SQLSTATE the call fails with as `key` (None: it succeeded; rolled back either way)."""
    with co.connect(key) as conn:
        got = outcome(conn, query, params)
    return None if got.ok else got.sqlstate


def inbox(co: Company, key: str) -> list[int]:
    return [r[0] for r in co.call(key, "select id from api.approvals_inbox()")]


DECIDE = "select api.approval_decide(%s, %s, %s)"
SUPERIOR = {"approver": "superior", "levels": 1}


def test_no_rule_means_no_approval(co: Company) -> None:
    add_rule(co, [SUPERIOR], min_discount=10)
    item = add_item(co, "sp_e1a", discount=5)
    assert submit(co, "sp_e1a", item) is None
    assert status(co, item) == "approved"
    assert co.call("sp_e1a", "select count(*) from api.my_approval_requests()") == [(0,)]


def test_a_discount_goes_to_the_direct_superior_and_is_approved(co: Company) -> None:
    add_rule(co, [SUPERIOR], min_discount=10)
    item = add_item(co, "sp_e1a", discount=15)
    req = submit(co, "sp_e1a", item)
    assert req and status(co, item) == "submitted"
    assert inbox(co, "sup_e1") == [req]
    assert inbox(co, "mgr_e") == inbox(co, "sp_e1a") == []
    mine = co.call("sp_e1a", "select state, waiting_on from api.my_approval_requests()")
    assert mine == [("pending", "张主管")]
    assert co.call("sup_e1", DECIDE, (req, True, "同意")) == [("approved",)]
    assert status(co, item) == "approved"
    assert inbox(co, "sup_e1") == []
    trail = co.call("sp_e1a", "select round, step_no, action, actor_name, comment "
                              "from api.approval_trail(%s)", (req,))
    assert trail == [(1, None, "submitted", "赵一", None), (1, 1, "approved", "张主管", "同意")]


@pytest.mark.parametrize(("key", "expected"), [
    ("sp_e1a", "SDA01"),    # one's own request
    ("sp_e1b", "P0002"),    # a peer: does not even see it
    ("asst_e1", "SDA01"),   # the assistant beside them (her scope is the unit: she reads it)
    ("mgr_e", "SDA01"),     # sees it (scope) but is not its approver
    ("sp_n1a", "P0002"),    # another region
    ("outsider", "42501"),
])
def test_only_the_waiting_approver_decides(co: Company, key: str, expected: str) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    for approve, comment in ((True, None), (False, "不行")):
        assert attempt(co, key, DECIDE, (req, approve, comment)) == expected
    state = co.call("sup_e1", "select state from api.approval_requests where id = %s", (req,))
    assert state == [("pending",)]


def test_a_superiors_request_is_not_decided_below(co: Company) -> None:
    """A rule naming a subordinate of the requester: the submit is refused (SDA02), not the
    subordinate made an approver."""
    add_rule(co, [{"approver": "people", "employee_ids": [co.people["sp_e1a"]]}])
    item = add_item(co, "sup_e1")
    assert attempt(co, "sup_e1", "select api.t_item_submit(%s)", (item,)) == "SDA02"
    assert status(co, item) == "draft"


def test_a_rule_naming_a_peer_leaves_the_peer_out(co: Company) -> None:
    add_rule(co, [{"approver": "people", "employee_ids": [co.people["sp_e1b"], co.people["mgr_e"],
                                                        co.people["sp_e1a"]], "mode": "all"}])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    assert inbox(co, "mgr_e") == [req]
    assert inbox(co, "sp_e1b") == inbox(co, "sp_e1a") == []
    assert co.call("mgr_e", DECIDE, (req, True, None)) == [("approved",)]  # 会签 of the eligible only


def test_an_approver_row_naming_a_peer_is_refused_whatever_writes_it(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    with co.admin() as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("set role salesdesk_owner")
        conn.execute("insert into sales.approval_approvers "
                     "(request_id, round, step_no, mode, employee_id, waiting, reached_at) "
                     "values (%s, 1, 1, 'any', %s, true, now())", (req, co.people["sp_e1b"]))
    assert err.value.sqlstate == "SDA02"


def test_the_guard_holds_when_the_org_changes_after_the_submit(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    item = add_item(co, "sp_e1a")
    req = submit(co, "sp_e1a", item)
    with co.admin() as conn:  # the requester moves to the other team: her old supervisor is a stranger now
        conn.execute("update sales.employees set manager_id = %s, unit_id = %s where id = %s",
                     (co.people["sup_e2"], co.units["EAST_T2"], co.people["sp_e1a"]))
        conn.commit()
    # still an approver row, no longer above her
    assert attempt(co, "sup_e1", DECIDE, (req, True, None)) == "SDA02"
    assert status(co, item) == "submitted"


def test_steps_in_sequence_and_a_countersigned_step(co: Company) -> None:
    """Superior two levels up, then the director's position and the East manager together (会签)."""
    add_rule(co, [{"approver": "superior", "levels": 2},
                  {"approver": "people", "employee_ids": [co.people["director"], co.people["sup_e1"]],
                   "mode": "all"}], min_amount=500000)
    item = add_item(co, "sp_e1a", amount=600000)
    req = submit(co, "sp_e1a", item)
    assert inbox(co, "mgr_e") == [req]
    assert inbox(co, "director") == inbox(co, "sup_e1") == []
    assert attempt(co, "director", DECIDE, (req, True, None)) == "SDA01"   # step 2 not reached yet
    assert co.call("mgr_e", DECIDE, (req, True, None)) == [("pending",)]
    assert attempt(co, "mgr_e", DECIDE, (req, True, None)) == "SDA01"      # already decided
    assert inbox(co, "director") == inbox(co, "sup_e1") == [req]
    assert co.call("director", DECIDE, (req, True, "可以")) == [("pending",)]
    assert status(co, item) == "submitted"
    assert co.call("sup_e1", DECIDE, (req, True, None)) == [("approved",)]
    assert status(co, item) == "approved"
    assert attempt(co, "sup_e1", DECIDE, (req, False, "反悔")) == "SDA01"


def test_vacancies_are_skipped_upward_and_positions_resolve_to_the_nearest_unit(co: Company) -> None:
    with co.admin() as conn:
        conn.execute("update sales.employees set active = false where id = %s", (co.people["sup_e1"],))
        director_position = conn.execute("select position_id from sales.employees where id = %s",
                                         (co.people["director"],)).fetchone()
        conn.commit()
    assert director_position
    add_rule(co, [SUPERIOR, {"approver": "position", "position_id": director_position[0]}])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    assert inbox(co, "mgr_e") == [req]   # the vacant supervisor is skipped
    assert co.call("mgr_e", DECIDE, (req, True, None)) == [("pending",)]
    assert inbox(co, "director") == [req]


def test_the_first_matching_rule_by_priority_applies(co: Company) -> None:
    add_rule(co, [{"approver": "superior", "levels": 2}], name="大折扣", priority=10, min_discount=20)
    add_rule(co, [SUPERIOR], name="折扣", priority=20, min_discount=10)
    add_rule(co, [SUPERIOR], name="华北", priority=5, unit_id=co.units["NORTH"])
    small = submit(co, "sp_e1a", add_item(co, "sp_e1a", discount=12))
    big = submit(co, "sp_e1a", add_item(co, "sp_e1a", discount=25))
    assert inbox(co, "sup_e1") == [small]
    assert inbox(co, "mgr_e") == [big]
    north = submit(co, "sp_n1a", add_item(co, "sp_n1a"))
    assert inbox(co, "sup_n1") == [north]


def test_reject_needs_a_comment_and_resubmit_is_a_new_round(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    item = add_item(co, "sp_e1a")
    req = submit(co, "sp_e1a", item)
    assert attempt(co, "sup_e1", DECIDE, (req, False, "  ")) == "SDA03"
    assert co.call("sup_e1", DECIDE, (req, False, "价格太低")) == [("rejected",)]
    assert status(co, item) == "rejected"
    assert submit(co, "sp_e1a", item) == req
    assert attempt(co, "sp_e1a", "select api.t_item_submit(%s)", (item,)) == "SDA05"   # already pending
    assert co.call("sup_e1", DECIDE, (req, True, None)) == [("approved",)]
    trail = co.call("sp_e1a", "select round, action from api.approval_trail(%s)", (req,))
    assert trail == [(1, "submitted"), (1, "rejected"), (2, "submitted"), (2, "approved")]


def test_withdraw_only_ones_own_and_only_before_the_decision(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    item = add_item(co, "sp_e1a")
    req = submit(co, "sp_e1a", item)
    withdraw = "select api.approval_withdraw(%s, '撤回')"
    assert attempt(co, "sup_e1", withdraw, (req,)) == "42501"
    assert attempt(co, "sp_e1b", withdraw, (req,)) == "P0002"
    co.call("sp_e1a", withdraw, (req,))
    assert status(co, item) == "draft"
    assert inbox(co, "sup_e1") == []
    assert attempt(co, "sp_e1a", withdraw, (req,)) == "SDA04"
    assert attempt(co, "sup_e1", DECIDE, (req, True, None)) == "SDA01"


def test_a_request_stays_with_its_requester(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    transfer = "select api.record_transfer('approval_request', %s, %s, '调整')"
    assert attempt(co, "sup_e1", transfer, (req, co.people["sup_e1"])) == "SDA06"
    assert attempt(co, "sp_e1a", transfer, (req, co.people["sp_e1b"])) == "SDA06"


def test_a_leavers_requests_go_to_whoever_takes_the_records(co: Company) -> None:
    """`user leave` (no employee session) hands the request on with the records; the guard then
    keeps a successor who is its approver from deciding it."""
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    with co.admin() as conn:
        users.leave(conn, co.login("sp_e1a"), co.login("sup_e1"))
    with co.admin() as conn:
        assert conn.execute("select requester_id from sales.approval_requests where id = %s",
                            (req,)).fetchone() == (co.people["sup_e1"],)
    assert attempt(co, "sup_e1", DECIDE, (req, True, None)) == "SDA02"
    co.call("sup_e1", "select api.approval_withdraw(%s)", (req,))


def test_comments_by_the_requester_and_the_approvers_only(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    comment = "select api.approval_comment(%s, '请尽快')"
    co.call("sp_e1a", comment, (req,))
    co.call("sup_e1", comment, (req,))
    assert attempt(co, "mgr_e", comment, (req,)) == "42501"
    assert attempt(co, "sp_e1b", comment, (req,)) == "P0002"
    assert [r[0] for r in co.call("sup_e1", "select action from api.approval_trail(%s)", (req,))] == [
        "submitted", "commented", "commented", "waiting"]


def test_others_read_nothing_of_a_request(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    for key in ("sp_e1b", "sp_n1a", "sup_e2", "mgr_n"):
        assert co.call(key, "select count(*) from api.approval_trail(%s)", (req,)) == [(0,)], key
        assert co.call(key, "select count(*) from api.approval_requests") == [(0,)], key
        assert co.call(key, "select count(*) from api.approval_request_list()") == [(0,)], key
        assert inbox(co, key) == [], key
        assert co.call(key, "select count(*) from api.my_approval_requests()") == [(0,)], key
    for key in ("sup_e1", "mgr_e", "director"):
        assert co.call(key, "select count(*) from api.approval_requests") == [(1,)], key


def test_the_change_feed_rings_for_the_approver_only(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    keys = ("sup_e1", "sp_e1b", "sp_n1a")
    heads = {k: co.call(k, "select max(head) from api.changes_since(0)")[0][0] for k in keys}
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    about = co.call("sup_e1", "select root_kind, root_id, about_me from api.changes_since(%s) "
                              "where root_kind = 'approval_request'", (heads["sup_e1"],))
    assert ("approval_request", req, True) in about
    for key in ("sp_e1b", "sp_n1a"):
        seen = co.call(key, "select kind, root_kind from api.changes_since(%s) where seq is not null",
                       (heads[key],))
        assert not [r for r in seen if "approval" in r[0] or "approval" in r[1] or "t_item" in r[0]], key


def test_the_inbox_reads_in_pages_from_a_cursor_and_counts_what_waits(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    reqs = [submit(co, key, add_item(co, key)) for key in ("sp_e1a", "sp_e1b") * 4]
    whole = co.call("sup_e1", "select reached_at, id from api.approvals_inbox()")
    assert [r[1] for r in whole] == reqs  # the longest-waiting first
    pages, after = [], (None, None)
    while True:
        page = co.call("sup_e1", "select reached_at, id from api.approvals_inbox(%s, %s, 3)", after)
        if not page:
            break
        pages.append(len(page))
        assert page == whole[sum(pages) - len(page):sum(pages)]
        after = page[-1]
    assert pages == [3, 3, 2]
    assert co.call("sup_e1", "select api.approvals_waiting()") == [(8,)]
    # two requests reach the supervisor on the same instant: the id orders them, none is skipped
    with co.admin() as conn:
        conn.execute("update sales.approval_approvers set reached_at = '2026-01-01' "
                     "where request_id = any (%s)", (reqs[2:4],))
        conn.commit()
    first = co.call("sup_e1", "select id from api.approvals_inbox(null, null, 1)")
    rest = co.call("sup_e1", "select id from api.approvals_inbox('2026-01-01', %s, 10)", (reqs[2],))
    assert [r[0] for r in first + rest] == [reqs[2], reqs[3], *reqs[:2], *reqs[4:]]
    co.call("sup_e1", DECIDE, (reqs[0], True, None))
    assert co.call("sup_e1", "select api.approvals_waiting()") == [(7,)]
    for key in ("sp_e1a", "sup_e2", "mgr_e", "director"):  # it waits on the supervisor only
        assert co.call(key, "select api.approvals_waiting()") == [(0,)], key
        assert co.call(key, "select id from api.approvals_inbox(null, null, 5)") == [], key
        assert co.call(key, "select id from api.approvals_inbox('2000-01-01', 0, 5)") == [], key
    for args in ("null, null, 0", "null, null, 1001", "null, 5, 10", "now(), null, 10",
                 "'infinity', 1, 10", "null, null, null"):
        assert attempt(co, "sup_e1", f"select * from api.approvals_inbox({args})") == "SD005", args
    # a waiting approver row has the time its step reached it (the inbox's order and cursor)
    with co.admin() as conn:
        got = outcome(conn, "update sales.approval_approvers set reached_at = null where request_id = %s "
                            "and waiting", (reqs[1],))
    assert got.sqlstate == "23514"


def test_explain_of_the_approval_reads_is_refused(co: Company) -> None:
    add_rule(co, [SUPERIOR])
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    for query in ("explain analyze select * from api.approvals_inbox()",
                  "explain analyze select api.approvals_waiting()",
                  f"explain analyze select * from api.approval_trail({req})",
                  "explain analyze select * from api.my_approval_requests()"):
        assert attempt(co, "sp_e1b", query) == "42501", query


def test_rules_need_the_permission(co: Company) -> None:
    rule = json.dumps({"type": "t_item", "name": "x", "steps": [SUPERIOR]})
    for key in ("sp_e1a", "sup_e1", "mgr_e", "director"):
        assert attempt(co, key, "select api.approval_rule_save(null, null, %s)", (rule,)) == "42501", key
    rid = add_rule(co, [SUPERIOR], min_amount=1000)
    assert co.call("sp_e1a", "select name, min_amount, steps from api.approval_rules()") == [
        ("测试规则", 1000, [{"step_no": 1, "approver": "superior", "levels": 1, "mode": "any"}])]
    bad = json.dumps({"type": "t_item", "name": "x", "steps": [{"approver": "superior"}]})
    assert attempt(co, "admin", "select api.approval_rule_save(null, null, %s)", (bad,)) == "23514"
    assert attempt(co, "admin", "select api.approval_rule_save(%s, 99, %s)", (rid, rule)) == "SD002"
    with co.connect("admin") as conn:
        conn.execute("select api.approval_rule_save(%s, 1, %s)", (rid, rule))


def two_decisions_at_once(co: Company, req: int, first: str, second: str) -> str:
    """`first` decides and holds its transaction open while `second` decides: the second waits on
    the request's row lock, then decides on what the first committed. The second's answer (its
    result or SQLSTATE); both commit."""
    result: dict[str, str] = {}
    with co.connect(first) as a, co.connect(second) as b:
        a.execute(DECIDE, (req, True, None))
        pid = b.execute("select pg_backend_pid()").fetchone()
        b.commit()
        assert pid

        def run() -> None:
            try:
                result["b"] = b.execute(DECIDE, (req, True, None)).fetchone()[0]  # type: ignore[index]
                b.commit()
            except psycopg.Error as e:
                result["b"] = e.sqlstate or ""
                b.rollback()

        t = threading.Thread(target=run)
        t.start()
        with co.admin(autocommit=True) as admin:  # wait until the second is blocked on the lock
            for _ in range(1000):
                row = admin.execute("select wait_event_type from pg_stat_activity where pid = %s",
                                    (pid[0],)).fetchone()
                if row and row[0] == "Lock":
                    break
                threading.Event().wait(0.01)
            else:
                a.rollback()
                t.join(10)
                raise AssertionError("the second decision did not wait for the first")
        a.commit()
        t.join(10)
    return result["b"]


def test_two_countersigners_at_once_complete_the_step(co: Company) -> None:
    add_rule(co, [{"approver": "people", "employee_ids": [co.people["sup_e1"], co.people["mgr_e"]],
                   "mode": "all"}])
    item = add_item(co, "sp_e1a")
    req = submit(co, "sp_e1a", item)
    assert two_decisions_at_once(co, req, "sup_e1", "mgr_e") == "approved"
    assert status(co, item) == "approved"


def test_two_approvers_of_an_any_step_at_once_decide_once(co: Company) -> None:
    add_rule(co, [{"approver": "people", "employee_ids": [co.people["sup_e1"], co.people["mgr_e"]]}])
    item = add_item(co, "sp_e1a")
    req = submit(co, "sp_e1a", item)
    assert two_decisions_at_once(co, req, "sup_e1", "mgr_e") == "SDA01"
    assert status(co, item) == "approved"
    approved = co.call("sp_e1a", "select count(*) from api.approval_trail(%s) "
                                 "where action = 'approved'", (req,))
    assert approved == [(1,)]

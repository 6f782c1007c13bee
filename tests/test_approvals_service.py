"""The approvals services on the real database (sql/0023 on the scratch kind `t_item`): the
inbox, what I submitted, the trail, approve / reject / comment / withdraw, the rules, and the
errors a user reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesdesk.services import approval_rules, approvals
from salesdesk.services.approval_types import ApprovalRule, RuleStep
from salesdesk.services.errors import (
    ApprovalError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    domain_error_from,
)
from tests.factories import Company, build_small_company
from tests.scratch_kinds import declare_scratch_approvals
from tests.test_approvals import add_item, status, submit


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory())
    declare_scratch_approvals(c)
    return c


def test_rules_are_saved_and_read_back_by_everyone(co: Company, as_user) -> None:
    rule = ApprovalRule(type="t_item", name=" 大额 ", min_amount=Decimal("500000.00"),
                        steps=(RuleStep("superior", levels=2),
                               RuleStep("people", mode="all", employee_ids=(co.people["director"],))))
    rid = approval_rules.save_rule(as_user("admin"), rule)
    got = approval_rules.list_rules(as_user("sp_e1a"))
    assert [(r.id, r.name, r.min_amount, r.steps) for r in got] == [
        (rid, "大额", Decimal("500000.00"), rule.steps)]
    with pytest.raises(PermissionDeniedError):
        approval_rules.save_rule(as_user("director"), rule)
    with pytest.raises(ValidationError):
        approval_rules.save_rule(as_user("admin"), ApprovalRule(type="t_item", name="x", steps=()))
    with pytest.raises(ValidationError):
        approval_rules.save_rule(as_user("admin"), ApprovalRule(type="t_item", name="x",
                                                                steps=(RuleStep("superior"),)))


def test_inbox_decisions_and_trail(co: Company, as_user) -> None:
    approval_rules.save_rule(as_user("admin"), ApprovalRule(
        type="t_item", name="折扣", min_discount=Decimal(10), steps=(RuleStep("superior", levels=1),)))
    item = add_item(co, "sp_e1a", discount=12)
    req = submit(co, "sp_e1a", item)
    sup, mine = as_user("sup_e1"), as_user("sp_e1a")
    [waiting] = approvals.inbox(sup).rows
    assert (waiting.id, waiting.requester_name, waiting.discount, waiting.mode) == (
        req, "赵一", Decimal("12.00"), "any")
    [submitted] = approvals.my_requests(mine)
    assert (submitted.state, submitted.waiting_on) == ("pending", "张主管")
    with pytest.raises(ValidationError):
        approvals.reject(sup, waiting.id, "   ")
    with pytest.raises(ApprovalError):
        approvals.approve(mine, req)             # one's own
    with pytest.raises(NotFoundError):
        approvals.approve(as_user("sp_e1b"), req)   # a peer's: hidden
    approvals.comment(mine, req, "客户很重要")
    assert approvals.reject(sup, req, "折扣过大") == "rejected"
    assert status(co, item) == "rejected"
    assert approvals.inbox(sup).rows == []
    assert [(e.action, e.actor_name, e.comment) for e in approvals.trail(mine, req)] == [
        ("submitted", "赵一", None), ("commented", "赵一", "客户很重要"), ("rejected", "张主管", "折扣过大")]
    assert approvals.trail(as_user("sp_n1a"), req) == []
    submit(co, "sp_e1a", item)
    approvals.withdraw(mine, req, "改价后再提")
    assert status(co, item) == "draft"
    with pytest.raises(ApprovalError) as err:
        approvals.withdraw(mine, req)
    assert "already decided" in str(err.value)


def test_a_rule_nobody_can_decide_names_its_rule_and_step(co: Company, as_user) -> None:
    approval_rules.save_rule(as_user("admin"), ApprovalRule(
        type="t_item", name="同事审批", steps=(RuleStep("people", employee_ids=(co.people["sp_e1b"],)),)))
    item = add_item(co, "sp_e1a")
    with pytest.raises(Exception) as err:
        submit(co, "sp_e1a", item)
    assert getattr(err.value, "sqlstate", None) == "SDA02"
    text = str(domain_error_from(err.value))
    assert "同事审批" in text and "step 1" in text


def test_a_peer_listening_hears_an_empty_doorbell_only(co: Company, as_user) -> None:
    """LISTEN is open to every login: a decision rings the doorbell with no payload, so a peer
    learns that something changed somewhere, never which request or whose."""
    from salesdesk.services.live import DOORBELL

    approval_rules.save_rule(as_user("admin"), ApprovalRule(
        type="t_item", name="x", steps=(RuleStep("superior", levels=1),)))
    req = submit(co, "sp_e1a", add_item(co, "sp_e1a"))
    assert req
    with co.connect("sp_e1b", autocommit=True) as peer:
        peer.execute(f"listen {DOORBELL}")
        approvals.approve(as_user("sup_e1"), req)
        heard = list(peer.notifies(timeout=2, stop_after=1))
    assert [(n.channel, n.payload) for n in heard] == [(DOORBELL, "")]

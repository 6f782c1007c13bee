"""An expense's category as a condition of the approval rules (sql/0038, issue 13 §2/§5): two
rules differing by category route two expenses to different approvers, an expense of a category
no rule names needs no approval, and a rule without categories applies to every category. The
services save and read the condition; a rule of another type or an unknown code is refused."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from salesdesk.services import approval_rules, expenses
from salesdesk.services.approval_types import ApprovalRule, RuleStep
from salesdesk.services.errors import ValidationError
from tests.factories import Company, build_small_company


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory(), deals=True)


def rule(co: Company, name: str, priority: int, levels: int, categories: list[str] | None) -> None:
    body = {"type": "expense", "name": name, "priority": priority, "expense_categories": categories,
            "steps": [{"approver": "superior", "levels": levels}]}
    co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(body),))


def submitted(co: Company, category: str) -> tuple[str, list[int]]:
    """sp_e1a spends 300 on `category` and submits: the status and who the request waits on."""
    body = {"category": category, "amount": "300.00", "spent_on": "2026-11-02"}
    expense = co.call("sp_e1a", "select api.record_create('expense', %s)", (json.dumps(body),))[0][0]
    status = co.call("sp_e1a", "select api.expense_submit(%s, null)", (expense,))[0][0]
    with co.admin() as conn:
        people = [r[0] for r in conn.execute(
            "select a.employee_id from sales.approval_approvers a join sales.approval_requests r "
            "on r.id = a.request_id where r.type = 'expense' and r.record_id = %s order by a.employee_id",
            (expense,)).fetchall()]
    return status, people


def test_two_rules_differing_by_category_route_two_expenses_to_different_approvers(co: Company) -> None:
    rule(co, "礼品费: the manager", 10, 2, ["gifts"])
    rule(co, "差旅费、招待费: the supervisor", 20, 1, ["travel", "entertainment"])
    assert submitted(co, "gifts") == ("submitted", [co.people["mgr_e"]])
    assert submitted(co, "travel") == ("submitted", [co.people["sup_e1"]])
    assert submitted(co, "entertainment") == ("submitted", [co.people["sup_e1"]])
    assert submitted(co, "samples") == ("approved", [])   # no rule names it: approved at submit
    rule(co, "every other expense: the supervisor", 30, 1, None)
    assert submitted(co, "samples") == ("submitted", [co.people["sup_e1"]])
    assert submitted(co, "gifts") == ("submitted", [co.people["mgr_e"]])   # the first match still wins


def test_the_services_keep_the_condition_and_refuse_what_cannot_hold(co: Company, as_user) -> None:
    admin = as_user("admin")
    made = ApprovalRule(type="expense", name="礼品", expense_categories=("gifts", "samples"),
                        min_amount=Decimal("100.00"), steps=(RuleStep("superior", levels=1),))
    rid = approval_rules.save_rule(admin, made)
    (got,) = approval_rules.list_rules(as_user("sp_e1a"))
    assert (got.id, got.expense_categories, got.min_amount) == (rid, ("gifts", "samples"), Decimal("100.00"))
    approval_rules.save_rule(admin, ApprovalRule(type="expense", name="礼品", expense_categories=None,
                                                 steps=made.steps, id=rid, version=got.version))
    assert approval_rules.list_rules(admin)[0].expense_categories is None
    with pytest.raises(ValidationError) as other_type:
        approval_rules.save_rule(admin, ApprovalRule(type="discount", name="x", expense_categories=("gifts",),
                                                     steps=made.steps))
    assert "expense_categories" in other_type.value.fields
    with pytest.raises(ValidationError):   # no such category: the database refuses it
        approval_rules.save_rule(admin, ApprovalRule(type="expense", name="x", expense_categories=("nope",),
                                                     steps=made.steps))
    with pytest.raises(Exception, match="approval_rules_expense_categories_check"):  # any writer
        co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(
            {"type": "discount", "name": "x", "expense_categories": ["gifts"],
             "steps": [{"approver": "superior", "levels": 1}]}),))
    assert len(approval_rules.list_rules(admin)) == 1


def test_a_rule_naming_categories_is_the_demo_s_choice_too(co: Company, as_user) -> None:
    """The demo picks an expense's rule with the same function (private.approval_rule_for)."""
    rule(co, "礼品费", 10, 2, ["gifts"])
    made = expenses.create_expense(as_user("sp_e1a"), {"spent_on": "2026-11-02", "category": "travel",
                                                       "amount": "1"})
    with co.admin() as conn:
        found = conn.execute("select private.approval_rule_for('expense', 1, null, null, null, %s)",
                             (made.id,)).fetchone()
        conn.execute("update sales.expenses set category = 'gifts' where id = %s", (made.id,))
        gifts = conn.execute("select private.approval_rule_for('expense', 1, null, null, null, %s)",
                             (made.id,)).fetchone()
    assert found == (None,) and gifts is not None and gifts[0] is not None

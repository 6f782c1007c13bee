"""Expenses (sql/0030): seen up the reporting line, references answering a hidden customer or deal
like a missing one, the status workflow through the approval rules (submit, withdraw, reject,
resubmit; read-only while submitted and once approved, in the database), the attacks of issue 13
§7 on the 'expense' type (approving one's own, a peer's, a non-subordinate's), and the approved
cost per customer and deal to the fen."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from tests.factories import Company, build_small_company
from tests.rls_support import outcome


@pytest.fixture
def co(db_factory) -> Company:
    company = build_small_company(db_factory(), deals=True)
    return company


def add_rules(co: Company) -> None:
    """The demo's rules: any expense → the superior; above ¥5,000 also two levels up."""
    for rule in (
        {
            "type": "expense",
            "name": "大额费用",
            "priority": 10,
            "min_amount": "5000.01",
            "steps": [{"approver": "superior", "levels": 1}, {"approver": "superior", "levels": 2}],
        },
        {"type": "expense", "name": "费用", "priority": 20, "steps": [{"approver": "superior", "levels": 1}]},
    ):
        co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(rule),))


def create(co: Company, key: str, **values: Any) -> int:
    body = {"category": "travel", "amount": "100.00", "spent_on": "2026-11-02", **values}
    return co.call(key, "select api.record_create('expense', %s)", (json.dumps(body),))[0][0]


def version(co: Company, key: str, expense: int) -> int:
    return co.call(key, "select version from api.expense_get(%s)", (expense,))[0][0]


def status(co: Company, expense: int) -> str:
    with co.admin() as conn:
        return conn.execute("select status from sales.expenses where id = %s", (expense,)).fetchone()[0]


def submit(co: Company, key: str, expense: int) -> str:
    return co.call(key, "select api.expense_submit(%s, %s)", (expense, version(co, key, expense)))[0][0]


def request_of(co: Company, expense: int) -> int:
    with co.admin() as conn:
        return conn.execute(
            "select id from sales.approval_requests where type = 'expense' and record_id = %s", (expense,)
        ).fetchone()[0]


def try_as(co: Company, key: str, query: str, params: tuple = ()):
    with co.connect(key) as conn:
        return outcome(conn, query, params)


def test_superiors_see_subordinates_expenses_and_peers_do_not(co: Company) -> None:
    mine = create(co, "sp_e1a", customer_id=co.customers["sp_e1a客户1"])
    seen = {
        k: {r[0] for r in co.call(k, "select id from api.expenses")}
        for k in ("sp_e1a", "sp_e1b", "sup_e1", "mgr_e", "director", "sup_e2", "mgr_n")
    }
    assert {k for k, ids in seen.items() if mine in ids} == {"sp_e1a", "sup_e1", "mgr_e", "director"}
    # a peer reads nothing of it by any read: the row, the detail, the list, the count
    assert try_as(co, "sp_e1b", "select * from api.expense_get(%s)", (mine,)).rows == ()
    assert try_as(co, "sp_e1b", "select * from api.expense_rows(%s)", ([mine],)).rows == ()
    assert try_as(co, "sp_e1b", "select count(*) from api.expense_list()").rows == ((0,),)


def test_a_hidden_customer_or_deal_answers_like_a_missing_one(co: Company) -> None:
    hidden_customer, hidden_deal = co.customers["sp_e1b客户1"], co.deals["sp_e1b商机1"]
    for column, hidden, missing in (
        ("customer_id", hidden_customer, 10**9),
        ("opportunity_id", hidden_deal, 10**9),
    ):
        body = {"category": "travel", "amount": "1.00", column: hidden}
        refused = try_as(co, "sp_e1a", "select api.record_create('expense', %s)", (json.dumps(body),))
        absent = try_as(
            co, "sp_e1a", "select api.record_create('expense', %s)", (json.dumps({**body, column: missing}),)
        )
        assert (
            (refused.sqlstate, refused.message)
            == (absent.sqlstate, absent.message)
            == ("P0002", "referenced record not found")
        )
        cost = try_as(co, "sp_e1a", f"select * from api.expense_costs(p_{column} => %s)", (hidden,))
        assert cost.sqlstate == "P0002"
    # asked about nothing, nothing (every argument-free read answers); about both, refused
    assert try_as(co, "sp_e1a", "select * from api.expense_costs()").rows == ()
    both = try_as(co, "sp_e1a", "select * from api.expense_costs(%s, %s)",
                  (co.customers["sp_e1a客户1"], co.deals["sp_e1a商机1"]))
    assert both.sqlstate == "SD005"
    # the deal must be the customer's
    wrong = try_as(
        co,
        "sp_e1a",
        "select api.record_create('expense', %s)",
        (
            json.dumps(
                {
                    "category": "travel",
                    "amount": "1.00",
                    "customer_id": co.customers["sp_e1a客户2"],
                    "opportunity_id": co.deals["sp_e1a商机1"],
                }
            ),
        ),
    )
    assert wrong.sqlstate == "23514"


def test_the_amount_is_positive_and_kept_to_the_fen(co: Company) -> None:
    for bad in ("0", "-1.00"):
        body = {"category": "travel", "amount": bad}
        assert (
            try_as(co, "sp_e1a", "select api.record_create('expense', %s)", (json.dumps(body),)).sqlstate
            == "23514"
        )
    customer = co.customers["sp_e1a客户1"]
    for amount in ("0.10", "0.20", "1234567.89"):
        expense = create(co, "sp_e1a", amount=amount, customer_id=customer)
        assert submit(co, "sp_e1a", expense) == "approved"  # no rule: approved at submit
    total = co.call("sp_e1a", "select approved_total, approved_count from api.expense_costs(%s)", (customer,))
    assert total == [(Decimal("1234568.19"), 3)]
    assert co.call("sp_e1a", "select amount from api.expense_list('{}', 'amount')")[0][0] == Decimal(
        "1234567.89"
    )


def test_submit_approve_and_the_cost_of_the_customer_and_the_deal(co: Company) -> None:
    add_rules(co)
    customer, deal = co.customers["sp_e1a客户1"], co.deals["sp_e1a商机1"]
    small = create(co, "sp_e1a", amount="300.50", customer_id=customer, opportunity_id=deal)
    big = create(co, "sp_e1a", amount="5000.01", customer_id=customer)
    assert submit(co, "sp_e1a", small) == "submitted"
    assert submit(co, "sp_e1a", big) == "submitted"
    inbox = {
        r[0] for r in co.call("sup_e1", "select record_id from api.approvals_inbox() where type = 'expense'")
    }
    assert inbox == {small, big}
    assert co.call("sup_e1", "select api.approval_decide(%s, true)", (request_of(co, small),)) == [
        ("approved",)
    ]
    assert co.call("sup_e1", "select api.approval_decide(%s, true)", (request_of(co, big),)) == [("pending",)]
    assert status(co, big) == "submitted"  # above ¥5,000: the manager two levels up still decides
    assert co.call("mgr_e", "select api.approval_decide(%s, true)", (request_of(co, big),)) == [("approved",)]
    assert status(co, small) == status(co, big) == "approved"
    assert co.call("sup_e1", "select approved_total from api.expense_costs(%s)", (customer,)) == [
        (Decimal("5300.51"),)
    ]
    assert co.call("sp_e1a", "select approved_total from api.expense_costs(null, %s)", (deal,)) == [
        (Decimal("300.50"),)
    ]
    # a peer who sees neither the customer nor the expenses learns nothing
    assert try_as(co, "sp_e1b", "select * from api.expense_costs(%s)", (customer,)).sqlstate == "P0002"


def test_submitted_and_approved_expenses_are_read_only_in_the_database(co: Company) -> None:
    add_rules(co)
    expense = create(co, "sp_e1a")
    submit(co, "sp_e1a", expense)
    for key in ("sp_e1a", "sup_e1"):
        edit = try_as(
            co,
            key,
            "select api.record_update('expense', %s, null, %s)",
            (expense, json.dumps({"amount": "1.00"})),
        )
        assert edit.sqlstate == "SD003", key
    assert try_as(co, "sp_e1a", "select api.record_archive('expense', %s)", (expense,)).sqlstate == "SD003"
    # even a write that bypasses the API role (as the table's owner) is refused
    with co.admin() as conn:
        direct = outcome(conn, "update sales.expenses set amount = 1 where id = %s", (expense,))
    assert direct.sqlstate == "SD003"
    co.call("sup_e1", "select api.approval_decide(%s, true)", (request_of(co, expense),))
    edit = try_as(
        co,
        "sp_e1a",
        "select api.record_update('expense', %s, null, %s)",
        (expense, json.dumps({"note": "改"})),
    )
    assert edit.sqlstate == "SD003"
    assert try_as(co, "sp_e1a", "select api.expense_submit(%s, null)", (expense,)).sqlstate == "SD003"
    # the status itself is no writable column
    forged = try_as(
        co,
        "sp_e1a",
        "select api.record_create('expense', %s)",
        (json.dumps({"category": "travel", "amount": "1.00", "status": "approved"}),),
    )
    assert not forged.ok


def test_withdraw_reject_edit_and_resubmit(co: Company) -> None:
    add_rules(co)
    expense = create(co, "sp_e1a")
    submit(co, "sp_e1a", expense)
    co.call("sp_e1a", "select api.expense_withdraw(%s)", (expense,))
    assert status(co, expense) == "draft"
    assert try_as(co, "sp_e1a", "select api.expense_withdraw(%s)", (expense,)).sqlstate == "SDA04"
    submit(co, "sp_e1a", expense)
    assert try_as(co, "sp_e1a", "select api.expense_submit(%s, null)", (expense,)).sqlstate == "SDA05"
    co.call("sup_e1", "select api.approval_decide(%s, false, '发票不全')", (request_of(co, expense),))
    assert status(co, expense) == "rejected"
    co.call(
        "sp_e1a",
        "select api.record_update('expense', %s, null, %s)",
        (expense, json.dumps({"receipt_ref": "FP-001"})),
    )
    assert submit(co, "sp_e1a", expense) == "submitted"
    rounds = co.call(
        "sp_e1a", "select round, state from api.my_approval_requests() where record_id = %s", (expense,)
    )
    assert rounds == [(3, "pending")]


def test_nobody_approves_their_own_a_peers_or_a_non_subordinates_expense(co: Company) -> None:
    add_rules(co)
    expense = create(co, "sp_e1a")
    submit(co, "sp_e1a", expense)
    request = request_of(co, expense)
    for key in ("sp_e1a", "sp_e1b", "sup_e2", "mgr_n"):
        tried = try_as(co, key, "select api.approval_decide(%s, true)", (request,))
        assert tried.sqlstate in ("SDA01", "P0002"), key
    assert status(co, expense) == "submitted"
    # a rule naming a peer as approver leaves them out: nobody left refuses the submit
    with co.admin() as conn:
        conn.execute("update sales.approval_rules set active = false where type = 'expense'")
        conn.commit()
    rule = {
        "type": "expense",
        "name": "同事审批",
        "steps": [{"approver": "people", "employee_ids": [co.people["sp_e1b"]]}],
    }
    co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(rule),))
    other = create(co, "sp_e1a")
    refused = try_as(co, "sp_e1a", "select api.expense_submit(%s, null)", (other,))
    assert refused.sqlstate == "SDA02"
    assert status(co, other) == "draft"
    # only the owner submits (a superior who may edit a draft does not submit it as theirs)
    assert try_as(co, "sup_e1", "select api.expense_submit(%s, null)", (other,)).sqlstate == "42501"


def test_categories_are_data_kept_by_picklist_maintainers(co: Company) -> None:
    names = co.call("sp_e1a", "select code, name from api.expense_categories()")
    assert ("travel", "差旅费") in names and ("entertainment", "业务招待费") in names and len(names) == 5
    assert (
        try_as(co, "sp_e1a", "select api.expense_category_save('meals', '餐费', 'Meals')").sqlstate == "42501"
    )
    co.call("admin", "select api.expense_category_save('meals', '餐费', 'Meals', 50)")
    expense = create(co, "sp_e1a", category="meals")
    assert co.call(
        "sp_e1a", "select category_name, category_name_en from api.expense_get(%s)", (expense,)
    ) == [("餐费", "Meals")]
    assert not try_as(
        co,
        "sp_e1a",
        "select api.record_create('expense', %s)",
        (json.dumps({"category": "nope", "amount": "1.00"}),),
    ).ok

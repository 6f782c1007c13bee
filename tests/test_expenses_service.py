"""The expenses services on the real database (sql/0030): Decimal to the fen through create, read
and the cost, the field rules' messages, submit and withdraw, the inbox line naming the expense's
category and customer, and the errors a user reads."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesdesk.services import approvals, expenses
from salesdesk.services.errors import NotFoundError, ReadOnlyError, ValidationError
from tests.factories import Company, build_small_company
from tests.test_expenses import add_rules


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory(), deals=True)


def test_the_amount_stays_decimal_to_the_fen_and_sums_exactly(co: Company, as_user) -> None:
    db = as_user("sp_e1a")
    customer = co.customers["sp_e1a客户1"]
    made = [
        expenses.create_expense(
            db, {"spent_on": "2026-11-02", "category": "travel", "amount": typed, "customer_id": customer}
        )
        for typed in ("0.1", "¥0.20", "1,234.565")
    ]  # the last rounds half up to the fen
    assert [m.amount for m in made] == [Decimal("0.10"), Decimal("0.20"), Decimal("1234.57")]
    assert all(isinstance(m.amount, Decimal) for m in made)
    for m in made:
        assert expenses.submit_expense(db, m.id, m.version) == "approved"  # no rule: approved at once
    cost = expenses.costs(db, customer_id=customer)
    assert (cost.approved_total, cost.approved_count) == (Decimal("1234.87"), 3)
    page = expenses.list_expenses(db, {"eq": {"customer_id": customer}}, sort="amount", descending=True)
    assert [r.amount for r in page.rows] == [Decimal("1234.57"), Decimal("0.20"), Decimal("0.10")]


def test_bad_input_reads_as_field_messages(as_user) -> None:
    db = as_user("sp_e1a")
    with pytest.raises(ValidationError) as refused:
        expenses.create_expense(db, {"spent_on": "2026-13-01", "category": "", "amount": "0"})
    assert set(refused.value.fields) == {"spent_on", "category", "amount"}
    assert "more than zero" in str(refused.value.fields["amount"])
    with pytest.raises(ValidationError) as unknown:
        expenses.create_expense(db, {"spent_on": date(2026, 11, 1), "category": "nope", "amount": "1"})
    assert "category" in unknown.value.fields


def test_submit_the_inbox_line_and_read_only_after(co: Company, as_user) -> None:
    add_rules(co)
    db, boss = as_user("sp_e1a"), as_user("sup_e1")
    made = expenses.create_expense(
        db,
        {
            "spent_on": "2026-11-03",
            "category": "entertainment",
            "amount": "880",
            "customer_id": co.customers["sp_e1a客户1"],
            "note": "客户晚宴",
        },
    )
    assert expenses.submit_expense(db, made.id, made.version) == "submitted"
    line = next(i for i in approvals.inbox(boss).rows if i.type == "expense" and i.record_id == made.id)
    assert (line.amount, line.category_name, line.category_name_en, line.customer_name) == (
        Decimal("880.00"),
        "业务招待费",
        "Entertainment",
        "sp_e1a客户1",
    )
    with pytest.raises(ReadOnlyError):
        expenses.save_expense(db, made.id, expenses.get_expense(db, made.id).version, {"amount": "1"})
    expenses.withdraw_expense(db, made.id)
    assert expenses.get_expense(db, made.id).status == "draft"
    assert not [i for i in approvals.inbox(boss).rows if i.record_id == made.id and i.type == "expense"]


def test_a_hidden_customers_cost_is_not_found(co: Company, as_user) -> None:
    with pytest.raises(NotFoundError):
        expenses.costs(as_user("sp_e1a"), customer_id=co.customers["sp_e1b客户1"])
    with pytest.raises(NotFoundError):
        expenses.get_expense(
            as_user("sp_e1b"),
            expenses.create_expense(
                as_user("sp_e1a"), {"spent_on": "2026-11-03", "category": "gifts", "amount": "5"}
            ).id,
        )
    assert [c.code for c in expenses.categories(as_user("sp_e1a"))] == [
        "travel",
        "entertainment",
        "gifts",
        "samples",
        "other",
    ]

"""Sales expenses (销售费用, sql/0030): the list, create and save of drafts, submit and withdraw
through the approval rules, the categories, and the approved cost of a customer or a deal.

The employee who spent it owns an expense, so superiors see their subordinates' by the owner route;
only drafts and rejected expenses change (the database refuses the rest); submitting raises an
'expense' approval request, or approves the expense at once when no rule applies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.expense_rules import EXPENSE_SPEC, SORT_KEYS, STATUSES
from salesdesk.services.kind_service import KindService
from salesdesk.services.tx import transaction

KIND = "expense"


@dataclass(frozen=True)
class ExpenseRow:
    """One expense; `customer_name` / `opportunity_title` are None when out of the reader's sight."""

    id: int
    owner_id: int
    owner_name: str | None
    spent_on: date
    category: str
    category_name: str
    category_name_en: str
    amount: Decimal
    customer_id: int | None
    customer_name: str | None
    opportunity_id: int | None
    opportunity_title: str | None
    note: str | None
    receipt_ref: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool | None = None
    can_manage: bool | None = None
    access: str | None = None


@dataclass(frozen=True)
class Category:
    """An expense category (company data): its code, Chinese and English names."""

    code: str
    name: str
    name_en: str
    sort_order: int
    active: bool
    version: int


@dataclass(frozen=True)
class Cost:
    """The approved expenses of a customer or a deal that I see, and those still waiting."""

    approved_total: Decimal
    approved_count: int
    pending_total: Decimal


EXPENSES: KindService[ExpenseRow, ExpenseRow] = KindService(
    KIND, line=ExpenseRow, record=ExpenseRow, spec=EXPENSE_SPEC, sorts=SORT_KEYS, sort="spent_on",
    descending=True, choices={"status": STATUSES}, omit_empty=True)
# One keyset page, newest first ({"eq": {"status": …, "category": …, "customer_id": …}}, "search").
list_expenses = EXPENSES.list
count_expenses = EXPENSES.count
get_expense = EXPENSES.get
save_expense = EXPENSES.save
archive_expenses = EXPENSES.archive


def create_expense(db: Database, values: Mapping[str, Any]) -> ExpenseRow:
    """A draft expense of mine (a customer or deal given must be one I see)."""
    return EXPENSES.create(db, values)


def submit_expense(db: Database, expense_id: int, version: int | None = None) -> str:
    """Submit my draft or rejected expense for approval: its status after ('submitted', or
    'approved' when no rule of the company applies)."""
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return str(records.scalar(session, "select api.expense_submit(:id, :version)",
                                  {"id": expense_id, "version": version}))


def withdraw_expense(db: Database, expense_id: int, comment: str | None = None) -> None:
    """Withdraw my submitted expense before the decision: a draft again."""
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        records.scalar(session, "select api.expense_withdraw(:id, :comment)",
                       {"id": expense_id, "comment": comment})


def categories(db: Database) -> list[Category]:
    """The company's expense categories, in their order (inactive ones too: old expenses name them)."""
    with transaction(db, KIND) as session:
        found = records.rows(session, "select * from api.expense_categories()")
    return [records.maker(Category)(r) for r in found]


def costs(db: Database, *, customer_id: int | None = None, opportunity_id: int | None = None) -> Cost:
    """The approved total of a customer's or a deal's expenses I see (NotFoundError when the
    customer or deal is hidden or missing)."""
    kind = "customer" if customer_id is not None else "opportunity"
    with transaction(db, kind) as session:
        found = records.rows(session, "select * from api.expense_costs(:customer, :deal)",
                             {"customer": customer_id, "deal": opportunity_id})
    return records.maker(Cost)(found[0]) if found else Cost(Decimal(0), 0, Decimal(0))

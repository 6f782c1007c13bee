"""The approvals' rows (sql/0023): what waits on me, what I submitted, a request's trail, and the
rules with their steps. Plain dataclasses built from the API's rows by name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP

# Request states and trail actions as the database writes them, with their English words
# (translated in the "words" context).
STATES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("words", "Pending"),
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("words", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("words", "Withdrawn"),
}
ACTIONS: dict[str, str] = {
    "submitted": QT_TRANSLATE_NOOP("words", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("words", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("words", "Withdrawn"),
    "commented": QT_TRANSLATE_NOOP("words", "Commented"),
    "waiting": QT_TRANSLATE_NOOP("words", "Waiting"),
    "pending": QT_TRANSLATE_NOOP("words", "Not reached yet"),
}
# The request types of issue 13 (private.approval_types); a kind that declares a new one adds it.
TYPES: dict[str, str] = {
    "discount": QT_TRANSLATE_NOOP("words", "Discount"),
    "contract": QT_TRANSLATE_NOOP("words", "Contract"),
    "expense": QT_TRANSLATE_NOOP("words", "Expense"),
    "payment": QT_TRANSLATE_NOOP("words", "Payment"),
    "transfer": QT_TRANSLATE_NOOP("words", "Transfer"),
    "target_change": QT_TRANSLATE_NOOP("words", "Target change"),
}
MODES: dict[str, str] = {  # how a step is decided: 或签 / 会签
    "any": QT_TRANSLATE_NOOP("words", "Any one"),
    "all": QT_TRANSLATE_NOOP("words", "All"),
}


@dataclass(frozen=True)
class InboxItem:
    """A request whose current step waits on me."""

    id: int
    type: str
    record_kind: str
    record_id: int
    requester_id: int
    requester_name: str
    summary: str
    note: str | None
    amount: Decimal | None
    discount: Decimal | None
    round: int
    step_no: int
    steps: int
    mode: str
    submitted_at: datetime
    reached_at: datetime | None
    version: int
    # what the request's record adds to the inbox line (DETAILS): its category and customer
    category_name: str | None = None
    category_name_en: str | None = None
    customer_name: str | None = None


@dataclass(frozen=True)
class InboxPage:
    """A page of my inbox, with how many wait on me in all (the first page's count; None on the
    pages after it, read as the table scrolls)."""

    rows: list[InboxItem]
    waiting: int | None
    full: bool  # the page has as many rows as asked for: there may be more after its last row


# Per request type, the read of its records' details for the inbox, by record ids (:ids), each row
# (record_id, category_name, category_name_en, customer_name) under the reader's own sight: a
# record or customer the approver does not see leaves them empty.
DETAILS: dict[str, str] = {
    "expense": "select id as record_id, category_name, category_name_en, customer_name "
               "from api.expense_rows(cast(:ids as bigint[]))",
}


@dataclass(frozen=True)
class MyRequest:
    """A request I submitted, with its state and who it waits on now."""

    id: int
    type: str
    record_kind: str
    record_id: int
    summary: str
    note: str | None
    amount: Decimal | None
    discount: Decimal | None
    state: str
    round: int
    step_no: int | None
    steps: int
    submitted_at: datetime
    decided_at: datetime | None
    waiting_on: str | None
    version: int


@dataclass(frozen=True)
class TrailEntry:
    """One line of a request's trail: an event (submitted, approved, …), or an approver still to
    decide in the round in progress ('waiting' on the current step, 'pending' after it)."""

    round: int
    step_no: int | None
    action: str
    actor_id: int
    actor_name: str
    comment: str | None
    at: datetime | None
    mode: str | None


@dataclass(frozen=True)
class RuleStep:
    """Who decides a step: the requester's superior `levels` up, the holders of a position (in a
    unit, or the nearest unit above the requester holding it), or named people; any one or all."""

    approver: str                      # "superior" | "position" | "people"
    mode: str = "any"                  # "any" (或签) | "all" (会签)
    levels: int | None = None
    position_id: int | None = None
    unit_id: int | None = None
    employee_ids: tuple[int, ...] | None = None

    def as_json(self) -> dict[str, Any]:
        values: dict[str, Any] = {"approver": self.approver, "mode": self.mode, "levels": self.levels,
                                  "position_id": self.position_id, "unit_id": self.unit_id,
                                  "employee_ids": list(self.employee_ids) if self.employee_ids else None}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class ApprovalRule:
    """A rule: the first active one of its type (by priority) whose conditions all hold applies;
    a condition left None holds for any value."""

    type: str
    name: str
    steps: tuple[RuleStep, ...]
    priority: int = 100
    active: bool = True
    min_amount: Decimal | None = None
    min_discount: Decimal | None = None
    unit_id: int | None = None
    category_id: int | None = None
    expense_categories: tuple[str, ...] | None = None  # codes (expense rules only); None: every category
    id: int | None = None
    version: int | None = None

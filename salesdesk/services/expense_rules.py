"""The field rules of expenses (sql/0030), with the field types of services/validation.py: a date,
a category (company data, refused by the database when unknown), an amount above zero to the fen,
a customer and/or a deal, a note and a receipt reference."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.followup_rules import RecordRef
from salesdesk.services.validation import BadValue, DateField, Money, Spec, Text

STATUSES = ("draft", "submitted", "approved", "rejected")
EDITABLE = ("draft", "rejected")   # submitted and approved ones are read-only (the database says so)
SORT_KEYS = ("spent_on", "amount", "updated_at", "status", "name")
STATUS_WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("words", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("words", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("words", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("words", "Rejected"),
}
AMOUNT_NOT_POSITIVE = QT_TRANSLATE_NOOP("errors", "The amount must be more than zero.")


@dataclass(frozen=True)
class PositiveMoney(Money):
    """Money above zero (an expense of nothing is no expense)."""

    def parse(self, value: Any) -> Decimal | None:
        amount = super().parse(value)
        if amount is not None and amount <= 0:
            raise BadValue(AMOUNT_NOT_POSITIVE)
        return amount


EXPENSE_SPEC: Spec = {
    "spent_on": DateField(label=words.DATE, required=True),
    "category": Text(required=True),
    "amount": PositiveMoney(label=words.AMOUNT, required=True),
    "customer_id": RecordRef(),
    "opportunity_id": RecordRef(),
    "note": Text(max_length=2000),
    "receipt_ref": Text(max_length=100),
}

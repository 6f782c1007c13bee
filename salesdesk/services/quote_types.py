"""The rows of quotes (sql/0032): a list line, one quote, its lines and its versions, built from
the API's rows by name; the statuses with their English words (translated in "words")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP

# Stored statuses and the computed "expired" (a sent quote past its validity), as the API gives them.
STATUSES: dict[str, str] = {
    "draft": words.DRAFT,
    "sent": QT_TRANSLATE_NOOP("words", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("words", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("words", "Declined"),
    "expired": QT_TRANSLATE_NOOP("words", "Expired"),
    "revised": QT_TRANSLATE_NOOP("words", "Revised"),
}
FILTER_STATUSES = ("draft", "sent", "accepted", "declined", "revised")  # the stored ones
SORT_KEYS = ("updated_at", "number", "valid_until", "total_amount", "status")


@dataclass(frozen=True)
class QuoteRow:
    """One line of the quote list, with the caller's rights on it."""

    id: int
    number: str
    revision: int
    title: str
    status: str
    customer_id: int
    customer_name: str | None
    valid_until: date | None
    total_amount: Decimal
    max_discount: Decimal
    approval: str | None
    owner_id: int
    owner_name: str | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool
    can_manage: bool
    access: str | None


@dataclass(frozen=True)
class QuoteLine:
    """A quote line; `cost_price` and `margin` are None for whoever may not see costs."""

    id: int
    quote_id: int
    product_id: int
    product_code: str
    product_name: str
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal  # percent: 13.00 is 13 %
    amount: Decimal
    tax_amount: Decimal
    cost_price: Decimal | None
    margin: Decimal | None
    notes: str | None
    version: int


@dataclass(frozen=True)
class QuoteVersion:
    """One version of a quote (the same number), for the version list."""

    id: int
    number: str
    revision: int
    status: str
    valid_until: date | None
    total_amount: Decimal
    max_discount: Decimal
    sent_at: datetime | None
    decided_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class Quote:
    """One quote with my rights on it; `lines` and `versions` filled by services/quotes.get_quote."""

    id: int
    number: str
    revision: int
    title: str
    status: str
    customer_id: int
    customer_name: str | None
    opportunity_id: int | None
    opportunity_title: str | None
    valid_until: date | None
    amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    max_discount: Decimal
    approval: str | None
    contract_id: int | None
    previous_id: int | None
    notes: str | None
    sent_at: datetime | None
    decided_at: datetime | None
    owner_id: int
    owner_name: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool
    can_manage: bool
    access: str | None
    lines: tuple[QuoteLine, ...] = ()
    versions: tuple[QuoteVersion, ...] = ()

    @property
    def editable(self) -> bool:
        """Only a draft I may write changes, and not while its discount waits for approval."""
        return self.can_edit and self.status == "draft" and self.approval != "pending"

"""Payments and invoices listed across their contracts (sql/0042): the kind services of the
payments and invoices pages. Each line is a payment or invoice of a contract I see, with my rights
on it; `range_query` turns a date range into the list's range filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from salesdesk.services.kind_service import KindService
from salesdesk.services.payment_rules import INVOICE_TYPES
from salesdesk.services.payments import Invoice, Payment

PAYMENT_STATES = ("pending", "approved", "rejected", "withdrawn")


@dataclass(frozen=True)
class PaymentLine(Payment):
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None


@dataclass(frozen=True)
class InvoiceLine(Invoice):
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None


PAYMENTS: KindService[PaymentLine, PaymentLine] = KindService(
    "payment", line=PaymentLine, record=PaymentLine, sorts=("received_on", "amount", "updated_at"),
    sort="received_on", descending=True, choices={"status": PAYMENT_STATES})
INVOICES: KindService[InvoiceLine, InvoiceLine] = KindService(
    "invoice", line=InvoiceLine, record=InvoiceLine, sorts=("issued_on", "number", "updated_at"),
    sort="issued_on", descending=True, choices={"invoice_type": INVOICE_TYPES})


def range_query(column: str, start: date | None, end: date | None) -> dict[str, Any]:
    """The list query's part for a date range, both ends included ({} when neither is given)."""
    bounds = {k: v.isoformat() for k, v in (("from", start), ("to", end)) if v is not None}
    return {"range": {column: bounds}} if bounds else {}

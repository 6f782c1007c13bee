"""The field rules of the money kinds of a contract (sql/0029), with the field types of
services/validation.py: payment methods and invoice types as codes the client translates, amounts
as Money (Decimal to the fen, more than zero where the database says so)."""

from __future__ import annotations

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.validation import Choice, DateField, Money, Spec, Text

METHODS = ("bank_transfer", "cash", "cheque", "acceptance_bill", "other")
INVOICE_TYPES = ("ordinary", "vat_special")          # 普通发票 / 增值税专用发票
PAYMENT_STATES = ("pending", "approved", "rejected", "withdrawn")
AGEING_GROUPS = ("customer", "owner", "unit")
BUCKETS = ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus")
BAD_METHOD = QT_TRANSLATE_NOOP("errors", "Choose a payment method from the list.")
BAD_INVOICE_TYPE = QT_TRANSLATE_NOOP("errors", "Choose an invoice type from the list.")

PAYMENT_SPEC: Spec = {
    "received_on": DateField(required=True, label=words.DATE),
    "amount": Money(required=True),
    "method": Choice(values=METHODS, message=BAD_METHOD, required=True),
    "reference": Text(max_length=100),
    "note": Text(max_length=500),
}
INVOICE_SPEC: Spec = {
    "number": Text(required=True, max_length=40),
    "issued_on": DateField(required=True, label=words.DATE),
    "invoice_type": Choice(values=INVOICE_TYPES, message=BAD_INVOICE_TYPE, required=True),
    "amount": Money(required=True),
    "tax_amount": Money(),
    "note": Text(max_length=500),
}
INSTALMENT_SPEC: Spec = {
    "due_on": DateField(required=True, label=words.DATE),
    "amount": Money(required=True),
    "note": Text(max_length=500),
}

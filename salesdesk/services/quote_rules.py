"""The field rules of quotes and their lines, mirroring sql/0032_quotes.sql's constraints. A line's
amount and tax follow the rule of contract lines (validation.round_fen: half up to the fen, tax
per line): quote_line_totals computes them as the database does, for the editor's live totals."""

from __future__ import annotations

from decimal import Decimal

from salesdesk.services.contract_rules import CONTRACT_LINE_SPEC
from salesdesk.services.validation import DateField, RecordRef, Spec, Text, round_fen

QUOTE_SPEC: Spec = {
    "title": Text(required=True, max_length=200),
    "customer_id": RecordRef(),
    "valid_until": DateField(),
    "notes": Text(max_length=4000),
}
QUOTE_LINE_SPEC: Spec = CONTRACT_LINE_SPEC  # a quote's lines become the contract's: one rule


def line_totals(quantity: Decimal, unit_price: Decimal, discount: Decimal,
                tax_rate: Decimal) -> tuple[Decimal, Decimal]:
    """(amount, tax) of one line as the database computes them."""
    amount = round_fen(quantity * unit_price * (1 - discount / 100))
    return amount, round_fen(amount * tax_rate / 100)

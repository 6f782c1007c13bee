"""The field rules of quotes and their lines, mirroring sql/0032_quotes.sql's constraints. A line's
amount and tax follow the rule of contract lines (validation.round_fen: half up to the fen, tax
per line): quote_line_totals computes them as the database does, for the editor's live totals."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from salesdesk.services.errors import ValidationError
from salesdesk.services.opportunity_rules import LINE_SPEC
from salesdesk.services.validation import DateField, Percentage, RecordRef, Spec, Text, check, round_fen

QUOTE_SPEC: Spec = {
    "title": Text(required=True, max_length=200),
    "customer_id": RecordRef(),
    "valid_until": DateField(),
    "notes": Text(max_length=4000),
}
QUOTE_LINE_SPEC: Spec = {**LINE_SPEC, "tax_rate": Percentage(empty=Decimal("13"))}


def clean_quote_line(values: Mapping[str, Any], partial: bool = False, prefix: str = "") -> dict[str, Any]:
    out, errors = check(values, QUOTE_LINE_SPEC, partial=partial, prefix=prefix)
    if errors:
        raise ValidationError(errors)
    return out


def line_totals(quantity: Decimal, unit_price: Decimal, discount: Decimal,
                tax_rate: Decimal) -> tuple[Decimal, Decimal]:
    """(amount, tax) of one line as the database computes them."""
    amount = round_fen(quantity * unit_price * (1 - discount / 100))
    return amount, round_fen(amount * tax_rate / 100)

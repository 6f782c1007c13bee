"""The field rules of opportunities, their product lines and deal teams, declared with the field
types of services/validation.py. They mirror the table constraints in sql/0018_opportunities.sql.

A line's amount is quantity x unit price x (1 - discount / 100), rounded to the fen half up
(validation.round_fen, as the database's numeric round does for these non-negative amounts).
A team's credit shares sum to exactly 100 whenever any member has credit; an empty team, or one
without credit, credits the deal's owner with 100 %.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from salesdesk.services.errors import CREDIT_NOT_100, MEMBER_TWICE, FieldError, ValidationError
from salesdesk.services.validation import (
    Choice,
    DateField,
    Money,
    Percentage,
    Quantity,
    Spec,
    Text,
    check,
    clean,
    round_fen,
)

ROLES = ("lead", "presales", "support", "finance", "other")
ACCESS = ("read", "write")
FULL_CREDIT = Decimal("100")

OPPORTUNITY_SPEC: Spec = {
    "title": Text(required=True, max_length=200),
    "amount": Money(empty=Decimal("0")),
    "expected_close_date": DateField(),
    "probability": Percentage(),
    "source": Text(),
    "competitors": Text(max_length=500),
    "next_step": Text(max_length=500),
    "won_lost_reason": Text(max_length=500),
    "notes": Text(max_length=4000),
}
LINE_SPEC: Spec = {
    "quantity": Quantity(required=True, places=3),
    "unit_price": Money(required=True),
    "discount": Percentage(empty=Decimal("0")),
    "notes": Text(max_length=500),
}
MEMBER_SPEC: Spec = {
    "role": Choice(values=ROLES),
    "access": Choice(values=ACCESS),
    "credit_share": Percentage(empty=Decimal("0")),
    "overlay_credit": Percentage(),
}


def clean_opportunity(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """Checked and normalised deal fields; ValidationError listing every bad field."""
    return clean(values, OPPORTUNITY_SPEC, partial=partial)


def clean_line(values: Mapping[str, Any], partial: bool = False, prefix: str = "") -> dict[str, Any]:
    out, errors = check(values, LINE_SPEC, partial=partial, prefix=prefix)
    if errors:
        raise ValidationError(errors)
    return out


def line_amount(quantity: Decimal, unit_price: Decimal, discount: Decimal = Decimal(0)) -> Decimal:
    """A line's amount as the database computes it: exact, then rounded to the fen half up."""
    return round_fen(quantity * unit_price * (1 - discount / 100))


def weighted(amount: Decimal, probability: Decimal) -> Decimal:
    """A deal's weighted amount on the board: amount x probability, rounded to the fen half up."""
    return round_fen(amount * probability / 100)


def clean_team(members: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A whole team checked at once (keys `members[i].field`; the split at `credit_share`); each
    member keeps `employee_id`. The database checks the same sum again at commit."""
    errors: dict[str, FieldError] = {}
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    for i, member in enumerate(members):
        values = {k: v for k, v in member.items() if k != "employee_id"}
        cleaned, problems = check(values, MEMBER_SPEC, partial=True, prefix=f"members[{i}].")
        errors.update(problems)
        employee = int(member["employee_id"])
        if employee in seen:
            errors[f"members[{i}].employee_id"] = FieldError(MEMBER_TWICE)
        seen.add(employee)
        out.append({"employee_id": employee, **cleaned})
    total = sum((m.get("credit_share") or Decimal(0) for m in out), Decimal(0))
    if total and total != FULL_CREDIT:
        errors["credit_share"] = FieldError(CREDIT_NOT_100)
    if errors:
        raise ValidationError(errors)
    return out


def owner_credit(members: Sequence[Mapping[str, Any]]) -> Decimal:
    """The credit the deal's owner gets besides the team: 100 % when no member has credit."""
    return FULL_CREDIT if not any(m.get("credit_share") for m in members) else Decimal(0)

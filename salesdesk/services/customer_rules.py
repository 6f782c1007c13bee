"""The field rules of customers and contacts, declared with the field types of services/validation.py.

They mirror the table constraints in sql/0002_customers.sql (and the phone checks of 0011).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_types import LEVELS, ContactInput
from salesdesk.services.errors import FieldError, ValidationError
from salesdesk.services.validation import (
    Choice,
    Email,
    Flag,
    Mobile,
    Money,
    Phone,
    Spec,
    Text,
    Website,
    check,
    clean,
)

BAD_LEVEL = QT_TRANSLATE_NOOP("errors", "Choose a level from A to D.")
TWO_PRIMARIES = QT_TRANSLATE_NOOP("errors", "Only one contact can be the primary contact.")

# A credit limit refuses a third decimal rather than rounding it (as it always has); empty is 0.
CUSTOMER_SPEC: Spec = {
    "name": Text(required=True, max_length=200), "short_name": Text(max_length=60), "industry": Text(),
    "level": Choice(values=LEVELS, upper=True, message=BAD_LEVEL), "address": Text(), "region": Text(),
    "phone": Phone(), "website": Website(), "source": Text(),
    "credit_limit": Money(rounds=False, empty=Decimal("0")), "notes": Text(),
}
CONTACT_SPEC: Spec = {
    "name": Text(required=True), "title": Text(), "mobile": Mobile(), "phone": Phone(), "email": Email(),
    "is_primary": Flag(), "notes": Text(),
}


def clean_customer(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """Checked and normalised customer fields; ValidationError listing every bad field.

    With `partial`, only the keys given are checked (an update of some fields).
    """
    return clean(values, CUSTOMER_SPEC, partial=partial)


def contact_errors(values: Mapping[str, Any], partial: bool = False,
                   prefix: str = "") -> tuple[dict[str, Any], dict[str, FieldError]]:
    """Normalised contact fields and the problems found (keys prefixed for nested forms)."""
    return check(values, CONTACT_SPEC, partial=partial, prefix=prefix)


def clean_contact(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    return clean(values, CONTACT_SPEC, partial=partial)


def clean_new_customer(values: Mapping[str, Any],
                       contacts: tuple[ContactInput, ...]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new customer and its first contacts, all checked together; the first contact
    becomes the primary one when none is marked."""
    customer, errors = check(values, CUSTOMER_SPEC)
    cleaned: list[dict[str, Any]] = []
    for i, contact in enumerate(contacts):
        out, problems = contact_errors(vars(contact), prefix=f"contacts[{i}].")
        errors.update(problems)
        cleaned.append(out)
    primaries = [i for i, c in enumerate(cleaned) if c.get("is_primary")]
    if len(primaries) > 1:
        errors[f"contacts[{primaries[1]}].is_primary"] = FieldError(TWO_PRIMARIES)
    elif cleaned and not primaries:
        cleaned[0]["is_primary"] = True
    if errors:
        raise ValidationError(errors)
    return customer, cleaned

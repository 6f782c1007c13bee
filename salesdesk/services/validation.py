"""Field rules for customers and contacts, checked before anything reaches the server.

They mirror the table constraints in sql/0002_customers.sql, so the user sees
every problem at once next to its field instead of one server error at a time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_types import CONTACT_FIELDS, CUSTOMER_FIELDS, LEVELS, ContactInput
from salesdesk.services.errors import REQUIRED, FieldError, ValidationError

# The forms the database accepts (private.valid_phone / valid_mobile in sql/0011), after the
# typing is folded to ASCII: a landline may start with its area code in brackets, （021）6000 1234;
# a mobile is 11 digits from 13-19, optionally after +86 or 0086, separators anywhere.
PHONE_RE = re.compile(r"\+?[0-9(][0-9 ()-]{4,29}( 转 [0-9]{1,6})?")
MOBILE_RE = re.compile(r"(\+86|0086)?1[3-9][0-9]{9}")
_MOBILE_CHARS = re.compile(r"[0-9+ ()-]+")
_DASHES = str.maketrans("‐‑–—", "----")  # what an IME's punctuation mode types for a hyphen
_EXTENSION = re.compile(r"^(.*?\d)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
WEBSITE_RE = re.compile(r"(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?", re.IGNORECASE)
MAX_CREDIT = Decimal("999999999999.99")  # numeric(14, 2)

TOO_LONG_N = QT_TRANSLATE_NOOP("errors", "At most {max} characters.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "errors", "Enter a phone number: digits, spaces, ( ) and -, optionally a leading + and an "
              "extension (转 801).")
BAD_MOBILE = QT_TRANSLATE_NOOP(
    "errors", "Enter a mobile number: 11 digits starting with 13 to 19, optionally after +86.")
BAD_EMAIL = QT_TRANSLATE_NOOP("errors", "Enter an e-mail address like name@example.com.")
BAD_WEBSITE = QT_TRANSLATE_NOOP("errors", "Enter a web address like www.example.com.")
BAD_LEVEL = QT_TRANSLATE_NOOP("errors", "Choose a level from A to D.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("errors", "Enter an amount.")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("errors", "The amount cannot be negative.")
AMOUNT_TOO_BIG = QT_TRANSLATE_NOOP("errors", "The amount is too large.")
AMOUNT_CENTS = QT_TRANSLATE_NOOP("errors", "At most two decimal places.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("errors", "This field cannot be changed here.")
TWO_PRIMARIES = QT_TRANSLATE_NOOP("errors", "Only one contact can be the primary contact.")

_LIMITS = {"name": 200, "short_name": 60}


def normalize_phone_input(text: str | None) -> str | None:
    """A phone number as typed, in the one stored form: full-width digits and separators become
    ASCII (NFKC), an extension written 转/分机/ext./x/# becomes " 转 801"."""
    if text is None:
        return None
    value = " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).split())
    found = _EXTENSION.match(value)
    if found:
        value = f"{found.group(1).strip()} 转 {found.group(2)}"
    return value or None


def valid_phone(value: str) -> bool:
    """A normalised phone number (normalize_phone_input) in the form the database accepts."""
    return bool(PHONE_RE.fullmatch(value)) and len(re.sub(r"\D", "", value.split(" 转 ")[0])) >= 5


def valid_mobile(value: str) -> bool:
    """A normalised mainland mobile number: 138 0013 8000, +86 138-0013-8000."""
    return bool(_MOBILE_CHARS.fullmatch(value)) and bool(MOBILE_RE.fullmatch(re.sub(r"[ ()-]", "", value)))


def _text(value: Any) -> str | None:
    """Trimmed text; empty becomes None (the table stores NULL, not '')."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _check_length(out: dict[str, Any], errors: dict[str, FieldError], key: str) -> None:
    limit = _LIMITS.get(key)
    if limit and out.get(key) and len(out[key]) > limit:
        errors[key] = FieldError(TOO_LONG_N, {"max": limit})


def clean_customer(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """Checked and normalised customer fields; ValidationError listing every bad field.

    With `partial`, only the keys given are checked (an update of some fields).
    """
    errors: dict[str, FieldError] = {}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in CUSTOMER_FIELDS:
            errors[key] = FieldError(UNKNOWN_FIELD)
        elif key == "credit_limit":
            out[key] = _clean_amount(value, errors, key)
        else:
            out[key] = _text(value)
    if not partial or "name" in values:
        if not out.get("name"):
            errors["name"] = FieldError(REQUIRED)
    for key in _LIMITS:
        _check_length(out, errors, key)
    if out.get("level"):
        out["level"] = out["level"].upper()
        if out["level"] not in LEVELS:
            errors["level"] = FieldError(BAD_LEVEL)
    if out.get("phone"):
        out["phone"] = normalize_phone_input(out["phone"])
        if not valid_phone(out["phone"] or ""):
            errors["phone"] = FieldError(BAD_PHONE)
    if out.get("website") and not WEBSITE_RE.fullmatch(out["website"]):
        errors["website"] = FieldError(BAD_WEBSITE)
    if errors:
        raise ValidationError(errors)
    return out


def _clean_amount(value: Any, errors: dict[str, FieldError], key: str) -> Decimal | None:
    if value is None or value == "":
        return Decimal("0")
    if isinstance(value, float):  # money is never float: go through its shortest text form
        value = repr(value)
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        errors[key] = FieldError(BAD_AMOUNT)
        return None
    if not amount.is_finite():
        errors[key] = FieldError(BAD_AMOUNT)
    elif amount < 0:
        errors[key] = FieldError(NEGATIVE_AMOUNT)
    elif amount > MAX_CREDIT:
        errors[key] = FieldError(AMOUNT_TOO_BIG)
    elif amount != amount.quantize(Decimal("0.01")):
        errors[key] = FieldError(AMOUNT_CENTS)
    return amount


def contact_errors(values: Mapping[str, Any], partial: bool = False,
                   prefix: str = "") -> tuple[dict[str, Any], dict[str, FieldError]]:
    """Normalised contact fields and the problems found (keys prefixed for nested forms)."""
    errors: dict[str, FieldError] = {}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in CONTACT_FIELDS:
            errors[prefix + key] = FieldError(UNKNOWN_FIELD)
        elif key == "is_primary":
            out[key] = bool(value)
        else:
            out[key] = _text(value)
    if (not partial or "name" in values) and not out.get("name"):
        errors[prefix + "name"] = FieldError(REQUIRED)
    if out.get("phone"):
        out["phone"] = normalize_phone_input(out["phone"])
        if not valid_phone(out["phone"] or ""):
            errors[prefix + "phone"] = FieldError(BAD_PHONE)
    if out.get("mobile"):
        out["mobile"] = normalize_phone_input(out["mobile"])
        if not valid_mobile(out["mobile"] or ""):
            errors[prefix + "mobile"] = FieldError(BAD_MOBILE)
    if out.get("email") and not EMAIL_RE.fullmatch(out["email"]):
        errors[prefix + "email"] = FieldError(BAD_EMAIL)
    return out, errors


def clean_contact(values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    out, errors = contact_errors(values, partial)
    if errors:
        raise ValidationError(errors)
    return out


def clean_new_customer(values: Mapping[str, Any],
                       contacts: tuple[ContactInput, ...]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new customer and its first contacts, all checked together; the first contact
    becomes the primary one when none is marked."""
    errors: dict[str, FieldError] = {}
    try:
        customer = clean_customer(values)
    except ValidationError as err:
        errors.update(err.fields)
        customer = {}
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

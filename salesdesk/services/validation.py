"""Field types: one declarative spec per kind of value, used by the services and the form binding.

    SPEC = {"title": Text(required=True, max_length=200), "amount": Money(label=words.AMOUNT),
            "quantity": Quantity(), "probability": Percentage(), "close_date": DateField(),
            "phone": Phone(), "mobile": Mobile(), "email": Email()}
    values, problems = check(typed_values, SPEC, partial=True)   # every problem at once
    values = clean(typed_values, SPEC)                           # or ValidationError

Each type parses what people type (full-width digits, ¥60,000.00, 6.5万, 35%, （021）6000 1234),
stores one form (Decimal, date, a normalised phone) and says what is wrong with a translatable
message in the "errors" context; a field declared with a `label` (an English word in the
"words" context, see ui/words.py) is named in it: "Amount: the amount cannot be negative."
Money is Decimal with two places: by default typing rounds to the fen, half up (0.005 → 0.01,
1.004 → 1.00); `Money(rounds=False)` refuses a third decimal instead (the customer's credit limit).
The rules mirror the table constraints, so the user sees every problem at once next to its field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import (
    BAD_BANK_ACCOUNT,
    BAD_TAX_NUMBER,
    REQUIRED,
    FieldError,
    ValidationError,
)

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
MAX_MONEY = Decimal("999999999999.99")  # numeric(14, 2), the widest money column
MAX_CREDIT = MAX_MONEY
MAX_QUANTITY = Decimal("9999999999.9999")  # numeric(14, 4)
CENT = Decimal("0.01")

TOO_LONG_N = QT_TRANSLATE_NOOP("errors", "At most {max} characters.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "errors", "Enter a phone number: digits, spaces, ( ) and -, optionally a leading + and an "
              "extension (转 801).")
BAD_MOBILE = QT_TRANSLATE_NOOP(
    "errors", "Enter a mobile number: 11 digits starting with 13 to 19, optionally after +86.")
BAD_EMAIL = QT_TRANSLATE_NOOP("errors", "Enter an e-mail address like name@example.com.")
BAD_WEBSITE = QT_TRANSLATE_NOOP("errors", "Enter a web address like www.example.com.")
BAD_MONEY = QT_TRANSLATE_NOOP("errors", "Enter an amount such as 60000, 60,000.50 or 6.5万.")
NEGATIVE_AMOUNT = QT_TRANSLATE_NOOP("errors", "The amount cannot be negative.")
AMOUNT_TOO_BIG = QT_TRANSLATE_NOOP("errors", "The amount is too large.")
AMOUNT_CENTS = QT_TRANSLATE_NOOP("errors", "At most two decimal places.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("errors", "Enter a quantity such as 12 or 2.5.")
QUANTITY_NOT_POSITIVE = QT_TRANSLATE_NOOP("errors", "The quantity must be more than 0.")
QUANTITY_TOO_BIG = QT_TRANSLATE_NOOP("errors", "The quantity is too large.")
TOO_MANY_PLACES = QT_TRANSLATE_NOOP("errors", "At most {places} decimal places.")
BAD_PERCENT = QT_TRANSLATE_NOOP("errors", "Enter a percentage from 0 to 100, such as 35 or 12.5.")
BAD_DATE = QT_TRANSLATE_NOOP("errors", "Enter a date as year-month-day, such as 2026-12-01.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("errors", "The date cannot be before {min}.")
DATE_TOO_LATE = QT_TRANSLATE_NOOP("errors", "The date cannot be after {max}.")
BAD_CHOICE = QT_TRANSLATE_NOOP("errors", "Choose a value from the list.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("errors", "This field cannot be changed here.")

# The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of this set (no I,
# O, S, V, Z), characters 3-8 the area code's digits, the 18th a check character computed from the
# other 17 with the weights 3^(i-1) mod 31 (sql/0025's private.valid_credit_code, the same rule).
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_RE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
_CREDIT_WEIGHTS = [pow(3, i, 31) for i in range(17)]
BANK_ACCOUNT_RE = re.compile(r"[0-9][0-9 -]{3,38}[0-9]")

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_MONEY_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "w": Decimal(10_000)}


class BadValue(ValueError):
    """What a field type says about a value it refuses: the untranslated message and its params."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message, self.params = message, params


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


def _number(value: Any, bad: str, units: Mapping[str, Decimal] | None = None) -> Decimal | None:
    """A number as typed or given: full-width digits (NFKC), groups of three with commas, an
    optional unit (万/亿) from `units`; None for empty input. A float goes through its shortest text."""
    if value is None or isinstance(value, Decimal | int) and not isinstance(value, bool):
        return None if value is None else Decimal(value)
    if isinstance(value, float):
        value = repr(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
    text = text.replace("，", ",").replace("。", ".")
    if not text:
        return None
    factor = Decimal(1)
    if units and text[-1] in units:
        factor, text = units[text[-1]], text[:-1]
    if "," in text:
        if not _GROUPED.fullmatch(text):
            raise BadValue(bad)
        text = text.replace(",", "")
    if not _NUMBER.fullmatch(text):
        raise BadValue(bad)
    try:
        return Decimal(text) * factor
    except InvalidOperation:  # pragma: no cover - the pattern lets only numbers through
        raise BadValue(bad) from None


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class FieldType:
    """A field's type: how typing becomes the stored value, and what is refused (`parse` raises BadValue).

    `label` names the field in messages (an English word in the "words" context); `required`
    refuses an empty value; `empty` is what an empty input stores.
    """

    label: str | None = None
    required: bool = False
    empty: Any = None
    typed: bool = True  # a line edit's text is parsed (False: text, choices, check boxes, date edits)

    def parse(self, value: Any) -> Any:
        return _text(value)

    def error(self, problem: BadValue) -> FieldError:
        return FieldError(problem.message, problem.params or None, self.label)

    def is_empty(self, value: Any) -> bool:
        return value is None or value == ""


@dataclass(frozen=True)
class Text(FieldType):
    """Trimmed text (empty is NULL), at most `max_length` characters."""

    max_length: int | None = None
    typed: bool = False

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text and self.max_length and len(text) > self.max_length:
            raise BadValue(TOO_LONG_N, max=self.max_length)
        return text


@dataclass(frozen=True)
class Choice(FieldType):
    """One of `values` (a picklist offers them); `upper` folds the case first (level a → A)."""

    values: Sequence[str] = ()
    upper: bool = False
    message: str = BAD_CHOICE
    typed: bool = False

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text and self.upper:
            text = text.upper()
        if text and text not in self.values:
            raise BadValue(self.message)
        return text


@dataclass(frozen=True)
class Money(FieldType):
    """Renminbi as Decimal with two places: ¥60,000.00, ￥6万, ６００００, 6.5万, 60000元.

    Rounded to the fen half up (`rounds`), or a third decimal refused; never negative unless
    `negative`; at most `maximum` (numeric(14, 2)).
    """

    rounds: bool = True
    negative: bool = False
    maximum: Decimal = MAX_MONEY

    def parse(self, value: Any) -> Decimal | None:
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value).strip().replace(" ", "")
            typed = bool(value)
            for prefix in ("¥", "RMB", "rmb", "CNY", "cny"):
                if value.startswith(prefix):
                    value = value[len(prefix):]
                elif value.startswith("-" + prefix):
                    value = "-" + value[len(prefix) + 1:]
            value = value.removesuffix("元")
            if typed and not value:  # a lone ¥ or 元 is no amount
                raise BadValue(BAD_MONEY)
        amount = _number(value, BAD_MONEY, _MONEY_UNITS)
        if amount is None:
            return self.empty
        if not amount.is_finite():
            raise BadValue(BAD_MONEY)
        if amount < 0 and not self.negative:
            raise BadValue(NEGATIVE_AMOUNT)
        if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
            if not self.rounds:
                raise BadValue(AMOUNT_CENTS)
        amount = round_fen(amount)
        if abs(amount) > self.maximum:
            raise BadValue(AMOUNT_TOO_BIG)
        return amount


def round_fen(amount: Decimal) -> Decimal:
    """To the fen, half up: 0.005 → 0.01, 1.004 → 1.00, -0.005 → -0.01 (quantity × price too)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Quantity(FieldType):
    """A quantity: Decimal with at most `places` (4) decimals, more than 0, at most numeric(14, 4)."""

    places: int = 4
    maximum: Decimal = MAX_QUANTITY

    def parse(self, value: Any) -> Decimal | None:
        amount = _number(value, BAD_QUANTITY)
        if amount is None:
            return self.empty
        if not amount.is_finite():
            raise BadValue(BAD_QUANTITY)
        if amount <= 0:
            raise BadValue(QUANTITY_NOT_POSITIVE)
        if _places(amount) > self.places:
            raise BadValue(TOO_MANY_PLACES, places=self.places)
        if amount > self.maximum:
            raise BadValue(QUANTITY_TOO_BIG)
        return amount


@dataclass(frozen=True)
class Percentage(FieldType):
    """A percentage from 0 to 100 as Decimal (35, 12.5, "35%"): discount, probability, credit share."""

    places: int = 2

    def parse(self, value: Any) -> Decimal | None:
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value).strip().removesuffix("%").strip()
        amount = _number(value, BAD_PERCENT)
        if amount is None:
            return self.empty
        if not amount.is_finite() or not Decimal(0) <= amount <= Decimal(100):
            raise BadValue(BAD_PERCENT)
        if _places(amount) > self.places:
            raise BadValue(TOO_MANY_PLACES, places=self.places)
        return amount


@dataclass(frozen=True)
class DateField(FieldType):
    """A date, typed yyyy-MM-dd (also 2026/12/1, full-width digits), within `earliest`..`latest`."""

    earliest: date | None = None
    latest: date | None = None

    def parse(self, value: Any) -> date | None:
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            text = _text(unicodedata.normalize("NFKC", str(value)) if value is not None else None)
            if text is None:
                return self.empty
            found = _DATE.fullmatch(text)
            try:
                value = date(*(int(g) for g in found.groups())) if found else None
            except ValueError:
                value = None
            if value is None:
                raise BadValue(BAD_DATE)
        if self.earliest and value < self.earliest:
            raise BadValue(DATE_TOO_EARLY, min=self.earliest.isoformat())
        if self.latest and value > self.latest:
            raise BadValue(DATE_TOO_LATE, max=self.latest.isoformat())
        return value


@dataclass(frozen=True)
class Phone(FieldType):
    """A landline (or any phone) in the stored form: （021）6000-1234 转 801 → (021)6000-1234 转 801."""

    def parse(self, value: Any) -> str | None:
        phone = normalize_phone_input(_text(value))
        if phone and not valid_phone(phone):
            raise BadValue(BAD_PHONE)
        return phone


@dataclass(frozen=True)
class Mobile(FieldType):
    """A mainland mobile number: 138 0013 8000, +86 138-0013-8000."""

    def parse(self, value: Any) -> str | None:
        mobile = normalize_phone_input(_text(value))
        if mobile and not valid_mobile(mobile):
            raise BadValue(BAD_MOBILE)
        return mobile


@dataclass(frozen=True)
class Email(FieldType):
    """An e-mail address: name@example.com."""

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text and not EMAIL_RE.fullmatch(text):
            raise BadValue(BAD_EMAIL)
        return text


@dataclass(frozen=True)
class Website(FieldType):
    """A web address: www.example.com, https://example.com/path."""

    typed: bool = False

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text and not WEBSITE_RE.fullmatch(text):
            raise BadValue(BAD_WEBSITE)
        return text


def credit_code_check(first17: str) -> str:
    """The check character of a unified social credit code's first 17 characters."""
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def valid_credit_code(code: str) -> bool:
    """An 18-character unified social credit code with the right check character."""
    return bool(CREDIT_CODE_RE.fullmatch(code)) and credit_code_check(code[:17]) == code[17]


@dataclass(frozen=True)
class TaxNumber(FieldType):
    """A taxpayer's number, the unified social credit code: 9135 0100 M000 100Y 43 → 91350100M000100Y43
    (full-width and lower-case letters folded, spaces dropped); a wrong check character is refused."""

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text is None:
            return None
        code = "".join(unicodedata.normalize("NFKC", text).upper().split())
        if not valid_credit_code(code):
            raise BadValue(BAD_TAX_NUMBER)
        return code


@dataclass(frozen=True)
class BankAccount(FieldType):
    """A bank account number: digits, spaces or hyphens between them (0200 0045 0920 0123 456)."""

    def parse(self, value: Any) -> str | None:
        text = _text(value)
        if text is None:
            return None
        account = " ".join(unicodedata.normalize("NFKC", text).split())
        if not BANK_ACCOUNT_RE.fullmatch(account):
            raise BadValue(BAD_BANK_ACCOUNT)
        return account


@dataclass(frozen=True)
class Flag(FieldType):
    """A yes/no field (a check box)."""

    typed: bool = False

    def parse(self, value: Any) -> bool:
        return bool(value)


Spec = Mapping[str, FieldType]


def check(values: Mapping[str, Any], spec: Spec, *, partial: bool = False,
          prefix: str = "") -> tuple[dict[str, Any], dict[str, FieldError]]:
    """The values parsed by their types and every problem found (keys prefixed for nested forms).

    Keys the spec does not list are refused; with `partial` only the keys given are checked
    (an update of some fields), else a required field that is missing is reported too.
    """
    errors: dict[str, FieldError] = {}
    out: dict[str, Any] = {}
    for key, value in values.items():
        field = spec.get(key)
        if field is None:
            errors[prefix + key] = FieldError(UNKNOWN_FIELD)
            continue
        try:
            out[key] = field.parse(value)
        except BadValue as problem:
            errors[prefix + key] = field.error(problem)
    for key, field in spec.items():
        if field.required and (not partial or key in values) and prefix + key not in errors \
                and field.is_empty(out.get(key)):
            errors[prefix + key] = FieldError(REQUIRED, None, field.label)
    return out, errors


def clean(values: Mapping[str, Any], spec: Spec, *, partial: bool = False) -> dict[str, Any]:
    """The values parsed by their types, or ValidationError naming every bad field at once."""
    out, errors = check(values, spec, partial=partial)
    if errors:
        raise ValidationError(errors)
    return out


@dataclass(frozen=True)
class RecordRef(FieldType):
    """The id of another record (a record picker's choice), or empty; the database checks that the
    writer sees it (private.declare_reference)."""

    typed: bool = False

    def parse(self, value: Any) -> int | None:
        return None if value is None or value == "" else int(value)

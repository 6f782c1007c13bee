"""How amounts and dates are written and read back: one place for every screen.

    fmt_money(Decimal("60000"))        -> "¥60,000.00"  (group separator of the current locale)
    fmt_money_short(Decimal("65000"))  -> "¥6.5万" in Chinese, "¥65K" in English (summaries)
    parse_money("6.5万") / parse_money("６００００") / parse_money("¥60,000") -> Decimal
    fmt_date(dt) -> "2026-12-01";  fmt_datetime(dt) -> "2026-12-01 09:30"
    in_brackets("3") -> " (3)" in English, "（3）" in Chinese

Money is Decimal from the database to the screen and back; no float on the way.
Parsing raises MoneyInputError with a translatable message (context "errors").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk.services.validation import (
    BAD_MONEY,
    MAX_MONEY,
    BadValue,
    DateField,
    FieldType,
    Money,
    Percentage,
    Quantity,
)

DATE_FORMAT = "yyyy-MM-dd"          # every date shown or edited (QDateEdit.setDisplayFormat too)
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
CURRENCY = "¥"                      # amounts are renminbi, whatever the interface language
MAX_AMOUNT = MAX_MONEY              # numeric(14, 2), the widest money column
EXACT_MONEY = Money(rounds=False)   # typed amounts: a third decimal is refused, not rounded
__all__ = ["BAD_MONEY", "DATE_FORMAT", "MoneyInputError", "fmt_amount", "fmt_date", "fmt_datetime",
           "fmt_money", "fmt_money_short", "fmt_value", "in_brackets", "parse_money", "parse_typed"]


def in_brackets(text: object) -> str:
    """An aside after a name: " (sp_n1a)" in English, "（sp_n1a）" in Chinese (full-width, no space)."""
    return QCoreApplication.translate("Formats", " ({text})").format(text=text)


class MoneyInputError(ValueError):
    """Typed text that is not an amount (or not a value of its field type); `message` is
    untranslated (translate in context "errors"), `params` fill it in."""

    def __init__(self, message: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message, self.params = message, dict(params or {})


def _grouped(digits: str) -> str:
    """'60000' -> '60,000' with the current locale's group separator."""
    sep = QLocale().groupSeparator() or ","
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def fmt_amount(value: Decimal, places: int = 2) -> str:
    """A number with group separators and `places` decimals, no currency sign."""
    rounded = abs(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{rounded:f}".partition(".")
    text = _grouped(whole) + ((QLocale().decimalPoint() or ".") + frac if frac else "")
    return ("-" if value < 0 and rounded != 0 else "") + text


def fmt_money(value: Decimal | None) -> str:
    """Money in full: '¥60,000.00' (negative: '-¥60.00'); None is ''."""
    if value is None:
        return ""
    text = fmt_amount(value)
    return f"-{CURRENCY}{text[1:]}" if text.startswith("-") else CURRENCY + text


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def fmt_money_short(value: Decimal | None) -> str:
    """Money for a summary: '¥6.5万', '¥1.2亿' in Chinese; '¥65K', '¥1.2M', '¥3B' in English.

    Below the first unit it is whole yuan ('¥950'); one decimal at most, '.0' dropped.
    """
    if value is None:
        return ""
    steps = ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")) if _chinese() else \
        ((Decimal(1_000_000_000), "B"), (Decimal(1_000_000), "M"), (Decimal(1_000), "K"))
    amount, sign = abs(value), "-" if value < 0 else ""
    for i, (size, unit) in enumerate(steps):
        if amount >= size:
            short = (amount / size).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if i > 0 and short * size >= steps[i - 1][0]:  # 9999.96万 rounds up to 1亿
                size, unit = steps[i - 1]
                short = (amount / size).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            text = fmt_amount(short, 1)
            text = text[:-2] if short == short.to_integral_value() else text
            return f"{sign}{CURRENCY}{text}{unit}"
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{sign if whole else ''}{CURRENCY}{fmt_amount(whole, 0)}"


def parse_money(text: str | None) -> Decimal | None:
    """An amount as typed, as a Decimal with two places; None for empty input.

    Accepts full-width digits (６００００), a leading ¥/￥/RMB/CNY, group separators
    (60,000 — only in groups of three), a trailing 元, and 万/亿 (6.5万). Raises
    MoneyInputError for anything else, a negative amount, more than two decimal
    places (after 万/亿 are applied) or more than the database holds. The rules are
    the field type `Money(rounds=False)` of services/validation.py.
    """
    return parse_typed(EXACT_MONEY, text)


def parse_typed(field: FieldType, text: str | None) -> Any:
    """Typed text through its field type; MoneyInputError (any field type) with the untranslated message."""
    try:
        return field.parse(text)
    except BadValue as err:
        raise MoneyInputError(err.message, err.params) from None


def fmt_datetime(value: datetime | None) -> str:
    """Local date and time, '2026-12-01 09:30', in every language."""
    if value is None:
        return ""
    return QLocale().toString(value.astimezone(), DATETIME_FORMAT)


def fmt_date(value: date | datetime | None) -> str:
    """A date, '2026-12-01' (a timestamp in local time)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return QLocale().toString(value.astimezone(), DATE_FORMAT)
    return value.isoformat()


def fmt_percent(value: Decimal | None) -> str:
    """A percentage as it was typed, never in exponent form: 20 -> "20%", 15.01 -> "15.01%"."""
    return "" if value is None else f"{Decimal(value).normalize():f}%"


def fmt_value(field: FieldType, value: Any) -> str:
    """A value as its field type shows it: ¥60,000.00, 2.5 (a quantity), 35% (a percentage), 2026-12-01."""
    if value is None:
        return ""
    if isinstance(field, Money):
        return fmt_money(value)
    if isinstance(field, Quantity | Percentage):
        exponent = Decimal(value).normalize().as_tuple().exponent
        text = fmt_amount(Decimal(value), max(0, -exponent) if isinstance(exponent, int) else 0)
        return text + "%" if isinstance(field, Percentage) else text
    if isinstance(field, DateField):
        return fmt_date(value)
    return str(value)

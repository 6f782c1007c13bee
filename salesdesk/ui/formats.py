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

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.validation import AMOUNT_CENTS, AMOUNT_TOO_BIG, MAX_CREDIT, NEGATIVE_AMOUNT

DATE_FORMAT = "yyyy-MM-dd"          # every date shown or edited (QDateEdit.setDisplayFormat too)
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
CURRENCY = "¥"                      # amounts are renminbi, whatever the interface language
MAX_AMOUNT = MAX_CREDIT             # numeric(14, 2), the widest money column
CENT = Decimal("0.01")

BAD_MONEY = QT_TRANSLATE_NOOP("errors", "Enter an amount such as 60000, 60,000.50 or 6.5万.")

_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "w": Decimal(10_000)}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def in_brackets(text: object) -> str:
    """An aside after a name: " (sp_n1a)" in English, "（sp_n1a）" in Chinese (full-width, no space)."""
    return QCoreApplication.translate("Formats", " ({text})").format(text=text)


class MoneyInputError(ValueError):
    """Typed text that is not an amount; `message` is untranslated (translate in context "errors")."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
    places (after 万/亿 are applied) or more than the database holds.
    """
    if text is None:
        return None
    value = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if not value:
        return None
    value = value.replace("，", ",").replace("。", ".")
    for prefix in ("¥", "￥", "RMB", "rmb", "CNY", "cny"):
        if value.startswith(prefix):
            value = value[len(prefix):]
        elif value.startswith("-" + prefix):
            value = "-" + value[len(prefix) + 1:]
    value = value.removesuffix("元")
    factor = Decimal(1)
    if value and value[-1] in _UNITS:
        factor, value = _UNITS[value[-1]], value[:-1]
    if "," in value:
        if not _GROUPED.fullmatch(value):
            raise MoneyInputError(BAD_MONEY)
        value = value.replace(",", "")
    if not _NUMBER.fullmatch(value):
        raise MoneyInputError(BAD_MONEY)
    try:
        amount = Decimal(value) * factor
    except InvalidOperation:  # pragma: no cover - the pattern lets only numbers through
        raise MoneyInputError(BAD_MONEY) from None
    if amount < 0:
        raise MoneyInputError(NEGATIVE_AMOUNT)
    if amount != amount.quantize(CENT):
        raise MoneyInputError(AMOUNT_CENTS)
    if amount > MAX_AMOUNT:
        raise MoneyInputError(AMOUNT_TOO_BIG)
    return amount.quantize(CENT)


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

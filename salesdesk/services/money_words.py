"""An amount in Chinese financial capitals (大写金额), as written on invoices, cheques and contracts.

The conventions are the People's Bank of China's "正确填写票据和结算凭证的基本规定" (annex of the
支付结算办法, 1997):

- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, then 元角分; "整" after 元 when there are no 角 and
  no 分, none after 角 or 分 (1,409.50 → 壹仟肆佰零玖元伍角);
- a zero between digits is written 零, a run of zeros one 零 (6,007.14 → 陆仟零柒元壹角肆分), inside
  a group and across the 万 and 亿 groups (1,010,000 → 壹佰零壹万元整; 100,000,001 → 壹亿零壹元整);
- where the 万 digit or the 元 digit is 0 (alone or ending a run of zeros) and the next digit (千 or
  角) is not, the rules allow one 零 or none. **This module writes none** (107,000.53 →
  壹拾万柒仟元伍角叁分; 1,680.32 → 壹仟陆佰捌拾元叁角贰分), and does the same at 亿, the same
  boundary one group up (1,010,000,000 → 壹拾亿壹仟万元整). It writes the 零 when the 万 group is
  all zeros, so no 万 is written before the 千 (100,007,000 → 壹亿零柒仟元整: "壹亿柒仟" reads as
  170,000,000);
- 角 zero and 分 not: 零 after 元 is required (16,409.02 → 壹万陆仟肆佰零玖元零贰分);
- below one yuan there is no 元 (0.05 → 伍分, 0.50 → 伍角); zero is 零元整.

What is refused (CapitalAmountError, with a translatable message): a negative amount; an amount of
1 万亿 (10^12) or more (the database's money columns stop just below it); an amount that is not a
whole number of fen (1.005): the caller rounds first with the money rule it means (half up to the
fen, `validation.CENT`), this function never rounds, so the words always say the figure shown;
NaN and infinity; and a float (binary floats are never money here).
"""

from __future__ import annotations

from decimal import Decimal

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import DomainError

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")  # inside a group of four digits
GROUPS = ("", "万", "亿")  # groups of four digits, from the right
LIMIT = Decimal(10) ** 12  # 1 万亿: the first amount with no group name left
CURRENCY = "人民币"

NEGATIVE = QT_TRANSLATE_NOOP("errors", "A negative amount has no capital amount: {amount}.")
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "The amount {amount} is too large for a capital amount "
                                        "(it must be below 1,000,000,000,000).")
NOT_FEN = QT_TRANSLATE_NOOP("errors", "The amount {amount} has more than two decimal places: "
                                      "round it to the fen first.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "The amount {amount} is not a number of yuan.")


class CapitalAmountError(DomainError):
    """An amount that cannot be written in capitals (negative, too large, finer than the fen)."""


def capital_amount(amount: Decimal | int, *, currency: bool = False) -> str:
    """`amount` (yuan) in financial capitals, e.g. Decimal("1409.50") → 壹仟肆佰零玖元伍角;
    with `currency` the 人民币 prefix (人民币壹仟肆佰零玖元伍角). See the module for the rules."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise CapitalAmountError(NOT_A_NUMBER, amount=repr(amount))
    value = Decimal(amount)
    if not value.is_finite():
        raise CapitalAmountError(NOT_A_NUMBER, amount=str(value))
    if value < 0:
        raise CapitalAmountError(NEGATIVE, amount=str(value))
    if value >= LIMIT:
        raise CapitalAmountError(TOO_LARGE, amount=str(value))
    fen = value * 100
    if fen != fen.to_integral_value():
        raise CapitalAmountError(NOT_FEN, amount=str(value))
    yuan, cents = divmod(int(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    words = _yuan(yuan) + _cents(yuan, jiao, fen_digit)
    return CURRENCY + words if currency else words


def _yuan(yuan: int) -> str:
    """The whole yuan with 元 ("" below one yuan)."""
    if yuan == 0:
        return ""
    digits = str(yuan)
    out: list[str] = []
    zero_pending = False  # zeros since the last digit written
    group_used = False  # a digit written in the current group of four
    closed_at = -1  # where 万 or 亿 was last written
    for i, ch in enumerate(digits):
        position = len(digits) - 1 - i  # 0 = 元, 4 = 万, 8 = 亿
        digit = int(ch)
        if digit:
            # the zero is left out only where the rules allow it: this is the 千 digit and the
            # zeros before it end at a 万 (or 亿) that was written (壹拾万柒仟, but 壹亿零柒仟: with
            # the whole 万 group zero, "壹亿柒仟" would read as 1.7 亿)
            if zero_pending and not (position % 4 == 3 and closed_at == position + 1):
                out.append(DIGITS[0])
            out.append(DIGITS[digit] + PLACES[position % 4])
            zero_pending, group_used = False, True
        else:
            zero_pending = True
        if position % 4 == 0:
            if group_used:
                out.append(GROUPS[position // 4])
                closed_at = position
            group_used = False
    return "".join(out) + "元"


def _cents(yuan: int, jiao: int, fen: int) -> str:
    if jiao == 0 and fen == 0:
        return "零元整" if yuan == 0 else "整"
    text = DIGITS[jiao] + "角" if jiao else ("零" if yuan else "")  # 元零贰分, but 贰分 alone
    return text + (DIGITS[fen] + "分" if fen else "")

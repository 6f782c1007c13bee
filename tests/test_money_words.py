"""The capital amount (大写金额) against the People's Bank of China's written examples and the
boundaries of its rules (零 inside and across 万/亿, 整, 角分, below one yuan, the refusals)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesdesk.services.money_words import CapitalAmountError, capital_amount

CASES = [
    # the examples of 正确填写票据和结算凭证的基本规定 (the one-零-or-none cases as this module writes them)
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
    ("107000.53", "壹拾万柒仟元伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    # whole amounts, 整
    ("0", "零元整"),
    ("0.00", "零元整"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("100", "壹佰元整"),
    ("532.00", "伍佰叁拾贰元整"),
    ("10000", "壹万元整"),
    ("10000000.00", "壹仟万元整"),
    ("100000000", "壹亿元整"),
    ("100000000000", "壹仟亿元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    # 零 inside a group and across 万 / 亿
    ("1010000", "壹佰零壹万元整"),
    ("1000010", "壹佰万零壹拾元整"),
    ("100000001.00", "壹亿零壹元整"),
    ("100100", "壹拾万零壹佰元整"),
    ("100010000", "壹亿零壹万元整"),
    ("100007000", "壹亿零柒仟元整"),
    ("1010000000", "壹拾亿壹仟万元整"),
    ("1000100000", "壹拾亿零壹拾万元整"),
    ("200000000.20", "贰亿元贰角"),
    ("20000.01", "贰万元零壹分"),
    ("10.02", "壹拾元零贰分"),
    # below one yuan
    ("0.05", "伍分"),
    ("0.50", "伍角"),
    ("0.55", "伍角伍分"),
    ("0.01", "壹分"),
    # more places than the fen that are still whole fen
    ("12.300", "壹拾贰元叁角"),
]


@pytest.mark.parametrize(("amount", "words"), CASES)
def test_capital_amount_follows_the_written_rules(amount: str, words: str) -> None:
    assert capital_amount(Decimal(amount)) == words


def test_integers_and_the_currency_prefix() -> None:
    assert capital_amount(1409) == "壹仟肆佰零玖元整"
    assert capital_amount(Decimal("1409.50"), currency=True) == "人民币壹仟肆佰零玖元伍角"
    assert capital_amount(0, currency=True) == "人民币零元整"


@pytest.mark.parametrize("bad", [Decimal("-0.01"), Decimal("-1409.50"), -1])
def test_a_negative_amount_is_refused(bad: Decimal | int) -> None:
    with pytest.raises(CapitalAmountError) as err:
        capital_amount(bad)
    assert "negative" in str(err.value)


@pytest.mark.parametrize("bad", [Decimal("1000000000000"), Decimal("1000000000000.00"), 10**13])
def test_an_amount_of_one_wan_yi_or_more_is_refused(bad: Decimal | int) -> None:
    with pytest.raises(CapitalAmountError) as err:
        capital_amount(bad)
    assert "too large" in str(err.value)


@pytest.mark.parametrize("bad", [Decimal("1.005"), Decimal("0.001"), Decimal("1409.499")])
def test_finer_than_the_fen_is_refused_not_rounded(bad: Decimal) -> None:
    with pytest.raises(CapitalAmountError) as err:
        capital_amount(bad)
    assert "more than two decimal places" in str(err.value)


@pytest.mark.parametrize("bad", [1409.5, Decimal("NaN"), Decimal("Infinity"), "1409.50", True])
def test_floats_and_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises(CapitalAmountError):
        capital_amount(bad)  # type: ignore[arg-type]

"""The field types of services/validation.py: parsing, rounding to the fen, bounds, messages in
both languages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesdesk import words
from salesdesk.services.errors import FieldError, ValidationError
from salesdesk.services.validation import (
    AMOUNT_CENTS,
    AMOUNT_TOO_BIG,
    BAD_DATE,
    BAD_EMAIL,
    BAD_MOBILE,
    BAD_MONEY,
    BAD_PERCENT,
    BAD_PHONE,
    BAD_QUANTITY,
    DATE_TOO_EARLY,
    DATE_TOO_LATE,
    NEGATIVE_AMOUNT,
    QUANTITY_NOT_POSITIVE,
    QUANTITY_TOO_BIG,
    TOO_MANY_PLACES,
    UNKNOWN_FIELD,
    BadValue,
    DateField,
    Email,
    FieldType,
    Mobile,
    Money,
    Percentage,
    Phone,
    Quantity,
    Text,
    check,
    clean,
    round_fen,
)


def refused(field: FieldType, value: object) -> str:
    with pytest.raises(BadValue) as caught:
        field.parse(value)
    return caught.value.message


@pytest.mark.parametrize("typed, amount", [
    ("0.005", "0.01"), ("1.004", "1.00"), ("1.005", "1.01"), ("2.675", "2.68"), ("0.0049", "0.00"),
    ("¥60,000.00", "60000.00"), ("￥6.5万", "65000.00"), ("６００００", "60000.00"), ("60000元", "60000.00"),
    ("1.2亿", "120000000.00"), ("RMB 1,234.5", "1234.50"), (Decimal("3.14159"), "3.14"), (12, "12.00"),
    (0.1, "0.10"), ("999999999999.99", "999999999999.99"),
])
def test_money_rounds_to_the_fen_half_up(typed: object, amount: str) -> None:
    value = Money().parse(typed)
    assert value == Decimal(amount) and value.as_tuple().exponent == -2


def test_rounding_to_the_fen_is_half_up_both_ways() -> None:
    assert [round_fen(Decimal(x)) for x in ("0.005", "-0.005", "1.004", "-1.004", "0.015")] == \
        [Decimal("0.01"), Decimal("-0.01"), Decimal("1.00"), Decimal("-1.00"), Decimal("0.02")]


@pytest.mark.parametrize("field, typed, problem", [
    (Money(), "abc", BAD_MONEY), (Money(), "¥", BAD_MONEY), (Money(), "6,0000", BAD_MONEY),
    (Money(), "-5", NEGATIVE_AMOUNT), (Money(), "999999999999.995", AMOUNT_TOO_BIG),
    (Money(), "1000000000000", AMOUNT_TOO_BIG), (Money(), Decimal("NaN"), BAD_MONEY),
    (Money(rounds=False), "1.004", AMOUNT_CENTS), (Money(rounds=False), "1.2345678万", AMOUNT_CENTS),
    (Quantity(), "two", BAD_QUANTITY), (Quantity(), "0", QUANTITY_NOT_POSITIVE),
    (Quantity(), "-1", QUANTITY_NOT_POSITIVE), (Quantity(), "1.00001", TOO_MANY_PLACES),
    (Quantity(), "10000000000", QUANTITY_TOO_BIG),
    (Percentage(), "101", BAD_PERCENT), (Percentage(), "-1", BAD_PERCENT), (Percentage(), "x%", BAD_PERCENT),
    (Percentage(), "12.345", TOO_MANY_PLACES),
    (DateField(), "2026-02-30", BAD_DATE), (DateField(), "12/01/2026", BAD_DATE),
    (DateField(earliest=date(2026, 1, 1)), "2025-12-31", DATE_TOO_EARLY),
    (DateField(latest=date(2026, 12, 31)), "2027-01-01", DATE_TOO_LATE),
    (Phone(), "abc", BAD_PHONE), (Mobile(), "12345678901", BAD_MOBILE), (Email(), "name@", BAD_EMAIL),
])
def test_each_type_refuses_what_it_cannot_store(field: FieldType, typed: object, problem: str) -> None:
    assert refused(field, typed) == problem


def test_negative_money_where_allowed_and_the_empty_value() -> None:
    assert Money(negative=True).parse("-¥12.345") == Decimal("-12.35")
    assert Money().parse("") is None and Money().parse(None) is None
    assert Money(rounds=False, empty=Decimal("0")).parse("  ") == Decimal("0")


def test_quantity_percentage_date_phone_and_email_parse_what_people_type() -> None:
    assert Quantity().parse("２.５") == Decimal("2.5")
    assert Quantity().parse("1,200.1234") == Decimal("1200.1234")
    assert Percentage().parse("35%") == Decimal(35) and Percentage().parse("１２.５％") == Decimal("12.5")
    assert Percentage().parse("0") == 0 and Percentage().parse(100) == 100
    assert DateField().parse("２０２６-１２-０１") == date(2026, 12, 1) == DateField().parse("2026/12/1")
    assert DateField().parse(date(2026, 1, 2)) == date(2026, 1, 2) and DateField().parse(" ") is None
    assert Phone().parse("（021）6000–1234 分机 801") == "(021)6000-1234 转 801"
    assert Mobile().parse("+86 138-0013-8000") == "+86 138-0013-8000"
    assert Email().parse(" a@b.cn ") == "a@b.cn"


def test_a_spec_reports_every_problem_at_once_naming_the_labelled_fields() -> None:
    spec = {"title": Text(required=True, max_length=5), "amount": Money(label=words.AMOUNT),
            "quantity": Quantity(label=words.QUANTITY), "close": DateField()}
    values, problems = check({"title": "", "amount": "-1", "quantity": "0", "close": "2026-12-01", "x": 1},
                             spec)
    assert set(problems) == {"title", "amount", "quantity", "x"} and values["close"] == date(2026, 12, 1)
    assert problems["x"] == FieldError(UNKNOWN_FIELD)
    assert problems["amount"].text() == "Amount: The amount cannot be negative."
    assert problems["quantity"].text() == "Quantity: The quantity must be more than 0."
    assert check({"amount": "1"}, spec, partial=True) == ({"amount": Decimal("1.00")}, {})
    with pytest.raises(ValidationError) as caught:
        clean({"title": "abcdef"}, spec, partial=True)
    assert caught.value.fields["title"].text() == "At most 5 characters."
    assert clean({"title": "Deal", "quantity": "2.5"}, spec) == {"title": "Deal", "quantity": Decimal("2.5")}


@pytest.mark.gui
def test_messages_name_the_field_in_chinese_and_english(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    from salesdesk.ui import words
    from salesdesk.ui.i18n import install_language

    spec = {"amount": Money(label=words.AMOUNT), "share": Percentage(label=words.DISCOUNT),
            "qty": Quantity(label=words.QUANTITY)}
    _values, problems = check({"amount": "-1", "share": "150", "qty": "1.123456"}, spec)
    tr = QCoreApplication.translate
    try:
        install_language("zh_CN")
        assert problems["amount"].text(tr) == "金额：金额不能为负数。"
        assert problems["share"].text(tr).startswith("折扣：请输入 0 到 100 之间的百分比")
        assert problems["qty"].text(tr) == "数量：最多 4 位小数。"
    finally:
        install_language("en")
    assert problems["qty"].text(tr) == "Quantity: At most 4 decimal places."

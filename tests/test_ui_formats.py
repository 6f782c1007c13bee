"""Amounts and dates as Chinese staff write them: ¥, separators, 万/亿, full-width digits, yyyy-MM-dd."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from salesdesk.services.validation import AMOUNT_CENTS, AMOUNT_TOO_BIG, NEGATIVE_AMOUNT
from salesdesk.ui.formats import (
    BAD_MONEY,
    MoneyInputError,
    fmt_date,
    fmt_datetime,
    fmt_money,
    fmt_money_short,
    parse_money,
)


@pytest.fixture(params=["zh_CN", "en_US"])
def locale(request) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QLocale.setDefault(before)


def use(name: str) -> None:
    QLocale.setDefault(QLocale(name))


def test_money_has_the_yuan_sign_group_separators_and_two_places(locale: str) -> None:
    assert fmt_money(Decimal("60000")) == "¥60,000.00"
    assert fmt_money(Decimal("1234567.5")) == "¥1,234,567.50"
    assert fmt_money(Decimal("999")) == "¥999.00"
    assert fmt_money(Decimal("-60")) == "-¥60.00"
    assert fmt_money(Decimal("0.005")) == "¥0.01"  # half up, like the accountants
    assert fmt_money(None) == ""


def test_money_follows_the_locale_separators() -> None:
    before = QLocale()
    try:
        use("de_DE")  # a locale whose separators differ shows that they are the locale's
        assert fmt_money(Decimal("60000.5")) == "¥60.000,50"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("typed", ["60000", "60,000", "６００００", "6万", "¥60,000", "￥60000.00", "60000元",
                                   " 60 000 ", "6.0万", "¥6万", "６万", "60，000"])
def test_typed_amounts_are_read_as_the_same_decimal(typed: str) -> None:
    value = parse_money(typed)
    assert value == Decimal("60000") and isinstance(value, Decimal)
    assert str(value) == "60000.00"


def test_wan_and_yi_scale_and_keep_cents() -> None:
    assert parse_money("6.5万") == Decimal("65000.00")
    assert parse_money("1.2亿") == Decimal("120000000.00")
    assert parse_money("0.000001亿") == Decimal("100.00")
    assert parse_money("1234.56") == Decimal("1234.56")
    assert parse_money("") is None and parse_money("  ") is None and parse_money(None) is None


@pytest.mark.parametrize("typed, problem", [
    ("abc", BAD_MONEY), ("6万万", BAD_MONEY), ("6,0000", BAD_MONEY), ("1e5", BAD_MONEY), ("¥", BAD_MONEY),
    ("12.3.4", BAD_MONEY), ("-5", NEGATIVE_AMOUNT), ("-¥5", NEGATIVE_AMOUNT), ("1.234", AMOUNT_CENTS),
    ("1.2345678万", AMOUNT_CENTS), ("10000亿", AMOUNT_TOO_BIG)])
def test_garbage_negative_and_fractions_of_a_cent_are_refused(typed: str, problem: str) -> None:
    with pytest.raises(MoneyInputError) as caught:
        parse_money(typed)
    assert caught.value.message == problem


def test_what_is_shown_reads_back_unchanged(locale: str) -> None:
    for value in (Decimal("0.00"), Decimal("60000.00"), Decimal("999999999999.99"), Decimal("12.30")):
        assert parse_money(fmt_money(value)) == value


def test_summaries_use_wan_and_yi_in_chinese() -> None:
    before = QLocale()
    try:
        use("zh_CN")
        assert fmt_money_short(Decimal("65000")) == "¥6.5万"
        assert fmt_money_short(Decimal("60000")) == "¥6万"
        assert fmt_money_short(Decimal("120000000")) == "¥1.2亿"
        assert fmt_money_short(Decimal("99999999")) == "¥1亿"  # not ¥10000万
        assert fmt_money_short(Decimal("1234567")) == "¥123.5万"
        assert fmt_money_short(Decimal("950.40")) == "¥950"
        assert fmt_money_short(Decimal("0")) == "¥0"
        assert fmt_money_short(Decimal("-65000")) == "-¥6.5万"
        assert fmt_money_short(None) == ""
    finally:
        QLocale.setDefault(before)


def test_summaries_use_k_m_b_in_english() -> None:
    before = QLocale()
    try:
        use("en_US")
        assert fmt_money_short(Decimal("65000")) == "¥65K"
        assert fmt_money_short(Decimal("1200000")) == "¥1.2M"
        assert fmt_money_short(Decimal("999960")) == "¥1M"
        assert fmt_money_short(Decimal("3000000000")) == "¥3B"
        assert fmt_money_short(Decimal("950")) == "¥950"
    finally:
        QLocale.setDefault(before)


def test_dates_are_year_month_day_in_every_language(locale: str) -> None:
    at = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
    local = at.astimezone()
    assert fmt_date(at) == local.strftime("%Y-%m-%d")
    assert fmt_datetime(at) == local.strftime("%Y-%m-%d %H:%M")
    assert fmt_date(date(2026, 3, 4)) == "2026-03-04"
    assert fmt_date(None) == "" and fmt_datetime(None) == ""


def test_the_audit_history_writes_amounts_and_times_like_the_editor(locale: str) -> None:
    from salesdesk.services.customer_types import AuditRecord, FieldChange
    from salesdesk.ui.history_models import AuditModel, changes_text

    archived = "2026-03-04T05:06:07.123456+00:00"  # how the audit's JSON holds a timestamptz
    record = AuditRecord(id=1, at=datetime(2026, 3, 4, 5, 6, tzinfo=UTC), actor_id=None, actor_name="张主管",
                         kind="customer", record_id=7, op="UPDATE", changes=(
                             FieldChange("credit_limit", Decimal("0.0"), Decimal("65000.0")),
                             FieldChange("archived_at", None, archived),
                             FieldChange("region", "上海", "杭州")))
    text = changes_text(record)
    local = datetime.fromisoformat(archived).astimezone().strftime("%Y-%m-%d %H:%M")
    assert "¥0.00 → ¥65,000.00" in text and f"∅ → {local}" in text and "上海 → 杭州" in text
    model = AuditModel()
    model.set_rows([record])
    assert model.index(0, 0).data() == datetime(2026, 3, 4, 5, 6, tzinfo=UTC).astimezone().strftime(
        "%Y-%m-%d %H:%M")

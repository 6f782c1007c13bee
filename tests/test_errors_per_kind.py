"""Generic errors name the record's kind ("The customer was not found", "This product…"), through one
function taking the kind, in both languages; hidden and missing still answer alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from salesdesk.db.session import Database
from salesdesk.services import contacts as ct
from salesdesk.services import customers as cs
from salesdesk.services.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    NotYoursToHandOnError,
    ReadOnlyError,
    ValidationError,
    kind_name,
)
from tests.factories import Company


@pytest.fixture
def salesperson(fresh_company: Company) -> Iterator[Database]:
    db = Database.connect(fresh_company.url_for("sp_e1a"))
    yield db
    db.close()


def test_a_customer_not_found_says_customer_and_a_contact_says_contact(fresh_company: Company,
                                                                      salesperson: Database) -> None:
    hidden = fresh_company.customers["sp_n1a客户2"]  # another region's, not shared
    answers = []
    for cid in (hidden, 10**9):
        with pytest.raises(NotFoundError) as err:
            cs.get_customer(salesperson, cid)
        assert err.value.kind == "customer"
        answers.append(str(err.value))
    assert answers == ["The customer was not found. It may have been removed or is outside your scope."] * 2
    with fresh_company.admin() as conn:
        contact = conn.execute("select id from sales.contacts where customer_id = %s",
                               (hidden,)).fetchone()[0]
    with pytest.raises(NotFoundError) as err:
        ct.update_contact(salesperson, contact, None, {"notes": "x"})
    assert str(err.value).startswith("The contact was not found.")


def test_a_raised_rule_names_the_kind(fresh_company: Company, salesperson: Database) -> None:
    cid = fresh_company.customers["sp_e1a客户1"]
    with pytest.raises(ValidationError) as err:
        cs.share_customer(salesperson, cid, fresh_company.people["sp_e1a"], "write")
    assert err.value.fields["employee_id"].text() == "The owner already has access to this customer."


@pytest.mark.parametrize("error, product, unknown", [
    (NotFoundError(), "The product was not found. It may have been removed or is outside your scope.",
     "The record was not found. It may have been removed or is outside your scope."),
    (ReadOnlyError(), "You can read this product but not change it.",
     "You can read this record but not change it."),
    (NotYoursToHandOnError(), "Only the owner and the people above them can hand this product on.",
     "Only the owner and the people above them can hand this record on."),
    (ConflictError(None, None, None), "Someone else changed this product. Reload it to see their changes.",
     "Someone else changed this record. Reload it to see their changes."),
])
def test_the_screen_names_the_kind_the_service_did_not(error: DomainError, product: str,
                                                       unknown: str) -> None:
    assert error.text(None, "product") == product
    assert error.text() == unknown == error.text(None, "no such kind")


def test_a_kind_the_service_named_wins() -> None:
    error = NotFoundError()
    error.kind = "customer"
    assert error.text(None, "product").startswith("The customer was not found")


@pytest.mark.gui
def test_kinds_are_named_in_chinese(qapp) -> None:  # noqa: ANN001
    from salesdesk.ui.errors import error_text, translate
    from salesdesk.ui.i18n import install_language

    try:
        install_language("zh_CN")
        assert error_text(NotFoundError(), "product") == \
            "未找到该产品。它可能已被删除，或不在您的数据范围内。"
        assert error_text(ReadOnlyError(), "opportunity") == "您可以查看此商机，但不能修改。"
        assert error_text(ReadOnlyError()) == "您可以查看此记录，但不能修改。"
        names = [kind_name(k, translate) for k in ("customer", "lead", "followup")]
        assert names == ["客户", "线索", "跟进记录"]
    finally:
        install_language("en")
    assert error_text(NotFoundError(), "lead").startswith("The lead was not found")

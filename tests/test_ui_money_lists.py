"""The payments and invoices pages (ui/money_lists.py) on the real database: each lists the
payments or invoices of every contract the viewer sees (a salesperson their own, the director
everyone's), sorts by its columns, filters by status or type and by a date range (both ends
included), says when nothing matches, and opens a line's contract on its money tab."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from salesdesk.ui.contract_editor import ContractEditor
from salesdesk.ui.money_lists import InvoiceListPage, PaymentListPage
from tests.factories import Company, build_small_company
from tests.test_payments import INVOICE, PAY, contract, invoice, pay
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
D = Decimal


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    mine, theirs = contract(company, "sp_e1a", total="1000.00"), contract(company, "sp_n1a", total="500.00")
    company.call("sp_e1a", PAY, pay(mine, "100.00", date(2026, 5, 3)))
    company.call("sp_e1a", PAY, pay(mine, "250.50", date(2026, 6, 10)))
    company.call("sp_n1a", PAY, pay(theirs, "70.00", date(2026, 6, 1)))
    company.call("sp_e1a", INVOICE, invoice(mine, "300.00", "39.00", "44000001"))
    company.call("sp_n1a", INVOICE, invoice(theirs, "100.00", number="44000002"))
    company.contracts["mine"], company.contracts["theirs"] = mine, theirs
    return company


def settle(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.is_loaded() and not page.model.is_counting(), timeout=WAIT_MS)


def amounts(page) -> list[Decimal]:  # noqa: ANN001
    return [r.amount for r in page.model.rows()]


def set_date(qtbot, page, edit, day: date) -> None:  # noqa: ANN001
    edit.setDate(QDate(day.year, day.month, day.day))
    settle(qtbot, page)


def test_a_salesperson_lists_their_contracts_payments_filters_and_opens_one(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "payments")
        assert isinstance(page, PaymentListPage)
        settle(qtbot, page)
        assert amounts(page) == [D("250.50"), D("100.00")]  # newest received first; not the other region's
        assert page.count_label.text() in ("2 payments", "2 payment(s)")  # English catalogue or none
        assert {r.customer_name for r in page.model.rows()} != {None}
        assert page.model.sort_key == "received_on" and not page.search.isVisible()
        keys = [c.key for c in page.model.columns]
        assert keys[:2] == ["received_on", "customer"]
        page.model.sort(keys.index("amount"))
        settle(qtbot, page)
        assert amounts(page) == [D("100.00"), D("250.50")]
        status = page.combos["status"]
        status.setCurrentIndex(status.findData("pending"))
        settle(qtbot, page)
        assert page.model.rowCount() == 0 and "Nothing matches these filters" in page.empty_label.text()
        status.setCurrentIndex(status.findData("approved"))  # no approval rule: approved at once
        settle(qtbot, page)
        assert page.model.rowCount() == 2
        start, end = page.dates
        set_date(qtbot, page, start, date(2026, 6, 10))  # from the day itself
        assert amounts(page) == [D("250.50")]
        set_date(qtbot, page, start, date(2026, 5, 1))
        set_date(qtbot, page, end, date(2026, 5, 3))  # to the day itself
        assert amounts(page) == [D("100.00")]
        page.clear_filters()
        settle(qtbot, page)
        assert page.model.rowCount() == 2 and page.date_range() == (None, None)
        page.open_row(page.model.rows()[0])
        editor = window.current_page()
        assert isinstance(editor, ContractEditor)
        qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == co.contracts["mine"]
                        and editor.ui.tabs.currentIndex() == editor.money_tab, timeout=WAIT_MS)


def test_the_director_lists_everyones_invoices_by_type(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "invoices")
        assert isinstance(page, InvoiceListPage)
        settle(qtbot, page)
        assert {r.number for r in page.model.rows()} == {"44000001", "44000002"}
        assert {r.total_amount for r in page.model.rows()} == {D("339.00"), D("100.00")}
        kind = page.combos["invoice_type"]
        kind.setCurrentIndex(kind.findData("ordinary"))
        settle(qtbot, page)
        assert page.model.rowCount() == 0
        kind.setCurrentIndex(kind.findData("vat_special"))
        settle(qtbot, page)
        assert page.model.rowCount() == 2 and page.count_label.text() in ("2 invoices", "2 invoice(s)")
        payments = wait_loaded(qtbot, window, "payments")
        settle(qtbot, payments)
        assert sorted(amounts(payments)) == [D("70.00"), D("100.00"), D("250.50")]

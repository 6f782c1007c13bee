"""The payments (回款) and invoices (开票) pages: each kind's list across the contracts I see
(sql/0042), declared as a kind screen (ui/kind_screen.py) with a status or type filter and a date
range. A line opens its contract on the money tab (`contract:<id>?money`), where payments and
invoices are recorded, approved and read whole."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel

from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services.approval_types import STATES
from salesdesk.services.money_lists import INVOICES, PAYMENTS, range_query
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.contract_editor import MONEY_SUFFIX
from salesdesk.ui.formats import DATE_FORMAT
from salesdesk.ui.kind_list import KindListPage, line_reader
from salesdesk.ui.kind_screen import Filter, KindScreen, register_screen
from salesdesk.ui.payment_models import INVOICE_TYPES, invoice_columns, invoice_type_text, payment_columns
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum: shown as "any", no bound


def _customer() -> Column[Any]:
    return Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "", width=170)


def _sorted(columns: list[Column[Any]], sorts: dict[str, str], after: str) -> list[Column[Any]]:
    """The money tables' columns with the list's sorts, and the customer's column after `after`."""
    out: list[Column[Any]] = []
    for c in columns:
        out.append(dataclasses.replace(c, sort_key=sorts.get(c.key), fixed=c.key == after))
        if c.key == after:
            out.append(_customer())
    return out


def payment_list_columns() -> list[Column[Any]]:
    return _sorted(payment_columns(), {"received_on": "received_on", "amount": "amount"}, "received_on")


def invoice_list_columns() -> list[Column[Any]]:
    return _sorted(invoice_columns(), {"issued_on": "issued_on", "number": "number"}, "issued_on")


class MoneyListPage(KindListPage):
    """A money kind's list: no search (its records have no name), a date range beside the filters."""

    date_column = ""

    def build_filters(self) -> None:
        super().build_filters()
        self.search.hide()
        self.dates: list[QDateEdit] = []
        self.date_labels: list[QLabel] = []
        for name in ("fromDate", "toDate"):
            label = QLabel()
            edit = QDateEdit()
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setMinimumDate(NO_DATE)
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self.apply_filters())
            label.setBuddy(edit)
            self.filters.addWidget(label)
            self.filters.addWidget(edit, 1)
            self.dates.append(edit)
            self.date_labels.append(label)

    def retranslate(self) -> None:
        super().retranslate()
        for label, text in zip(
            self.date_labels,
            (translate("MoneyListPage", "F&rom"), translate("MoneyListPage", "&To")),
            strict=True,
        ):
            label.setText(text)
        for edit in self.dates:
            edit.setSpecialValueText(translate("MoneyListPage", "any date"))

    def date_range(self) -> tuple[date | None, date | None]:
        start, end = (None if e.date() == NO_DATE else e.date().toPython() for e in self.dates)
        return start, end  # type: ignore[return-value]

    def query(self) -> dict[str, Any]:
        query = super().query()
        query.pop("search", None)
        return {**query, **range_query(self.date_column, *self.date_range())}

    def filters_active(self) -> bool:
        return super().filters_active() or self.date_range() != (None, None)

    def clear_filters(self) -> None:
        for edit in self.dates:
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        super().clear_filters()

    def open_row(self, row: Any) -> None:
        self.ctx.show_page(f"contract:{row.contract_id}{MONEY_SUFFIX}")


class PaymentListPage(MoneyListPage):
    date_column = "received_on"


class InvoiceListPage(MoneyListPage):
    date_column = "issued_on"


PAYMENT = RecordKind("payment", owned=False, list_page="payments", reread=line_reader(PAYMENTS))
INVOICE = RecordKind("invoice", owned=False, list_page="invoices", reread=line_reader(INVOICES))
STATE_WORDS = {s: (lambda s=s: translate(WORDS, STATES[s])) for s in STATES}
TYPE_WORDS = {t: (lambda t=t: invoice_type_text(t)) for t in INVOICE_TYPES}

PAYMENTS_SCREEN = KindScreen(
    PAYMENT,
    PAYMENTS,
    page="payments",
    title=QT_TRANSLATE_NOOP("pages", "Payments"),
    icon="products",
    order=43,
    columns=payment_list_columns,
    actions=("edit",),
    filters=(Filter("status", lambda: translate("LeadRecordsPage", "Any status"), STATE_WORDS),),
    count=lambda n, exact: (
        translate("MoneyListPage", "%n payment(s)", "", n)
        if exact
        else translate("MoneyListPage", "at least %n payment(s)", "", n)
    ),
    empty=lambda: translate(
        "MoneyListPage", "No payments — they are recorded on an approved contract's money tab"
    ),
    grey=lambda row: row.status in ("rejected", "withdrawn"),
)
INVOICES_SCREEN = KindScreen(
    INVOICE,
    INVOICES,
    page="invoices",
    title=QT_TRANSLATE_NOOP("pages", "Invoices"),
    icon="products",
    order=44,
    columns=invoice_list_columns,
    actions=("edit",),
    filters=(Filter("invoice_type", lambda: translate("FollowupListPage", "Any type"), TYPE_WORDS),),
    count=lambda n, exact: (
        translate("MoneyListPage", "%n invoice(s)", "", n)
        if exact
        else translate("MoneyListPage", "at least %n invoice(s)", "", n)
    ),
    empty=lambda: translate(
        "MoneyListPage", "No invoices — they are recorded on an approved contract's money tab"
    ),
)
register_screen(PAYMENTS_SCREEN, PaymentListPage)
register_screen(INVOICES_SCREEN, InvoiceListPage)

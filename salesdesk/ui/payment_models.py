"""The money tables (sql/0029): the receivables ageing with its totals row and overdue highlighted,
a contract's instalments, payments and invoices; and the words of their codes, in the "Money"
context (the states of a payment are the approvals' shared words)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services.approval_types import STATES, TYPES
from salesdesk.services.payments import ContractMoney, Instalment, Invoice, Payment
from salesdesk.services.receivables import AgeingRow
from salesdesk.ui import words
from salesdesk.ui.columns import Column, Index, RowsModel, fmt_date, fmt_money, translate
from salesdesk.ui.words import word

CONTEXT = "Money"
METHODS = {
    "bank_transfer": QT_TRANSLATE_NOOP("Money", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("Money", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("Money", "Cheque"),
    "acceptance_bill": QT_TRANSLATE_NOOP("Money", "Acceptance bill"),
    "other": words.OTHER,
}
INVOICE_TYPES = {
    "ordinary": QT_TRANSLATE_NOOP("Money", "Ordinary invoice"),
    "vat_special": QT_TRANSLATE_NOOP("Money", "VAT special invoice"),
}
BUCKETS = {
    "not_due": QT_TRANSLATE_NOOP("Money", "Not due"),
    "d1_30": QT_TRANSLATE_NOOP("Money", "1–30 days"),
    "d31_60": QT_TRANSLATE_NOOP("Money", "31–60 days"),
    "d61_90": QT_TRANSLATE_NOOP("Money", "61–90 days"),
    "d91_plus": QT_TRANSLATE_NOOP("Money", "Over 90 days"),
}
GROUPS = {
    "customer": words.CUSTOMER,
    "owner": QT_TRANSLATE_NOOP("Money", "Person"),
    "unit": words.UNIT,
}
OVERDUE_COLOURS = {"d1_30": "#fff4e5", "d31_60": "#ffe3c2", "d61_90": "#ffcdb8", "d91_plus": "#f9b4ab"}
OVERDUE_TEXT = QColor("#b3261e")


def money_word(source: str) -> str:
    """A word of the money screens: a shared one (words context) or one of "Money"."""
    return word(source) if source in (words.OTHER, words.CUSTOMER, words.UNIT) else translate(CONTEXT, source)


def method_text(code: str) -> str:
    return money_word(METHODS.get(code, code))


def invoice_type_text(code: str) -> str:
    return money_word(INVOICE_TYPES.get(code, code))


def state_text(state: str) -> str:
    return translate(WORDS, STATES.get(state, state))


def _t(source: str) -> Callable[[], str]:
    return lambda: money_word(source)


def _w(source: str) -> Callable[[], str]:
    return lambda: word(source)


def _money(key: str, title: Callable[[], str], get: Callable[[Any], Any], width: int = 96) -> Column[Any]:
    return Column(key, title, lambda r: fmt_money(get(r)), right=True, width=width, kind="money", value=get)


class AgeingModel(RowsModel[AgeingRow]):
    """The ageing table: a row per customer, person or unit, then the totals row (bold); overdue
    amounts red on a background that deepens with the bucket."""

    def __init__(self, parent: Any = None) -> None:
        self.group = "customer"
        super().__init__([
            Column("group", lambda: money_word(GROUPS[self.group]),
                   lambda r: r.group_name or "" if r.group_id is not None or r.group_name
                   else self.total_title(), width=170),
            Column("contracts", _t(QT_TRANSLATE_NOOP("Money", "Contract count")), lambda r: str(r.contracts),
                   right=True, width=100, kind="int", value=lambda r: r.contracts),
            *(_money(b, _t(title), lambda r, b=b: r.bucket(b)) for b, title in BUCKETS.items()),
            _money("overdue", _t(QT_TRANSLATE_NOOP("Money", "Overdue")), lambda r: r.overdue),
            _money("unplanned", _t(QT_TRANSLATE_NOOP("Money", "Not planned")), lambda r: r.unplanned),
            _money("receivable", _t(QT_TRANSLATE_NOOP("Money", "Receivable")), lambda r: r.receivable, 110),
        ], parent)

    @staticmethod
    def total_title() -> str:
        return translate(CONTEXT, "Total")

    def is_total(self, row: int) -> bool:
        return row == self.rowCount() - 1 and self.rowCount() > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.row_at(index.row()), self.columns[index.column()].key
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if row is not None and key in OVERDUE_COLOURS and row.bucket(key) > 0:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(OVERDUE_COLOURS[key]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
        unit = row is not None and row.kind == "unit"
        if role == Qt.ItemDataRole.DecorationRole and key == "group" and unit:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)  # opens (Enter)
        overdue = row is not None and key == "overdue" and row.overdue > 0
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        return super().data(index, role)


def instalment_columns() -> list[Column[Instalment]]:
    return [
        Column("due_on", _t(QT_TRANSLATE_NOOP("Money", "Due on")), lambda r: fmt_date(r.due_on), width=100),
        _money("amount", _w(words.AMOUNT), lambda r: r.amount),
        _money("paid", _t(QT_TRANSLATE_NOOP("Money", "Paid")), lambda r: r.paid),
        _money("unpaid", _t(QT_TRANSLATE_NOOP("Money", "Unpaid")), lambda r: r.unpaid),
        Column("bucket", _t(QT_TRANSLATE_NOOP("Money", "Ageing")),
               lambda r: money_word(BUCKETS[r.bucket]) if r.unpaid > 0 else translate(CONTEXT, "Paid"),
               width=100),
        Column("note", _w(words.NOTES), lambda r: r.note or "", width=160),
    ]


class InstalmentModel(RowsModel[Instalment]):
    """A contract's plan; an overdue unpaid instalment in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(instalment_columns(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        late = row is not None and row.unpaid > 0 and row.days_overdue > 0
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE_TEXT)
        return super().data(index, role)


def payment_columns() -> list[Column[Payment]]:
    return [
        Column("received_on", _t(QT_TRANSLATE_NOOP("Money", "Received on")),
               lambda r: fmt_date(r.received_on), width=100),
        _money("amount", _w(words.AMOUNT), lambda r: r.amount),
        Column("method", _t(QT_TRANSLATE_NOOP("Money", "Method")), lambda r: method_text(r.method)),
        Column("reference", _t(QT_TRANSLATE_NOOP("Money", "Reference")), lambda r: r.reference or ""),
        Column("status", _w(words.STATUS), lambda r: state_text(r.status), width=90),
        Column("contract", lambda: translate(WORDS, TYPES["contract"]),
               lambda r: r.contract_number or r.contract_title, width=140),
    ]


def invoice_columns() -> list[Column[Invoice]]:
    return [
        Column("issued_on", _t(QT_TRANSLATE_NOOP("Money", "Issued on")), lambda r: fmt_date(r.issued_on),
               width=100),
        Column("number", _t(QT_TRANSLATE_NOOP("Money", "Invoice number")), lambda r: r.number),
        Column("type", _t(QT_TRANSLATE_NOOP("Money", "Invoice type")),
               lambda r: invoice_type_text(r.invoice_type), width=130),
        _money("amount", _t(QT_TRANSLATE_NOOP("Money", "Before tax")), lambda r: r.amount),
        _money("tax", _t(QT_TRANSLATE_NOOP("Money", "Tax amount")), lambda r: r.tax_amount),
        _money("total", _t(QT_TRANSLATE_NOOP("Money", "Total")), lambda r: r.total_amount),
        Column("contract", lambda: translate(WORDS, TYPES["contract"]),
               lambda r: r.contract_number or r.contract_title, width=140),
    ]


def contract_money_columns(customer: bool) -> list[Column[ContractMoney]]:
    """A counting contract's money side by side (the customer's column on lists of many customers)."""
    return [
        Column("contract", _t(QT_TRANSLATE_NOOP("Money", "Contract number")),
               lambda r: r.contract_number or r.contract_title, width=150),
        *([Column("customer", _w(words.CUSTOMER), lambda r: r.customer_name or "", width=160)]
          if customer else []),
        Column("owner", _w(words.OWNER), lambda r: r.owner_name or "", width=90),
        _money("total", _t(QT_TRANSLATE_NOOP("Money", "Total")), lambda r: r.total_amount),
        _money("received", _t(QT_TRANSLATE_NOOP("Money", "Received")), lambda r: r.received),
        _money("receivable", _t(QT_TRANSLATE_NOOP("Money", "Receivable")), lambda r: r.receivable),
        _money("invoiced", _t(QT_TRANSLATE_NOOP("Money", "Invoiced")), lambda r: r.invoiced),
        _money("uninvoiced", _t(QT_TRANSLATE_NOOP("Money", "Not invoiced")), lambda r: r.uninvoiced),
    ]

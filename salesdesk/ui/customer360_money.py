"""The money of the customer's 360° page (helper payments, issue 13 §8): "Contracts", "Payments"
and "Invoices" tabs with their totals, and the money events (payments received, invoices issued)
for its timeline. Filled from services/payments.customer_overview, one call off the GUI thread
(the page's "money" part); a contract opens its money in the receivables page's panel."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.payments import ContractMoney, CustomerMoneyView, MoneyEvent
from salesdesk.ui.columns import RowsModel, fmt_date, fmt_money
from salesdesk.ui.contract_money import TAB_INVOICES, TAB_PAYMENTS, money_table
from salesdesk.ui.payment_models import (
    contract_money_columns,
    invoice_columns,
    invoice_type_text,
    method_text,
    payment_columns,
    state_text,
)

translate = QCoreApplication.translate


def _tab(view: QWidget, totals: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(totals)
    layout.addWidget(view, 1)
    return box


class CustomerMoneyTabs(QTabWidget):
    """Contracts, payments and invoices of one customer, each tab with its totals line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerMoneyTabs")
        self.view: CustomerMoneyView | None = None
        self.contract_model: RowsModel[ContractMoney] = RowsModel(contract_money_columns(False), self)
        self.payment_model: RowsModel[Any] = RowsModel(payment_columns(), self)
        self.invoice_model: RowsModel[Any] = RowsModel(invoice_columns(), self)
        self.totals = {k: QLabel() for k in ("contracts", "payments", "invoices")}
        for key, model in (("contracts", self.contract_model), ("payments", self.payment_model),
                           ("invoices", self.invoice_model)):
            self.totals[key].setObjectName(f"{key}Totals")
            self.addTab(_tab(money_table(model, f"customer_{key}Table"), self.totals[key]), "")
        self.retranslate()

    def show_money(self, view: CustomerMoneyView | None) -> None:
        self.view = view
        if view is None:
            return
        self.contract_model.set_rows(view.contracts)
        self.payment_model.set_rows(view.payments)
        self.invoice_model.set_rows(view.invoices)
        self.retranslate()

    def timeline_rows(self) -> list[tuple[datetime, Any, list[str]]]:
        """The money events as timeline rows: (when, key, [date, what, details, by])."""
        if self.view is None:
            return []
        return [(datetime.combine(e.at, time.min).astimezone(), e.record_id,
                 [fmt_date(e.at), self._what(e), self._detail(e), ""]) for e in self.view.events]

    @staticmethod
    def _what(e: MoneyEvent) -> str:
        source = "Payment received {amount}" if e.entry == "payment" else "Invoice issued {amount}"
        return translate("Money", source).format(amount=fmt_money(e.amount))

    @staticmethod
    def _detail(e: MoneyEvent) -> str:
        if e.entry == "payment":
            return f"{e.contract_number} · {method_text(e.detail or '')} · {state_text(e.status or '')}"
        return f"{e.contract_number} · {invoice_type_text(e.status or '')} {e.detail or ''}"

    def retranslate(self) -> None:
        view = self.view
        m = view.money if view is not None else None

        def amount(name: str) -> str:
            return fmt_money(getattr(m, name) if m is not None else Decimal(0))

        for n, (source, rows) in enumerate(((TAB_CONTRACTS, view.contracts if view else []),
                                            (TAB_PAYMENTS, view.payments if view else []),
                                            (TAB_INVOICES, view.invoices if view else []))):
            self.setTabText(n, translate("Money", source).format(n=len(rows)))
        contracts = translate("Money", "Contracts total {total} · receivable {receivable}")
        paid = translate("Money", "Received {received} · waiting for approval {pending}")
        billed = translate("Money", "Invoiced {invoiced} · not invoiced {uninvoiced}")
        self.totals["contracts"].setText(contracts.format(total=amount("total_amount"),
                                                          receivable=amount("receivable")))
        self.totals["payments"].setText(paid.format(received=amount("received"), pending=amount("pending")))
        self.totals["invoices"].setText(billed.format(invoiced=amount("invoiced"),
                                                      uninvoiced=amount("uninvoiced")))
        for model in (self.contract_model, self.payment_model, self.invoice_model):
            model.retranslate()


TAB_CONTRACTS = QT_TRANSLATE_NOOP("Money", "Contracts ({n})")
_WORDS = (QT_TRANSLATE_NOOP("Money", "Payment received {amount}"),
          QT_TRANSLATE_NOOP("Money", "Invoice issued {amount}"))

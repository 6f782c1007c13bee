"""A contract's money (`ContractMoneyPanel(ctx, contract_id)`): the totals side by side, the
payment plan with what is paid of each instalment, the payments with their approval state and
the invoices; "Edit plan…", "Record payment…" and "Record invoice…". Reusable: the receivables
page drills into it, the contract editor hosts it as a tab.

Every read and write runs off the GUI thread (ctx.tasks); a write announces the change
(root contract) so other pages re-read, and a change of the contract's money from the feed
reloads the panel. A contract that does not count (not approved) shows why and offers nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import payments
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.columns import RowsModel
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.pages import AppContext
from salesdesk.ui.payment_dialogs import InvoiceDialog, PaymentDialog, PaymentPlanDialog
from salesdesk.ui.payment_models import InstalmentModel, invoice_columns, payment_columns

translate = QCoreApplication.translate
MONEY_KINDS = ("instalment", "payment", "invoice")


def money_table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    for n, column in enumerate(model.columns):
        view.setColumnWidth(n, column.width)
    return view


class ContractMoneyPanel(QWidget):
    """One contract's plan, payments and invoices; `loaded` once all are shown."""

    loaded = Signal()
    planGapChanged = Signal(object)  # the plan's gap (Decimal) or None: the contract page flags it

    def __init__(self, ctx: AppContext, contract_id: int | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractMoneyPanel")
        self.ctx, self.db = ctx, ctx.session.database
        self.today = today
        self.contract_id = contract_id
        self.money: payments.ContractMoney | None = None
        self._money_read = False  # the money arrived (None then means: the contract does not count)
        self.plan: payments.Plan | None = None
        self._waiting = 0
        self._generation = 0
        self.summary = QLabel()
        self.summary.setObjectName("moneySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_gap = QLabel()  # a plan the total no longer matches (after an amendment)
        self.plan_gap.setObjectName("planGap")
        self.plan_gap.setStyleSheet("color: #b3261e")
        self.plan_gap.setWordWrap(True)
        self.plan_gap.setVisible(False)
        self.message = QLabel()
        self.message.setObjectName("moneyMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.plan_model = InstalmentModel(self)
        self.payment_model: RowsModel[payments.Payment] = RowsModel(payment_columns(), self)
        self.invoice_model: RowsModel[payments.Invoice] = RowsModel(invoice_columns(), self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("moneyTabs")
        for model, name in ((self.plan_model, "planTable"), (self.payment_model, "paymentTable"),
                            (self.invoice_model, "invoiceTable")):
            self.tabs.addTab(money_table(model, name), "")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, act in (("plan", self.edit_plan), ("payment", self.record_payment),
                         ("invoice", self.record_invoice)):
            button = QPushButton()
            button.setObjectName(f"{key}Button")
            button.clicked.connect(act)
            button.setEnabled(False)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.plan_gap)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        if contract_id is not None:
            self.show_contract(contract_id)

    # -- loading -------------------------------------------------------------------------------
    def show_contract(self, contract_id: int) -> None:
        if contract_id != self.contract_id:
            self.money, self._money_read, self.plan = None, False, None
        self.contract_id = contract_id
        self.reload()

    def reload(self) -> None:
        if self.contract_id is None:
            return
        self._generation += 1  # answers of an earlier read still on their way are ignored
        c, gen, today = self.contract_id, self._generation, self.today or date.today()
        self._waiting = 4
        for part, fn, args in (("money", payments.contract_money, ()), ("plan", payments.plan, (today,)),
                               ("payments", payments.payments, ()), ("invoices", payments.invoices, ())):
            self.ctx.tasks.run(fn, self.db, c, *args, busy=False,
                               on_success=lambda r, p=part: self._got(gen, p, r),
                               on_error=lambda e: self._failed(gen, e))

    def _got(self, generation: int, part: str, result: Any) -> None:
        if generation != self._generation:
            return
        if part == "money":
            self.money, self._money_read = result, True
            self.show_summary()
        elif part == "plan":
            self.plan = result
            self.plan_model.set_rows(result.instalments)
        elif part == "payments":
            self.payment_model.set_rows(result)
        else:
            self.invoice_model.set_rows(result)
        self.retranslate_tabs()
        self._arrived()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.message.setText(ui_errors.error_text(exc, "contract"))
            self._arrived()

    def _arrived(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.loaded.emit()

    def is_loaded(self) -> bool:
        return self._waiting <= 0 and self.contract_id is not None

    # -- showing -------------------------------------------------------------------------------
    def show_plan_gap(self) -> None:
        """Flag a plan that no longer adds up to the total, with the difference; Edit plan fixes it."""
        m = self.money
        gap = m.plan_gap if m is not None else None
        self.plan_gap.setVisible(gap is not None)
        if m is None or gap is None:
            self.plan_gap.clear()
        else:
            short = translate("Money", "The payment plan adds up to {planned}, not the contract total "
                                       "{total}: {gap} is left to plan. Edit the plan to match.")
            over = translate("Money", "The payment plan adds up to {planned}, more than the contract total "
                                      "{total} by {gap}. Edit the plan to match.")
            text = short if gap > 0 else over
            self.plan_gap.setText(text.format(planned=fmt_money(m.planned), total=fmt_money(m.total_amount),
                                              gap=fmt_money(abs(gap))))
        self.planGapChanged.emit(gap)
        self.retranslate_tabs()

    def show_summary(self) -> None:
        self.show_plan_gap()
        m = self.money
        counts = m is not None
        for button in self.buttons.values():
            button.setEnabled(counts)
        if m is None:
            if not self._money_read:
                self.summary.clear()
                return
            self.summary.setText(translate("errors", "Payments, plans and invoices are recorded only on an "
                                                    "approved contract."))
            return
        self.summary.setText(translate(
            "Money", "Total {total} · received {received} · waiting for approval {pending} · "
                     "receivable {receivable} · invoiced {invoiced} · not invoiced {uninvoiced}").format(
            total=fmt_money(m.total_amount), received=fmt_money(m.received), pending=fmt_money(m.pending),
            receivable=fmt_money(m.receivable), invoiced=fmt_money(m.invoiced),
            uninvoiced=fmt_money(m.uninvoiced)))

    def heading(self) -> str:
        m = self.money
        if m is None:
            return ""
        return translate("Money", "{contract} · {customer} · total {total}").format(
            contract=m.contract_number or m.contract_title, customer=m.customer_name or "",
            total=fmt_money(m.total_amount))

    # -- actions -------------------------------------------------------------------------------
    def _saved(self, kind: str) -> None:
        self.message.clear()
        payload = {"kind": kind, "root_kind": "contract", "root_id": self.contract_id, "op": "INSERT"}
        self.ctx.announce(payload, self)
        self.reload()

    def edit_plan(self) -> None:
        if self.money is None or self.plan is None or self.contract_id is None:
            return
        c, version = self.contract_id, self.plan.version
        done = PaymentPlanDialog.ask(
            self, plan=self.plan, total=self.money.total_amount, heading=self.heading(),
            submit=lambda lines: payments.save_plan(self.db, c, version, lines), runner=self.ctx.tasks)
        if done is not None:
            self._saved("instalment")

    def record_payment(self) -> None:
        if self.money is None or self.contract_id is None:
            return
        c = self.contract_id
        done = PaymentDialog.ask(self, heading=self.heading(), runner=self.ctx.tasks,
                                 submit=lambda values: payments.record_payment(self.db, c, values))
        if done is not None:
            if done.status == "pending":
                self.ctx.notify(translate("Money", "The payment waits for approval."))
            self._saved("payment")

    def record_invoice(self) -> None:
        if self.money is None or self.contract_id is None:
            return
        c = self.contract_id
        done = InvoiceDialog.ask(self, heading=self.heading(), runner=self.ctx.tasks,
                                 submit=lambda values: payments.record_invoice(self.db, c, values))
        if done is not None:
            self._saved("invoice")

    def on_live_change(self, payload: dict) -> None:
        if payload.get("root_kind") == "contract" and payload.get("root_id") == self.contract_id:
            self.reload()

    def retranslate_tabs(self) -> None:
        for n, (source, model) in enumerate(((TAB_PLAN, self.plan_model), (TAB_PAYMENTS, self.payment_model),
                                             (TAB_INVOICES, self.invoice_model))):
            self.tabs.setTabText(n, translate("Money", source).format(n=model.rowCount()))
        if self.money is not None and self.money.plan_gap is not None:
            self.tabs.setTabText(0, "⚠ " + self.tabs.tabText(0))

    def retranslate(self) -> None:
        self.buttons["plan"].setText(translate("Money", "Edit p&lan…"))
        self.buttons["payment"].setText(translate("Money", "Record &payment…"))
        self.buttons["invoice"].setText(translate("Money", "Record &invoice…"))
        self.retranslate_tabs()
        for model in (self.plan_model, self.payment_model, self.invoice_model):
            model.retranslate()
        self.show_summary()


TAB_PLAN = QT_TRANSLATE_NOOP("Money", "Payment plan ({n})")
TAB_PAYMENTS = QT_TRANSLATE_NOOP("Money", "Payments ({n})")
TAB_INVOICES = QT_TRANSLATE_NOOP("Money", "Invoices ({n})")

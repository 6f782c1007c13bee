"""Record a payment, record an invoice, edit a contract's payment plan: dialogs from `forms/`.

Each checks its fields with the service's rules before it closes and, given `submit`, saves off
the GUI thread; a refusal (an overpayment, a plan not summing to the total, a field) is shown in
the dialog with the typing kept. The plan is saved whole (services/payments.save_plan).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHeaderView, QLabel, QTableWidgetItem, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.payment_rules import (
    INSTALMENT_SPEC,
    INVOICE_SPEC,
    INVOICE_TYPES,
    METHODS,
    PAYMENT_SPEC,
)
from salesdesk.services.payments import Plan
from salesdesk.services.validation import Money, Spec, check
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.dialogs import FormDialog
from salesdesk.ui.formats import DATE_FORMAT, fmt_money
from salesdesk.ui.forms_gen.invoice_dialog import Ui_InvoiceDialog
from salesdesk.ui.forms_gen.payment_dialog import Ui_PaymentDialog
from salesdesk.ui.forms_gen.payment_plan_dialog import Ui_PaymentPlanDialog
from salesdesk.ui.payment_models import invoice_type_text, method_text
from salesdesk.ui.words import word

ANY_MONEY = Money()
translate = QCoreApplication.translate


def _problems(values: Mapping[str, Any], spec: Spec) -> dict[str, str]:
    _, errors = check(values, spec)
    return {k: e.text(ui_errors.translate) for k, e in errors.items()}


class _MoneyForm(FormDialog):
    """A form of fields named `<field>Edit/Date/Combo` with `<field>Error` labels (forms/*.ui)."""

    spec: Spec = {}
    title = ""

    def __init__(self, parent: QWidget | None = None, *, heading: str = "", **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setWindowTitle(translate("Money", self.title))
        self.ui.contractLabel.setText(heading)
        for name in self.spec:
            widget = self.widget(name)
            if isinstance(widget, QDateEdit):
                widget.setDisplayFormat(DATE_FORMAT)
                widget.setDate(QDate.currentDate())
        self.resize(460, self.sizeHint().height())

    def widget(self, name: str) -> Any:
        return next(getattr(self.ui, name + suffix) for suffix in ("Edit", "Date", "Combo")
                    if hasattr(self.ui, name + suffix))

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.spec:
            w = self.widget(name)
            out[name] = (w.date().toPython() if isinstance(w, QDateEdit)
                         else w.currentData() if hasattr(w, "currentData") else w.text())
        return out

    def check(self, value: Any) -> Mapping[str, str]:
        return _problems(value, self.spec)

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        for name in self.spec:
            label: QLabel = getattr(self.ui, name + "Error")
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        rest = " ".join(x for k, x in problems.items() if k not in self.spec)
        text = " ".join(x for x in (message if not set(problems) & set(self.spec) else "", rest) if x)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        bad = next((n for n in self.spec if n in problems), None)
        if bad:
            self.widget(bad).setFocus()


class PaymentDialog(_MoneyForm):
    """Record a payment received: date, amount, method, reference, note."""

    ui_class = Ui_PaymentDialog
    spec = PAYMENT_SPEC
    title = QT_TRANSLATE_NOOP("Money", "Record payment")

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setObjectName("paymentDialog")
        for code in METHODS:
            self.ui.methodCombo.addItem(method_text(code), code)


class InvoiceDialog(_MoneyForm):
    """Record an invoice: number, date, type (普通发票 / 增值税专用发票), amount before tax, tax."""

    ui_class = Ui_InvoiceDialog
    spec = INVOICE_SPEC
    title = QT_TRANSLATE_NOOP("Money", "Record invoice")

    def __init__(self, parent: QWidget | None = None, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setObjectName("invoiceDialog")
        for code in INVOICE_TYPES:
            self.ui.invoice_typeCombo.addItem(invoice_type_text(code), code)
        self.ui.invoice_typeCombo.setCurrentIndex(1)


class PaymentPlanDialog(FormDialog):
    """The contract's instalments as editable rows (due date, amount, note); the sum against the
    contract total is shown as you type. `value()` is the list of lines."""

    ui_class = Ui_PaymentPlanDialog
    COLUMNS = ("due_on", "amount", "note")

    def __init__(self, parent: QWidget | None = None, *, plan: Plan, total: Decimal, heading: str = "",
                 **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setObjectName("paymentPlanDialog")
        self.total = total
        self.setWindowTitle(translate("Money", "Payment plan"))
        self.ui.contractLabel.setText(heading)
        table = self.ui.linesTable
        table.setHorizontalHeaderLabels([translate("Money", "Due on"), word(words.AMOUNT),
                                         word(words.NOTES)])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        for line in plan.instalments:
            self.add_line(line.due_on, str(line.amount), line.note or "")
        if not plan.instalments:
            self.add_line(date.today(), str(total))
        self.ui.addButton.clicked.connect(lambda: self.add_line(date.today(), ""))
        self.ui.removeButton.clicked.connect(self.remove_line)
        table.itemChanged.connect(lambda _i: self.show_sum())
        self.show_sum()
        self.resize(600, 400)

    def add_line(self, due_on: date, amount: str, note: str = "") -> None:
        table = self.ui.linesTable
        row = table.rowCount()
        table.insertRow(row)
        edit = QDateEdit(QDate(due_on.year, due_on.month, due_on.day))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        table.setCellWidget(row, 0, edit)
        money = QTableWidgetItem(amount)
        money.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, money)
        table.setItem(row, 2, QTableWidgetItem(note))
        self.show_sum()

    def remove_line(self) -> None:
        table = self.ui.linesTable
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
        self.show_sum()

    def value(self) -> list[dict[str, Any]]:
        table = self.ui.linesTable
        return [{"due_on": table.cellWidget(r, 0).date().toPython(),
                 "amount": (table.item(r, 1).text() if table.item(r, 1) else ""),
                 "note": (table.item(r, 2).text() if table.item(r, 2) else "")}
                for r in range(table.rowCount())]

    def planned(self) -> Decimal | None:
        try:
            return sum((ANY_MONEY.parse(line["amount"]) or Decimal(0) for line in self.value()), Decimal(0))
        except ValueError:
            return None

    def show_sum(self) -> None:
        planned = self.planned()
        text = translate("Money", "Planned {planned} of {total}").format(
            planned=fmt_money(planned) if planned is not None else "—", total=fmt_money(self.total))
        self.ui.sumLabel.setText(text)
        self.ui.sumLabel.setStyleSheet("" if planned == self.total else "color: #b3261e;")

    def check(self, value: Any) -> Mapping[str, str]:
        problems: dict[str, str] = {}
        for n, line in enumerate(value):
            for key, text in _problems(line, INSTALMENT_SPEC).items():
                problems[f"{n}.{key}"] = text
        return problems

    def keep_draft(self) -> None:
        self.draft.values["lines"] = self.value()

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        lines = []
        for key, text in problems.items():
            row, _, _field = key.partition(".")
            lines.append(translate("Money", "Instalment {n}: {problem}").format(
                n=int(row) + 1, problem=text) if row.isdigit() else text)
        text = " ".join([message] if message and not lines else lines)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

"""The expense editor: a dialog over forms/expense_editor.ui, its fields typed by
services/expense_rules.py; the customer and the deal chosen with record pickers.

A new expense is my draft; an existing one sends only the changed fields with the version it was
read at. A submitted or approved expense, or one I may only read, opens read-only (the database
refuses its saves anyway). A refused save keeps the dialog open with the typing and shows each
problem at its field. Submitting and withdrawing are the list's actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from salesdesk.services import expenses
from salesdesk.services.approval_types import TYPES
from salesdesk.services.customer_list import search_customers
from salesdesk.services.expense_rules import EDITABLE, EXPENSE_SPEC
from salesdesk.services.expenses import Category, ExpenseRow
from salesdesk.services.picks import Pick
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.dialogs import FormDialog, show_form_problems
from salesdesk.ui.expense_words import category_text, status_text
from salesdesk.ui.followup_dialog import deals_of
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.forms_gen.expense_editor import Ui_ExpenseEditor
from salesdesk.ui.record_picker import RecordPicker
from salesdesk.ui.words import word

FIELDS = {
    "spent_on": "spentOnEdit",
    "category": "categoryCombo",
    "amount": "amountEdit",
    "receipt_ref": "receiptEdit",
    "note": "noteEdit",
}
translate = QCoreApplication.translate


def save(db: Any, editing: ExpenseRow | None, value: Mapping[str, Any]) -> ExpenseRow:
    """Worker: create my draft, or save what changed in the expense being edited."""
    if editing is None:
        return expenses.create_expense(db, value)
    changes = {k: v for k, v in value.items() if getattr(editing, k, None) != v}
    return expenses.save_expense(db, editing.id, editing.version, changes) if changes else editing


class ExpenseEditor(FormDialog):
    """One expense, new (`expense=None`) or existing. `ask(...)` returns the saved row or None."""

    ui_class = Ui_ExpenseEditor

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ctx: Any,
        expense: ExpenseRow | None = None,
        categories: Sequence[Category] = (),
        customer_id: int | None = None,
        customer_name: str = "",
        **kwargs: Any,
    ) -> None:
        db = ctx.session.database
        super().__init__(parent, runner=ctx.tasks, submit=lambda v: save(db, expense, v), **kwargs)
        self.setObjectName("expenseEditor")
        self.expense, self.categories = expense, categories
        ui = self.ui
        self.customer = RecordPicker(ctx.tasks, lambda t, n: search_customers(db, t, n), parent=self)
        self.customer.setObjectName("customerPicker")
        self.deal = RecordPicker(
            ctx.tasks, lambda t, n: deals_of(db, self.customer.value(), t, n), parent=self
        )
        self.deal.setObjectName("opportunityPicker")
        for holder, picker, label in (
            (ui.customerHolder, self.customer, ui.customerLabel),
            (ui.opportunityHolder, self.deal, ui.opportunityLabel),
        ):
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(picker)
            label.setBuddy(picker.edit)
        for first, then in (
            (ui.amountEdit, self.customer.edit),
            (self.customer.edit, self.deal.edit),
            (self.deal.edit, ui.receiptEdit),
        ):
            QWidget.setTabOrder(first, then)
        self._fill_categories()
        self.form = FormBinding(ui, FIELDS, types=EXPENSE_SPEC, parent=self)
        self.form.edited.connect(self.form.clear_error)
        self.customer.picked.connect(lambda _p: self.deal.set_value(None))
        if expense is not None:
            self.form.show(expense)
            if expense.customer_id is not None:
                self.customer.set_value(Pick(expense.customer_id, expense.customer_name or "—"))
            if expense.opportunity_id is not None:
                self.deal.set_value(Pick(expense.opportunity_id, expense.opportunity_title or "—"))
        else:
            first = categories[0].code if categories else None
            self.form.show(
                SimpleNamespace(
                    spent_on=date.today(), category=first, amount=None, receipt_ref=None, note=None
                )
            )
            if customer_id is not None:
                self.customer.set_value(Pick(customer_id, customer_name))
        self.read_only = expense is not None and (expense.status not in EDITABLE or not expense.can_edit)
        self.form.set_read_only(self.read_only)
        self.customer.setEnabled(not self.read_only)
        self.deal.setEnabled(not self.read_only)
        self.retranslate()
        (ui.amountEdit if expense is None else ui.noteEdit).setFocus()

    def _fill_categories(self) -> None:
        combo = self.ui.categoryCombo
        current = combo.currentData()
        combo.clear()
        for c in self.categories:
            if c.active or (self.expense is not None and c.code == self.expense.category):
                combo.addItem(category_text(c), c.code)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def retranslate(self) -> None:
        e = self.expense
        save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(word(words.SAVE))
        save_button.setVisible(not self.read_only)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            word(words.CANCEL) if not self.read_only else translate("ProductEditor", "Close")
        )
        self.setWindowTitle(
            translate("ExpenseListPage", "New expense") if e is None else word(TYPES["expense"])
        )
        status = status_text(e.status if e else "draft")
        note = self.tr("Submitted and approved expenses are kept as they are.") if self.read_only else ""
        shown = word(words.STATUS_IS).format(status=status)
        self.ui.statusLabel.setText(f"{shown}  {note}".strip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form"):
            self.ui.retranslateUi(self)
            self._fill_categories()
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.customer.close_popup()
        self.deal.close_popup()
        super().done(result)

    # -- FormDialog ---------------------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        """What to save: every field of a new expense, the changed ones of an existing one."""
        values = self.form.values() if self.expense is None else self.form.changes()
        values = {k: (None if v == "" else v) for k, v in values.items()}
        picked = {"customer_id": self.customer.value(), "opportunity_id": self.deal.value()}
        for key, chosen in picked.items():
            if self.expense is None or getattr(self.expense, key) != chosen:
                values[key] = chosen
        return values

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        return {k: ui_errors.problem_text(v) for k, v in self.form.input_errors().items()}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        show_form_problems(self.form, self.ui.messageLabel, problems, message)

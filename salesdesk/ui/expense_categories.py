"""The expense categories' section of the picklists page (Settings → Picklists): each category's
code, Chinese and English names and state; whoever has maintain_picklists adds one (a code and
both names), renames it (both names) and deactivates or activates it (services/expense_categories.py;
the database refuses anyone else). A problem shows under its field and the typing stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import expense_categories, expenses
from salesdesk.services.errors import ValidationError
from salesdesk.services.expenses import Category
from salesdesk.services.permissions import MAINTAIN_PICKLISTS
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.record_history import prepare
from salesdesk.ui.words import word

translate = QCoreApplication.translate
FIELDS = ("code", "name", "name_en")


def category_columns() -> list[Column[Category]]:
    return [
        Column("code", lambda: translate("ProductModels", "Code"), lambda c: c.code, width=110),
        Column("name", lambda: translate("ExpenseCategories", "Chinese name"), lambda c: c.name, width=120),
        Column("name_en", lambda: translate("ExpenseCategories", "English name"), lambda c: c.name_en,
               width=140),
        Column("active", lambda: word(words.STATUS),
               lambda c: "" if c.active else translate("ExpenseCategories", "Deactivated"), width=90),
    ]


class ExpenseCategoriesSection(QWidget):
    """The categories as a table; the selected one's names fill the fields for a rename."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expenseCategories")
        self.ctx, self.db = ctx, ctx.session.database
        self.may_change = ctx.session.me.may(MAINTAIN_PICKLISTS)
        self._loaded = False
        self._reads = 0  # reads asked; only the latest one's answer is shown
        self.heading = QLabel()
        self.model: RowsModel[Category] = RowsModel(category_columns(), self)
        self.view = QTableView()
        prepare(self.view, self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMinimumWidth(500)
        self.view.setMaximumWidth(560)
        for n, column in enumerate(self.model.columns):
            self.view.setColumnWidth(n, column.width)
        self.edits = {key: QLineEdit() for key in FIELDS}
        self.errors = {key: QLabel() for key in FIELDS}
        self.labels = {key: QLabel() for key in FIELDS}
        self.add_button, self.rename_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        for key in FIELDS:
            self.labels[key].setBuddy(self.edits[key])
            self.errors[key].setStyleSheet("color: #c62828;")
            self.errors[key].setVisible(False)
            self.errors[key].setWordWrap(True)
            self.edits[key].textEdited.connect(lambda _t, k=key: self._problem(k, None))
            form.addRow(self.labels[key], self.edits[key])
            form.addRow("", self.errors[key])
        side = QVBoxLayout()
        side.addLayout(form)
        for button in (self.add_button, self.rename_button, self.active_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view)
        body.addLayout(side)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(body)
        layout.addWidget(self.status)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.retranslate()
        self.reload()

    def current(self) -> Category | None:
        row, rows = self.view.currentIndex().row(), self.model.rows()
        return rows[row] if 0 <= row < len(rows) else None

    def is_loaded(self) -> bool:
        return self._loaded

    # -- reading ----------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self._reads += 1
        read = self._reads
        self.ctx.tasks.run(expenses.categories, self.db, busy=False,
                           on_success=lambda rows: self._arrived(rows, select, read), on_error=self._failed)

    def _arrived(self, rows: list[Category], select: str | None, read: int) -> None:
        if read != self._reads:
            return  # an older read answering after a newer one was asked: the newer one shows
        select = select or (self.current().code if self.current() else None)
        self.model.set_rows(rows)
        self._loaded = True
        row = next((i for i, c in enumerate(rows) if c.code == select), -1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _selected(self) -> None:
        category = self.current()
        if category is not None:
            self.edits["code"].setText(category.code)
            self.edits["name"].setText(category.name)
            self.edits["name_en"].setText(category.name_en)
            for key in FIELDS:
                self._problem(key, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        category = self.current()
        for edit in self.edits.values():
            edit.setReadOnly(not self.may_change)
        self.add_button.setEnabled(self.may_change)
        self.rename_button.setEnabled(self.may_change and category is not None)
        self.active_button.setEnabled(self.may_change and category is not None)
        inactive = category is not None and not category.active
        self.active_button.setText(translate("ExpenseCategories", "Activate categor&y") if inactive else
                                   translate("ExpenseCategories", "Deactivate categor&y"))

    # -- writing ----------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, select: str, done: str) -> None:
        def succeeded(_result: Any) -> None:
            self.status.setText(done)
            self.reload(select)

        self.status.setText("")
        self.ctx.tasks.run(fn, self.db, *args, on_success=succeeded, on_error=self._failed)

    def _typed(self, key: str) -> str:
        return self.edits[key].text()

    def add(self) -> None:
        if self.may_change:
            code = self._typed("code").strip()
            self._write(expense_categories.add_category, code, self._typed("name"), self._typed("name_en"),
                        select=code, done=translate("PicklistPage", "Added."))

    def rename(self) -> None:
        category = self.current()
        if self.may_change and category is not None:
            self._write(expense_categories.rename_category, category.code, self._typed("name"),
                        self._typed("name_en"), select=category.code,
                        done=translate("ExpenseCategories", "Renamed, on every expense that has it too."))

    def toggle_active(self) -> None:
        category = self.current()
        if self.may_change and category is not None:
            done = translate("PicklistPage", "Offered again.") if not category.active else translate(
                "ExpenseCategories", "No longer offered; expenses that have it keep it.")
            self._write(expense_categories.set_category_active, category.code, not category.active,
                        select=category.code, done=done)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and set(exc.fields) & set(FIELDS):
            for key in FIELDS:
                problem = exc.fields.get(key)
                self._problem(key, problem.text(ui_errors.translate) if problem else None)
            return
        self.status.setText(ui_errors.error_text(exc))

    def _problem(self, key: str, text: str | None) -> None:
        self.errors[key].setText(text or "")
        self.errors[key].setVisible(bool(text))

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        heading = translate("ExpenseCategories", "Expense categories")
        self.heading.setText(f"<b>{heading}</b>")
        self.labels["code"].setText(translate("ExpenseCategories", "C&ode (of a new category):"))
        self.labels["name"].setText(translate("ExpenseCategories", "C&hinese name:"))
        self.labels["name_en"].setText(translate("ExpenseCategories", "&English name:"))
        self.add_button.setText(translate("ExpenseCategories", "Add &category"))
        self.rename_button.setText(translate("ExpenseCategories", "Rena&me category"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

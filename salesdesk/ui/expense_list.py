"""The expenses page (`expenses`, 销售费用): the expenses I see, the latest spent first.

Scope all / mine / my team's, status and category filters, every declared sort on the server, a
search over notes and receipt numbers; new / open / submit / withdraw / archive. Approvers decide
in the approvals inbox (ui/approvals_page.py), which names the expense's category and customer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import expenses
from salesdesk.services.expense_rules import EDITABLE, STATUSES
from salesdesk.services.expenses import Category, ExpenseRow
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.expense_editor import ExpenseEditor
from salesdesk.ui.expense_words import category_text, status_text
from salesdesk.ui.formats import fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import ActionSpec, always, one_row
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def expense_columns() -> list[Column[ExpenseRow]]:
    return [
        Column(
            "spent_on",
            lambda: word(words.DATE),
            lambda r: fmt_date(r.spent_on),
            "spent_on",
            width=90,
            kind="date",
            value=lambda r: r.spent_on,
        ),
        Column("category", lambda: word(words.CATEGORY), category_text, width=90),
        Column(
            "amount",
            lambda: word(words.AMOUNT),
            lambda r: fmt_money(r.amount),
            "amount",
            right=True,
            width=110,
            kind="money",
            value=lambda r: r.amount,
        ),
        Column("status", lambda: word(words.STATUS), lambda r: status_text(r.status), "status", width=70),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "", width=170),
        Column("deal", lambda: word(words.DEAL), lambda r: r.opportunity_title or "", width=140),
        Column(
            "note", lambda: translate("ExpenseListPage", "Note"), lambda r: r.note or "", "name", width=200
        ),
        Column(
            "receipt",
            lambda: translate("ExpenseListPage", "Receipt no."),
            lambda r: r.receipt_ref or "",
            width=90,
            hidden=True,
        ),
        Column(
            "owner", lambda: translate("ExpenseListPage", "Employee"), lambda r: r.owner_name or "", width=80
        ),
        Column(
            "updated_at",
            lambda: word(words.UPDATED),
            lambda r: fmt_datetime(r.updated_at),
            "updated_at",
            hidden=True,
            kind="datetime",
            value=lambda r: r.updated_at,
        ),
    ]


def _mine_in(*states: str) -> Any:
    """Enabled for one expense of mine in one of `states`."""
    return lambda rows, me: len(rows) == 1 and rows[0].owner_id == me.employee_id and rows[0].status in states


def _archivable(rows: Sequence[ExpenseRow], me: Any) -> bool:
    return bool(rows) and all(r.can_edit and r.status != "submitted" for r in rows)


class ExpenseListPage(RecordListPage):
    """Expenses in my scope; my team's for a superior."""

    settings_key = "expenses/list"
    view_name = "expenseTable"

    def make_model(self) -> RecordTableModel[ExpenseRow]:
        source = ServiceSource(self.db, expenses.list_expenses, expenses.count_expenses, expenses.get_expense)
        return RecordTableModel(
            self.ctx.tasks, source, expense_columns(), query={}, sort="spent_on", descending=True, parent=self
        )

    def build_filters(self) -> None:
        self.setObjectName("expensesPage")
        self.categories: list[Category] = []
        self.scope = self.add_filter("scopeCombo")
        self.status = self.add_filter("statusCombo")
        self.category = self.add_filter("categoryCombo")

    def action_specs(self) -> list[ActionSpec]:
        return [
            ActionSpec(
                "new", "new", lambda: translate("ExpenseListPage", "New expense"), self.new, None, always
            ),
            ActionSpec("edit", "edit", lambda: word(words.OPEN), self.open_selected, None, one_row),
            ActionSpec(
                "submit",
                "save",
                lambda: word(words.SUBMIT_FOR_APPROVAL),
                self.submit,
                None,
                _mine_in(*EDITABLE),
            ),
            ActionSpec(
                "withdraw",
                "history",
                lambda: word(words.WITHDRAW),
                self.withdraw,
                None,
                _mine_in("submitted"),
            ),
            ActionSpec(
                "archive",
                "archive",
                lambda: translate("CustomerListPage", "Archive"),
                self.archive,
                None,
                _archivable,
            ),
        ]

    def start(self) -> None:
        if getattr(self.ctx.session.me, "data_scope", "self") == "self":
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))
            self.scope.blockSignals(False)
        self.ctx.tasks.run(
            expenses.categories,
            self.db,
            busy=False,
            on_success=self._categories_arrived,
            on_error=lambda _e: None,
        )
        super().start()

    def _categories_arrived(self, found: list[Category]) -> None:
        self.categories = found
        self._fill_categories()

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        set_combo_items(
            self.category,
            [(None, translate("ExpenseListPage", "Any category"))]
            + [(c.code, category_text(c)) for c in self.categories],
        )
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ExpenseListPage", "Search notes and receipt numbers…"))
        set_combo_items(
            self.scope,
            [
                ("all", translate("CustomerListPage", "All I can see")),
                ("mine", translate("CustomerListPage", "Mine")),
                ("team", translate("CustomerListPage", "My team")),
            ],
        )
        set_combo_items(
            self.status,
            [(None, translate("LeadRecordsPage", "Any status"))] + [(s, status_text(s)) for s in STATUSES],
        )
        self._fill_categories()
        super().retranslate()

    def query(self) -> dict[str, Any]:
        eq = {
            k: c.currentData()
            for k, c in (("status", self.status), ("category", self.category))
            if c.currentData() is not None
        }
        query: dict[str, Any] = {"scope": self.scope.currentData() or "all", "eq": eq}
        if self.search.text().strip():
            query["search"] = self.search.text().strip()
        return query

    def empty_text(self) -> str:
        return translate("ExpenseListPage", "No expenses yet — press {key} to add one")

    def count_text(self, n: int, exact: bool) -> str:
        if exact:
            return translate("ExpenseListPage", "%n expense(s)", "", n)
        return translate("ExpenseListPage", "at least %n expense(s)", "", n)

    # -- actions -------------------------------------------------------------------------------
    def new(self) -> None:
        self._edit(None)

    def open_row(self, row: ExpenseRow) -> None:
        self._edit(row)

    def _edit(self, row: ExpenseRow | None) -> None:
        saved = ExpenseEditor.ask(self.ctx.window, ctx=self.ctx, expense=row, categories=self.categories)
        if saved is not None:
            self.ctx.notify(translate("ExpenseListPage", "Expense saved."))
            self._changed(saved.id, saved.customer_id, row is None)

    def _changed(self, expense_id: int, customer_id: int | None, new: bool = False) -> None:
        """Tell the other pages (a customer's 360° page shows its cost), then show it here."""
        self.ctx.announce(
            {
                "kind": "expense",
                "id": expense_id,
                "op": "INSERT" if new else "UPDATE",
                "root_kind": "customer",
                "root_id": customer_id,
            },
            self,
        )
        if new or self.model.row_of(expense_id) is None:
            self.refresh()
        else:
            self.model.refresh_record(expense_id)

    def _run(self, fn: Any, row: ExpenseRow, *args: Any, done: str) -> None:
        self.ctx.tasks.run(
            fn,
            self.db,
            row.id,
            *args,
            on_success=lambda result: self._ran(result, done, row),
            on_error=self._refused,
        )

    def _ran(self, result: Any, done: str, row: ExpenseRow) -> None:
        text = (
            translate("ExpenseListPage", "Approved: no approval rule applies.")
            if result == "approved"
            else done
        )
        self.ctx.notify(text)
        self._changed(row.id, row.customer_id)

    def _refused(self, exc: BaseException) -> None:
        if not ui_errors.is_expected(exc):
            self.ctx.window.handle_error(exc)
            return
        QMessageBox.warning(self, translate("pages", "Expenses"), ui_errors.error_text(exc, "expense"))

    def submit(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._run(
                expenses.submit_expense,
                rows[0],
                rows[0].version,
                done=translate("ExpenseListPage", "Submitted for approval."),
            )

    def withdraw(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._run(
                expenses.withdraw_expense,
                rows[0],
                done=translate("ExpenseListPage", "Withdrawn: a draft again."),
            )

    def archive(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.ctx.tasks.run(
                expenses.archive_expenses,
                self.db,
                [r.id for r in rows],
                on_success=lambda _r: self.refresh(),
                on_error=self._refused,
            )

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") == "expense":
            expense_id = payload.get("id")
            if (
                payload.get("op") == "UPDATE"
                and isinstance(expense_id, int)
                and self.model.row_of(expense_id) is not None
            ):
                self.model.refresh_record(expense_id)
            else:
                self.mark_stale()


register_page("expenses", QT_TRANSLATE_NOOP("pages", "Expenses"), "products", ExpenseListPage, order=45)

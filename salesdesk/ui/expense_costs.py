"""What expenses cost a customer or a deal (sql/0030 api.expense_costs): the approved total shown on
the deal editor (`ExpenseCostLabel`) and the customer's 360° page's Expenses tab
(`CustomerExpensesTab`: the total and the customer's expenses, on the expense list's paged model).
Each reads off the GUI thread; a hidden or missing record shows nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from salesdesk.services import expenses
from salesdesk.services.expenses import Cost
from salesdesk.ui.expense_list import expense_columns
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.record_model import RecordTableModel, ServiceSource

translate = QCoreApplication.translate


def cost_text(cost: Cost) -> str:
    """'Approved expenses ¥1,234.50 (3) · awaiting approval ¥100.00' in the current language."""
    text = translate("ExpenseCosts", "Approved expenses {total} ({count})").format(
        total=fmt_money(cost.approved_total), count=cost.approved_count
    )
    if cost.pending_total:
        pending = translate("ExpenseCosts", "awaiting approval {total}")
        text += " · " + pending.format(total=fmt_money(cost.pending_total))
    return text


class ExpenseCostLabel(QLabel):
    """The approved expenses of one customer or deal; `show_for(...)` reads them."""

    shown = Signal()  # the cost (or nothing) is shown: for tests

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expenseCostLabel")
        self.ctx, self.db = ctx, ctx.session.database
        self.target: tuple[int | None, int | None] = (None, None)
        self.cost: Cost | None = None

    def show_for(self, *, customer_id: int | None = None, opportunity_id: int | None = None) -> None:
        self.target = (customer_id, opportunity_id)
        if customer_id is None and opportunity_id is None:
            self._arrived(self.target, None)
            return
        self.ctx.tasks.run(
            expenses.costs,
            self.db,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            busy=False,
            on_success=lambda c, t=self.target: self._arrived(t, c),
            on_error=lambda _e, t=self.target: self._arrived(t, None),
        )

    def _arrived(self, target: tuple[int | None, int | None], cost: Cost | None) -> None:
        if target != self.target:
            return  # another record is shown by now
        self.cost = cost
        self.retranslate()
        self.shown.emit()

    def retranslate(self) -> None:
        self.setText(cost_text(self.cost) if self.cost is not None else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CustomerExpensesTab(QWidget):
    """A customer's expenses I see, the latest first, under their approved total; its `title()`
    counts them like the page's other tabs (`titleChanged` when the count arrives)."""

    titleChanged = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerExpensesTab")
        self.ctx, self.db = ctx, ctx.session.database
        self.total = ExpenseCostLabel(ctx, self)
        self.model: RecordTableModel[Any] = RecordTableModel(
            ctx.tasks,
            ServiceSource(self.db, expenses.list_expenses, expenses.count_expenses, expenses.get_expense),
            expense_columns(),
            query=None,
            sort="spent_on",
            descending=True,
            parent=self,
        )
        self.model.countChanged.connect(self.titleChanged.emit)
        self.view = QTableView()
        self.view.setObjectName("customerExpenseTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        for n, column in enumerate(self.model.columns):  # the customer is the page's
            self.view.setColumnHidden(n, column.hidden or column.key == "customer")
            if column.width:
                self.view.setColumnWidth(n, column.width)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(self.view)

    def show_customer(self, customer_id: int | None) -> None:
        self.total.show_for(customer_id=customer_id)
        if customer_id is not None:
            self.model.set_query({"scope": "all", "eq": {"customer_id": customer_id}})

    def title(self) -> str:
        """'Expenses (3)' once counted ('Expenses (50+)' while the count is a lower bound)."""
        count = self.model.count
        if count is None:
            return translate("pages", "Expenses")
        n = str(count) if self.model.count_exact else f"{count}+"
        return translate("ExpenseCosts", "Expenses ({n})").format(n=n)

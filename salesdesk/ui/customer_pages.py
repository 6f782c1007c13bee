"""What the three customer list pages (客户, 客户公海, 已归档客户) share on top of the record list.

Each declares its own filters, actions and query; this base gives them the customer model and
actions, the search hint, the count, opening a row in the editor, and live updates: a change
of a customer on the page re-reads that row; any other is `live_elsewhere()`'s to judge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.ui.customer_actions import CustomerActions
from salesdesk.ui.customer_models import CustomerTableModel
from salesdesk.ui.followup_dialog import open_followup_dialog
from salesdesk.ui.record_list import RecordListPage

translate = QCoreApplication.translate  # one context for the three pages' shared strings (self.tr
# would look in the subclass's first and take "7 customer(s)", its untranslated plural, as found)


class CustomerRecordsPage(RecordListPage):
    """A list of customers: the model, the actions, the count and the editor behind each row."""

    model_class: type[CustomerTableModel] = CustomerTableModel

    def make_model(self) -> CustomerTableModel:
        self.customer_actions = CustomerActions(self)
        return self.model_class(self.ctx.tasks, self.db, parent=self)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("CustomerListPage", "Search name, phone or contact…"))
        super().retranslate()

    def count_text(self, n: int, exact: bool) -> str:
        if exact:
            return translate("CustomerRecordsPage", "%n customer(s)", "", n)
        return translate("CustomerRecordsPage", "at least %n customer(s)", "", n)

    def open_row(self, row: Any) -> None:
        self.ctx.show_page(f"customer:{row.id}")

    def edit(self) -> None:
        self.open_selected()

    def followup_target(self) -> tuple[int | None, None]:
        """The customer a quick follow-up (Ctrl+Shift+F) is about: the one selected, if one is."""
        rows = self.selected_rows()
        return (rows[0].id if len(rows) == 1 else None), None

    def log_followup(self) -> None:
        open_followup_dialog(self.ctx, customer_id=self.followup_target()[0])

    def on_live_change(self, payload: dict) -> None:
        customer_id = payload.get("root_id")
        if payload.get("root_kind") != "customer" or not isinstance(customer_id, int):
            return
        if self.model.row_of(customer_id) is not None:
            self.model.refresh_customer(customer_id)
        else:
            self.live_elsewhere(customer_id, payload)

    def live_elsewhere(self, customer_id: int, payload: dict) -> None:
        """A customer not on the page changed (it may belong here now)."""

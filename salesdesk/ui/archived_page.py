"""The archived customers page (已归档客户): customers archived in the user's scope; restore them.

Built on the record list like the customer list: the same search and keyboard
flow, the same rights (restoring is allowed where archiving is: `may_hand_on`),
and a batch restores in one transaction. A restored customer leaves this page
and is back in 客户 (that page reloads when shown again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerQuery, CustomerRow
from salesdesk.ui.columns import Column
from salesdesk.ui.customer_actions import may_hand_on, reread
from salesdesk.ui.customer_models import CustomerTableModel
from salesdesk.ui.customer_pages import CustomerRecordsPage
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import ActionSpec, each

translate = QCoreApplication.translate


def restore_all(db: Any, customer_ids: list[int]) -> list[tuple[int, Any]]:
    """Worker: restore in one transaction, then each as it is now."""
    customers.restore_customers(db, customer_ids)
    return [(customer_id, reread(db, customer_id)) for customer_id in customer_ids]


class ArchivedCustomerModel(CustomerTableModel):
    """Every line here is archived: no grey for that (it would read as disabled)."""

    def extra_data(self, row: CustomerRow, column: Column[CustomerRow], role: int) -> Any:
        return None


class ArchivedCustomersPage(CustomerRecordsPage):
    """Archived customers I can see; Restore for those I may change (as Archive is)."""

    settings_key = "customers/archived"
    view_name = "archivedTable"
    default_hidden = ("short_name", "industry", "region", "updated_at", "last_contact_at")

    model_class = ArchivedCustomerModel

    def build_filters(self) -> None:
        self.setObjectName("archivedPage")

    def action_specs(self) -> list[ActionSpec]:
        return [self.customer_actions.spec("edit"),
                ActionSpec("restore", "archive", lambda: translate("ArchivedCustomersPage", "Restore"),
                           self.restore, QKeySequence("Ctrl+Shift+R"), each(may_hand_on))]

    def query(self) -> CustomerQuery:
        return CustomerQuery(search=self.search.text().strip(), archived="archived")

    def intro_text(self) -> str:
        return self.tr("Archived customers are out of every list, with their contacts and history kept. "
                       "Restore brings them back to Customers.")

    def empty_text(self) -> str:
        return self.tr("No archived customers")

    def restore(self) -> None:
        ids = [r.id for r in self.selected_rows() if may_hand_on(r, self.ctx.session.me)]
        if ids:
            self.ctx.tasks.run(restore_all, self.db, ids, on_success=self._restored)

    def _restored(self, fresh: list[tuple[int, Any]]) -> None:
        self.customer_actions.show_changed(fresh, self.tr("%n customer(s) restored.", "", len(fresh)))
        customers_page = self.ctx.window.pages.get("customers")
        if customers_page is not None:
            customers_page.mark_stale()  # they are back there

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # archiving happens on other pages (and by other people): shown again, read again
        if self.model.loaded_once:
            self._stale = True
        super().showEvent(event)

    def live_elsewhere(self, customer_id: int, payload: dict) -> None:
        if payload.get("kind") == "customer" and payload.get("op") == "UPDATE":
            self.mark_stale()  # maybe archived just now


register_page("archived", QT_TRANSLATE_NOOP("pages", "Archived customers"), "archive", ArchivedCustomersPage,
              order=40)

"""The customer editor's table tabs: contacts (edited with the customer), shares, ownership and audit history.

The editor owns the form and saving; this part owns the four tables, their
buttons, and the reads of the history that arrive after the customer itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerDetail
from salesdesk.ui.contacts_model import ContactsModel
from salesdesk.ui.history_models import AuditModel, OwnershipModel, SharesModel
from salesdesk.ui.pages import AppContext

HISTORY_TABS = (2, 3, 4)  # shares, ownership, audit: only for a stored customer


class CustomerTabs(QObject):
    """Models and buttons of the contacts, shares, ownership and audit tabs of one editor form.

    `current_id` answers which customer the editor holds (None while it is a new one).
    """

    history_loaded = Signal()
    shares_changed = Signal(int)  # customer id: re-read it

    def __init__(self, ctx: AppContext, ui: Any, current_id: Callable[[], int | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.db, self.ui, self.widget = ctx, ctx.session.database, ui, parent
        self.current_id = current_id
        self.share_dialog: Any = None
        self.contacts = ContactsModel(parent)
        self.shares = SharesModel(parent)
        self.ownership = OwnershipModel(parent)
        self.audit = AuditModel(parent)
        for view, model in self._views():
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setMinimumSectionSize(72)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.contactsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        ui.addContactButton.clicked.connect(self._add_contact)
        ui.removeContactButton.clicked.connect(self._remove_contact)
        ui.primaryContactButton.clicked.connect(
            lambda: self.contacts.set_primary(ui.contactsView.currentIndex().row()))
        ui.addShareButton.clicked.connect(self._share)
        ui.removeShareButton.clicked.connect(self._unshare)

    def _views(self) -> tuple[tuple[Any, Any], ...]:
        ui = self.ui
        return ((ui.contactsView, self.contacts), (ui.sharesView, self.shares),
                (ui.ownershipView, self.ownership), (ui.auditView, self.audit))

    # -- showing --------------------------------------------------------------------------------
    def clear(self) -> None:
        """A new customer: no contacts yet (editable), no shares or history."""
        self.contacts.read_only = False
        self.contacts.set_contacts([])
        for model in (self.shares, self.ownership, self.audit):
            model.set_rows([])
        for i in HISTORY_TABS:
            self.ui.tabs.setTabEnabled(i, False)

    def show(self, d: CustomerDetail) -> None:
        """A stored customer's contacts and shares now; its histories in the background."""
        self.contacts.read_only = not d.can_edit
        self.contacts.set_contacts(d.contacts)
        self.shares.set_rows(d.shares)
        for i in HISTORY_TABS:
            self.ui.tabs.setTabEnabled(i, True)

    def set_editable(self, editable: bool) -> None:
        """Contacts are edited with the customer."""
        for button in (self.ui.addContactButton, self.ui.removeContactButton, self.ui.primaryContactButton):
            button.setEnabled(editable)

    def set_can_manage(self, can_manage: bool) -> None:
        """Sharing is for whoever manages the customer (the database says who)."""
        self.ui.addShareButton.setEnabled(can_manage)
        self.ui.removeShareButton.setEnabled(can_manage)

    def load_history(self, customer_id: int) -> None:
        self.ctx.tasks.run(customers.ownership_history, self.db, customer_id, busy=False,
                           on_success=self.ownership.set_rows, on_error=lambda _e: None)
        self.ctx.tasks.run(customers.audit_history, self.db, customer_id, busy=False,
                           on_success=self._audit_arrived, on_error=lambda _e: None)

    def _audit_arrived(self, rows: list[Any]) -> None:
        self.audit.set_rows(rows)
        for view in (self.ui.ownershipView, self.ui.auditView, self.ui.sharesView, self.ui.contactsView):
            view.resizeColumnsToContents()
        self.history_loaded.emit()

    def retranslate(self) -> None:
        for model in (self.contacts, self.shares, self.ownership, self.audit):
            model.retranslate()

    # -- contacts and shares --------------------------------------------------------------------
    def _add_contact(self) -> None:
        row = self.contacts.add()
        index = self.contacts.index(row, 0)
        view = self.ui.contactsView
        view.setCurrentIndex(index)  # with every edit trigger on, becoming current opens the cell
        if view.state() != QAbstractItemView.State.EditingState:  # edit() on an open cell: "editing failed"
            view.edit(index)

    def _remove_contact(self) -> None:
        self.contacts.remove(self.ui.contactsView.currentIndex().row())

    def _share(self) -> None:
        customer_id = self.current_id()
        if customer_id is None:
            return
        from salesdesk.ui.share_dialog import ShareDialog

        dialog = ShareDialog(self.ctx, [customer_id], self.widget)
        dialog.done_sharing.connect(
            lambda: self.shares_changed.emit(self.current_id()) if self.current_id() else None)
        self.share_dialog = dialog  # tests answer it
        dialog.open()

    def _unshare(self) -> None:
        share = self.shares.row_at(self.ui.sharesView.currentIndex().row())
        customer_id = self.current_id()
        if share is not None and customer_id is not None:
            self.ctx.tasks.run(customers.unshare_customer, self.db, customer_id, share.employee_id,
                               on_success=lambda _r: self.shares_changed.emit(share.customer_id))

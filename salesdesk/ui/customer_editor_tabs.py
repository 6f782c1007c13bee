"""The customer editor's table tabs: contacts (edited with the customer), and the generic shares,
ownership and audit history (`RecordHistory` on the form's own views).

The editor owns the form and saving; this part owns the tables, their buttons, and the
reads of the history that arrive after the customer itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QWidget

from salesdesk.services.customer_types import CustomerDetail
from salesdesk.ui.contacts_model import ContactsModel
from salesdesk.ui.customer_actions import CUSTOMER
from salesdesk.ui.pages import AppContext
from salesdesk.ui.record_history import RecordHistory, prepare

HISTORY_TABS = (2, 3, 4)  # shares, ownership, audit: only for a stored customer


class CustomerTabs(RecordHistory):
    """Models and buttons of the contacts, shares, ownership and audit tabs of one editor form.

    `current_id` answers which customer the editor holds (None while it is a new one).
    """

    def __init__(self, ctx: AppContext, ui: Any, current_id: Callable[[], int | None],
                 parent: QWidget) -> None:
        super().__init__(ctx, CUSTOMER, ui, current_id, parent)
        self.ui = ui
        self.contacts = ContactsModel(parent)
        prepare(ui.contactsView, self.contacts)
        ui.contactsView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.loaded.connect(ui.contactsView.resizeColumnsToContents)
        ui.addContactButton.clicked.connect(self._add_contact)
        ui.removeContactButton.clicked.connect(self._remove_contact)
        ui.primaryContactButton.clicked.connect(
            lambda: self.contacts.set_primary(ui.contactsView.currentIndex().row()))

    # -- showing --------------------------------------------------------------------------------
    def clear(self) -> None:
        """A new customer: no contacts yet (editable), no shares or history."""
        self.contacts.read_only = False
        self.contacts.set_contacts([])
        super().clear()
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

    def load_history(self, customer_id: int) -> None:
        self.load(customer_id, shares=False)  # the shares came with the customer

    def retranslate(self) -> None:
        self.contacts.retranslate()
        super().retranslate()

    # -- contacts -------------------------------------------------------------------------------
    def _add_contact(self) -> None:
        row = self.contacts.add()
        index = self.contacts.index(row, 0)
        view = self.ui.contactsView
        view.setCurrentIndex(index)  # with every edit trigger on, becoming current opens the cell
        if view.state() != QAbstractItemView.State.EditingState:  # edit() on an open cell: "editing failed"
            view.edit(index)

    def _remove_contact(self) -> None:
        self.contacts.remove(self.ui.contactsView.currentIndex().row())

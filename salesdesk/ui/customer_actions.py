"""The actions on selected customers, declared once for every customer list (customers, pool, archive).

Hand on, share, release and claim are the generic `RecordActions` for the customer kind;
this adds what only customer lists do: new, open, archive. Who may hand a customer on is
the database's rule; the list rows carry its answer (`can_manage`), and pool rows are
nobody's to hand on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from salesdesk.services.errors import NotFoundError
from salesdesk.ui import words
from salesdesk.ui.record_actions import (
    ActionSpec,
    RecordActions,
    RecordKind,
    always,
    each,
    may_hand_on,
    one_row,
    reread_all,
)
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def reread(db: Any, customer_id: int) -> Any:
    """Worker: the customer as it is now, or None when I can no longer see it."""
    try:
        return customers.get_customer(db, customer_id)
    except NotFoundError:
        return None


CUSTOMER = RecordKind("customer", pool=True, shares=True, archive=True, list_page="customers",
                      reread=reread)


def archive_all(db: Any, customer_ids: list[int]) -> list[tuple[int, Any]]:
    """Worker: archive in one transaction, then each as it is now."""
    customers.archive_customers(db, customer_ids)
    return reread_all(CUSTOMER, db, customer_ids)


def action_text(name: str) -> Callable[[], str]:
    """The action's text in the current language (literal calls, so pyside6-lupdate finds them)."""
    texts = {
        "new": lambda: translate("CustomerListPage", "New"),
        "edit": lambda: word(words.OPEN),
        "archive": lambda: translate("CustomerListPage", "Archive"),
    }
    return texts[name]


class CustomerActions(RecordActions):
    """The actions of one customer list page (its model, its selection)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page, CUSTOMER)

    def spec(self, name: str) -> ActionSpec:
        if name not in ("new", "edit", "archive"):
            return super().spec(name)
        text = action_text(name)
        if name == "new":
            return ActionSpec("new", "new", text, lambda: self.ctx.show_page("customer:new"), None, always)
        if name == "edit":
            return ActionSpec("edit", "edit", text, self.page.open_selected, None, one_row)
        return ActionSpec("archive", "archive", text, self.archive,
                          QKeySequence(QKeySequence.StandardKey.Delete), each(may_hand_on))

    def archive(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        text = self.tr("Archive %n customer(s)? They leave the lists but nothing is deleted.", "", len(ids))
        box = QMessageBox(QMessageBox.Icon.Question, translate("CustomerListPage", "Archive customers"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.page)
        box.setObjectName("archiveBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._archive(ids))
        box.finished.connect(lambda _r: setattr(self.page, "active_dialog", None))
        self.page.active_dialog = box
        box.open()

    def _archive(self, ids: list[int]) -> None:
        done = translate("CustomerListPage", "Archived.")
        self.ctx.tasks.run(archive_all, self.db, ids, on_success=lambda fresh: self.show_changed(fresh, done))

"""The actions on selected customers, declared once for every customer list (customers, pool).

Who may hand a customer on is the database's rule; the list rows carry its
answer (`can_manage`), and pool rows are nobody's to hand on. Action names keep
the customer list's translation context, where they were first translated;
numerus texts use `self.tr` (pyside6-lupdate marks only those as plural).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from salesdesk.services.errors import NotFoundError
from salesdesk.ui import words
from salesdesk.ui.customer_models import is_pool_row
from salesdesk.ui.dialogs import Draft
from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.record_actions import ActionSpec, always, each, one_row
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def may_hand_on(row: Any, me: Any) -> bool:
    """Release, reassign, share, archive: an owned customer the service says I manage."""
    return not is_pool_row(row) and bool(getattr(row, "can_manage", False))


def in_pool(row: Any, me: Any) -> bool:
    return is_pool_row(row)


def hands_out_pool(row: Any, me: Any) -> bool:
    """Managers (any scope wider than their own records) hand pool customers to their people."""
    return is_pool_row(row) and getattr(me, "data_scope", "self") != "self"


def reread(db: Any, customer_id: int) -> Any:
    """Worker: the customer as it is now, or None when I can no longer see it."""
    try:
        return customers.get_customer(db, customer_id)
    except NotFoundError:
        return None


def release_all(db: Any, customer_ids: list[int], reason: str) -> list[tuple[int, Any]]:
    """Worker: back to the pool in one transaction, then each as it is now."""
    customers.release_customers(db, customer_ids, reason)
    return [(customer_id, reread(db, customer_id)) for customer_id in customer_ids]


def archive_all(db: Any, customer_ids: list[int]) -> list[tuple[int, Any]]:
    """Worker: archive in one transaction, then each as it is now."""
    customers.archive_customers(db, customer_ids)
    return [(customer_id, reread(db, customer_id)) for customer_id in customer_ids]


def claim_all(db: Any, customer_ids: list[int]) -> list[int]:
    """Worker: claim them all for me, in one transaction."""
    customers.claim_customers(db, customer_ids)
    return list(customer_ids)


def action_text(name: str) -> Callable[[], str]:
    """The action's text in the current language (literal calls, so pyside6-lupdate finds them)."""
    texts = {
        "new": lambda: translate("CustomerListPage", "New"),
        "edit": lambda: word(words.OPEN),
        "reassign": lambda: translate("CustomerListPage", "Reassign…"),
        "hand_out": lambda: translate("CustomerListPage", "Reassign…"),
        "share": lambda: translate("CustomerListPage", "Share…"),
        "release": lambda: translate("CustomerListPage", "Release to pool…"),
        "archive": lambda: translate("CustomerListPage", "Archive"),
        "claim": lambda: translate("CustomerListPage", "Claim"),
    }
    return texts[name]


class CustomerActions(QObject):
    """The actions of one customer list page (its model, its selection)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page, self.ctx, self.db = page, page.ctx, page.db
        self.release_draft = Draft()  # Esc keeps the reason typed so far

    def spec(self, name: str) -> ActionSpec:
        text = action_text(name)
        specs = {
            "new": ActionSpec("new", "new", text, lambda: self.ctx.show_page("customer:new"), None, always),
            "edit": ActionSpec("edit", "edit", text, self.page.open_selected, None, one_row),
            "reassign": ActionSpec("reassign", "reassign", text, self.reassign, QKeySequence("Ctrl+R"),
                                   each(may_hand_on)),
            "share": ActionSpec("share", "share", text, self.share, QKeySequence("Ctrl+Shift+S"),
                                each(may_hand_on)),
            "release": ActionSpec("release", "release", text, self.release, QKeySequence("Ctrl+Shift+P"),
                                  each(may_hand_on)),
            "archive": ActionSpec("archive", "archive", text, self.archive,
                                  QKeySequence(QKeySequence.StandardKey.Delete), each(may_hand_on)),
            "claim": ActionSpec("claim", "claim", text, self.claim, QKeySequence("Ctrl+Shift+C"),
                                each(in_pool)),
            "hand_out": ActionSpec("reassign", "reassign", text, self.reassign, QKeySequence("Ctrl+R"),
                                   each(hands_out_pool)),
        }
        return specs[name]

    # -- dialogs that do their own work ---------------------------------------------------------
    def reassign(self) -> None:
        from salesdesk.ui.reassign_dialog import ReassignDialog

        rows = self.page.selected_rows()
        if rows:  # their owners: one shared owner is not offered as the new one
            self._run_dialog(ReassignDialog(self.ctx, [r.id for r in rows], self.page,
                                            owner_ids=[getattr(r, "owner_id", None) for r in rows]))

    def share(self) -> None:
        from salesdesk.ui.share_dialog import ShareDialog

        ids = self.page.selected_ids()
        if ids:
            self._run_dialog(ShareDialog(self.ctx, ids, self.page))

    def _run_dialog(self, dialog: Any) -> None:
        self.page.active_dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog: Any) -> None:
        self.page.active_dialog = None
        for customer_id in getattr(dialog, "changed_ids", []):
            self.page.model.refresh_customer(customer_id)

    # -- release, archive, claim ----------------------------------------------------------------
    def release(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        fresh = ReasonDialog.ask(
            self.page, title=translate("CustomerListPage", "Release to the customer pool"),
            prompt=self.tr("Why are these %n customer(s) going back to the pool?", "", len(ids)),
            draft=self.release_draft, submit=lambda reason: release_all(self.db, ids, reason),
            runner=self.ctx.tasks)
        if fresh is not None:
            self.show_changed(fresh, translate("CustomerListPage", "Released to the pool."))

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

    def show_changed(self, fresh: list[tuple[int, Any]], message: str) -> None:
        """Show the changed customers as they are now (those that left the list go), then recount.

        The recount starts only after the lines are updated: started alongside
        re-reads, a count that arrived first was lowered again by each line dropped.
        """
        model, gone = self.page.model, False
        for customer_id, detail in fresh:
            if detail is None:  # out of my sight now: the re-read drops the line and lowers the count
                model.refresh_customer(customer_id)
                gone = True
            else:
                model.put(detail)
        if not gone:
            model.recount()
        self.ctx.notify(message)

    def claim(self) -> None:
        ids = self.page.selected_ids()
        if ids:
            self.ctx.tasks.run(claim_all, self.db, ids, on_success=self._claimed)

    def _claimed(self, ids: list[int]) -> None:
        self.ctx.notify(self.tr("%n customer(s) claimed; they are yours now.", "", len(ids)))
        for customer_id in ids:
            self.page.model.refresh_customer(customer_id)  # now owned: it leaves the pool list
        customers_page = self.ctx.window.pages.get("customers")
        if customers_page is not None:
            customers_page.mark_stale()

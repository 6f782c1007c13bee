"""The customer editor's header actions: reassign, release to the pool, archive, claim — for the
customer shown, with the rules and dialogs of the customer lists (`CustomerActions`).

The bar plays the part of a list page for `CustomerActions`: its "selection" is the record
shown, and what the actions change is shown in the editor and announced to the lists. Input
not saved yet is settled first (Save / Discard / Cancel), so an action never races the form.
A customer the user no longer sees afterwards (handed to someone outside their scope) closes:
the editor goes back where the user came from and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from salesdesk.ui.customer_actions import CustomerActions, reread
from salesdesk.ui.record_actions import ActionSpec
from salesdesk.ui.resources import icon

translate = QCoreApplication.translate
NAMES = ("reassign", "release", "archive", "claim")


class CustomerEditorActions(QToolBar):
    """Header actions of the customer editor, enabled from the record's own rights."""

    def __init__(self, editor: Any) -> None:
        super().__init__(editor)
        self.setObjectName("editorActions")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self.editor, self.ctx, self.db = editor, editor.ctx, editor.db
        self.active_dialog: Any = None
        self.model = self  # CustomerActions updates "its list" through refresh_customer/put/recount
        self.customer_actions = CustomerActions(self)
        self.specs: list[ActionSpec] = [self.customer_actions.spec(name) for name in NAMES]
        self.actions_by_name: dict[str, QAction] = {}
        for spec in self.specs:
            action = QAction(icon(spec.icon), "", self)  # no shortcut: Delete is for the fields here
            action.setObjectName(f"editor_{spec.name}")
            action.triggered.connect(lambda _=False, slot=spec.slot: self._run(slot))
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        self.retranslate()
        self.update_actions()

    # -- what CustomerActions asks of a page ----------------------------------------------------
    def selected_rows(self) -> list[Any]:
        record = self.editor.record
        return [record] if record is not None else []

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def open_selected(self) -> None:
        """Already open."""

    def refresh_customer(self, customer_id: int) -> None:
        self.ctx.tasks.run(reread, self.db, customer_id, on_success=self._fresh)

    def put(self, detail: Any) -> None:
        self._fresh(detail)

    def recount(self) -> None:
        """A list's count; the editor shows one record."""

    # -- the bar ----------------------------------------------------------------------------------
    def update_actions(self) -> None:
        record, me = self.editor.record, self.ctx.session.me
        rows = [record] if record is not None and record.archived_at is None else []
        for spec in self.specs:
            action = self.actions_by_name[spec.name]
            allowed = bool(rows) and spec.enabled(rows, me)
            action.setEnabled(allowed)
            action.setVisible(allowed or spec.name != "claim")  # claim only where it can be done

    def retranslate(self) -> None:
        for spec in self.specs:
            self.actions_by_name[spec.name].setText(spec.text())

    def _run(self, slot: Callable[[], Any]) -> None:
        # unsaved input first: saved (and stored), discarded, or the action waits (Cancel)
        if self.editor.maybe_leave() and self.editor.record is not None:
            slot()

    def _fresh(self, detail: Any) -> None:
        editor = self.editor
        if detail is None:
            self.ctx.notify(translate("CustomerEditor", "You no longer see this customer; it was handed on."))
            editor.announce_written(editor.record_id)
            window = self.ctx.window
            if window.history:
                window.go_back()
            else:
                window.show_page("customers")
            return
        if detail.id == editor.record_id and not editor.has_unsaved_changes():
            editor.show_record(detail)
        editor.announce_written(detail.id)

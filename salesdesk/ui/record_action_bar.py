"""An editor's header actions for the record it shows, for any kind: hand on, release, claim, share
(the kind's `RecordActions`) and whatever else the kind's actions declare (a customer's archive).

The bar plays the part of a list page for the actions: its "selection" is the record shown,
and what the actions change is shown in the editor and announced to the lists. Input not
saved yet is settled first (`editor.maybe_leave()`: Save / Discard / Cancel), so an action
never races the form. A record the user no longer sees afterwards (handed to someone outside
their scope) closes: the editor goes back where the user came from and says why.

The editor gives `ctx`, `db`, `record` (with `id`, rights, `archived_at`), `record_id`,
`maybe_leave()`, `has_unsaved_changes()`, `show_record(record)` and `announce_written(id)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from salesdesk.ui.record_actions import ActionSpec, RecordActions
from salesdesk.ui.resources import icon

translate = QCoreApplication.translate


class RecordActionBar(QToolBar):
    """Header actions of an editor, enabled from the record's rights; those the kind lacks left out."""

    def __init__(self, editor: Any, make_actions: Callable[[Any], RecordActions],
                 names: Sequence[str]) -> None:
        super().__init__(editor)
        self.setObjectName("editorActions")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        self.editor, self.ctx, self.db = editor, editor.ctx, editor.db
        self.active_dialog: Any = None
        self.model = self  # the actions update "their list" through refresh_record/put/recount
        self.record_actions = make_actions(self)
        self.kind = self.record_actions.kind
        self.specs: list[ActionSpec] = self.record_actions.specs(names)
        self.actions_by_name: dict[str, QAction] = {}
        for spec in self.specs:
            action = QAction(icon(spec.icon), "", self)  # no shortcut: Delete is for the fields here
            action.setObjectName(f"editor_{spec.name}")
            action.triggered.connect(lambda _=False, slot=spec.slot: self._run(slot))
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        self.retranslate()
        self.update_actions()

    # -- what RecordActions asks of a page ------------------------------------------------------
    def selected_rows(self) -> list[Any]:
        record = self.editor.record
        return [record] if record is not None else []

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def open_selected(self) -> None:
        """Already open."""

    def refresh_record(self, record_id: int) -> None:
        if self.kind.reread is not None:
            self.ctx.tasks.run(self.kind.reread, self.db, record_id, on_success=self._fresh)

    def put(self, record: Any) -> None:
        self._fresh(record)

    def recount(self) -> None:
        """A list's count; the editor shows one record."""

    # -- the bar ----------------------------------------------------------------------------------
    def update_actions(self) -> None:
        record, me = self.editor.record, self.ctx.session.me
        rows = [record] if record is not None and getattr(record, "archived_at", None) is None else []
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

    def _fresh(self, record: Any) -> None:
        editor = self.editor
        if record is None:
            self.ctx.notify(self.kind.say(translate("RecordActions",
                                                    "You no longer see this {noun}; it was handed on.")))
            editor.announce_written(editor.record_id)
            window = self.ctx.window
            if window.history:
                window.go_back()
            else:
                window.show_page(self.kind.list_page)
            return
        if record.id == editor.record_id and not editor.has_unsaved_changes():
            editor.show_record(record)
        editor.announce_written(record.id)

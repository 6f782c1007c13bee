"""Shares, ownership history and audit history of one record, for any kind.

`RecordHistory` fills three tables and runs the Share… / Stop sharing buttons of an editor;
an editor built from a `.ui` form passes its own views (the customer editor), any other
embeds `HistoryTabs`, which has only the tabs its kind has (no shares tab for a kind without
shares, no ownership history for a child kind):

    tabs = HistoryTabs(kind)
    history = RecordHistory(ctx, kind, tabs, lambda: self.record_id, self)
    history.show_shares(record_shares); history.load(record_id)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import ownership, sharing
from salesdesk.ui import words
from salesdesk.ui.history_models import AuditModel, OwnershipModel, SharesModel
from salesdesk.ui.pages import AppContext
from salesdesk.ui.record_actions import RecordKind, translate


def prepare(view: Any, model: Any) -> None:
    """A history table: no row numbers, the last column stretched, columns resizable."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMinimumSectionSize(72)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    return view


class HistoryTabs(QTabWidget):
    """The history tabs of an editor without a `.ui` form: the views `RecordHistory` fills."""

    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTabs")
        self.kind = kind
        self.sharesView, self.ownershipView, self.auditView = (
            _table("sharesView"), _table("ownershipView"), _table("auditView"))
        self.addShareButton, self.removeShareButton = QPushButton(), QPushButton()
        self.addShareButton.setObjectName("addShareButton")
        self.removeShareButton.setObjectName("removeShareButton")
        self.tabs, self.sharesTab = self, QWidget()
        self.ownershipTab, self.auditTab = self.ownershipView, self.auditView
        if kind.offers("share"):
            page = self.sharesTab
            buttons = QHBoxLayout()
            buttons.addWidget(self.addShareButton)
            buttons.addWidget(self.removeShareButton)
            buttons.addStretch(1)
            layout = QVBoxLayout(page)
            layout.addLayout(buttons)
            layout.addWidget(self.sharesView)
            self.addTab(page, "")
        if kind.owned:
            self.addTab(self.ownershipView, "")
        self.addTab(self.auditView, "")


class RecordHistory(QObject):
    """Models and buttons of the shares, ownership and audit tables of one editor.

    `views` (a `HistoryTabs`, or an editor's form) has `sharesView`, `ownershipView`, `auditView`,
    `addShareButton`, `removeShareButton`, and `tabs` holding `sharesTab`, `ownershipTab` and
    `auditTab` (their titles and the buttons say the shared words); `current_id` answers which
    record the editor holds (None while new).
    """

    loaded = Signal()
    shares_changed = Signal(int)  # record id: re-read it

    def __init__(self, ctx: AppContext, kind: RecordKind, views: Any, current_id: Callable[[], int | None],
                 parent: QWidget, audit: AuditModel | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db, self.kind, self.views, self.widget = ctx, ctx.session.database, kind, views, parent
        self.current_id = current_id
        self.share_dialog: Any = None
        self.shares = SharesModel(parent)
        self.ownership = OwnershipModel(parent)
        self.audit = audit or AuditModel(parent)
        for view, model in self.views_and_models():
            prepare(view, model)
        views.addShareButton.clicked.connect(self._share)
        views.removeShareButton.clicked.connect(self._unshare)
        self._shared_words()

    def views_and_models(self) -> tuple[tuple[Any, Any], ...]:
        v = self.views
        return ((v.sharesView, self.shares), (v.ownershipView, self.ownership), (v.auditView, self.audit))

    def clear(self) -> None:
        for model in (self.shares, self.ownership, self.audit):
            model.set_rows([])

    def set_can_manage(self, can_manage: bool) -> None:
        """Sharing is for whoever manages the record (the database says who)."""
        self.views.addShareButton.setEnabled(can_manage)
        self.views.removeShareButton.setEnabled(can_manage)

    def load(self, record_id: int, shares: bool = True) -> None:
        """The record's histories (and its shares, unless the caller read them with the record) in the
        background; `loaded` when the audit is here."""
        kind, run = self.kind.kind, self.ctx.tasks.run
        if shares and self.kind.offers("share"):
            run(sharing.list_shares, self.db, kind, record_id, busy=False, on_success=self.shares.set_rows,
                on_error=lambda _e: None)
        if self.kind.owned:
            run(ownership.ownership_history, self.db, kind, record_id, busy=False,
                on_success=self.ownership.set_rows, on_error=lambda _e: None)
        run(ownership.audit_history, self.db, kind, record_id, busy=False, on_success=self._audit_arrived,
            on_error=lambda _e: None)

    def _audit_arrived(self, rows: list[Any]) -> None:
        self.audit.set_rows(rows)
        for view, _model in self.views_and_models():
            view.resizeColumnsToContents()
        self.loaded.emit()

    def retranslate(self) -> None:
        for model in (self.shares, self.ownership, self.audit):
            model.retranslate()
        self._shared_words()

    def _shared_words(self) -> None:
        v, w = self.views, words.word
        v.addShareButton.setText(w(words.SHARE))
        v.removeShareButton.setText(w(words.STOP_SHARING))
        for tab, title in ((v.sharesTab, words.SHARES), (v.ownershipTab, words.OWNERSHIP_HISTORY),
                           (v.auditTab, words.AUDIT_HISTORY)):
            if v.tabs.indexOf(tab) >= 0:
                v.tabs.setTabText(v.tabs.indexOf(tab), w(title))

    def _share(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        from salesdesk.ui.share_dialog import ShareDialog

        dialog = ShareDialog(self.ctx, [record_id], self.widget, kind=self.kind)
        dialog.done_sharing.connect(
            lambda: self.shares_changed.emit(self.current_id()) if self.current_id() else None)
        self.share_dialog = dialog  # tests answer it
        dialog.open()

    def _unshare(self) -> None:
        share = self.shares.row_at(self.views.sharesView.currentIndex().row())
        record_id = self.current_id()
        if share is not None and record_id is not None:
            self.ctx.tasks.run(sharing.unshare, self.db, self.kind.kind, record_id, share.employee_id,
                               on_success=lambda _r: self.shares_changed.emit(share.record_id))


class HistoryDialog(QDialog):
    """A list's "History…": the shares, ownership and audit history of one record (`row`, with its rights)."""

    def __init__(self, ctx: AppContext, kind: RecordKind, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.kind, self.changed_ids = kind, [row.id]  # shares changed here: the list re-reads the row
        self.tabs = HistoryTabs(kind)
        self.history = RecordHistory(ctx, kind, self.tabs, lambda: row.id, self)
        self.history.set_can_manage(bool(getattr(row, "can_manage", False)))
        self.history.shares_changed.connect(lambda _id: self.history.load(row.id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(720, 420)
        self.history.load(row.id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.kind.say(translate("RecordActions", "History of the {noun}")))
        self.history.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

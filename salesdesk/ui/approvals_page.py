"""The approvals page (`approvals`, 审批): what waits on me and what I submitted, the trail of the
selected request, and the decisions in place.

"Waiting on me": approve (Ctrl+Enter), reject (a comment says why: without one the comment box
asks for it, nothing is sent), comment. "Submitted by me": state, who it waits on, withdraw while
pending. Every call runs off the GUI thread; a change-feed row about an approval request (a new
request reaching me, a decision on mine) reads both lists again, and a new request in my inbox
is announced in the status bar. The inbox is read 50 requests at a time (its tab counts them all),
the next 50 when the table is scrolled to its end; a reload reads as many as were shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import approvals
from salesdesk.services.approval_types import InboxItem, InboxPage, MyRequest
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.approval_models import InboxModel, MyRequestsModel, TrailModel
from salesdesk.ui.columns import RowsModel
from salesdesk.ui.pages import AppContext, register_page

translate = QCoreApplication.translate
KIND = "approval_request"
LIVE_DELAY_MS = 300  # a burst of feed rows (a decision writes several) reads the lists once


def _table(model: RowsModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    for n, column in enumerate(model.columns):
        view.setColumnWidth(n, column.width)
    return view


class ApprovalsPage(QWidget):
    """The approvals inbox; see the module docstring."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self.setObjectName("approvalsPage")
        self.inbox_model, self.mine_model = InboxModel(self), MyRequestsModel(self)
        self.trail_model = TrailModel(self)
        self.inbox_view = _table(self.inbox_model, "inboxTable")
        self.mine_view = _table(self.mine_model, "myRequestsTable")
        self.trail_view = _table(self.trail_model, "trailTable")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("approvalTabs")
        self.tabs.addTab(self.inbox_view, "")
        self.tabs.addTab(self.mine_view, "")
        self.trail_title = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentEdit")
        self.comment.setMaximumHeight(70)
        self.message = QLabel()
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, act in (("approve", self.approve), ("reject", self.reject), ("comment", self.add_comment),
                         ("withdraw", self.withdraw), ("refresh", self.refresh)):
            button = QPushButton()
            button.setObjectName(f"{key}Button")
            button.clicked.connect(act)
            self.buttons[key] = button
            bar.addWidget(button)
            if key == "withdraw":
                bar.addStretch(1)
        detail = QWidget()
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.trail_title)
        lower.addWidget(self.trail_view, 1)
        lower.addWidget(self.comment)
        lower.addWidget(self.message)
        lower.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.approve)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.approve)
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        for view in (self.inbox_view, self.mine_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.reload)
        self._loaded = False
        self._pending = 0
        self._known_inbox: set[int] | None = None
        self._waiting: int | None = None  # how many wait on me in all
        self._inbox_reads = 0  # numbers the first-page reads: a next page read before one is dropped
        self.inbox_model.more = self._more_inbox
        self._trail_for: int | None = None
        self.retranslate()
        self.reload()
        self._update_buttons()

    # -- the page protocol ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("ApprovalsPage", "Waiting on me ({n})").format(
            n=self._waiting if self._waiting is not None else self.inbox_model.rowCount()))
        self.tabs.setTabText(1, translate("ApprovalsPage", "Submitted by me"))
        self.trail_title.setText(translate("ApprovalsPage", "Trail of the selected request"))
        self.comment.setPlaceholderText(translate(
            "ApprovalsPage", "Comment (a rejection needs one) — Ctrl+Enter approves"))
        for key, text in (("approve", translate("ApprovalsPage", "&Approve")),
                          ("reject", translate("ApprovalsPage", "Re&ject")),
                          ("comment", translate("ApprovalsPage", "Add &comment")),
                          ("withdraw", translate("ApprovalsPage", "&Withdraw")),
                          ("refresh", translate("MainWindow", "&Refresh"))):
            self.buttons[key].setText(text)
        for model in (self.inbox_model, self.mine_model, self.trail_model):
            model.retranslate()

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:  # F5
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("root_kind") == KIND:
            self._live_timer.start()

    def on_reconnected(self) -> None:
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._pending = 2
        self._inbox_reads += 1
        shown = min(max(approvals.INBOX_PAGE, self.inbox_model.rowCount()), approvals.INBOX_MAX)
        self.ctx.tasks.run(approvals.inbox, self.db, None, shown, on_success=self._show_inbox,
                           on_error=self._failed)
        self.ctx.tasks.run(approvals.my_requests, self.db, on_success=self._show_mine, on_error=self._failed)

    def _arrived(self) -> None:
        self._pending -= 1
        if self._pending <= 0:
            if not self._loaded and self.inbox_model.rowCount() == 0 and self.mine_model.rowCount():
                self.tabs.setCurrentIndex(1)  # nothing waits on me: open on what I submitted
            self._loaded = True
            self._selection_changed()

    def _show_inbox(self, page: InboxPage) -> None:
        ids = {r.id for r in page.rows}
        more_waiting = self._waiting is not None and (page.waiting or 0) > self._waiting
        if self._known_inbox is not None and (ids - self._known_inbox or more_waiting):
            self.ctx.notify(translate("ApprovalsPage", "A request is waiting for your approval."))
        self._known_inbox, self._waiting = ids, page.waiting
        self.inbox_model.has_more, self.inbox_model.fetching = page.full, False
        self._keep_selection(self.inbox_view, self.inbox_model, page.rows)
        self.retranslate()
        self._arrived()

    def _more_inbox(self) -> None:
        """The next page of the inbox, after the last row shown (the model's fetchMore)."""
        last = self.inbox_model.row_at(self.inbox_model.rowCount() - 1)
        if last is None or last.reached_at is None:
            self.inbox_model.fetching = False
            return
        read = self._inbox_reads
        self.ctx.tasks.run(approvals.inbox, self.db, (last.reached_at, last.id), busy=False,
                           on_success=lambda page: self._append_inbox(read, page),
                           on_error=self._more_failed)

    def _append_inbox(self, read: int, page: InboxPage) -> None:
        if read != self._inbox_reads:  # the inbox was read again meanwhile: that read is shown
            return
        self.inbox_model.fetching = False
        shown = {r.id for r in self.inbox_model.rows()}
        rows = [r for r in page.rows if r.id not in shown]
        self.inbox_model.insert_rows(self.inbox_model.rowCount(), rows)
        self.inbox_model.has_more = page.full
        self._known_inbox = (self._known_inbox or set()) | {r.id for r in rows}

    def _more_failed(self, exc: BaseException) -> None:
        self.inbox_model.fetching = False
        self.inbox_model.has_more = False  # F5 reads again; scrolling does not retry in a loop
        self.message.setText(ui_errors.error_text(exc, KIND))

    def _show_mine(self, rows: list[MyRequest]) -> None:
        self._keep_selection(self.mine_view, self.mine_model, rows)
        self._arrived()

    def _keep_selection(self, view: QTableView, model: RowsModel[Any], rows: list[Any]) -> None:
        """New rows with the table where it was: the chosen request stays chosen; when it is gone (it
        was just decided) the one that took its place is, so a run of decisions goes down the list."""
        picked = view.selectionModel().selectedRows()
        at = picked[0].row() if picked else 0
        chosen = model.row_at(at) if picked else None
        scrolled = view.verticalScrollBar().value()
        model.set_rows(rows)
        ids = [r.id for r in rows]
        if ids:
            row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else min(at, len(ids) - 1)
            view.selectRow(row)
            view.verticalScrollBar().setValue(scrolled)
            view.scrollTo(model.index(row, 0))  # only moves when that row is out of sight

    def _failed(self, exc: BaseException) -> None:
        self._pending = 0
        self._loaded = True
        self.message.setText(ui_errors.error_text(exc, KIND))

    # -- the selected request ------------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView, model: RowsModel[Any]) -> Any:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def current(self) -> InboxItem | MyRequest | None:
        if self.tabs.currentIndex() == 0:
            return self._selected(self.inbox_view, self.inbox_model)
        return self._selected(self.mine_view, self.mine_model)

    def _selection_changed(self) -> None:
        self._update_buttons()
        chosen = self.current()
        if chosen is None:
            self._trail_for = None
            self.trail_model.set_rows([])
            return
        self._trail_for = chosen.id
        self.ctx.tasks.run(approvals.trail, self.db, chosen.id, busy=False,
                           on_success=lambda rows, rid=chosen.id: self._show_trail(rid, rows),
                           on_error=self._failed)

    def _show_trail(self, request_id: int, rows: list[Any]) -> None:
        if request_id == self._trail_for:
            self.trail_model.set_rows(rows)

    def _update_buttons(self) -> None:
        chosen = self.current()
        waiting = self.tabs.currentIndex() == 0 and chosen is not None
        mine_pending = isinstance(chosen, MyRequest) and chosen.state == "pending"
        self.buttons["approve"].setEnabled(waiting)
        self.buttons["reject"].setEnabled(waiting)
        self.buttons["comment"].setEnabled(chosen is not None)
        self.buttons["withdraw"].setEnabled(mine_pending)

    # -- decisions -----------------------------------------------------------------------------
    def _act(self, fn: Any, *args: Any, done: str) -> None:
        chosen = self.current()
        if chosen is None:
            return
        self.message.clear()
        for button in self.buttons.values():
            button.setEnabled(False)

        def succeeded(_result: Any) -> None:
            self.comment.clear()
            self.ctx.notify(translate("ApprovalsPage", done))
            self.ctx.announce({"kind": KIND, "root_kind": KIND, "root_id": chosen.id, "op": "UPDATE"}, self)
            self.reload()

        def failed(exc: BaseException) -> None:  # the comment typed is kept
            self.message.setText(ui_errors.error_text(exc, KIND))
            self._update_buttons()

        self.ctx.tasks.run(fn, self.db, chosen.id, *args, on_success=succeeded, on_error=failed)

    def approve(self) -> None:
        if self.tabs.currentIndex() == 0 and self.buttons["approve"].isEnabled():
            self._act(approvals.approve, self.comment.toPlainText(), done=APPROVED)

    def reject(self) -> None:
        if not self.comment.toPlainText().strip():
            self.message.setText(translate("errors", "Write a comment: a rejection says why."))
            self.comment.setFocus()
            return
        self._act(approvals.reject, self.comment.toPlainText(), done=REJECTED)

    def add_comment(self) -> None:
        self._act(approvals.comment, self.comment.toPlainText(), done=COMMENTED)

    def withdraw(self) -> None:
        self._act(approvals.withdraw, self.comment.toPlainText(), done=WITHDRAWN)


APPROVED = QT_TRANSLATE_NOOP("ApprovalsPage", "Approved: the request goes on.")
REJECTED = QT_TRANSLATE_NOOP("ApprovalsPage", "Rejected: the requester sees your comment.")
COMMENTED = QT_TRANSLATE_NOOP("ApprovalsPage", "Your comment is in the trail.")
WITHDRAWN = QT_TRANSLATE_NOOP("ApprovalsPage", "The request is withdrawn.")

register_page("approvals", QT_TRANSLATE_NOOP("pages", "Approvals"), "bell", ApprovalsPage, order=40)

"""The pipeline (销售漏斗看板): the deals I see on a kanban board by stage.

Each column says how many deals the stage holds under the filters and their amount (the server's
figures for all of them, not only the cards shown). Dragging a card to another stage, or Ctrl+Right /
Ctrl+Left on it, saves the stage at once — probability and forecast category follow the stage on the
server — and Ctrl+Z puts it back (Ctrl+Shift+Z / Ctrl+Y again). A move someone else's change made
stale is refused by the version check, said in the status bar, and the board reloads. Enter or a
double-click opens the deal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import opportunities, pipeline
from salesdesk.services.pipeline import Board
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.formats import fmt_money_short
from salesdesk.ui.i18n import current_language
from salesdesk.ui.kanban import BoardCard, BoardColumn, KanbanBoard
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.pipeline_funnel import PipelineFunnel

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
SEARCH_DELAY_MS = 300
LIVE_DELAY_MS = 300  # a burst of team changes (a team saved whole) reloads the board once


class _Move(QUndoCommand):
    """A saved stage change; undo and redo save the other way round."""

    def __init__(self, page: PipelinePage, card_id: int, from_stage: int, to_stage: int, title: str) -> None:
        super().__init__(translate("PipelinePage", "Move %1").replace("%1", title))
        self.page, self.card_id, self.from_stage, self.to_stage = page, card_id, from_stage, to_stage
        self.first = True

    def redo(self) -> None:
        if self.first:  # pushed after the save: already done
            self.first = False
            return
        self.page.save_move(self.card_id, self.to_stage)

    def undo(self) -> None:
        self.page.save_move(self.card_id, self.from_stage)


class PipelinePage(QWidget):
    """The board, its filters and its totals; see the module docstring."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self.setObjectName("pipelinePage")
        self.undo_stack = QUndoStack(self)
        self.scope = QComboBox()
        self.scope.setObjectName("scopeCombo")
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadButton")
        self.totals = QLabel()
        self.totals.setObjectName("pipelineTotals")
        self.board = KanbanBoard()
        self.board.moveRequested.connect(self.move)
        self.board.opened.connect(lambda card_id: ctx.show_page(f"opportunity:{card_id}"))
        self.funnel = PipelineFunnel(ctx.tasks.run)
        self.funnel.stageClicked.connect(self._stage_clicked)
        self.funnel.failed.connect(ctx.notify)
        bar = QHBoxLayout()
        for w in (self.scope, self.search):
            bar.addWidget(w)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.funnel.toggle)
        bar.addStretch(1)
        bar.addWidget(self.totals)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.funnel)
        box.addWidget(self.board, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload_button.clicked.connect(self.reload)
        for keys, act in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                          (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                          (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo)):
            QShortcut(keys, self, act)
        self._loading = None
        self._loaded: Board | None = None
        self._totals_shown: tuple[Decimal, Decimal | None] = (Decimal(0), None)
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.reload)  # a load under way is cancelled: it may predate it
        self._stale = False
        self.retranslate()
        if getattr(ctx.session.me, "data_scope", "self") == "self":
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))
        self.reload()

    def retranslate(self) -> None:
        self.scope.blockSignals(True)
        set_combo_items(self.scope, [("all", translate("CustomerListPage", "All I can see")),
                                     ("mine", translate("PipelinePage", "My deals")),
                                     ("team", translate("PipelinePage", "My team's"))])
        self.scope.blockSignals(False)
        self.search.setPlaceholderText(translate("PipelinePage", "Search deals (title, customer)"))
        self.reload_button.setText(translate("MainWindow", "&Refresh"))
        self.funnel.retranslate()
        if self._loaded is not None:  # the board as it is now (moves since the load too), retitled
            self.board.retitle({c.stage.id: self._stage_name(c.stage) for c in self._loaded.columns})
            self._show_totals(*self._totals_shown)
            self._refunnel()

    def is_loaded(self) -> bool:
        return self._loaded is not None

    def refresh(self) -> None:  # F5
        self.reload()

    def focus_search(self) -> None:  # Ctrl+F
        self.search.setFocus()
        self.search.selectAll()

    def filters(self) -> dict[str, Any]:
        return {"scope": self.scope.currentData() or "all", "search": self.search.text()}

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        self._loading = self.ctx.tasks.run(pipeline.load_board, self.db, **self.filters(),
                                           on_success=self.show_board, on_error=self._failed)

    def show_board(self, board: Board) -> None:
        self._loading = None
        self._loaded = board
        columns = [BoardColumn(c.stage.id, self._stage_name(c.stage), c.deals, c.amount)
                   for c in board.columns]
        cards = [BoardCard(d.id, d.stage_id, d.title, d.customer_name or "", d.amount,
                           movable=d.can_edit, version=d.version) for d in board.cards]
        self.board.set_board(columns, cards)
        self._refunnel()
        self._show_totals(board.amount, board.weighted_amount)

    @staticmethod
    def _stage_name(stage: Any) -> str:
        return stage.name if current_language() == "zh_CN" else stage.name_en

    def _show_totals(self, amount: Decimal, weighted: Decimal | None) -> None:
        """The header's totals; a weighted amount still being read shows as "…"."""
        self._totals_shown = (amount, weighted)
        self.totals.setText(translate("PipelinePage", "Pipeline %1 · weighted %2")
                            .replace("%1", fmt_money_short(amount))
                            .replace("%2", "…" if weighted is None else fmt_money_short(weighted)))

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        self.ctx.notify(ui_errors.error_text(exc, "opportunity"))

    def _refunnel(self) -> None:
        columns = self._loaded.columns if self._loaded is not None else ()
        lost = {c.stage.id for c in columns if c.stage.outcome == "lost"}
        self.funnel.show_columns(self.board.columns(), lost)

    def _stage_clicked(self, key: str) -> None:
        """A click on a stage in the funnel: its column into view, its first card ready for the keys."""
        column = next((c.key for c in self.board.columns() if str(c.key) == key), None)
        if column is not None:
            cards = self.board.card_list(column)
            self.board.ensureWidgetVisible(cards)
            cards.setFocus()

    # -- moves --------------------------------------------------------------------------------
    def move(self, card_id: int, from_stage: int, to_stage: int) -> None:
        """A drop or Ctrl+arrow: save the stage, then show it and keep it on the undo stack."""
        title = self.board.card(card_id).title
        self.save_move(card_id, to_stage, after=lambda: self.undo_stack.push(
            _Move(self, card_id, from_stage, to_stage, title)))

    def save_move(self, card_id: int, to_stage: int, after: Callable[[], None] | None = None) -> None:
        if card_id not in {d for c in self.board.columns() for d in self.board.cards_in(c.key)}:
            self.undo_stack.clear()  # an undo of a deal no longer on the board (out of sight now)
            return
        card = self.board.card(card_id)

        def saved(version: int) -> None:
            self.board.replace_card(replace(card, version=version))
            self.board.move_card(card_id, to_stage)
            self._retotal()
            self._refunnel()
            if after is not None:
                after()

        def failed(exc: BaseException) -> None:
            self.ctx.notify(ui_errors.error_text(exc, "opportunity"))
            self.undo_stack.clear()  # the board no longer matches what the stack would undo
            self.reload()

        self.ctx.tasks.run(opportunities.set_stage, self.db, card_id, card.version, to_stage,
                           on_success=saved, on_error=failed)

    def _retotal(self) -> None:
        """The header's totals after a move: the amount is unchanged, the weighted amount is the server's
        to say, so the stage totals alone (one query, not the whole board) are read again quietly."""
        if self._loaded is not None:
            self._show_totals(sum((c.amount for c in self.board.columns()), Decimal(0)), None)
            self.ctx.tasks.run(opportunities.board, self.db, **self.filters(), busy=False,
                               on_success=self._totals_arrived, on_error=self._failed)

    def _totals_arrived(self, totals: list[Any]) -> None:
        self._show_totals(sum((t.amount for t in totals), Decimal(0)),
                          sum((t.weighted_amount for t in totals), Decimal(0)))

    # -- live updates ---------------------------------------------------------------------------
    def on_live_change(self, payload: dict) -> None:
        """A deal's team changed: when it is about me (added or taken off) or about a card shown, the
        board is read again (shortly, once for a burst; when the page shows again if hidden)."""
        if payload.get("kind") != "opportunity_member" or self._loaded is None:
            return
        shown = {d for c in self.board.columns() for d in self.board.cards_in(c.key)}
        if payload.get("employee_id") == self.ctx.session.me.employee_id or payload.get("root_id") in shown:
            if self.isVisible():
                self._live_timer.start()
            else:
                self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

register_page("pipeline", QT_TRANSLATE_NOOP("pages", "Pipeline"), "pipeline", PipelinePage, order=25)

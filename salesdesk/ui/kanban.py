"""A kanban board: one column per stage, cards dragged between them, totals in each header.

    board = KanbanBoard()
    board.set_board([BoardColumn(key=1, title="需求确认", count=12, amount=Decimal("360000"))],
                    [BoardCard(id=7, column=1, title="ERP 升级", detail="华南精工", amount=Decimal("80000"))])
    board.moveRequested.connect(page.move)     # (card id, from column, to column): the page saves it
    board.move_card(7, 2)                      # the page shows the move (and again to undo it)
    board.opened.connect(page.open)            # double-click or Enter on a card

The board is a view: dropping a card (or Ctrl+Right / Ctrl+Left on the current card) only asks
for the move; the page saves it, calls `move_card` and keeps the undo stack. The column totals
are the server's figures for every record in the query (the board shows the first cards of each
column, `BoardColumn.count` tells how many there are); `move_card` carries the card's amount
from one header to the other, so the figures stay true until the next refresh.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.ui.formats import fmt_money_short

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
MIME = "application/x-salesdesk-card"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_WIDTH = 220


@dataclass(frozen=True)
class BoardColumn:
    """A column's header: its key (a stage id), title and the totals of every record in it."""

    key: Hashable
    title: str
    count: int = 0
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class BoardCard:
    """One record on the board."""

    id: int
    column: Hashable
    title: str
    detail: str = ""
    amount: Decimal | None = None
    movable: bool = True
    version: int | None = None  # for the page's optimistic locking


class _CardList(QListWidget):
    """A column's cards; drags carry the card id, drops ask the board for the move."""

    def __init__(self, board: KanbanBoard, key: Hashable) -> None:
        super().__init__()
        self.board, self.key = board, key
        self.setObjectName("kanbanCards")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(lambda item: board.opened.emit(item.data(ID_ROLE)))

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if item is None or not self.board.card(item.data(ID_ROLE)).movable:
            return
        mime = QMimeData()
        mime.setData(MIME, QByteArray(str(item.data(ID_ROLE)).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME) and event.source() is not self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if not self._accepts(event):
            event.ignore()
            return
        card_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        event.setDropAction(Qt.DropAction.CopyAction)  # the source list keeps its item: the board moves it
        event.accept()
        self.board.request_move(card_id, self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        item = self.currentItem()
        if step and event.modifiers() & Qt.KeyboardModifier.ControlModifier and item is not None:
            self.board.request_step(item.data(ID_ROLE), step)
            return
        super().keyPressEvent(event)


def totals_text(column: BoardColumn) -> str:
    """A column's totals as its header (and the pipeline's funnel) says them: "3 deals · ¥1.2M"."""
    n = column.count  # lupdate misses a call whose count is an attribute
    return translate("KanbanBoard", "%n deal(s) · %1", "", n).replace("%1", fmt_money_short(column.amount))


class KanbanBoard(QScrollArea):
    """Columns side by side, scrolling sideways; see the module docstring."""

    moveRequested = Signal(int, object, object)  # card id, from column key, to column key
    opened = Signal(int)                         # card id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kanbanBoard")
        self.setWidgetResizable(True)
        self._columns: list[BoardColumn] = []
        self._cards: dict[int, BoardCard] = {}
        self._lists: dict[Hashable, _CardList] = {}
        self._totals: dict[Hashable, QLabel] = {}
        self._titles: dict[Hashable, QLabel] = {}
        self.setWidget(QWidget())

    # -- data ---------------------------------------------------------------------------------
    def set_board(self, columns: Sequence[BoardColumn], cards: Sequence[BoardCard]) -> None:
        """Show these columns (in order) and cards (each in its column, in the order given)."""
        self._columns = list(columns)
        self._cards = {c.id: c for c in cards}
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(6, 6, 6, 6)
        row.setSpacing(8)
        self._lists, self._totals, self._titles = {}, {}, {}
        for column in self._columns:
            row.addWidget(self._column_frame(column))
        row.addStretch(1)
        for card in cards:
            if card.column in self._lists:
                self._lists[card.column].addItem(self._item(card))
        self.setWidget(inner)

    def _column_frame(self, column: BoardColumn) -> QFrame:
        frame = QFrame()
        frame.setObjectName("kanbanColumn")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFixedWidth(COLUMN_WIDTH)
        box = QVBoxLayout(frame)
        box.setContentsMargins(6, 6, 6, 6)
        title = QLabel(column.title)
        title.setObjectName("kanbanTitle")
        title.setStyleSheet("font-weight: bold")
        totals = QLabel()
        totals.setObjectName("kanbanTotals")
        cards = _CardList(self, column.key)
        cards.setAccessibleName(column.title)
        title.setBuddy(cards)
        self._lists[column.key], self._totals[column.key], self._titles[column.key] = cards, totals, title
        box.addWidget(title)
        box.addWidget(totals)
        box.addWidget(cards, 1)
        self._show_totals(column)
        return frame

    def _item(self, card: BoardCard) -> QListWidgetItem:
        lines = [card.title] + [t for t in (card.detail, fmt_money_short(card.amount)) if t]
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, card.id)
        item.setToolTip("\n".join(lines))
        return item

    def _show_totals(self, column: BoardColumn) -> None:
        self._totals[column.key].setText(totals_text(column))

    def retitle(self, titles: Mapping[Hashable, str]) -> None:
        """New column titles (another language), the cards and totals as they are now."""
        self._columns = [replace(c, title=titles.get(c.key, c.title)) for c in self._columns]
        for column in self._columns:
            self._titles[column.key].setText(column.title)
            self._lists[column.key].setAccessibleName(column.title)
            self._show_totals(column)

    def columns(self) -> list[BoardColumn]:
        return list(self._columns)

    def column(self, key: Hashable) -> BoardColumn:
        return next(c for c in self._columns if c.key == key)

    def card(self, card_id: int) -> BoardCard:
        return self._cards[card_id]

    def cards_in(self, key: Hashable) -> list[int]:
        cards = self._lists[key]
        return [cards.item(i).data(ID_ROLE) for i in range(cards.count())]

    def replace_card(self, card: BoardCard) -> None:
        """Keep a card's new data (its version after a save) without moving it."""
        self._cards[card.id] = replace(card, column=self._cards[card.id].column)

    def card_list(self, key: Hashable) -> QListWidget:
        """The list widget of a column (for focus and for tests that drag)."""
        return self._lists[key]

    # -- moves --------------------------------------------------------------------------------
    def request_move(self, card_id: int, to_key: Hashable) -> None:
        card = self._cards.get(card_id)
        if card is not None and card.movable and card.column != to_key and to_key in self._lists:
            self.moveRequested.emit(card_id, card.column, to_key)

    def request_step(self, card_id: int, step: int) -> None:
        keys = [c.key for c in self._columns]
        at = keys.index(self._cards[card_id].column) + step
        if 0 <= at < len(keys):
            self.request_move(card_id, keys[at])

    def move_card(self, card_id: int, to_key: Hashable) -> None:
        """Show the card in another column (at its top) and carry its amount between the headers."""
        card = self._cards[card_id]
        if card.column == to_key:
            return
        source, target = self._lists[card.column], self._lists[to_key]
        for i in range(source.count()):
            if source.item(i).data(ID_ROLE) == card_id:
                source.takeItem(i)
                break
        amount = card.amount or Decimal(0)
        self._columns = [replace(c, count=c.count - 1, amount=c.amount - amount) if c.key == card.column else
                         replace(c, count=c.count + 1, amount=c.amount + amount) if c.key == to_key else c
                         for c in self._columns]
        moved = replace(card, column=to_key)
        self._cards[card_id] = moved
        target.insertItem(0, self._item(moved))
        target.setCurrentRow(0)
        for key in (card.column, to_key):
            self._show_totals(self.column(key))

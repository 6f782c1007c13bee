"""The kanban board as a widget (an in-memory board; the pipeline page's end-to-end test drives it on
the real database): a drop and Ctrl+Right ask for the move, only the page moves a card, the totals
follow the card's amount, a card that may not move stays, Enter opens."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from salesdesk.ui.kanban import MIME, BoardCard, BoardColumn, KanbanBoard

pytestmark = pytest.mark.gui


def make_board(qtbot) -> KanbanBoard:  # noqa: ANN001
    board = KanbanBoard()
    qtbot.addWidget(board)
    board.set_board(
        [BoardColumn("a", "Qualification", 2, Decimal("300.00")),
         BoardColumn("b", "Proposal", 1, Decimal("50.00")),
         BoardColumn("c", "Won", 0, Decimal(0))],
        [BoardCard(1, "a", "ERP", "华南精工", Decimal("100.00")),
         BoardCard(2, "a", "CRM", "北方物流", Decimal("200.00"), movable=False),
         BoardCard(3, "b", "MES", "东海电子", Decimal("50.00"))])
    board.resize(800, 500)
    board.show()
    return board


def drop(board: KanbanBoard, card_id: int, on: str) -> None:
    """What Qt delivers when a card is dropped on a column (a drag cannot be scripted offscreen)."""
    target = board.card_list(on)
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(card_id).encode()))
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)


def test_a_drop_asks_the_page_and_only_the_page_moves_the_card(qtbot) -> None:  # noqa: ANN001
    board = make_board(qtbot)
    with qtbot.waitSignal(board.moveRequested) as asked:
        drop(board, 1, "b")
    assert asked.args == [1, "a", "b"]
    assert board.cards_in("a") == [1, 2]  # nothing moved yet: the page has not saved it
    board.move_card(1, "b")
    assert board.cards_in("a") == [2] and board.cards_in("b") == [1, 3]
    assert board.column("a").count == 1 and board.column("a").amount == Decimal("200.00")
    assert board.column("b").count == 2 and board.column("b").amount == Decimal("150.00")
    board.move_card(1, "a")  # the page's undo
    assert board.column("a").amount == Decimal("300.00") and board.column("b").amount == Decimal("50.00")


def test_ctrl_arrows_move_the_current_card_by_keyboard(qtbot) -> None:  # noqa: ANN001
    board = make_board(qtbot)
    cards = board.card_list("b")
    cards.setFocus()
    cards.setCurrentRow(0)
    asked: list[tuple] = []
    board.moveRequested.connect(lambda *args: asked.append(args))
    qtbot.keyClick(cards, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(cards, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(3, "b", "c"), (3, "b", "a")]
    board.move_card(3, "c")
    last = board.card_list("c")
    qtbot.keyClick(last, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # no column further
    assert len(asked) == 2


def test_a_card_that_may_not_move_and_a_drop_on_its_own_column_ask_nothing(qtbot) -> None:  # noqa: ANN001
    board = make_board(qtbot)
    asked: list[tuple] = []
    board.moveRequested.connect(lambda *args: asked.append(args))
    drop(board, 2, "b")
    board.request_move(1, "a")
    assert asked == []


def test_enter_opens_the_card_and_the_headers_say_count_and_amount(qtbot) -> None:  # noqa: ANN001
    board = make_board(qtbot)
    cards = board.card_list("a")
    cards.setFocus()
    cards.setCurrentRow(0)
    with qtbot.waitSignal(board.opened) as opened:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert opened.args == [1]
    texts = [w.text() for w in board.widget().findChildren(QLabel, "kanbanTotals")]
    assert texts[0].startswith("2 ") and "¥300" in texts[0]
    assert texts[2].startswith("0 ")

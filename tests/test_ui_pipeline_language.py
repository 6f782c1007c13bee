"""The board after a language switch keeps what it shows now — a move made since the board was
loaded included — with its titles and totals in the new language (issue 12 §6)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from salesdesk.ui.i18n import install_language
from salesdesk.ui.pipeline_page import PipelinePage
from tests.factories import Company, build_small_company
from tests.test_ui_pipeline import select_card
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def company(db_factory) -> Company:  # noqa: ANN001
    return build_small_company(db_factory(), deals=True)


def test_a_move_made_since_the_load_stays_after_a_language_switch(qtbot, company: Company) -> None:
    deal = company.deals["sp_e1a商机1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "pipeline")
        assert isinstance(page, PipelinePage)
        first, second = page.board.columns()[:2]
        select_card(page, deal)
        qtbot.keyClick(page.board.card_list(first.key), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        # the Ctrl key let go, as a user would (else the application's modifier state says Ctrl held,
        # and the next test's selectRow toggles instead of selecting)
        qtbot.keyRelease(page.board.card_list(first.key), Qt.Key.Key_Control)
        qtbot.waitUntil(lambda: page.board.cards_in(second.key) == [deal], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "…" not in page.totals.text(), timeout=WAIT_MS)
        try:
            install_language("zh_CN")
            qtbot.waitUntil(lambda: page.totals.text().startswith("商机 "), timeout=WAIT_MS)
            assert page.board.cards_in(second.key) == [deal] and page.board.cards_in(first.key) == []
            moved = page.board.column(second.key)
            assert (moved.count, moved.amount) == (1, Decimal("10000.00"))
            assert moved.title != second.title  # the stage's Chinese name
            assert page.undo_stack.canUndo()  # and the move can still be undone
        finally:
            install_language("en")
        qtbot.waitUntil(lambda: page.board.column(second.key).title == second.title, timeout=WAIT_MS)
        assert page.board.cards_in(second.key) == [deal]

"""The pipeline board on the real database: a salesperson moves a deal a stage on by keyboard, the
probability follows on the server, Ctrl+Z puts it back; a manager's board counts what the API
lets them see, per stage; a move made stale by someone else is refused and the board reloads."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from salesdesk.ui.kanban import totals_text
from salesdesk.ui.pipeline_page import PipelinePage
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def company(db_factory) -> Company:  # noqa: ANN001
    return build_small_company(db_factory(), deals=True)


def stage_of(company: Company, title: str) -> tuple[int, Decimal]:
    with company.admin() as conn:
        row = conn.execute("select s.position, o.probability from sales.opportunities o "
                           "join sales.opportunity_stages s on s.id = o.stage_id where o.title = %s",
                           (title,)).fetchone()
    assert row
    return row[0], row[1]


def select_card(page: PipelinePage, deal_id: int) -> None:
    for column in page.board.columns():
        cards = page.board.card_list(column.key)
        ids = page.board.cards_in(column.key)
        if deal_id in ids:
            cards.setFocus()
            cards.setCurrentRow(ids.index(deal_id))
            return
    raise AssertionError(f"deal {deal_id} is not on the board")


def test_a_salesperson_moves_a_deal_on_and_undoes_it(qtbot, company: Company) -> None:  # noqa: ANN001
    deal = company.deals["sp_e1a商机1"]
    before = stage_of(company, "sp_e1a商机1")
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "pipeline")
        assert isinstance(page, PipelinePage)
        assert {d for c in page.board.columns() for d in page.board.cards_in(c.key)} == {deal}
        first = page.board.columns()[0]
        assert (first.count, first.amount) == (1, Decimal("10000.00"))
        select_card(page, deal)
        qtbot.keyClick(page.board.card_list(first.key), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: stage_of(company, "sp_e1a商机1")[0] == before[0] + 1, timeout=WAIT_MS)
        assert stage_of(company, "sp_e1a商机1")[1] == Decimal("20.00")  # the stage's default
        second = page.board.columns()[1]
        qtbot.waitUntil(lambda: page.board.cards_in(second.key) == [deal], timeout=WAIT_MS)
        assert page.board.column(second.key).amount == Decimal("10000.00")
        assert page.undo_stack.canUndo()
        qtbot.keyClick(page.board.card_list(second.key), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: stage_of(company, "sp_e1a商机1") == before, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.board.cards_in(first.key) == [deal], timeout=WAIT_MS)


def test_a_managers_board_counts_what_the_api_shows(qtbot, company: Company) -> None:  # noqa: ANN001
    with company.connect("mgr_e") as conn:
        want = dict(conn.execute("select stage_id, count(*) from api.opportunities group by 1").fetchall())
    assert sum(want.values()) == 3  # the east region's three salespeople
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "pipeline")
        got = {c.key: c.count for c in page.board.columns() if c.count}
        assert got == want
        assert {d for c in page.board.columns() for d in page.board.cards_in(c.key)} == {
            company.deals[f"{k}商机1"] for k in ("sp_e1a", "sp_e1b", "sp_e2a")}
        assert page.totals.text().startswith("Pipeline ¥3")


def test_a_stale_move_is_refused_and_the_board_reloads(qtbot, company: Company) -> None:  # noqa: ANN001
    deal = company.deals["sp_e1a商机1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "pipeline")
        with company.admin() as conn:  # someone else edits the deal meanwhile
            conn.execute("update sales.opportunities set next_step = '再约' where id = %s", (deal,))
            conn.commit()
        first = page.board.columns()[0]
        select_card(page, deal)
        qtbot.keyClick(page.board.card_list(first.key), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "changed" in window.status.notice.text().lower()
                        or "修改" in window.status.notice.text(), timeout=WAIT_MS)
        assert stage_of(company, "sp_e1a商机1")[0] == 1
        assert not page.undo_stack.canUndo()
        qtbot.waitUntil(lambda: page.board.cards_in(first.key) == [deal], timeout=WAIT_MS)


def test_the_funnel_shows_the_boards_stage_totals_and_follows_a_move(  # noqa: ANN001
        qtbot, company: Company, monkeypatch, tmp_path) -> None:
    """Funnel button: the chart's stages are the board's columns without the lost ones, each bar as wide
    as the column's deals; a move redraws it; a click on a stage's bar brings its column into focus;
    Ctrl+S on the chart saves it (in the main window, where Ctrl+S is also the page's Save)."""
    deal = company.deals["sp_e1a商机1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "pipeline")
        assert isinstance(page, PipelinePage)
        assert not page.funnel.isVisible() and page.funnel.canvas is None  # matplotlib loaded only when asked
        with qtbot.waitSignal(page.funnel.ready, timeout=WAIT_MS):
            page.funnel.toggle.click()
        assert page.funnel.isVisible()
        lost = {c.stage.id for c in page._loaded.columns if c.stage.outcome == "lost"}
        assert lost, "the demo process has a lost stage"
        shown = [c for c in page.board.columns() if c.key not in lost]

        def widths() -> dict[str, float]:
            bars = page.funnel.canvas.figure.axes[0].patches
            return {b.get_gid(): b.get_width() for b in bars if b.get_gid()}
        assert widths() == {str(c.key): c.count for c in shown}
        assert widths()[str(shown[0].key)] == 1
        said = [t.get_text() for t in page.funnel.canvas.figure.axes[0].texts if t.get_gid() == "stage-label"]
        assert said == [totals_text(c) for c in shown]  # as the column headers say it ("1 deal · ¥10K")
        select_card(page, deal)
        first = page.board.card_list(shown[0].key)
        qtbot.keyClick(first, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: widths()[str(shown[1].key)] == 1, timeout=WAIT_MS)
        assert widths()[str(shown[0].key)] == 0
        page.funnel.canvas.barClicked.emit(str(shown[2].key))
        assert page.board.card_list(shown[2].key).hasFocus()
        target = tmp_path / "funnel.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target)[:-4], ""))
        page.funnel.canvas.setFocus()
        qtbot.waitUntil(page.funnel.canvas.hasFocus)
        qtbot.keyClick(page.funnel.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"  # ".png" added to the name typed


def test_the_pipeline_page_does_not_import_matplotlib() -> None:
    """matplotlib costs 0.5–1.5 s to import: the page leaves it to the funnel's first opening."""
    script = "import sys, salesdesk.ui.pipeline_page\nprint('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

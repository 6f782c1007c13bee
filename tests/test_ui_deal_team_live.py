"""Live updates of a deal's team on the real database, two sessions (issue 12 §4 "removal revokes at
once", §6): someone else adds a person to a deal's team or takes them off it, and the affected
person's board, deal list and open deal editor follow — the editor's team tab shows the new team
under the user's typing, and a member taken off sees plainly that the deal is gone, with what they
typed kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.factories import Company, build_small_company
from tests.rls_support import as_json
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
DEAL = "sp_e1a商机1"


@pytest.fixture
def co(db_factory) -> Company:
    """sp_e1a's deal with sp_e2a (another team: sees it only as a member) on its team."""
    company = build_small_company(db_factory(), deals=True)
    save_team(company, "sp_e1a", [("sp_e1a", "lead", "write", "60"), ("sp_e2a", "presales", "write", "40")])
    return company


def save_team(company: Company, by: str, team: list[tuple[str, str, str, str]]) -> None:
    """`by` saves the deal's whole team in another session, then rings the doorbell as the client does."""
    with company.connect(by) as conn:
        conn.execute("select api.opportunity_team_save(%s, null, %s)",
                     (company.deals[DEAL], as_json([{"employee_id": company.people[p], "role": r, "access": a,
                                                     "credit_share": c} for p, r, a, c in team])))
        conn.commit()
        conn.execute("select pg_notify('salesdesk_doorbell', '')")
        conn.commit()


def cards(page) -> set[int]:  # noqa: ANN001
    return {d for c in page.board.columns() for d in page.board.cards_in(c.key)}


def board_of_all_i_see(qtbot, window):  # noqa: ANN001, ANN201
    """The board with the deals I see (a salesperson's opens on their own: a member's are not)."""
    board = wait_loaded(qtbot, window, "pipeline")
    board.scope.setCurrentIndex(board.scope.findData("all"))
    qtbot.waitUntil(lambda: board.is_loaded() and board._loading is None, timeout=WAIT_MS)
    return board


def test_a_member_taken_off_the_team_loses_the_deal_everywhere_and_keeps_the_typing(qtbot,
                                                                                   co: Company) -> None:
    deal = co.deals[DEAL]
    with main_window(qtbot, co, "sp_e2a", live=True) as window:
        qtbot.waitUntil(lambda: window.live.connected, timeout=WAIT_MS)
        board = board_of_all_i_see(qtbot, window)
        assert deal in cards(board)
        deals = wait_loaded(qtbot, window, "opportunities")
        deals.scope.setCurrentIndex(deals.scope.findData("all"))
        qtbot.waitUntil(lambda: deals.model.row_of(deal) is not None, timeout=WAIT_MS)
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        editor.ui.notesEdit.setPlainText("下周二带样机拜访")  # typed on the deal tab…
        editor.ui.tabs.setCurrentWidget(editor.ui.teamTab)  # …then looking at the team
        save_team(co, "sp_e1a", [("sp_e1a", "lead", "write", "100")])
        qtbot.waitUntil(lambda: "taken off this deal's team" in editor.status_label.text(), timeout=WAIT_MS)
        assert editor.ui.notesEdit.toPlainText() == "下周二带样机拜访" and editor.ui.notesEdit.isReadOnly()
        qtbot.waitUntil(lambda: deals.model.row_of(deal) is None, timeout=WAIT_MS)
        with answering(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click()):
            window.show_page("pipeline")  # leaving the typing is asked first, as ever
        qtbot.waitUntil(lambda: deal not in cards(board), timeout=WAIT_MS)


def test_someone_added_sees_the_deal_on_the_board_and_the_owner_sees_the_team_under_the_typing(
        qtbot, co: Company) -> None:
    deal = co.deals[DEAL]
    with main_window(qtbot, co, "sp_e1b", live=True) as window:
        qtbot.waitUntil(lambda: window.live.connected, timeout=WAIT_MS)
        board = board_of_all_i_see(qtbot, window)
        assert deal not in cards(board)
        save_team(co, "sup_e1", [("sp_e1a", "lead", "write", "60"), ("sp_e2a", "presales", "write", "20"),
                                 ("sp_e1b", "support", "read", "20")])
        qtbot.waitUntil(lambda: deal in cards(board), timeout=WAIT_MS)
    with main_window(qtbot, co, "sp_e1a", live=True) as window:
        qtbot.waitUntil(lambda: window.live.connected, timeout=WAIT_MS)
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        editor.ui.nextStepEdit.setText("报价")  # unsaved typing on the deal tab
        save_team(co, "sup_e1", [("sp_e1a", "lead", "write", "100")])
        qtbot.waitUntil(lambda: editor.team_model.employee_ids() == [co.people["sp_e1a"]], timeout=WAIT_MS)
        assert editor.ui.nextStepEdit.text() == "报价" and editor.has_unsaved_changes()
        assert not editor.team_model.is_dirty()

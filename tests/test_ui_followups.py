"""The follow-up screens end to end on the real database: the quick dialog by Ctrl+Shift+F from the
customer list (empty, or of the selected customer) moving the customer's last contact in the list,
the follow-ups page's team scope up the reporting line only, and the customer's 360° page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from salesdesk.services import followups, opportunities
from salesdesk.ui.followup_dialog import FollowupDialog
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, answering, main_window, session_for, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """A company of this module's own: its follow-ups and deals change no count elsewhere."""
    company = build_small_company(db_factory(), deals=True)
    db = session_for(company, "sp_e1b").database
    followups.log_followup(db, company.customers["sp_e1b客户2"], "钱二上周的电话",
                           happened_at=datetime.now(UTC) - timedelta(days=7))
    followups.log_followup(db, company.customers["sp_e1b客户1"], "钱二的回访", kind="visit", satisfaction=4)
    return company


def press_followup_key(qtbot, window) -> None:  # noqa: ANN001
    """Ctrl+Shift+F where the focus is, as a user presses it, and the modifiers let go again (a
    synthetic click leaves them held for the application, and a later selectRow() would extend)."""
    target = QApplication.focusWidget() or window
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_F, both)
    qtbot.keyRelease(target, Qt.Key.Key_Shift)
    qtbot.keyRelease(target, Qt.Key.Key_Control)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_the_shortcut_opens_an_empty_dialog_from_the_list_with_nothing_selected(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.view.clearSelection()
        page.search.setFocus()
        seen: dict = {}

        def look(dialog: FollowupDialog) -> None:
            seen.update(customer=dialog.customer.value(), title=dialog.windowTitle(),
                        summary_visible=dialog.ui.summaryEdit.isVisible())
            dialog.reject()

        with answering(FollowupDialog, look):
            press_followup_key(qtbot, window)
        assert seen == {"customer": None, "title": "Log follow-up", "summary_visible": True}


def test_a_selected_customer_is_prefilled_and_logging_moves_its_last_contact(qtbot, co: Company) -> None:
    customer = co.customers["sp_e1a客户3"]
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        qtbot.waitUntil(lambda: page.model.row_of(customer) is not None, timeout=WAIT_MS)
        row = page.model.row_of(customer)
        assert page.model.row_at(row).last_contact_at is None
        page.view.setFocus()
        page.view.selectionModel().setCurrentIndex(
            page.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        assert page.followup_target() == (customer, None)

        def log(dialog: FollowupDialog) -> None:
            qtbot.waitUntil(lambda: dialog.customer.value() == customer, timeout=WAIT_MS)
            assert dialog.customer.edit.text() == "sp_e1a客户3"
            dialog.accept()  # no summary: refused at its field, nothing sent
            assert dialog.isVisible() and dialog.errors["summary"].isVisible()
            dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("visit"))
            assert dialog.ui.satisfactionCombo.isVisible()  # asked for visits only
            dialog.ui.summaryEdit.setPlainText("上门拜访，谈二期")
            dialog.ui.satisfactionCombo.setCurrentIndex(dialog.ui.satisfactionCombo.findData(5))
            dialog.accept()

        with answering(FollowupDialog, log):
            press_followup_key(qtbot, window)
        qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(customer)).last_contact_at is not None,
                        timeout=WAIT_MS)
        mine = followups.list_followups(window.session.database, {"scope": "mine"}).rows
        assert [(f.summary, f.kind, f.satisfaction, f.customer_id) for f in mine][:1] == [
            ("上门拜访，谈二期", "visit", 5, customer)]


def test_a_supervisor_sees_a_subordinates_followup_with_scope_team_and_a_peer_does_not(
        qtbot, co: Company) -> None:
    for key, expected in (("sup_e1", True), ("sp_e1a", False)):
        with main_window(qtbot, co, key) as window:
            page = wait_loaded(qtbot, window, "followups")
            page.scope.setCurrentIndex(page.scope.findData("team"))
            qtbot.waitUntil(lambda p=page: p.model.query == {"scope": "team"} and p.is_loaded()
                            and len(p.model.rows()) == p.model.count, timeout=WAIT_MS)  # rows, not the count
            summaries = [r.summary for r in page.model.rows()]
            assert ("钱二的回访" in summaries) is expected, (key, summaries)
            times = [r.happened_at for r in page.model.rows()]
            assert times == sorted(times, reverse=True)  # newest first
            if expected:  # newest first, the author's column and the type in words
                assert summaries.index("钱二的回访") < summaries.index("钱二上周的电话")
                row = next(r for r in page.model.rows() if r.summary == "钱二的回访")
                texts = {c.key: c.text(row) for c in page.model.columns}
                assert texts["owner"] == "钱二" and texts["kind"] == "Visit"


def test_the_360_page_lists_the_followup_and_a_deal_stage_change_newest_first(qtbot, co: Company) -> None:
    db = session_for(co, "sp_e1a").database
    deal = opportunities.get_opportunity(db, opportunities.list_opportunities(db, scope="mine").rows[0].id)
    followups.log_followup(db, deal.customer_id, "先电话沟通", kind="call")
    stages = [s for s in opportunities.stages(db) if s.outcome is None and s.id != deal.stage_id]
    opportunities.set_stage(db, deal.id, deal.version, stages[0].id)
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, f"customer360:{deal.customer_id}")
        timeline = page.timeline
        whats = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
        details = [timeline.item(r, 2).text() for r in range(timeline.rowCount())]
        assert whats[0] == f"Deal moved to {stages[0].name_en}" and details[0] == deal.title, whats
        assert whats[1] == "Call" and details[1] == "先电话沟通", whats
        titles = [page.deals.item(r, 0).text() for r in range(page.deals.rowCount())]
        assert deal.title in titles
        assert "¥" in page.totals.text() and "Last contact" in page.facts.text()


def test_esc_keeps_the_typing_a_refusal_shows_at_its_field_and_ones_own_opens_to_edit(
        qtbot, co: Company) -> None:
    customer = co.customers["sp_e1a客户2"]
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, f"customer360:{customer}")

        def type_and_escape(dialog: FollowupDialog) -> None:
            qtbot.waitUntil(lambda: dialog.customer.value() == customer, timeout=WAIT_MS)
            dialog.ui.summaryEdit.setPlainText("长" * 4001)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        def refused_then_saved(dialog: FollowupDialog) -> None:
            assert dialog.ui.summaryEdit.toPlainText() == "长" * 4001  # kept on Esc
            dialog.accept()  # the service's rule: too long, at the field, the typing kept
            qtbot.waitUntil(lambda: dialog.errors["summary"].isVisible(), timeout=WAIT_MS)
            assert dialog.isVisible() and dialog.ui.summaryEdit.toPlainText() == "长" * 4001
            dialog.ui.summaryEdit.setPlainText("电话确认报价")
            dialog.accept()

        for act in (type_and_escape, refused_then_saved):
            with answering(FollowupDialog, act):
                page.log_followup()
        qtbot.waitUntil(lambda: "电话确认报价" in [page.timeline.item(r, 2).text()
                                                   for r in range(page.timeline.rowCount())], timeout=WAIT_MS)
        listing = wait_loaded(qtbot, window, "followups")
        qtbot.waitUntil(lambda: any(r.summary == "电话确认报价" for r in listing.model.rows()),
                        timeout=WAIT_MS)
        mine = next(r for r in listing.model.rows() if r.summary == "电话确认报价")

        def edit(dialog: FollowupDialog) -> None:
            assert dialog.windowTitle() == "Edit follow-up" and not dialog.customer.isEnabled()
            dialog.ui.outcomeEdit.setText("客户同意")
            dialog.accept()

        with answering(FollowupDialog, edit):
            listing.open_row(mine)
        qtbot.waitUntil(lambda: listing.model.row_at(listing.model.row_of(mine.id)).outcome == "客户同意",
                        timeout=WAIT_MS)


def test_a_focus_change_after_the_pickers_list_is_gone_raises_nothing(qtbot, co: Company) -> None:
    """The quick dialog's pickers outlive their list when the dialog's window goes first (seen as a
    RuntimeError on every later focus change after the mnemonics check)."""
    import shiboken6
    from PySide6.QtWidgets import QLineEdit

    with main_window(qtbot, co, "sp_e1a") as window:
        dialog = FollowupDialog(ctx=window.ctx)
        qtbot.addWidget(dialog)
        other = QLineEdit()
        qtbot.addWidget(other)
        shiboken6.delete(dialog.customer.popup)  # the list lies in a window that is gone
        dialog.customer._focus_moved(None, other)  # what the application's focusChanged calls
        assert not dialog.customer.is_open()


def test_opened_from_a_deal_the_customer_and_the_deal_are_filled_in(qtbot, co: Company) -> None:
    """What the deal editor's "Log follow-up" does (helper oppui calls exactly this)."""
    from salesdesk.ui.followup_dialog import open_followup_dialog

    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        deal = opportunities.list_opportunities(db, scope="mine").rows[0]
        seen: dict = {}

        def look(dialog: FollowupDialog) -> None:
            qtbot.waitUntil(lambda: dialog.customer.value() is not None, timeout=WAIT_MS)
            seen.update(customer=dialog.customer.value(), deal=dialog.deal.value(),
                        text=dialog.deal.edit.text())
            dialog.reject()

        with answering(FollowupDialog, look):
            saved = open_followup_dialog(window.ctx, customer_id=deal.customer_id, opportunity_id=deal.id)
        assert saved is None  # Esc
        assert seen == {"customer": deal.customer_id, "deal": deal.id, "text": deal.title}

        # the deal editor lists the deal's follow-ups; its button and the window's Log follow-up
        # (Ctrl+Shift+F) on it open the dialog of the deal
        followups.log_followup(db, deal.customer_id, "带样品上门", kind="visit", opportunity_id=deal.id)
        editor = wait_loaded(qtbot, window, f"opportunity:{deal.id}")
        table = editor.followup_table
        qtbot.waitUntil(lambda: any(table.item(r, c) and table.item(r, c).text() == "带样品上门"
                                    for r in range(table.rowCount()) for c in range(table.columnCount())),
                        timeout=WAIT_MS)
        seen.clear()
        with answering(FollowupDialog, look):
            editor.followup_button.click()
        assert seen == {"customer": deal.customer_id, "deal": deal.id, "text": deal.title}
        seen.clear()
        with answering(FollowupDialog, look):
            window.followup_action.trigger()  # Ctrl+Shift+F asks the page what it shows
        assert seen == {"customer": deal.customer_id, "deal": deal.id, "text": deal.title}

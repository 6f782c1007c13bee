"""The customer editor's header actions on the real database: release and claim back, a hand-on
that takes the customer out of sight, unsaved input first, and rights from the record."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from salesdesk.ui.reason_dialog import ReasonDialog
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, click, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def enabled(editor) -> set[str]:  # noqa: ANN001
    return {n for n, a in editor.header_actions.actions_by_name.items() if a.isEnabled() and a.isVisible()}


def test_release_from_the_editor_then_claim_back(qtbot, fresh_company: Company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        assert enabled(editor) == {"reassign", "release", "archive"}  # mine; claim is not offered

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("暂无需求")
            dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            editor.header_actions.actions_by_name["release"].trigger()
        qtbot.waitUntil(lambda: editor.record.owner_id is None, timeout=WAIT_MS)  # shown as it is now
        assert enabled(editor) == {"claim"} and window.current_key() == "customer"
        row = page.model.row_of(customer_id)
        assert row is not None
        qtbot.waitUntil(lambda: page.model.row_at(row).owner_id is None, timeout=WAIT_MS)  # the list knows
        editor.header_actions.actions_by_name["claim"].trigger()
        qtbot.waitUntil(lambda: editor.record.owner_id == c.people["sp_e1a"], timeout=WAIT_MS)
        assert enabled(editor) == {"reassign", "release", "archive"}


def test_a_hand_on_out_of_sight_closes_the_editor_and_says_why(qtbot, fresh_company: Company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户2"]
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.header_actions.actions_by_name["reassign"].trigger()
        dialog = editor.header_actions.active_dialog
        qtbot.waitUntil(lambda: dialog.loaded_once, timeout=WAIT_MS)
        dialog.search.setText(c.login("sp_n1a"))
        qtbot.waitUntil(lambda: dialog.offered_ids() == [c.people["sp_n1a"]], timeout=WAIT_MS)
        dialog.people.setCurrentRow(0)
        dialog.reason.setText("调往华北")
        dialog.submit()
        qtbot.waitUntil(lambda: window.current_key() == "customers", timeout=WAIT_MS)
        assert "no longer see" in window.status.notice.text()
        qtbot.waitUntil(lambda: "sp_e1a客户2" not in names_in(page.model), timeout=WAIT_MS)
    with c.connect("sp_n1a") as conn:
        assert conn.execute("select owner_id from api.customers where id = %s",
                            (customer_id,)).fetchone() == (c.people["sp_n1a"],)


def test_unsaved_input_is_settled_before_an_action(qtbot, fresh_company: Company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户3"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.notesEdit.setPlainText("归档前的备注")
        with answering(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Cancel)):
            editor.header_actions.actions_by_name["archive"].trigger()
        assert editor.header_actions.active_dialog is None  # Cancel: no archive question, typing kept
        assert editor.ui.notesEdit.toPlainText() == "归档前的备注"
        with answering(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Save)):
            editor.header_actions.actions_by_name["archive"].trigger()
        box = editor.header_actions.active_dialog  # saved; now the archive question
        assert isinstance(box, QMessageBox) and box.objectName() == "archiveBox"
        assert customers.get_customer(window.session.database, customer_id).notes == "归档前的备注"
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: editor.record.archived_at is not None, timeout=WAIT_MS)
        assert enabled(editor) == set()  # archived: restored on its own page first


def test_a_customer_shared_for_reading_offers_no_action(qtbot, company: Company) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{company.customers['sp_n1a客户1']}")
        assert enabled(editor) == set()

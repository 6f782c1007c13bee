"""A customer handed to someone else while being edited: a clear notice, the typing kept to copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import ownership
from tests.ui_support import WAIT_MS, answering, click, main_window, session_for, wait_loaded

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def hand_away(company, customer_id: int) -> None:  # noqa: ANN001
    """The manager gives the customer to a salesperson of another team (out of sp_e1a's sight)."""
    manager = session_for(company, "mgr_e")
    try:
        ownership.reassign(manager.database, "customer", [customer_id], company.people["sp_e2a"], "区域调整")
    finally:
        manager.close()


def assert_notice_and_typing_kept(editor) -> None:  # noqa: ANN001
    text = editor.status_label.text()
    assert "someone else" in text and "not found" not in text.lower(), text
    assert editor.ui.notesEdit.toPlainText() == "刚打的备注"  # still there, to select and copy
    assert editor.ui.notesEdit.isReadOnly() and not editor.save_button.isEnabled()


def test_a_live_update_that_hides_the_customer_says_so_and_keeps_the_typing(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.notesEdit.setPlainText("刚打的备注")
        hand_away(c, customer_id)
        editor.on_live_change({"root_kind": "customer", "root_id": customer_id})  # what the feed delivers
        qtbot.waitUntil(lambda: "someone else" in editor.status_label.text(), timeout=WAIT_MS)
        assert_notice_and_typing_kept(editor)
        with answering(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Discard)) as asked:
            window.show_page("customers")  # leaving lets the typing go, after asking (no Save: it cannot be)
        assert B.Save not in [asked[0].standardButton(b) for b in asked[0].buttons()]
        assert window.current_key() == "customers"


def test_ctrl_s_on_a_customer_handed_away_says_so_and_keeps_the_typing(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.notesEdit.setFocus()
        editor.ui.notesEdit.setPlainText("刚打的备注")
        hand_away(c, customer_id)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS):
            qtbot.keyClick(editor.ui.notesEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert_notice_and_typing_kept(editor)


def test_f5_on_a_customer_handed_away_says_so(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        hand_away(c, customer_id)
        window.page_actions["refresh"][0].trigger()  # F5, nothing typed
        qtbot.waitUntil(lambda: "someone else" in editor.status_label.text(), timeout=WAIT_MS)
        assert not editor.save_button.isEnabled()

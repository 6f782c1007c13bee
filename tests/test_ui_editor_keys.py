"""The editor and the keyboard on the real database: focus after opening, Ctrl+S on what one may only read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def test_opening_a_customer_puts_the_focus_on_its_first_field(qtbot, company: Company) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        window.activateWindow()
        page = wait_loaded(qtbot, window, "customers")
        page.view.setFocus()
        page.view.selectRow(0)
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
        editor = window.pages["customer"]
        qtbot.waitUntil(lambda: window.current_key() == "customer" and editor.is_loaded(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.ui.nameEdit, timeout=WAIT_MS)


def test_ctrl_s_on_a_customer_shared_for_reading_says_it_cannot_be_changed(qtbot, company: Company) -> None:
    shared = company.customers["sp_n1a客户1"]  # shared with sp_e1a for reading
    with main_window(qtbot, company, "sp_e1a") as window:
        window.activateWindow()
        editor = wait_loaded(qtbot, window, f"customer:{shared}")
        assert editor.ui.nameEdit.isReadOnly()
        qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(300)
        text = editor.status_label.text()
        assert text == editor.read_only_text() and "Saved" not in text

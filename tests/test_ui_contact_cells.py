"""The contacts table's cells: F2 on an open cell, a bad cell seen when selected, its reason in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def open_contacts(qtbot, window, company):  # noqa: ANN001, ANN201
    customer_id = company.customers["sp_e1a客户1"]
    editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
    editor.ui.tabs.setCurrentWidget(editor.ui.contactsTab)
    view = editor.ui.contactsView
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    view.setFocus()
    view.setCurrentIndex(editor.contacts.index(0, editor.contacts.column_of("title")))
    return editor, view


def test_f2_on_an_open_cell_keeps_editing_without_a_warning(qtbot, company, qtlog) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        editor, view = open_contacts(qtbot, window, company)
        editor.ui.addContactButton.click()  # a new line, its first cell open for typing
        assert view.state() == QAbstractItemView.State.EditingState
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
        assert view.state() == QAbstractItemView.State.EditingState
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        editor.contacts.remove(editor.contacts.rowCount() - 1)
        view.setCurrentIndex(editor.contacts.index(0, editor.contacts.column_of("mobile")))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        assert view.state() == QAbstractItemView.State.EditingState
        cell = QApplication.focusWidget()
        qtbot.keyClick(cell, Qt.Key.Key_F2)  # again, in the open cell
        assert view.state() == QAbstractItemView.State.EditingState
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    messages = [m.message for m in qtlog.records]
    assert not [m for m in messages if "editing failed" in m], messages

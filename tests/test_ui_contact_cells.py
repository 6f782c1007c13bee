"""The contacts table's cells: F2 on an open cell, a bad cell seen when selected, its reason in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from salesdesk.ui.lines_model import ERROR_BRUSH, ERROR_MARK
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


def error_pixels(view, index) -> int:  # noqa: ANN001
    """Pixels of the cell painted in the bad-cell colours (its frame or background)."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    marks = {ERROR_MARK.rgb(), ERROR_BRUSH.rgb()}
    return sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
               if image.pixel(x, y) & 0xFFFFFF in {m & 0xFFFFFF for m in marks})


def test_a_bad_cell_is_seen_when_selected_and_its_reason_is_in_the_message_line(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor, view = open_contacts(qtbot, window, fresh_company)
        model = editor.contacts
        email = model.index(0, model.column_of("email"))
        model.setData(email, "不是邮箱")
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS):
            editor.save()
        reason = email.data(Qt.ItemDataRole.ToolTipRole)
        assert reason and reason in editor.status_label.text()  # not only in a tooltip
        assert "Contact 1" in editor.status_label.text()
        view.setCurrentIndex(email)  # every edit trigger is on: the cell opens, still marked
        if QApplication.focusWidget() is view:  # it was current already (the save pointed at it): F2
            qtbot.keyClick(view, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not view, timeout=WAIT_MS)
        cell = QApplication.focusWidget()
        assert cell.property("invalid") and cell.toolTip() == reason
        view.selectionModel().select(email, view.selectionModel().SelectionFlag.ClearAndSelect)
        view.closePersistentEditor(email)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the cell editor closed: painted
        assert view.selectionModel().isSelected(email)
        assert error_pixels(view, email) > 20


def test_saved_stays_when_the_client_reads_its_own_change_back(qtbot, fresh_company) -> None:
    customer_id = fresh_company.customers["sp_e1a客户1"]
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.notesEdit.setPlainText("已联系")
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS):
            editor.save()
        assert editor.status_label.text() == "Saved."
        editor.on_live_change({"root_kind": "customer", "root_id": customer_id})  # the feed brings it back
        qtbot.waitUntil(lambda: window.tasks.active() == 0, timeout=WAIT_MS)
        assert editor.status_label.text() == "Saved."

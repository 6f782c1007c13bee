"""Navigation end to end: every way out of an editor with unsaved input asks first; Back; the nav item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from salesdesk.services import customers
from tests.ui_support import WAIT_MS, answering, click, main_window, wait_loaded

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def click_nav(qtbot, window, key: str) -> None:  # noqa: ANN001
    row = next(i for i, s in enumerate(window.nav_specs) if s.key == key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_leaving_an_editor_with_unsaved_input_asks_by_every_route(qtbot, fresh_company) -> None:
    customer_id = fresh_company.customers["sp_e1a客户1"]
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        wait_loaded(qtbot, window, "customers")
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.nameEdit.setText("还没保存")
        routes = [lambda: window.show_page("pool"), lambda: window.go_actions[2].trigger(),  # Ctrl+3
                  lambda: click_nav(qtbot, window, "customers"), window.back_action.trigger,
                  lambda: window.page_actions["new"][0].trigger()]  # Ctrl+N: a new customer
        for route in routes:
            with answering(QMessageBox, lambda box: click(box, B.Cancel)):
                route()
            assert window.current_page() is editor and editor.ui.nameEdit.text() == "还没保存"
            assert editor.customer_id == customer_id
        with answering(QMessageBox, lambda box: click(box, B.Cancel)):
            window.close()  # quitting asks too
        assert window.isVisible()
        with answering(QMessageBox, lambda box: click(box, B.Save)):
            click_nav(qtbot, window, "customers")  # the highlighted item takes you back to the list
        assert window.current_key() == "customers"
        stored = customers.get_customer(window.session.database, customer_id)
        assert stored.name == "还没保存"


def test_back_returns_to_the_list_and_the_nav_item_leaves_the_editor(qtbot, company) -> None:
    customer_id = company.customers["sp_e1a客户1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert not window.back_action.isEnabled()
        page.view.selectRow(0)
        page.open_selected()
        editor = window.current_page()
        qtbot.waitUntil(editor.is_loaded, timeout=WAIT_MS)
        assert window.back_action.isEnabled()
        assert "Alt+Left" in [s.toString() for s in window.back_action.shortcuts()]
        window.back_action.trigger()  # nothing typed: no question
        assert window.current_page() is page
        window.show_page(f"customer:{customer_id}")
        assert window.current_key() == "customer"
        click_nav(qtbot, window, "customers")  # today's "does nothing"
        assert window.current_page() is page


def nav_key(window) -> str | None:  # noqa: ANN001
    """The page the navigation highlights."""
    item = window.nav.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None


def press_alt_left(qtbot, window) -> None:  # noqa: ANN001
    """A real key event, sent where the keyboard is (shortcuts are resolved from there)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_alt_left_goes_back_with_a_real_key_press(qtbot, company) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.view.selectRow(0)
        page.open_selected()
        editor = window.current_page()
        qtbot.waitUntil(editor.is_loaded, timeout=WAIT_MS)
        editor.ui.nameEdit.setFocus()
        press_alt_left(qtbot, window)
        qtbot.waitUntil(lambda: window.current_page() is page, timeout=WAIT_MS)


def test_the_navigation_highlights_the_page_shown_after_cancel_and_after_back(qtbot, company) -> None:
    customer_id = company.customers["sp_e1a客户1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        wait_loaded(qtbot, window, "customers")
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        assert nav_key(window) == "customers"  # the editor belongs to the list it was opened from
        editor.ui.nameEdit.setText("还没保存")
        with answering(QMessageBox, lambda box: click(box, B.Cancel)):
            click_nav(qtbot, window, "pool")
        assert window.current_page() is editor
        assert nav_key(window) == "customers"  # not the pool, which is not shown
        editor.discard_changes()
        click_nav(qtbot, window, "settings")
        assert window.current_key() == "settings" and nav_key(window) == "settings"
        press_alt_left(qtbot, window)
        qtbot.waitUntil(lambda: window.current_page() is editor, timeout=WAIT_MS)
        assert nav_key(window) == "customers"  # not Settings, which was left
        click_nav(qtbot, window, "pool")
        qtbot.waitUntil(lambda: window.current_key() == "pool", timeout=WAIT_MS)
        window.back_action.trigger()
        assert window.current_page() is editor and nav_key(window) == "customers"

"""A 1366×768 laptop: the first window shows every list column; Ctrl+End goes down, not sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from salesdesk.ui.main_window import MainWindow
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar


def test_the_first_window_on_a_laptop_shows_every_column_of_the_list(qtbot, company, tmp_path,
                                                                      monkeypatch) -> None:
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path))  # a first run: nothing saved
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(LAPTOP))
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert window.width() > 1180  # the laptop's width is used (up to 90 %)
        header, view = page.view.horizontalHeader(), page.view
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        qtbot.waitUntil(lambda: sum(header.sectionSize(i) for i in shown) <= view.viewport().width(),
                        timeout=WAIT_MS)
        assert view.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
        name = next(i for i, c in enumerate(page.model.columns) if c.key == "name")
        phone = next(i for i, c in enumerate(page.model.columns) if c.key == "phone")
        assert header.sectionSize(name) >= 150  # the name gave way, within reason
        assert header.sectionSize(phone) == page.model.columns[phone].width  # a phone number stays whole


def test_ctrl_end_goes_to_the_last_row_in_the_same_column_paging_in_the_list(qtbot, company) -> None:
    with main_window(qtbot, company, "director") as window:
        page = wait_loaded(qtbot, window, "customers")
        model = page.model
        model.page_size = 3  # a long list in short pages: the end is not loaded yet
        page.apply_filters()
        qtbot.waitUntil(lambda: page.is_loaded() and model.loaded_once, timeout=WAIT_MS)
        page.focus_results()
        column = next(i for i, c in enumerate(model.columns) if c.key == "phone")
        page.view.setCurrentIndex(model.index(0, column))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        qtbot.keyClick(page.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: model.is_complete() and model.row_at(model.rowCount() - 1) is not None,
                        timeout=WAIT_MS)
        current = page.view.currentIndex()
        assert (current.row(), current.column()) == (model.rowCount() - 1, column)
        assert model.rowCount() == len(company.customers)  # the director sees them all
        qtbot.keyClick(page.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == (0, column)

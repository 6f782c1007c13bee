"""The customer list's column chooser: hide a column from the header menu; a new window remembers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from salesdesk.ui.customer_list import CustomerListPage
from salesdesk.ui.settings import settings
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def column_of(page: CustomerListPage, key: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.key == key)


def test_hidden_column_is_restored_in_a_new_window(qtbot, company: Company, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path))  # QSettings of this test only
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        header = page.view.horizontalHeader()
        phone = column_of(page, "phone")
        assert not header.isSectionHidden(phone)
        header.customContextMenuRequested.emit(QPoint(5, 5))  # right click on the header
        menu = page.column_menu
        assert menu is not None and menu.isVisible()
        actions = menu.actions()
        assert [a.text() for a in actions] == [c.title() for c in page.model.columns]
        assert not actions[column_of(page, "name")].isEnabled()  # the name always stays
        assert actions[phone].isChecked()
        actions[phone].trigger()
        assert header.isSectionHidden(phone)
        qtbot.waitUntil(lambda: settings().value("columns/customers/list") is not None, timeout=WAIT_MS)
        header.customContextMenuRequested.emit(QPoint(5, 5))  # the menu now shows it unchecked
        assert not page.column_menu.actions()[phone].isChecked()
        assert page.findChildren(type(menu), "columnMenu") == [menu]  # one menu, reused
        page.column_menu.close()

    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        header = page.view.horizontalHeader()
        assert header.isSectionHidden(column_of(page, "phone"))
        assert not header.isSectionHidden(column_of(page, "name"))
        pool = wait_loaded(qtbot, window, "pool")  # the pool page keeps its own columns
        assert not pool.view.horizontalHeader().isSectionHidden(column_of(pool, "phone"))

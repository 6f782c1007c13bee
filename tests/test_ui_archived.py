"""The archived customers page (已归档客户) end to end on the real DB: archive, see, restore, back in 客户."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salesdesk.db.session import Database
from salesdesk.services import customers
from salesdesk.services.errors import NotFoundError, ReadOnlyError
from tests.ui_support import WAIT_MS, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def archive_as(company, key: str, *names: str) -> None:  # noqa: ANN001
    """Archive through the service, signed in as `key` (the owner's own right)."""
    db = Database.connect(company.url_for(key))
    try:
        customers.archive_customers(db, [company.customers[n] for n in names])
    finally:
        db.close()


def select(page, name: str) -> None:  # noqa: ANN001
    page.view.selectRow(names_in(page.model).index(name))


def test_archive_see_it_archived_restore_and_it_is_back(qtbot, fresh_company) -> None:
    c, name = fresh_company, "sp_e1a客户3"
    with main_window(qtbot, c, "sp_e1a") as window:
        archived = wait_loaded(qtbot, window, "archived")
        assert archived.model.rowCount() == 0
        qtbot.waitUntil(lambda: archived.empty_label.isVisible(), timeout=WAIT_MS)
        assert archived.empty_label.text() == "No archived customers"
        assert not archived.actions_by_name["restore"].isEnabled()

        page = wait_loaded(qtbot, window, "customers")
        select(page, name)
        page.actions_by_name["archive"].trigger()
        page.active_dialog.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: name not in names_in(page.model), timeout=WAIT_MS)

        window.show_page("archived")  # shown again: read again
        qtbot.waitUntil(lambda: names_in(archived.model) == [name], timeout=WAIT_MS)
        assert not archived.empty_label.isVisible()
        # the customers page's keyboard flow: type, Down into the results, the row selected
        archived.focus_search()
        archived.search.setText("客户3")  # QTest cannot type Chinese; the search timer runs as when typed
        qtbot.waitUntil(lambda: not archived.search_timer.isActive() and not archived.model.is_loading()
                        and names_in(archived.model) == [name], timeout=WAIT_MS)
        qtbot.keyClick(archived.search, Qt.Key.Key_Down)
        assert [r.name for r in archived.selected_rows()] == [name]
        assert archived.actions_by_name["restore"].isEnabled()
        archived.actions_by_name["restore"].trigger()
        qtbot.waitUntil(lambda: archived.model.rowCount() == 0 and archived.model.count == 0, timeout=WAIT_MS)
        assert "restored" in window.status.notice.text()

        window.show_page("customers")
        qtbot.waitUntil(lambda: page.is_loaded() and name in names_in(page.model), timeout=WAIT_MS)
    db = Database.connect(c.url_for("admin"))
    try:
        assert customers.get_customer(db, c.customers[name]).archived_at is None
    finally:
        db.close()


def test_a_manager_restores_the_teams_a_salesperson_not_someone_elses(qtbot, fresh_company) -> None:
    c = fresh_company  # the factory shares sp_n1a客户1 with sp_e1a, read only
    archive_as(c, "sp_e1a", "sp_e1a客户2")
    archive_as(c, "sp_e1b", "sp_e1b客户1")
    archive_as(c, "sp_n1a", "sp_n1a客户1")
    with main_window(qtbot, c, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "archived")
        assert names_in(page.model) == ["sp_e1a客户2", "sp_e1b客户1"]  # the team's; not the north's
        page.view.selectAll()
        assert page.actions_by_name["restore"].isEnabled()
        page.actions_by_name["restore"].trigger()  # two at once, one transaction
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "archived")
        assert names_in(page.model) == ["sp_n1a客户1"]  # shared with me: I see it archived
        select(page, "sp_n1a客户1")
        assert not page.actions_by_name["restore"].isEnabled()  # but it is not mine to restore
        page.restore()  # even called directly (a shortcut), nothing is sent for it
    db = Database.connect(c.url_for("sp_e1a"))
    try:  # and the database refuses, whatever a client offers
        with pytest.raises(ReadOnlyError):
            customers.restore_customers(db, [c.customers["sp_n1a客户1"]])
        with pytest.raises(NotFoundError):  # a colleague's: not even visible to me
            customers.restore_customers(db, [c.customers["sp_e1b客户1"]])
    finally:
        db.close()
    admin = Database.connect(c.url_for("admin"))
    try:
        assert customers.get_customer(admin, c.customers["sp_n1a客户1"]).archived_at is not None
        assert customers.get_customer(admin, c.customers["sp_e1b客户1"]).archived_at is None  # the manager's
    finally:
        admin.close()

"""Sharing end to end on the real database: the share dialog, its directory search, unsharing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from salesdesk.db.session import Database
from salesdesk.services import customers, org
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.services.errors import NotFoundError
from salesdesk.ui.share_dialog import ShareDialog
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def recipient(fresh_company: Company) -> Iterator[Database]:
    """陈四 (sp_n1a, North region), signed in through the service layer."""
    db = Database.connect(fresh_company.url_for("sp_n1a"))
    yield db
    db.close()


def offered(dialog: ShareDialog) -> set[int]:
    return {dialog.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.people.count())}


def test_directory_search_reaches_beyond_the_sharers_scope(qtbot, company: Company) -> None:
    c = company
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.view.selectRow(0)
        page.share()
        dialog = page.active_dialog
        assert isinstance(dialog, ShareDialog)
        north_t1 = {c.people[k] for k in ("sup_n1", "sp_n1a")}
        dialog.search.setText("北京一组")  # a unit name in another region
        qtbot.waitUntil(lambda: offered(dialog) == north_t1, timeout=WAIT_MS)
        in_scope = {p.id for p in org.assignable_employees(window.session.database)}
        assert in_scope == {c.people["sp_e1a"]} and not north_t1 & in_scope
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nobody chosen yet
        dialog.search.setText("")
        qtbot.waitUntil(lambda: c.people["director"] in offered(dialog), timeout=WAIT_MS)
        assert c.people["sp_e1a"] not in offered(dialog)  # not with oneself
        dialog.reject()


def test_share_for_reading_then_unshare(qtbot, fresh_company: Company, recipient: Database) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户2"]
    with pytest.raises(NotFoundError):
        customers.get_customer(recipient, customer_id)
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.search.setText("sp_e1a客户2")
        qtbot.waitUntil(lambda: names_in(page.model) == ["sp_e1a客户2"], timeout=WAIT_MS)
        page.view.selectRow(0)
        assert page.actions_by_name["share"].isEnabled()  # mine: the service says I manage it
        page.actions_by_name["share"].trigger()
        dialog = page.active_dialog
        dialog.search.setText("陈四")
        qtbot.waitUntil(lambda: dialog.choose(c.people["sp_n1a"]), timeout=WAIT_MS)
        assert dialog.read.isChecked()  # read only unless asked otherwise
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: page.active_dialog is None, timeout=WAIT_MS)

        seen = customers.get_customer(recipient, customer_id)
        assert seen.name == "sp_e1a客户2" and not seen.can_edit and seen.owner_id == c.people["sp_e1a"]
        assert "sp_e1a客户2" in {r.name for r in customers.list_customers(recipient, CustomerQuery()).rows}

        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        assert [(s.employee_name, s.access) for s in editor.shares.rows()] == [("陈四", "read")]
        assert editor.ui.removeShareButton.isEnabled()
        editor.ui.sharesView.selectRow(0)
        editor.ui.removeShareButton.click()
        qtbot.waitUntil(lambda: editor.shares.rowCount() == 0, timeout=WAIT_MS)
        assert customers.list_shares(window.session.database, customer_id) == []
    with pytest.raises(NotFoundError):
        customers.get_customer(recipient, customer_id)


def test_share_from_the_editor_for_writing(qtbot, fresh_company: Company, recipient: Database) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户3"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.addShareButton.click()
        dialog = editor.tables.share_dialog
        assert isinstance(dialog, ShareDialog)
        dialog.search.setText("陈四")
        qtbot.waitUntil(lambda: dialog.choose(c.people["sp_n1a"]), timeout=WAIT_MS)
        dialog.write.setChecked(True)
        dialog.expires.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: [s.employee_name for s in editor.shares.rows()] == ["陈四"], timeout=WAIT_MS)
        share = editor.shares.rows()[0]
        assert share.access == "write" and share.expires_at is not None
    seen = customers.get_customer(recipient, customer_id)
    assert seen.can_edit
    changed = customers.update_customer(recipient, customer_id, seen.version, {"notes": "北京跟进"})
    assert changed.notes == "北京跟进" and changed.updated_by_name == "陈四"


def test_the_share_dialog_works_from_the_keyboard(qtbot, fresh_company: Company, recipient: Database) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户2"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.addShareButton.click()
        dialog = editor.tables.share_dialog
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.search.hasFocus() or dialog.isActiveWindow(), timeout=WAIT_MS)
        dialog.search.setFocus()
        qtbot.keyClicks(dialog.search, c.login("sp_n1a"))  # one match: chosen, OK enabled
        qtbot.waitUntil(lambda: offered(dialog) == {c.people["sp_n1a"]}, timeout=WAIT_MS)
        assert dialog.people.currentItem() is not None and ok.isEnabled()
        dialog.search.clear()
        dialog.search.insert("北京一组")  # what an input method commits; two matches: Down goes into the list
        qtbot.waitUntil(lambda: offered(dialog) == {c.people["sp_n1a"], c.people["sup_n1"]}, timeout=WAIT_MS)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        assert dialog.people.hasFocus() and dialog.people.currentRow() == 0 and ok.isEnabled()
        while dialog.people.currentItem().data(Qt.ItemDataRole.UserRole) != c.people["sp_n1a"]:
            qtbot.keyClick(dialog.people, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.people, Qt.Key.Key_Return)  # Enter shares with the person chosen
        qtbot.waitUntil(lambda: [s.employee_name for s in editor.shares.rows()] == ["陈四"], timeout=WAIT_MS)
    assert customers.get_customer(recipient, customer_id).name == "sp_e1a客户2"

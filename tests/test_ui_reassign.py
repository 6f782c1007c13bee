"""Reassigning over the company directory end to end on the real database: search, keyboard, refusal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk.services import customers
from salesdesk.services.errors import NotFoundError
from salesdesk.ui.reassign_dialog import ReassignDialog
from tests.ui_support import WAIT_MS, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui

PINYIN_ORDER = ["陈四", "冯主管", "李华东", "钱二", "孙助理", "王总监", "吴三", "张主管", "郑华北", "周主管"]


def open_dialog(qtbot, page, names: list[str]) -> ReassignDialog:  # noqa: ANN001
    """Select these customers in the list and open Reassign."""
    page.search.setText(names[0][:-1] if len(names) == 1 else "客户1")
    qtbot.waitUntil(lambda: set(names) <= set(names_in(page.model)), timeout=WAIT_MS)
    page.view.clearSelection()
    for name in names:
        index = page.model.index(names_in(page.model).index(name), 0)
        page.view.selectionModel().select(index, page.view.selectionModel().SelectionFlag.Select
                                          | page.view.selectionModel().SelectionFlag.Rows)
    assert sorted(r.name for r in page.selected_rows()) == sorted(names)
    page.reassign()
    dialog = page.active_dialog
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(lambda: dialog.loaded_once, timeout=WAIT_MS)
    return dialog


def test_a_salesperson_hands_a_customer_to_a_colleague_in_another_region_by_keyboard(qtbot,
                                                                                     fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户3"]
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        dialog = open_dialog(qtbot, page, ["sp_e1a客户3"])
        names = [dialog.people.item(i).text().split(" (")[0] for i in range(dialog.people.count())]
        assert c.people["sp_e1a"] not in dialog.offered_ids()  # the owner: not offered
        assert [n for n in names if n in PINYIN_ORDER] == PINYIN_ORDER  # pinyin, not code points
        dialog.search.setFocus()
        dialog.search.insert("陈")  # what an input method commits
        qtbot.waitUntil(lambda: dialog.offered_ids() == [c.people["sp_n1a"]], timeout=WAIT_MS)
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, c.login("sp_n1a"))  # or the login, typed
        qtbot.waitUntil(lambda: dialog.offered_ids() == [c.people["sp_n1a"]], timeout=WAIT_MS)
        assert dialog.people.item(0).text().startswith("陈四") and "北京一组" in dialog.people.item(0).text()
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        assert dialog.people.hasFocus() and dialog.chosen_id() == c.people["sp_n1a"]
        qtbot.keyClick(dialog.people, Qt.Key.Key_Return)
        assert dialog.reason.hasFocus() and dialog.isVisible()  # a reason first
        dialog.reason.insert("调往华北")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.active_dialog is None, timeout=WAIT_MS)
        assert dialog.changed_ids == [customer_id]
        qtbot.waitUntil(lambda: "sp_e1a客户3" not in names_in(page.model), timeout=WAIT_MS)  # not mine now
        with pytest.raises(NotFoundError):
            customers.get_customer(window.session.database, customer_id)
    with c.connect("sp_n1a") as conn:
        row = conn.execute("select owner_id from api.customers where id = %s", (customer_id,)).fetchone()
        history = conn.execute("select reason from api.record_history('customer', %s)",
                               (customer_id,)).fetchall()
    assert row == (c.people["sp_n1a"],) and history == [("调往华北",)]


def test_handing_customers_to_the_owner_of_one_of_them_is_refused_in_chinese(qtbot, fresh_company) -> None:
    from salesdesk.ui.i18n import install_language

    c = fresh_company
    with main_window(qtbot, c, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        try:
            install_language("zh_CN")
            dialog = open_dialog(qtbot, page, ["sp_e1a客户1", "sp_e1b客户1"])  # two owners: both offered
            assert {c.people["sp_e1a"], c.people["sp_e1b"]} <= set(dialog.offered_ids())
            assert dialog.windowTitle() == "转交客户"
            assert dialog.choose(c.people["sp_e1b"])
            dialog.reason.setText("合并到钱二")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT_MS)
            assert dialog.message.text() == "该客户已归此人负责。" and dialog.isVisible()
            assert dialog.reason.text() == "合并到钱二" and dialog.chosen_id() == c.people["sp_e1b"]
            assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
            db = window.session.database
            assert customers.get_customer(db, c.customers["sp_e1a客户1"]).owner_id == c.people["sp_e1a"]
            assert customers.ownership_history(db, c.customers["sp_e1a客户1"]) == []  # all or nothing
            dialog.reject()
        finally:
            install_language("en")

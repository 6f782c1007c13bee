"""The editor's bars never drop typing without the unsaved-input question (Save / Discard / Cancel)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from tests.ui_support import WAIT_MS, answering, click, main_window, wait_loaded

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def test_reload_on_the_changed_elsewhere_bar_asks_before_the_typing_goes(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.notesEdit.setPlainText("我的备注")
        with c.connect("sup_e1") as conn:  # another login changes the customer through the API
            conn.execute("select api.record_update('customer', %s, null, %s)",
                         (customer_id, json.dumps({"phone": "021-66668888"})))
        editor.on_live_change({"root_kind": "customer", "root_id": customer_id})  # what the feed delivers
        qtbot.waitUntil(lambda: editor.ui.liveBar.isVisibleTo(editor), timeout=WAIT_MS)
        with answering(QMessageBox, lambda box: click(box, B.Cancel)) as asked:
            editor.ui.liveReloadButton.click()
        assert asked and editor.ui.notesEdit.toPlainText() == "我的备注"  # Cancel: nothing lost
        assert editor.ui.liveBar.isVisibleTo(editor)
        with answering(QMessageBox, lambda box: click(box, B.Save)):
            editor.ui.liveReloadButton.click()
        qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=WAIT_MS)
        assert editor.ui.phoneEdit.text() == "021-66668888"
        assert editor.ui.notesEdit.toPlainText() == "我的备注"
        stored = customers.get_customer(window.session.database, customer_id)
        assert (stored.phone, stored.notes) == ("021-66668888", "我的备注")
        assert not editor.ui.liveBar.isVisibleTo(editor)


def test_opening_the_existing_customer_asks_before_a_new_draft_goes(qtbot, fresh_company) -> None:
    c = fresh_company
    existing = c.customers["sp_e1a客户2"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = window.show_page("customer:new")
        editor.ui.nameEdit.setText("sp_e1a客户2 有限公司")
        editor.contacts.add("王经理")
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.duplicateBar.isVisible(), timeout=WAIT_MS)
        with answering(QMessageBox, lambda box: click(box, B.Cancel)) as asked:
            editor.ui.openExistingButton.click()
        assert asked and editor.customer_id is None
        assert editor.ui.nameEdit.text() == "sp_e1a客户2 有限公司"
        assert [v["name"] for v in editor.contacts.values()] == ["王经理"]
        assert editor.ui.duplicateBar.isVisible()  # still there to choose from
        with answering(QMessageBox, lambda box: click(box, B.Discard)):
            editor.ui.openExistingButton.click()
        qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == existing, timeout=WAIT_MS)
        assert editor.ui.nameEdit.text() == "sp_e1a客户2"

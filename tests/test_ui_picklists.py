"""Picklists in the client, end to end on the real database: the editor's combos (with pinyin
type-ahead), the customer list's filters, and the admin's picklist page."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from salesdesk.services import customers
from tests.ui_support import WAIT_MS, choose, main_window, wait_loaded

pytestmark = pytest.mark.gui


def test_the_editor_offers_the_lists_and_types_ahead_by_pinyin(qtbot, fresh_company) -> None:
    c = fresh_company
    cid = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{cid}")
        combo = editor.ui.regionCombo
        qtbot.waitUntil(lambda: combo.findText("长沙") >= 0, timeout=WAIT_MS)
        assert not combo.isEditable() and combo.currentText() == "上海"
        combo.setFocus()
        qtbot.keyClicks(combo, "cs")  # 长沙: initials c, s
        assert combo.currentText() == "长沙"
        qtbot.wait(1100)  # a pause starts a new search
        qtbot.keyClicks(combo, "chongqing")  # full pinyin
        assert combo.currentText() == "重庆"
        choose(qtbot, editor.ui.industryCombo, "新能源")
        choose(qtbot, editor.ui.sourceCombo, "展会")
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.region == "重庆", timeout=WAIT_MS)
        got = customers.get_customer(window.session.database, cid)
        assert (got.region, got.industry, got.source) == ("重庆", "新能源", "展会")
        assert not editor.has_unsaved_changes()


def test_a_deactivated_value_shows_and_stays_but_is_not_offered(qtbot, fresh_company) -> None:
    c = fresh_company
    cid = c.customers["sp_e1a客户1"]
    entry = c.call("admin", "select id from api.picklists where kind = 'region' and name = '上海'")[0][0]
    c.call("admin", "select api.picklist_set_active(%s, false)", (entry,))
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{cid}")
        combo = editor.ui.regionCombo
        qtbot.waitUntil(lambda: combo.findText("长沙") >= 0, timeout=WAIT_MS)
        assert combo.currentText() == "上海" and not editor.has_unsaved_changes()
        editor.ui.notesEdit.setPlainText("换了备注")
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.notes == "换了备注", timeout=WAIT_MS)
        assert customers.get_customer(window.session.database, cid).region == "上海"
        editor.open("new")  # a new customer is not offered it
        qtbot.waitUntil(lambda: editor.record_id is None and combo.findText("长沙") >= 0
                        and combo.findText("上海") < 0, timeout=WAIT_MS)
        assert combo.currentText() == "" and not editor.has_unsaved_changes()


def test_the_customer_list_filters_by_region_industry_and_source(qtbot, fresh_company) -> None:
    c = fresh_company
    for name, changes in (("sp_e1a客户1", {"region": "杭州", "industry": "新能源"}),
                          ("sp_e1a客户2", {"region": "杭州", "source": "展会"})):
        row = c.call("sp_e1a", "select id, version from api.customer_get(%s)", (c.customers[name],))[0]
        c.call("sp_e1a", "select api.record_update('customer', %s, %s, %s::jsonb)",
               (*row, json.dumps(changes)))
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        region = page.picklist_filters["region"]
        choose(qtbot, region, "杭州")
        qtbot.waitUntil(lambda: sorted(r.name for r in page.model.rows()) == ["sp_e1a客户1", "sp_e1a客户2"],
                        timeout=WAIT_MS)
        choose(qtbot, page.picklist_filters["industry"], "新能源")
        qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["sp_e1a客户1"], timeout=WAIT_MS)
        page.picklist_filters["industry"].setCurrentIndex(0)
        choose(qtbot, page.picklist_filters["source"], "展会")
        qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["sp_e1a客户2"], timeout=WAIT_MS)


def test_only_the_admin_reaches_the_picklists_from_settings(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        settings = wait_loaded(qtbot, window, "settings")
        assert not settings.ui.picklistsGroup.isVisibleTo(settings)
        page = wait_loaded(qtbot, window, "picklists")  # reached by key: read-only
        assert page.ui.nameEdit.isReadOnly() and not page.ui.addButton.isEnabled()
    with main_window(qtbot, fresh_company, "admin") as window:
        settings = wait_loaded(qtbot, window, "settings")
        assert settings.ui.picklistsGroup.isVisibleTo(settings)
        settings.ui.picklistsButton.click()
        qtbot.waitUntil(lambda: window.is_page_loaded("picklists"), timeout=WAIT_MS)


def test_the_admin_adds_renames_deactivates_and_reorders(qtbot, fresh_company) -> None:
    c = fresh_company
    with main_window(qtbot, c, "admin") as window:
        page = wait_loaded(qtbot, window, "picklists")
        page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("region"))
        qtbot.waitUntil(lambda: page.kind == "region" and any(e.name == "长沙" for e in page.entries),
                        timeout=WAIT_MS)
        page.ui.nameEdit.setText("雄安")
        qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.entries and page.entries[-1].name == "雄安" and page.current()
                        and page.current().name == "雄安", timeout=WAIT_MS)
        page.ui.nameEdit.setText("长沙")  # already listed: said at the field, the typing stays
        page.ui.addButton.click()
        qtbot.waitUntil(lambda: page.ui.nameError.isVisibleTo(page), timeout=WAIT_MS)
        assert "already" in page.ui.nameError.text() and page.ui.nameEdit.text() == "长沙"
        page.ui.entriesList.setCurrentRow(len(page.entries) - 1)
        page.ui.nameEdit.setText("雄安新区")
        page.ui.renameButton.click()
        qtbot.waitUntil(lambda: page.entries[-1].name == "雄安新区", timeout=WAIT_MS)
        page.ui.upButton.click()
        qtbot.waitUntil(lambda: page.entries[-2].name == "雄安新区", timeout=WAIT_MS)
        page.ui.activeButton.click()
        qtbot.waitUntil(lambda: not page.entries[-2].active, timeout=WAIT_MS)
        assert page.ui.entriesList.item(len(page.entries) - 2).text() == "雄安新区 (deactivated)"
        assert page.ui.activeButton.text() == "Ac&tivate"
    rows = c.call("sp_e1a", "select name, active from api.picklist('region')")
    assert rows[-2:] == [("雄安新区", False), (rows[-1][0], True)]

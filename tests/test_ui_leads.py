"""The lead screens end to end on the real database: claim from the lead pool, convert (a new
customer and contact; a duplicate name linked to the visible customer; a match held out of sight
refused until the name changes), release back to the pool; what a salesperson does not see."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from salesdesk.services import customers, leads
from salesdesk.ui.lead_convert_dialog import LeadConvertDialog
from salesdesk.ui.lead_editor import LeadEditor
from salesdesk.ui.reason_dialog import ReasonDialog
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(fresh_company: Company) -> Company:
    c = fresh_company
    with c.admin() as conn:
        c.add_lead(conn, "东海贸易", pool="EAST", phone="021-66661111", contact_name="刘经理")
        c.add_lead(conn, "北方池线索", pool="NORTH")
        c.add_lead(conn, "钱二线索", owner="sp_e1b")
        c.add_lead(conn, "sp_e1a客户1", owner="sp_e1a", contact_name="王五")  # a customer I own has this name
        c.add_lead(conn, "sp_n1a客户2", owner="sp_e1a", contact_name="赵六")  # held by 陈四, out of my sight
        c.add_lead(conn, "待释放线索", owner="sp_e1a")
        conn.commit()
    return c


def names(page) -> list[str]:  # noqa: ANN001
    return [r.company_name for r in page.model.rows()]


def select(qtbot, page, name: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: name in names(page), timeout=WAIT_MS)
    page.view.selectRow(names(page).index(name))


def ok(dialog) -> None:  # noqa: ANN001
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def converted_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "convertedBox" and w.isVisible()), None)


def test_claim_from_the_pool_convert_and_open_the_customer(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        pool = wait_loaded(qtbot, window, "lead_pool")
        select(qtbot, pool, "东海贸易")
        assert "北方池线索" not in names(pool)  # another region's pool lead is out of sight
        pool.actions_by_name["claim"].trigger()
        qtbot.waitUntil(lambda: "东海贸易" not in names(pool), timeout=WAIT_MS)
        lead_id = co.leads["东海贸易"]
        assert leads.get_lead(db, lead_id).owner_id == co.people["sp_e1a"]

        page = wait_loaded(qtbot, window, "leads")
        page.refresh()
        select(qtbot, page, "东海贸易")
        assert "钱二线索" not in names(page)  # a peer's lead
        assert page.actions_by_name["convert"].isEnabled()

        def convert(dialog: LeadConvertDialog) -> None:
            assert dialog.ui.customerNameEdit.text() == "东海贸易"
            assert dialog.ui.customerPhoneEdit.text() == "021-66661111"
            contact = (dialog.ui.contactNameEdit.text(), dialog.ui.contactMobileEdit.text())
            assert contact == ("刘经理", "13900000001")
            dialog.ui.contactNameEdit.setText("刘建国")  # editable
            ok(dialog)

        with answering(LeadConvertDialog, convert) as answered:
            page.convert()
            qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: converted_box() is not None, timeout=WAIT_MS)
        lead = leads.get_lead(db, lead_id)
        assert lead.status == "converted" and lead.converted_customer_id is not None
        customer = customers.get_customer(db, lead.converted_customer_id)
        assert customer.name == "东海贸易" and customer.owner_id == co.people["sp_e1a"]
        assert [c.name for c in customer.contacts] == ["刘建国"]
        qtbot.waitUntil(lambda: page.model.row_at(names(page).index("东海贸易")).status == "converted",
                        timeout=WAIT_MS)
        assert not page.actions_by_name["convert"].isEnabled()

        box = converted_box()
        assert box is not None
        open_customer = next(b for b in box.buttons() if "customer" in b.text())
        open_customer.click()
        qtbot.waitUntil(lambda: window.current_key() == "customer", timeout=WAIT_MS)

        page = wait_loaded(qtbot, window, "leads")
        page.view.selectRow(names(page).index("东海贸易"))

        def read_only(editor: LeadEditor) -> None:
            assert editor.ui.companyNameEdit.isReadOnly()
            assert not editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
            assert editor.ui.convertedLabel.isVisible() and "东海贸易" in editor.ui.convertedLabel.text()
            editor.reject()

        with answering(LeadEditor, read_only) as answered:
            page.open_selected()
            qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)


def test_a_duplicate_name_links_the_visible_customer(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        page = wait_loaded(qtbot, window, "leads")
        select(qtbot, page, "sp_e1a客户1")

        def link(dialog: LeadConvertDialog) -> None:
            ok(dialog)  # the duplicate check answers with the customer I own
            qtbot.waitUntil(lambda: not dialog.ui.duplicatePanel.isHidden(), timeout=WAIT_MS)
            assert "sp_e1a客户1" in dialog.ui.matchList.item(0).text()
            assert dialog.isVisible() and dialog.ui.linkButton.isEnabled()
            dialog.ui.linkButton.click()
            assert not dialog.ui.customerNameEdit.isEnabled()
            ok(dialog)

        with answering(LeadConvertDialog, link) as answered:
            page.convert()
            qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: converted_box() is not None, timeout=WAIT_MS)
        converted_box().reject()
        existing = co.customers["sp_e1a客户1"]
        assert leads.get_lead(db, co.leads["sp_e1a客户1"]).converted_customer_id == existing
        assert "王五" in [c.name for c in customers.get_customer(db, existing).contacts]


def test_a_match_held_out_of_sight_is_refused_until_the_name_changes(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        page = wait_loaded(qtbot, window, "leads")
        select(qtbot, page, "sp_n1a客户2")

        def rename(dialog: LeadConvertDialog) -> None:
            ok(dialog)
            qtbot.waitUntil(lambda: not dialog.ui.duplicatePanel.isHidden(), timeout=WAIT_MS)
            assert "陈四" in dialog.ui.matchList.item(0).text()  # held by …, nothing more
            assert "sp_n1a客户2" not in dialog.ui.matchList.item(0).text()
            assert not dialog.ui.linkButton.isEnabled()
            ok(dialog)  # the same name again: refused at the field, the typing kept
            assert dialog.isVisible() and dialog.ui.customerNameError.isVisible()
            dialog.ui.customerNameEdit.setText("浦江新材料")
            ok(dialog)

        with answering(LeadConvertDialog, rename) as answered:
            page.convert()
            qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: converted_box() is not None, timeout=WAIT_MS)
        converted_box().reject()
        lead = leads.get_lead(db, co.leads["sp_n1a客户2"])
        assert customers.get_customer(db, lead.converted_customer_id).name == "浦江新材料"


def test_release_puts_the_lead_back_into_the_pool(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        page = wait_loaded(qtbot, window, "leads")
        select(qtbot, page, "待释放线索")

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("暂无需求")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            page.release()
        qtbot.waitUntil(lambda: "待释放线索" not in names(page), timeout=WAIT_MS)
        assert leads.get_lead(db, co.leads["待释放线索"]).pool_id == co.pools["EAST"]
        pool = wait_loaded(qtbot, window, "lead_pool")
        pool.refresh()
        qtbot.waitUntil(lambda: "待释放线索" in names(pool), timeout=WAIT_MS)


def test_new_lead_keeps_the_typing_on_a_bad_mobile_then_search_and_disqualify(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        db = window.session.database
        page = wait_loaded(qtbot, window, "leads")

        def type_lead(editor: LeadEditor) -> None:
            editor.ui.companyNameEdit.setText("松江新材料")
            editor.ui.mobileEdit.setText("1234")
            save = editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.click()  # refused at the field, nothing sent, the typing kept
            assert editor.isVisible() and editor.ui.mobileError.isVisible()
            assert (editor.ui.companyNameEdit.text(), editor.ui.mobileEdit.text()) == ("松江新材料", "1234")
            editor.ui.mobileEdit.setText("139 1234 5678")
            save.click()

        with answering(LeadEditor, type_lead) as answered:
            page.new()
            qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)
        page.search.setText("松江")
        qtbot.waitUntil(lambda: names(page) == ["松江新材料"], timeout=WAIT_MS)
        row = page.model.row_at(0)
        assert row.mobile == "139 1234 5678" and row.status == "new"

        page.view.selectRow(0)

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("预算不足")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            page.actions_by_name["disqualify"].trigger()
        qtbot.waitUntil(lambda: page.model.row_at(0).status == "disqualified", timeout=WAIT_MS)
        lead = leads.get_lead(db, row.id)
        assert (lead.status, lead.disqualify_reason) == ("disqualified", "预算不足")
        assert not page.actions_by_name["disqualify"].isEnabled()

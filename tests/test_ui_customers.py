"""The customer workspace end to end on the real database: list, editor, conflicts, reassign, languages."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.services.errors import DomainError
from salesdesk.ui.conflict_dialog import ConflictDialog
from salesdesk.ui.contacts_model import ContactsModel
from salesdesk.ui.customer_models import CustomerTableModel
from salesdesk.ui.history_models import AuditModel, OwnershipModel, SharesModel
from tests.ui_support import WAIT_MS, answering, click, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def test_every_customer_model_passes_the_model_tester(qtbot, qtmodeltester, company) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        db = window.session.database
        model = CustomerTableModel(window.tasks, db, page_size=3)
        model.reload()
        qtbot.waitUntil(lambda: model.loaded_once, timeout=WAIT_MS)
        qtmodeltester.check(model)
        customer_id = company.customers["sp_e1b客户1"]
        detail = customers.get_customer(db, customer_id)
        contacts = ContactsModel()
        contacts.set_contacts(detail.contacts)
        contacts.add("新联系人")
        qtmodeltester.check(contacts)
        shares = SharesModel()
        shares.set_rows(detail.shares)
        qtmodeltester.check(shares)
        history = OwnershipModel()
        history.set_rows(customers.ownership_history(db, customer_id))
        qtmodeltester.check(history)
        audit = AuditModel()
        audit.set_rows(customers.audit_history(db, customer_id))
        assert audit.rowCount() >= 1
        qtmodeltester.check(audit)


def test_list_pages_in_lazily_and_sorts_on_the_server(qtbot, company) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        model = CustomerTableModel(window.tasks, window.session.database, page_size=2)
        model.set_query(CustomerQuery(scope="team"))  # sp_e1a, sp_e1b: 6 customers
        qtbot.waitUntil(lambda: model.is_settled() and not model.is_loading(), timeout=WAIT_MS)
        assert model.rowCount() == 6 and model.count == 6  # the total sizes the view ...
        assert len(model.rows()) == 2  # ... while only the first page is loaded
        model.index(5, 0).data()  # the view asks for the last row: the pages up to it are fetched
        qtbot.waitUntil(lambda: len(model.rows()) == 6 and not model.is_loading(), timeout=WAIT_MS)
        names = names_in(model)
        assert names == sorted(names)
        name_column = next(i for i, c in enumerate(model.columns) if c.key == "name")
        model.sort(name_column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: len(model.rows()) == 2 and not model.is_loading(), timeout=WAIT_MS)
        assert names_in(model) == sorted(names, reverse=True)[:2] and model.rowCount() == 6


def test_search_and_scope_filters(qtbot, company) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        everything = page.model.count
        page.search.setText("sp_e1b客户")
        qtbot.waitUntil(lambda: page.model.count == 3 and len(page.model.rows()) == 3, timeout=WAIT_MS)
        assert set(names_in(page.model)) == {f"sp_e1b客户{i}" for i in (1, 2, 3)}
        assert "3" in page.count_label.text()
        page.search.clear()
        page.scope.setCurrentIndex(page.scope.findData("mine"))
        qtbot.waitUntil(lambda: page.model.count == 1 and len(page.model.rows()) == 1, timeout=WAIT_MS)
        assert names_in(page.model) == ["sup_e1客户1"]
        page.scope.setCurrentIndex(page.scope.findData("all"))
        qtbot.waitUntil(lambda: page.model.count == everything and len(page.model.rows()) > 1,
                        timeout=WAIT_MS)
        assert "sp_e2a客户1" not in names_in(page.model)  # another team: outside the scope


def test_create_shows_field_errors_and_keeps_the_input(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = window.show_page("customer:new")
        qtbot.waitUntil(lambda: editor.ui.ownerCombo.count() > 0, timeout=WAIT_MS)
        editor.ui.shortNameEdit.setText("短名")
        editor.ui.phoneEdit.setText("not a phone")
        editor.ui.creditLimitEdit.setText("-5")
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.nameError.isVisible(), timeout=WAIT_MS)
        assert editor.ui.phoneError.isVisible() and editor.ui.phoneError.text()
        assert editor.ui.creditLimitError.isVisible()
        assert editor.ui.phoneEdit.text() == "not a phone" and editor.ui.shortNameEdit.text() == "短名"
        assert editor.customer_id is None
        editor.ui.nameEdit.setText("新客户甲")
        editor.ui.phoneEdit.setText("021-55550000")
        editor.ui.creditLimitEdit.setText("1200.50")
        editor.save()
        qtbot.waitUntil(lambda: editor.customer_id is not None, timeout=WAIT_MS)
        detail = customers.get_customer(window.session.database, editor.customer_id)
        assert detail.owner_id == fresh_company.people["sp_e1a"] and str(detail.credit_limit) == "1200.50"


def test_duplicate_warning_opens_the_existing_customer(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = window.show_page("customer:new")
        editor.ui.nameEdit.setText("sp_e1a客户2 有限公司")  # same name once normalised
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.duplicateBar.isVisible(), timeout=WAIT_MS)
        assert "sp_e1a客户2" in editor.ui.duplicateLabel.text()
        assert editor.ui.nameEdit.text() == "sp_e1a客户2 有限公司"
        with answering(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Discard)):
            editor.ui.openExistingButton.click()  # the draft goes only after the question
        existing = fresh_company.customers["sp_e1a客户2"]
        qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == existing, timeout=WAIT_MS)
        assert editor.ui.nameEdit.text() == "sp_e1a客户2"


def _edit_elsewhere(company, key: str, customer: str, phone: str, **more: str) -> None:
    values = {"phone": phone, **more}
    with company.connect(key) as conn:
        conn.execute("select api.record_update('customer', %s, null, %s)",
                     (company.customers[customer], json.dumps(values)))


def test_a_concurrent_edit_of_other_fields_is_merged_and_saved(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{fresh_company.customers['sp_e1a客户1']}")
        editor.ui.nameEdit.setText("我改的名字")
        _edit_elsewhere(fresh_company, "sup_e1", "sp_e1a客户1", "021-99998888")  # the supervisor, meanwhile
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.name == "我改的名字", timeout=WAIT_MS)
        assert editor.detail.phone == "021-99998888"  # nothing of theirs was overwritten
        assert editor.conflict_dialog is None and editor.form.marked() == []  # nobody was asked anything
        assert not editor.has_unsaved_changes()


@pytest.mark.parametrize("choice", ["keep", "reload"])
def test_a_concurrent_edit_of_the_same_field_opens_the_conflict_dialog(qtbot, fresh_company,
                                                                      choice: str) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{fresh_company.customers['sp_e1a客户1']}")
        editor.ui.nameEdit.setText("我改的名字")
        editor.ui.phoneEdit.setText("021-12121212")
        _edit_elsewhere(fresh_company, "sup_e1", "sp_e1a客户1", "021-99998888", region="杭州")
        editor.save()
        qtbot.waitUntil(lambda: isinstance(editor.conflict_dialog, ConflictDialog), timeout=WAIT_MS)
        dialog = editor.conflict_dialog
        assert "张主管" in dialog.ui.headlineLabel.text()
        assert dialog.differing == ["phone"]  # only what both changed; their region is simply taken
        assert editor.ui.regionCombo.currentText() == "杭州" and editor.form.marked() == ["phone"]
        (dialog.ui.keepButton if choice == "keep" else dialog.ui.reloadButton).click()
        if choice == "reload":
            qtbot.waitUntil(lambda: editor.ui.nameEdit.text() == "sp_e1a客户1", timeout=WAIT_MS)
            assert editor.ui.phoneEdit.text() == "021-99998888" and not editor.has_unsaved_changes()
            return
        assert editor.ui.nameEdit.text() == "我改的名字" and editor.ui.phoneEdit.text() == "021-12121212"
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.name == "我改的名字", timeout=WAIT_MS)
        assert (editor.detail.phone, editor.detail.region) == ("021-12121212", "杭州")
        assert editor.form.marked() == []


def test_reassign_offers_the_directory_but_not_the_current_owner(qtbot, fresh_company) -> None:
    c = fresh_company
    with main_window(qtbot, c, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.search.setText("sp_e1a客户3")
        qtbot.waitUntil(lambda: names_in(page.model) == ["sp_e1a客户3"], timeout=WAIT_MS)
        page.view.selectRow(0)
        page.reassign()
        dialog = page.active_dialog
        qtbot.waitUntil(lambda: dialog.loaded_once, timeout=WAIT_MS)
        offered = dialog.offered_ids()
        in_scope = [c.people[k] for k in ("sup_e1", "sp_e1b", "asst_e1")]
        assert set(in_scope) <= set(offered) and c.people["sp_e1a"] not in offered  # not to its owner
        assert c.people["sp_e2a"] in offered and c.people["sp_n1a"] in offered  # the whole company
        assert max(offered.index(i) for i in in_scope) < offered.index(c.people["sp_e2a"])  # my people first
        assert dialog.choose(c.people["sp_e1b"])
        dialog.reason.setText("调整区域")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: page.active_dialog is None, timeout=WAIT_MS)
        db = window.session.database
        assert customers.get_customer(db, c.customers["sp_e1a客户3"]).owner_id == c.people["sp_e1b"]
        with pytest.raises(DomainError):  # the current owner: nothing to hand on, no history entry
            customers.reassign_customer(db, c.customers["sp_e1a客户3"], c.people["sp_e1b"], "再给一次")
        assert len(customers.ownership_history(db, c.customers["sp_e1a客户3"])) == 1


def test_language_switch_shows_chinese_labels(qtbot, company) -> None:
    from salesdesk.ui.i18n import install_language

    install_language("en")
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert page.count_label.text().endswith(" customers")  # the English plural, not "customer(s)"
        editor = window.show_page("customer:new")
        try:
            install_language("zh_CN")
            qtbot.waitUntil(lambda: page.actions_by_name["new"].text() == "新建", timeout=WAIT_MS)
            assert editor.ui.saveButton.text().startswith("保存")
            assert page.model.headerData(0, Qt.Orientation.Horizontal) == "名称"
            assert "客户" in page.count_label.text()
        finally:
            install_language("en")
        qtbot.waitUntil(lambda: page.actions_by_name["new"].text() == "New", timeout=WAIT_MS)


def test_live_updates_refresh_the_list_and_warn_the_editor(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a", live=True) as window:
        page = wait_loaded(qtbot, window, "customers")
        qtbot.waitUntil(lambda: window.live.connected, timeout=WAIT_MS)
        _edit_elsewhere(c, "sup_e1", "sp_e1a客户1", "021-11112222")
        row = page.model.row_of(customer_id)
        qtbot.waitUntil(lambda: page.model.row_at(row).phone == "021-11112222", timeout=WAIT_MS)
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.nameEdit.setText("正在编辑")
        _edit_elsewhere(c, "sup_e1", "sp_e1a客户1", "021-33334444")
        qtbot.waitUntil(lambda: editor.ui.liveBar.isVisible(), timeout=WAIT_MS)
        assert "张主管" in editor.ui.liveLabel.text()
        assert editor.ui.nameEdit.text() == "正在编辑"  # nothing typed is replaced behind the user's back
        editor.ui.liveKeepButton.click()
        assert editor.ui.nameEdit.text() == "正在编辑" and editor.ui.phoneEdit.text() == "021-33334444"
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.name == "正在编辑", timeout=WAIT_MS)
        assert editor.detail.phone == "021-33334444"


def test_archive_hides_the_customer_but_deletes_nothing(qtbot, fresh_company) -> None:
    from PySide6.QtWidgets import QMessageBox

    from salesdesk.db.session import Database

    c = fresh_company
    customer_id = c.customers["sp_e1a客户3"]
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        before = page.model.count
        assert "sp_e1a客户3" in names_in(page.model)
        page.view.selectRow(names_in(page.model).index("sp_e1a客户3"))
        assert page.actions_by_name["archive"].isEnabled()  # mine: the service says I manage it
        page.actions_by_name["archive"].trigger()
        box = page.active_dialog
        assert isinstance(box, QMessageBox) and "nothing is deleted" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: "sp_e1a客户3" not in names_in(page.model) and page.model.count == before - 1,
                        timeout=WAIT_MS)
        page.refresh()
        qtbot.waitUntil(lambda: page.model.count == before - 1 and len(page.model.rows()) == before - 1,
                        timeout=WAIT_MS)
        assert "sp_e1a客户3" not in names_in(page.model)
    admin = Database.connect(c.url_for("admin"))
    try:
        kept = customers.get_customer(admin, customer_id)
        assert kept.archived_at is not None and kept.owner_id == c.people["sp_e1a"]
        assert [k.name for k in kept.contacts] == ["sp_e1a客户3联系人1"]  # its contacts are still there
        archived = customers.list_customers(admin, CustomerQuery(search="sp_e1a客户3", include_archived=True))
        assert [r.id for r in archived.rows] == [customer_id] and archived.rows[0].archived_at is not None
        assert customers.list_customers(admin, CustomerQuery(search="sp_e1a客户3")).rows == ()
    finally:
        admin.close()


def test_supervisor_creates_a_customer_for_someone_in_scope(qtbot, fresh_company) -> None:
    c = fresh_company
    with main_window(qtbot, c, "sup_e1") as window:
        editor = window.show_page("customer:new")
        combo = editor.ui.ownerCombo
        qtbot.waitUntil(lambda: combo.count() > 0, timeout=WAIT_MS)
        assert combo.isVisibleTo(editor)
        offered = {combo.itemData(i) for i in range(combo.count())}
        assert offered == {c.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")}
        assert combo.currentData() == c.people["sup_e1"]  # oneself unless another is chosen
        combo.setCurrentIndex(combo.findData(c.people["sp_e1b"]))
        editor.ui.nameEdit.setText("主管代建客户")
        editor.save()
        qtbot.waitUntil(lambda: editor.customer_id is not None, timeout=WAIT_MS)
        assert not combo.isVisibleTo(editor)  # a stored customer changes owner by Reassign
        detail = customers.get_customer(window.session.database, editor.customer_id)
        assert (detail.owner_id, detail.owner_name) == (c.people["sp_e1b"], "钱二")
    with c.connect("sp_e1b") as conn:  # the new owner sees it as theirs
        row = conn.execute("select owner_id from api.customers where name = '主管代建客户'").fetchone()
    assert row == (c.people["sp_e1b"],)


def test_a_bad_contact_email_opens_the_contacts_tab_on_that_cell(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{fresh_company.customers['sp_e1a客户1']}")
        model = editor.contacts
        email = model.column_of("email")
        model.setData(model.index(0, email), "not an address")
        editor.ui.tabs.setCurrentIndex(0)
        editor.save()
        qtbot.waitUntil(lambda: bool(model.errors_of(0)), timeout=WAIT_MS)
        assert editor.ui.tabs.currentWidget() is editor.ui.contactsTab
        assert editor.ui.contactsView.currentIndex() == model.index(0, email)
        assert model.index(0, email).data(Qt.ItemDataRole.BackgroundRole) is not None
        assert model.index(0, email).data(Qt.ItemDataRole.ToolTipRole)
        editor.discard_changes()


def test_a_save_in_the_editor_shows_in_the_list_without_the_change_feed(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a", live=False) as window:  # no feed: only the editor can tell
        page = wait_loaded(qtbot, window, "customers")
        row = page.model.row_of(customer_id)
        assert row is not None
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.phoneEdit.setText("021-55556666")
        editor.save()
        qtbot.waitUntil(lambda: page.model.row_at(row).phone == "021-55556666", timeout=WAIT_MS)


def test_the_conflict_dialog_shows_amounts_as_the_form_does(qtbot, fresh_company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{fresh_company.customers['sp_e1a客户1']}")
        editor.ui.creditLimitEdit.setText("6万")
        _edit_elsewhere(fresh_company, "sup_e1", "sp_e1a客户1", "021-99998888", credit_limit="70000")
        editor.save()
        qtbot.waitUntil(lambda: isinstance(editor.conflict_dialog, ConflictDialog), timeout=WAIT_MS)
        table = editor.conflict_dialog.ui.diffTable
        assert editor.conflict_dialog.differing == ["credit_limit"]
        assert (table.item(0, 1).text(), table.item(0, 2).text()) == ("¥60,000.00", "¥70,000.00")
        editor.conflict_dialog.ui.reloadButton.click()

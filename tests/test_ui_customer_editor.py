"""The customer editor's Chinese conventions end to end on the real database: amounts, dates, duplicates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDateEdit

from salesdesk.services import customers
from salesdesk.ui.history_models import changes_text
from tests.ui_support import WAIT_MS, choose, main_window, wait_loaded

pytestmark = pytest.mark.gui


def type_amount(editor, text: str) -> None:  # noqa: ANN001
    """Type into the credit limit and leave the field, as a user does."""
    edit = editor.ui.creditLimitEdit
    edit.setText(text)
    edit.editingFinished.emit()


def test_credit_limit_is_shown_in_yuan_and_typed_the_chinese_way(qtbot, fresh_company) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        assert editor.ui.creditLimitEdit.text() == "¥0.00" and not editor.has_unsaved_changes()
        for typed in ("６００００", "60,000", "¥60,000", "6万"):
            type_amount(editor, typed)
            assert editor.ui.creditLimitEdit.text() == "¥60,000.00"
            assert editor.form.changes() == {"credit_limit": Decimal("60000.00")}
        type_amount(editor, "6.5万")
        assert editor.ui.creditLimitEdit.text() == "¥65,000.00"
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.credit_limit == Decimal("65000.00"), timeout=WAIT_MS)
        stored = customers.get_customer(window.session.database, customer_id).credit_limit
        assert isinstance(stored, Decimal) and stored == Decimal("65000.00")
        assert editor.ui.creditLimitEdit.text() == "¥65,000.00" and not editor.has_unsaved_changes()
        assert "¥65K" in editor.ui.factsLabel.text()  # a summary: short (¥6.5万 in Chinese)
        qtbot.waitUntil(lambda: editor.audit.rowCount() >= 3, timeout=WAIT_MS)  # the history re-read after it
        texts = [changes_text(r) for r in editor.audit.rows()]
        assert any("¥0.00 → ¥65,000.00" in t for t in texts), texts
        page = wait_loaded(qtbot, window, "customers")  # the list writes it the same way
        page.model.refresh_customer(customer_id)  # (no live updates in this window)
        column = next(i for i, col in enumerate(page.model.columns) if col.key == "credit_limit")
        qtbot.waitUntil(lambda: page.model.row_of(customer_id) is not None
                        and page.model.index(page.model.row_of(customer_id), column).data() == "¥65,000.00",
                        timeout=WAIT_MS)


@pytest.mark.parametrize("typed", ["六万", "-5", "12.345", "6,0000"])
def test_a_bad_amount_is_marked_at_the_field_keeps_the_typing_and_is_not_sent(qtbot, fresh_company,
                                                                             typed: str) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        version = editor.version
        type_amount(editor, typed)
        assert editor.ui.creditLimitError.isVisible() and editor.ui.creditLimitError.text()
        assert editor.ui.creditLimitEdit.text() == typed and editor.has_unsaved_changes()
        editor.ui.nameEdit.setText("")  # a second problem is shown in the same go
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
            editor.save()
        assert finished.args == [False]
        assert editor.ui.creditLimitError.isVisible() and editor.ui.nameError.isVisible()
        assert editor.ui.creditLimitEdit.text() == typed
        assert customers.get_customer(window.session.database, customer_id).version == version  # nothing sent
        type_amount(editor, "8000")
        assert not editor.ui.creditLimitError.isVisible()


def test_the_amount_problem_is_in_chinese_in_chinese(qtbot, fresh_company) -> None:
    from salesdesk.ui.i18n import install_language

    c = fresh_company
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{c.customers['sp_e1a客户1']}")
        try:
            install_language("zh_CN")
            type_amount(editor, "abc")
            assert "金额" in editor.ui.creditLimitError.text()
            type_amount(editor, "1.234")
            assert "两位小数" in editor.ui.creditLimitError.text()
        finally:
            install_language("en")


def test_a_bound_date_field_shows_year_month_day_in_every_language(qtbot) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import QDate, QLocale

    from salesdesk.ui.form_binding import FormBinding

    before = QLocale()
    try:
        for name in ("en_US", "zh_CN"):
            QLocale.setDefault(QLocale(name))
            ui = SimpleNamespace(dueDate=QDateEdit())
            qtbot.addWidget(ui.dueDate)
            form = FormBinding(ui, {"due": "dueDate"})
            form.show(SimpleNamespace(due=QDate(2026, 3, 4).toPython()))
            assert ui.dueDate.displayFormat() == "yyyy-MM-dd" and ui.dueDate.text() == "2026-03-04"
            assert form.value("due") == QDate(2026, 3, 4).toPython()
    finally:
        QLocale.setDefault(before)


def test_the_share_dialog_date_shows_year_month_day(qtbot, fresh_company) -> None:
    from salesdesk.ui.customer_actions import CUSTOMER
    from salesdesk.ui.share_dialog import ShareDialog

    c = fresh_company
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{c.customers['sp_e1a客户1']}")
        dialog = ShareDialog(window.ctx, [c.customers["sp_e1a客户1"]], editor, kind=CUSTOMER)
        qtbot.addWidget(dialog)
        assert dialog.date.displayFormat() == "yyyy-MM-dd"
        assert dialog.date.text() == dialog.date.date().toString("yyyy-MM-dd")


def test_renaming_to_a_customer_of_another_region_warns_with_who_holds_it(qtbot, fresh_company) -> None:
    c = fresh_company  # 赵一 (华东, sp_e1a) cannot see 陈四's customers (华北, sp_n1a)
    mine, theirs = c.customers["sp_e1a客户1"], "sp_n1a客户2"
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{mine}")
        editor.ui.nameEdit.setText(theirs)
        choose(qtbot, editor.ui.regionCombo, "杭州")
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.duplicateBar.isVisible(), timeout=WAIT_MS)
        text = editor.ui.duplicateLabel.text()
        assert "陈四" in text and "北京一组" in text and theirs not in text  # who holds it, not what it is
        assert not editor.ui.openExistingButton.isVisibleTo(editor)  # nothing I may open
        assert editor.ui.saveAnywayButton.text() == "Save anyway"
        from salesdesk.ui.i18n import install_language

        try:
            install_language("zh_CN")
            hidden_match = "陈四（北京一组）名下的客户"
            qtbot.waitUntil(lambda: hidden_match in editor.ui.duplicateLabel.text(), timeout=WAIT_MS)
            assert editor.ui.saveAnywayButton.text() == "仍然保存"
        finally:
            install_language("en")
        db = window.session.database
        assert customers.get_customer(db, mine).name == "sp_e1a客户1"  # nothing saved yet
        editor.ui.duplicateBackButton.click()  # go back: the typing stays
        assert not editor.ui.duplicateBar.isVisible()
        assert (editor.ui.nameEdit.text(), editor.ui.regionCombo.currentText()) == (theirs, "杭州")
        assert editor.has_unsaved_changes() and editor.ui.nameEdit.hasFocus()
        editor.save()  # asked again, then saved anyway
        qtbot.waitUntil(lambda: editor.ui.duplicateBar.isVisible(), timeout=WAIT_MS)
        editor.ui.saveAnywayButton.click()
        qtbot.waitUntil(lambda: editor.detail.name == theirs, timeout=WAIT_MS)
        assert customers.get_customer(db, mine).region == "杭州" and not editor.has_unsaved_changes()
        # neither name nor phone changed: no check, saved at once
        choose(qtbot, editor.ui.regionCombo, "宁波")
        editor.save()
        qtbot.waitUntil(lambda: editor.detail.region == "宁波", timeout=WAIT_MS)
        assert not editor.ui.duplicateBar.isVisible()


def test_a_phone_of_a_visible_customer_offers_to_open_it(qtbot, fresh_company) -> None:
    c = fresh_company
    mine, other = c.customers["sp_e1a客户1"], c.customers["sp_e1a客户2"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{mine}")
        other_phone = customers.get_customer(window.session.database, other).phone
        editor.ui.phoneEdit.setText(other_phone)
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.duplicateBar.isVisible(), timeout=WAIT_MS)
        assert "sp_e1a客户2" in editor.ui.duplicateLabel.text() and "赵一" in editor.ui.duplicateLabel.text()
        assert editor.ui.openExistingButton.isVisibleTo(editor)
        editor.ui.duplicateBackButton.click()
        assert editor.ui.phoneEdit.hasFocus() and editor.ui.phoneEdit.text() == other_phone

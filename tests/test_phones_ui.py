"""Phones typed with a Chinese IME in the customer editor on the real database (issue 11,
finding 15): full-width brackets save; a mobile that is no mobile is marked at its cell, in
the user's language, with the typing kept."""

from __future__ import annotations

import pytest

from salesdesk.services import customers
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def test_a_full_width_phone_saves(qtbot, fresh_company: Company) -> None:  # noqa: ANN001
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        editor.ui.phoneEdit.setText("（０２１）６０００－１２３４")
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
            editor.save()
        assert finished.args == [True] and not editor.ui.phoneError.isVisible()
        assert customers.get_customer(window.session.database, customer_id).phone == "(021)6000-1234"


def test_a_bad_mobile_is_marked_at_its_cell_in_chinese_and_kept(qtbot, fresh_company: Company) -> None:  # noqa: ANN001
    from salesdesk.ui.i18n import install_language

    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        version = editor.version
        try:
            install_language("zh_CN")
            cell = editor.contacts.index(0, editor.contacts.column_of("mobile"))
            editor.contacts.setData(cell, "12345")
            with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
                editor.save()
            assert finished.args == [False]
            assert "手机号" in editor.contacts.errors_of(0)["mobile"]
            assert cell.data() == "12345"  # the typing stays
            assert customers.get_customer(window.session.database, customer_id).version == version
        finally:
            install_language("en")

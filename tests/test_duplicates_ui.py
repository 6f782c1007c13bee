"""A rate-limited duplicate check in the customer editor (issue 11, finding 2): the save goes
on, and the user is told, in their language, that the check was skipped and for how long."""

from __future__ import annotations

import pytest

from salesdesk.services import customers
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window

pytestmark = pytest.mark.gui


def use_up_checks(company: Company, key: str) -> None:
    with company.admin() as conn:
        conn.execute("update private.duplicate_check_limits set burst = 1, burst_seconds = 3600")
    company.call(key, "select * from api.customer_duplicates('用掉唯一一次')")


@pytest.mark.parametrize(("language", "expected"), [("zh_CN", "查重次数过多"), ("en", "too many checks")])
def test_a_rate_limited_check_saves_and_says_so(qtbot, fresh_company: Company, language: str,
                                                expected: str) -> None:  # noqa: ANN001
    from salesdesk.ui.i18n import install_language

    c = fresh_company
    use_up_checks(c, "sp_e1a")
    with main_window(qtbot, c, "sp_e1a") as window:
        try:
            install_language(language)
            editor = window.show_page("customer:new")
            editor.ui.nameEdit.setText("sp_e1a客户2")  # a duplicate the check would have caught
            with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
                editor.save()
            assert finished.args == [True] and not editor.ui.duplicateBar.isVisible()
            assert expected in editor.status_label.text()
            assert "60" in editor.status_label.text()  # minutes until the next check
            assert customers.get_customer(window.session.database, editor.customer_id).name == "sp_e1a客户2"
        finally:
            install_language("en")

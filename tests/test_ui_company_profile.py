"""The company details editor end to end on the real database: the admin reaches it from Settings,
types with the keyboard, a wrong tax number is marked at the field (in Chinese) and not sent, a
save the database refuses keeps the typing, a good save reaches every employee; a salesperson
does not see the way in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.db.session import Database
from salesdesk.services import company_profile
from salesdesk.ui.company_profile_editor import CompanyProfileEditor
from salesdesk.ui.i18n import install_language
from tests import mnemonics
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
TAX = "91350100M000100Y43"


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # noqa: ANN001
    install_language("zh_CN")
    try:
        yield
    finally:
        install_language("en")


def test_the_admin_enters_the_company_details_from_settings(qtbot, fresh_company: Company, chinese) -> None:  # noqa: ANN001
    c = fresh_company
    other = Database.connect(c.url_for("admin"))  # a second admin at another desk
    reader = Database.connect(c.url_for("sp_e1a"))
    try:
        with main_window(qtbot, c, "admin") as window:
            page = wait_loaded(qtbot, window, "settings")
            assert page.ui.companyGroup.isVisibleTo(page)
            assert not mnemonics.problems(window.menuBar(), page, window.statusBar())  # as the admin sees it

            def type_in(dialog: CompanyProfileEditor) -> None:
                ui = dialog.ui
                dialog.activateWindow()  # leaving a field is a focus-out: the window must have the focus
                qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
                assert dialog.focusWidget() is ui.legalNameEdit
                ui.legalNameEdit.setText("华东精密机械有限公司")  # (an input method's commit)
                qtbot.keyClick(ui.legalNameEdit, Qt.Key.Key_Tab)
                qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past the short name
                assert dialog.focusWidget() is ui.addressEdit
                ui.addressEdit.setText("上海市浦东新区张江路 88 号")
                qtbot.keyClicks(ui.phoneEdit, "(021)6000 1234")
                qtbot.keyClicks(ui.taxNumberEdit, TAX[:17] + "4")  # a wrong check character
                ui.taxNumberEdit.setFocus()
                qtbot.keyClick(ui.taxNumberEdit, Qt.Key.Key_Tab)
                assert dialog.focusWidget() is ui.bankNameEdit
                assert ui.taxNumberError.isVisibleTo(dialog)
                assert "统一社会信用代码" in ui.taxNumberError.text() and "校验" in ui.taxNumberError.text()
                qtbot.keyClick(ui.bankNameEdit, Qt.Key.Key_Return)  # Enter saves: refused at the field
                assert dialog.isVisible() and ui.taxNumberEdit.text() == TAX[:17] + "4"
                assert company_profile.get_profile(reader) is None  # nothing was sent
                ui.taxNumberEdit.setText(TAX.lower())
                # meanwhile someone else enters the details: the database refuses ours, nothing is lost
                company_profile.save_profile(other, None, {"legal_name": "别人填的公司"})
                ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
                qtbot.waitUntil(lambda: ui.messageLabel.isVisibleTo(dialog), timeout=WAIT_MS)
                assert dialog.isVisible() and ui.legalNameEdit.text() == "华东精密机械有限公司"
                assert ui.phoneEdit.text() == "(021)6000 1234" and ui.taxNumberEdit.text() == TAX.lower()
                assert "重新" in ui.messageLabel.text()  # "reload": closed and opened again below
                qtbot.keyClick(ui.legalNameEdit, Qt.Key.Key_Escape)

            with answering(CompanyProfileEditor, type_in) as answered:
                page.ui.companyButton.click()
                qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)

            def take_over(dialog: CompanyProfileEditor) -> None:  # opened again: what is there now
                ui = dialog.ui
                dialog.activateWindow()
                qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
                assert ui.legalNameEdit.text() == "别人填的公司" and ui.updatedLabel.isVisibleTo(dialog)
                ui.legalNameEdit.setText("华东精密机械有限公司")
                ui.taxNumberEdit.setFocus()
                qtbot.keyClicks(ui.taxNumberEdit, "9135 0100 m000 100y 43")
                qtbot.keyClick(ui.taxNumberEdit, Qt.Key.Key_Tab)
                assert ui.taxNumberEdit.text() == TAX  # shown in its one form when left
                ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

            with answering(CompanyProfileEditor, take_over) as answered:
                page.ui.companyButton.click()
                qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
            assert answered[0].result_value is not None
        seen = company_profile.get_profile(reader)
        assert seen is not None and (seen.legal_name, seen.tax_number) == ("华东精密机械有限公司", TAX)
    finally:
        other.close()
        reader.close()


def test_a_salesperson_sees_no_way_to_the_company_details(qtbot, fresh_company: Company) -> None:  # noqa: ANN001
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "settings")
        assert not page.ui.companyGroup.isVisibleTo(page)

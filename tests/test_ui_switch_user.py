"""File > Sign out / switch user: labelled so, asks about unsaved input, then a sign-in ready for a login."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import profiles
from salesdesk.ui.i18n import install_language
from salesdesk.ui.login_dialog import LoginDialog
from tests.test_ui_login import MemoryKeyring, ui_env, use_server  # noqa: F401 - ui_env is a fixture
from tests.ui_support import WAIT_MS, answering, click, main_window, wait_loaded

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def test_sign_out_asks_about_unsaved_input_then_hands_back(qtbot, fresh_company) -> None:
    c = fresh_company
    with main_window(qtbot, c, "sp_e1a") as window:
        assert window.switch_user_action.text() == "Sign out / s&witch user…"
        install_language("zh_CN")
        try:
            qtbot.waitUntil(lambda: window.switch_user_action.text() == "注销/切换用户(&W)…", timeout=2000)
        finally:
            install_language("en")
        qtbot.waitUntil(lambda: window.switch_user_action.text().startswith("Sign out"), timeout=2000)
        editor = wait_loaded(qtbot, window, f"customer:{c.customers['sp_e1a客户1']}")
        editor.ui.nameEdit.setText("还没保存")
        asked: list[bool] = []
        window.switchUserRequested.connect(lambda: asked.append(True))
        with answering(QMessageBox, lambda box: click(box, B.Cancel)):
            window.switch_user_action.trigger()
        assert window.isVisible() and not asked and window.current_page() is editor
        assert editor.ui.nameEdit.text() == "还没保存"
        with answering(QMessageBox, lambda box: click(box, B.Discard)):
            window.switch_user_action.trigger()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
        assert asked == [True]


def test_after_sign_out_the_login_field_is_ready_for_someone_else(qtbot, ui_env, company) -> None:  # noqa: F811
    use_server(company.admin_url)
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    profile = profiles.load_profiles().get("test")
    profiles.remember_login(profile, company.login("sp_e1a"))
    profiles.save_password(profile, company.login("sp_e1a"), company.password)
    normal = LoginDialog(profile_name="test")
    qtbot.addWidget(normal)
    # the usual start: remembered (read by a worker), focus on OK
    qtbot.waitUntil(lambda: normal.ui.passwordEdit.text() == company.password, timeout=5000)
    dialog = LoginDialog(profile_name="test", switching=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tasks.active() == 0, timeout=5000)  # the keyring was read: not offered
    assert dialog.focusWidget() is dialog.ui.loginEdit
    assert dialog.ui.loginEdit.selectedText() == company.login("sp_e1a")  # typing replaces it
    assert dialog.ui.passwordEdit.text() == ""  # the previous person's password is not offered

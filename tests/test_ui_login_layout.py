"""The sign-in dialog grows with its message: fields keep their height, the message is shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from salesdesk.ui.login_dialog import LoginDialog
from tests.test_ui_login import attempt, message, ui_env, use_server  # noqa: F401 - ui_env is a fixture

pytestmark = pytest.mark.gui
LONG = ("The server db.example.internal:5432 cannot be reached. Check the network connection and the "
        "connection profile, or ask IT whether the server is running. " * 2)


def assert_laid_out(dialog: LoginDialog) -> None:
    QApplication.processEvents()
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisibleTo(dialog) and edit.objectName() in ("loginEdit", "passwordEdit"):
            assert edit.height() >= edit.sizeHint().height(), (edit.objectName(), edit.height())
    label = dialog.ui.messageLabel
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.width())
    assert dialog.rect().contains(label.geometry())


def test_a_long_message_grows_the_dialog_instead_of_squeezing_the_fields(qtbot, ui_env) -> None:  # noqa: F811
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.ui.loginEdit.setText("sales_sh1")
    dialog.show_message(LONG)
    assert_laid_out(dialog)
    assert dialog.height() > before
    dialog.show_message("")
    dialog.show_message("Short.")
    assert_laid_out(dialog)


def test_after_a_wrong_password_the_login_stays_readable(qtbot, ui_env, company) -> None:  # noqa: F811
    use_server(company.admin_url)
    dialog = attempt(qtbot, "sales_" + company.login("sp_e1a"), "wrong-password")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "not correct" in message(dialog)
    assert_laid_out(dialog)

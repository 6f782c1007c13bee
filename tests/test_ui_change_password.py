"""File > Change password: refused in place with the typing kept; on the real DB the new password signs in."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.services import auth, profiles
from salesdesk.services.auth import MIN_PASSWORD_LENGTH, WrongPasswordError
from salesdesk.ui.change_password_dialog import ChangePasswordDialog, PasswordChange
from salesdesk.ui.tasks import TaskRunner
from tests.test_ui_login import MemoryKeyring
from tests.ui_support import WAIT_MS, answering, main_window, session_for

pytestmark = pytest.mark.gui
OK = QDialogButtonBox.StandardButton.Ok


def fill(dialog: ChangePasswordDialog, current: str, new: str, repeated: str) -> None:
    dialog.ui.currentEdit.setText(current)
    dialog.ui.newEdit.setText(new)
    dialog.ui.repeatEdit.setText(repeated)
    dialog.ui.buttons.button(OK).click()


def typed(dialog: ChangePasswordDialog) -> tuple[str, str, str]:
    return dialog.ui.currentEdit.text(), dialog.ui.newEdit.text(), dialog.ui.repeatEdit.text()


def test_the_form_refuses_at_the_right_field_and_keeps_the_typing(qtbot, qapp) -> None:
    runner = TaskRunner()
    sent: list[PasswordChange] = []

    def submit(change: PasswordChange) -> bool:  # a small in-memory service
        sent.append(change)
        if change.current != "old-secret-1":
            raise WrongPasswordError()
        return False

    def answer(dialog: ChangePasswordDialog) -> None:
        fill(dialog, "old-secret-1", "short", "short")
        assert dialog.isVisible() and dialog.ui.newError.isVisible() and not sent
        assert str(MIN_PASSWORD_LENGTH) in dialog.ui.newError.text()
        assert typed(dialog) == ("old-secret-1", "short", "short")
        assert dialog.focusWidget() is dialog.ui.newEdit

        fill(dialog, "old-secret-1", "new-secret-1", "new-secret-2")
        assert dialog.ui.repeatError.isVisible() and not dialog.ui.newError.isVisible() and not sent
        assert "not the same" in dialog.ui.repeatError.text()

        fill(dialog, "wrong-one", "new-secret-1", "new-secret-1")
        qtbot.waitUntil(lambda: dialog.ui.currentError.isVisible(), timeout=WAIT_MS)
        assert "current password is not correct" in dialog.ui.currentError.text()
        assert dialog.isVisible() and typed(dialog) == ("wrong-one", "new-secret-1", "new-secret-1")
        assert not dialog.ui.repeatError.isVisible()
        dialog.ui.currentEdit.setFocus()
        qtbot.keyClicks(dialog.ui.currentEdit, "x")  # typing in the field takes its complaint away
        assert not dialog.ui.currentError.isVisible()

        fill(dialog, "old-secret-1", "new-secret-1", "new-secret-1")

    try:
        with answering(ChangePasswordDialog, answer):
            assert ChangePasswordDialog.ask(None, submit=submit, runner=runner) is False
    finally:
        runner.shutdown()
    assert [c.current for c in sent] == ["wrong-one", "old-secret-1"]


def test_change_password_on_the_real_database(qtbot, qapp, fresh_company) -> None:
    c, new = fresh_company, "Neues-Pass-2026"
    memory, backend = MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        with main_window(qtbot, c, "sp_e1a") as window:
            login = window.session.me.login
            assert profiles.save_password(window.session.profile, login, c.password)  # remembered before

            def answer(dialog: ChangePasswordDialog) -> None:
                fill(dialog, "not-my-password", new, new)
                qtbot.waitUntil(lambda: dialog.ui.currentError.isVisible(), timeout=WAIT_MS)
                assert typed(dialog) == ("not-my-password", new, new)
                fill(dialog, c.password, new, new)

            assert window.change_password_action.text() == "Change &password…"
            with answering(ChangePasswordDialog, answer):
                window.change_password_action.trigger()
            assert "password was changed" in window.status.notice.text()
            assert "remembered password was updated" in window.status.notice.text()
            assert memory.get_password(f"salesdesk:{window.session.profile.key()}", login) == new
            page = window.show_page("customers")  # the open session goes on with the new password
            window.session.database.engine.dispose()
            page.refresh()
            qtbot.waitUntil(lambda: page.is_loaded() and page.model.rowCount() > 0, timeout=WAIT_MS)
    finally:
        keyring.set_keyring(backend)
    with pytest.raises(auth.WrongPasswordError):
        session_for(c, "sp_e1a")  # the old password
    c.password, old = new, c.password
    try:
        session_for(c, "sp_e1a").close()
    finally:
        c.password = old

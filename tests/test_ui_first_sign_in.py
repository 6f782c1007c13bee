"""First sign-in with a password from IT: the change-password dialog comes before anything else,
and the server's flag clears only with a new password (end to end on the real database)."""

from __future__ import annotations

import secrets

import psycopg
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.db.urls import with_login
from salesdesk.ui.change_password_dialog import ChangePasswordDialog
from tests.test_admin_onboarding import add_hq
from tests.test_admin_users import can_log_in, cli
from tests.test_ui_login import attempt, message, ui_env, use_server  # noqa: F401 - ui_env is a fixture
from tests.ui_support import answering

pytestmark = pytest.mark.gui
OK = QDialogButtonBox.StandardButton.Ok


def new_employee(dsn: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """IT adds someone with `user add`: (login, the password it printed)."""
    assert add_hq(capsys, dsn)
    login = "first_" + secrets.token_hex(3)  # roles are cluster-wide
    rc, out, err = cli(capsys, "user", "add", "--dsn", dsn, "--login", login, "--name", "新同事",
                       "--unit", "HQ", "--position", "salesperson")
    assert rc == 0, err
    return login, out.strip().splitlines()[-1].removeprefix("PASSWORD=")


def flag(dsn: str, login: str, password: str) -> bool:
    with psycopg.connect(with_login(dsn, login, password)) as conn:
        return bool(conn.execute("select api.password_change_required()").fetchone()[0])


def test_first_sign_in_asks_for_an_own_password_first(qtbot, ui_env, fresh_db,  # noqa: F811
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    login, given = new_employee(fresh_db, capsys)
    use_server(fresh_db)
    seen: list[tuple[str, str, bool]] = []

    def choose(dialog: ChangePasswordDialog) -> None:
        seen.append((dialog.ui.currentEdit.text(), dialog.ui.introLabel.text(),
                     dialog.focusWidget() is dialog.ui.newEdit))
        dialog.ui.newEdit.setText("Mein-eigenes-2026")
        dialog.ui.repeatEdit.setText("Mein-eigenes-2026")
        dialog.ui.buttons.button(OK).click()

    with answering(ChangePasswordDialog, choose) as answered:
        dialog = attempt(qtbot, login, given)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=15000)
    assert len(answered) == 1
    current, intro, focus_on_new = seen[0]
    assert current == given and "password from IT" in intro and focus_on_new
    assert not dialog.signed_in.must_change_password
    dialog.signed_in.close()
    assert not can_log_in(with_login(fresh_db, login, given))
    assert not flag(fresh_db, login, "Mein-eigenes-2026")


def test_without_an_own_password_there_is_no_way_in(qtbot, ui_env, fresh_db,  # noqa: F811
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    login, given = new_employee(fresh_db, capsys)
    use_server(fresh_db)
    with answering(ChangePasswordDialog, lambda d: d.reject()) as answered:
        dialog = attempt(qtbot, login, given)
        qtbot.waitUntil(lambda: bool(answered) and "first sign-in only" in message(dialog), timeout=15000)
    assert dialog.signed_in is None
    assert flag(fresh_db, login, given)  # still set: cancelling clears nothing
    # signing in again asks again
    with answering(ChangePasswordDialog, lambda d: d.reject()) as again:
        attempt(qtbot, login, given)
        qtbot.waitUntil(lambda: bool(again), timeout=15000)

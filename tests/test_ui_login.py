"""Signing in end to end on the real database: the login dialog, its messages, the main window."""

from __future__ import annotations

import socket
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from psycopg import sql

from salesdesk.services import profiles
from salesdesk.services.profiles import ProfileStore
from salesdesk.ui.app import setup_application
from salesdesk.ui.i18n import install_language
from salesdesk.ui.login_dialog import LoginDialog
from salesdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


class MemoryKeyring(KeyringBackend):
    """A real-looking keyring backend that keeps passwords in memory (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def ui_env(qapp, tmp_path: Path, monkeypatch):
    """A private config folder and English UI; restores the keyring backend afterwards."""
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SALESDESK_DEMO_DATA", str(tmp_path / "no-demo"))
    setup_application(qapp, "en")
    backend = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield tmp_path
    keyring.set_keyring(backend)
    install_language("en")


def use_server(admin_url: str, *, port: int | None = None, sslmode: str | None = None,
               sslrootcert: str = "") -> str:
    """Store a profile 'test' for the database of `admin_url` and make it the last used."""
    profile = profiles.profile_from_url(admin_url, name="test")
    profile = profiles.Profile(name="test", host=profile.host, port=port or profile.port,
                               database=profile.database, sslmode=sslmode or profile.sslmode,
                               sslrootcert=sslrootcert)
    profiles.save_profiles(ProfileStore(profiles=[profile], last_profile="test"))
    return "test"


def attempt(qtbot, login: str, password: str, remember: bool = False) -> LoginDialog:
    dialog = LoginDialog(profile_name="test")
    qtbot.addWidget(dialog)
    dialog.ui.loginEdit.setText(login)
    dialog.ui.passwordEdit.setText(password)
    if remember:
        dialog.ui.rememberCheck.setChecked(True)
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.signed_in is not None or not dialog.ui.busyBar.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: dialog.signed_in is not None or "…" not in dialog.ui.messageLabel.text(),
                    timeout=15000)
    return dialog


def message(dialog: LoginDialog) -> str:
    return dialog.ui.messageLabel.text()


def test_good_password_opens_the_main_window_with_who_is_signed_in(qtbot, ui_env, company) -> None:
    use_server(company.admin_url)
    dialog = attempt(qtbot, company.login("mgr_e"), company.password)
    assert dialog.signed_in is not None, message(dialog)
    window = MainWindow(dialog.signed_in, live=False)
    qtbot.addWidget(window)
    window.show()
    status = window.status.user.text()
    assert "李华东" in status and "Sales manager" in status and "own unit and sub-units" in status
    assert window.nav.count() >= 1 and window.windowTitle().endswith("李华东")
    # the profile remembers the login for next time; no password anywhere in the config folder
    assert profiles.load_profiles().get("test").last_login == company.login("mgr_e")
    for path in (ui_env / "config").rglob("*"):
        assert company.password not in path.read_text(encoding="utf-8", errors="ignore")
    window.close()


def test_bad_password_is_explained_and_keeps_the_login(qtbot, ui_env, company) -> None:
    use_server(company.admin_url)
    dialog = attempt(qtbot, company.login("sp_e1a"), "wrong-password")
    assert dialog.signed_in is None
    assert "login name or password is not correct" in message(dialog)
    assert dialog.ui.loginEdit.text() == company.login("sp_e1a")
    assert dialog.ui.messageLabel.isVisibleTo(dialog)


def test_deactivated_accounts_are_told_so(qtbot, ui_env, fresh_company) -> None:
    use_server(fresh_company.admin_url)
    with fresh_company.admin(autocommit=True) as conn:
        conn.execute(sql.SQL("alter role {} nologin").format(sql.Identifier(fresh_company.login("sp_e1a"))))
        conn.execute("update sales.employees set active = false, left_at = now() where id = %s",
                     (fresh_company.people["sp_e1b"],))
    for key in ("sp_e1a", "sp_e1b", "outsider"):  # no LOGIN; left the company; no employee row
        dialog = attempt(qtbot, fresh_company.login(key), fresh_company.password)
        assert dialog.signed_in is None
        assert "deactivated" in message(dialog), (key, message(dialog))


def test_unreachable_server_is_explained(qtbot, ui_env, company) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket is closed
    use_server(company.admin_url, port=port)
    dialog = attempt(qtbot, company.login("sp_e1a"), company.password)
    assert "cannot be reached" in message(dialog) and str(port) in message(dialog)


def test_tls_failure_is_explained(qtbot, ui_env, company, tmp_path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("not a certificate\n")
    use_server(company.admin_url, sslmode="verify-full", sslrootcert=str(ca))
    dialog = attempt(qtbot, company.login("sp_e1a"), company.password)
    assert "secure (TLS) connection" in message(dialog)


def test_schema_too_new_or_too_old_says_what_to_do(qtbot, ui_env, fresh_company) -> None:
    use_server(fresh_company.admin_url)
    with fresh_company.admin(autocommit=True) as conn:
        conn.execute("insert into private.alembic_version (version_num) values ('9999')")
    dialog = attempt(qtbot, fresh_company.login("sp_e1a"), fresh_company.password)
    assert "newer than this client" in message(dialog) and "install the current" in message(dialog)
    with fresh_company.admin(autocommit=True) as conn:
        conn.execute("delete from private.alembic_version")
        conn.execute("insert into private.alembic_version (version_num) values ('0001')")
    dialog = attempt(qtbot, fresh_company.login("sp_e1a"), fresh_company.password)
    assert "older" in message(dialog) and "salesdesk-admin migrate" in message(dialog)


def test_messages_and_window_follow_the_language(qtbot, ui_env, company) -> None:
    use_server(company.admin_url)
    install_language("zh_CN")
    dialog = attempt(qtbot, company.login("sp_e1a"), "wrong-password")
    assert "登录账号或密码不正确" in message(dialog)
    assert dialog.ui.rememberCheck.text() == "记住密码(&R)"
    install_language("en")  # LanguageChange events are posted: let the loop deliver them
    qtbot.waitUntil(lambda: dialog.ui.rememberCheck.text() == "&Remember password", timeout=2000)

    dialog = attempt(qtbot, company.login("sp_e1a"), company.password)
    window = MainWindow(dialog.signed_in, live=False)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert window.file_menu.title() == "&File"
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("zh_CN"))  # as the user does
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
    assert window.nav.item(window.nav.count() - 1).text() == "设置"
    assert "本人" in window.status.user.text() and "销售代表" in window.status.user.text()
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert "own records" in window.status.user.text()
    window.close()


def test_remember_password_uses_a_real_keyring_only(qtbot, ui_env, company) -> None:
    use_server(company.admin_url)
    dialog = LoginDialog(profile_name="test")  # the fail backend: nothing to store into
    qtbot.addWidget(dialog)
    assert not dialog.ui.rememberCheck.isEnabled()
    qtbot.waitUntil(lambda: "keyring" in dialog.ui.rememberCheck.toolTip(), timeout=5000)  # asked by a worker
    assert not dialog.ui.rememberCheck.isEnabled()

    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    dialog = attempt(qtbot, company.login("sup_e1"), company.password, remember=True)
    assert dialog.signed_in is not None
    dialog.signed_in.close()
    assert list(memory.store.values()) == [company.password]

    again = LoginDialog(profile_name="test")
    qtbot.addWidget(again)
    assert again.ui.loginEdit.text() == company.login("sup_e1")
    qtbot.waitUntil(lambda: again.ui.passwordEdit.text() == company.password, timeout=5000)  # by a worker
    assert again.ui.rememberCheck.isChecked()

    # someone else types their login: the remembered password is not theirs to use
    again.ui.loginEdit.setText(company.login("sp_e1a"))
    again.ui.loginEdit.editingFinished.emit()
    assert again.ui.passwordEdit.text() == "" and not again.ui.rememberCheck.isChecked()
    again.ui.loginEdit.setText(company.login("sup_e1"))
    again.ui.loginEdit.editingFinished.emit()
    qtbot.waitUntil(lambda: again.ui.passwordEdit.text() == company.password, timeout=5000)
    assert again.ui.rememberCheck.isChecked()

    # signing in without "remember" forgets it
    again.ui.rememberCheck.setChecked(False)
    again.sign_in()
    qtbot.waitUntil(lambda: again.signed_in is not None, timeout=15000)
    again.signed_in.close()
    assert memory.store == {}


def test_a_share_to_me_shows_a_notification(qtbot, ui_env, fresh_company) -> None:
    use_server(fresh_company.admin_url)
    dialog = attempt(qtbot, fresh_company.login("sp_e1a"), fresh_company.password)
    window = MainWindow(dialog.signed_in, live=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.live.connected, timeout=10000)
    with fresh_company.admin(autocommit=True) as conn:
        fresh_company.add_share(conn, "sp_e2a客户2", "sp_e1a", "read")
    qtbot.waitUntil(lambda: "shared with you" in window.status.notice.text(), timeout=10000)
    window.close()

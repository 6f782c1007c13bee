"""Start-up without freezes: what runs on the GUI thread at sign-in, first Settings and a language
switch, what is imported before the sign-in dialog, and the heartbeat probe that measures it.

Structure is asserted here, never wall-clock time (the probe measures that; README "Performance").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import chainer
from keyring.compat import properties

from salesdesk.services import profiles
from salesdesk.ui.i18n import install_language
from salesdesk.ui.login_dialog import LoginDialog
from salesdesk.ui.pages import PAGE_MODULES
from tests.factories import Company
from tests.test_ui_login import MemoryKeyring, ui_env, use_server  # noqa: F401 - ui_env is a fixture
from tests.ui_support import WAIT_MS, main_window, session_for, wait_loaded

pytestmark = pytest.mark.gui


class CountingChain(chainer.ChainerBackend):
    """A keyring chain that notes each time its backends are looked for, and on which thread."""

    asked_on: list[str] = []

    @properties.classproperty
    def backends(cls) -> list:  # noqa: N805 - a class property
        cls.asked_on.append(threading.current_thread().name)
        return [MemoryKeyring()]


@pytest.fixture
def counting_keyring() -> Iterator[type[CountingChain]]:
    before = keyring.get_keyring()
    CountingChain.asked_on = []
    keyring.set_keyring(CountingChain())
    yield CountingChain
    keyring.set_keyring(before)


def test_the_keyring_is_looked_for_once_per_process(counting_keyring) -> None:
    for _ in range(3):
        assert profiles.keyring_available() == (True, "")
    assert len(counting_keyring.asked_on) == 1
    assert profiles.known_keyring_status() == (True, "")
    keyring.set_keyring(CountingChain())  # another backend (as tests do): asked again, once
    assert profiles.known_keyring_status() is None
    assert profiles.keyring_available() == (True, "") and len(counting_keyring.asked_on) == 2


def test_the_sign_in_dialog_asks_the_keyring_on_a_worker(qtbot, ui_env, company,  # noqa: F811
                                                         counting_keyring) -> None:
    use_server(company.admin_url)
    dialog = LoginDialog(profile_name="test")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ui.rememberCheck.isEnabled, timeout=WAIT_MS)
    assert counting_keyring.asked_on and threading.main_thread().name not in counting_keyring.asked_on


STORED = {"en": "stored in the system keyring", "zh_CN": "保存在系统密码库（钥匙串）中"}


def test_first_settings_and_language_switches_do_not_ask_the_keyring_on_the_gui_thread(
        qtbot, company: Company, counting_keyring) -> None:
    install_language("en")
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "settings")
        qtbot.waitUntil(lambda: page.ui.keyringValue.text() == STORED["en"], timeout=WAIT_MS)
        assert window.is_page_loaded("settings")  # screenshot mode waited for this answer
        assert len(counting_keyring.asked_on) == 1
        assert counting_keyring.asked_on[0] != threading.main_thread().name
        try:
            for lang, text in (("zh_CN", STORED["zh_CN"]), ("en", STORED["en"])):
                page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData(lang))
                qtbot.waitUntil(lambda t=text: page.ui.keyringValue.text() == t, timeout=WAIT_MS)
        finally:
            install_language("en")
        assert len(counting_keyring.asked_on) == 1  # the answer is kept: a switch only retranslates it


def test_the_first_page_is_built_after_the_window_is_on_screen(qtbot, company: Company, tmp_path,
                                                               monkeypatch) -> None:
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.settings import settings

    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path))
    settings().setValue("window/page", "pool")  # the page open when the user last quit
    window = MainWindow(session_for(company, "sp_e1a"), live=False)
    qtbot.addWidget(window)
    try:
        assert window.pages == {}  # building the window built no page: that is a slice of its own
        window.show()
        # the dashboard comes first after sign-in (issue 14 §6), whatever page was open at the last quit
        qtbot.waitUntil(lambda: window.current_key() == "dashboard", timeout=WAIT_MS)
        assert list(window.pages) == ["dashboard"]  # focusing the navigation opened no other row
        assert window.nav_specs[window.nav.currentRow()].key == "dashboard"
    finally:
        window.shutdown()


CHECK_IMPORTS = r"""
import importlib.abc, json, sys, threading
imported_on = {}

class Spy(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        imported_on.setdefault(name, threading.current_thread().name)
        return None

sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication
from salesdesk.ui import preload
from salesdesk.ui.app import setup_application
from salesdesk.ui.login_dialog import LoginDialog

app = QApplication([])
setup_application(app, "zh_CN")
dialog = LoginDialog()
preload.start_when_painted(dialog)
before = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "psycopg", "alembic")
                or m.startswith(("salesdesk.services.auth", "salesdesk.ui.main_window"))
                or m in PAGE_MODULES_HERE)
dialog.show()
while not preload.finished.wait(0.01):
    app.processEvents()
dialog.done(0)
print(json.dumps({"before": before, "imported_on": imported_on}))
"""


def test_the_sign_in_dialog_shows_before_the_database_layer_and_pages_load(tmp_path) -> None:
    """Checked in a fresh process: the test session has imported everything already."""
    env = dict(os.environ, SALESDESK_CONFIG_DIR=str(tmp_path), SALESDESK_DEMO_DATA=str(tmp_path / "none"),
               QT_QPA_PLATFORM="offscreen")
    script = CHECK_IMPORTS.replace("PAGE_MODULES_HERE", repr(set(PAGE_MODULES)))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    later = ["sqlalchemy", "psycopg", "salesdesk.services.auth", "salesdesk.ui.main_window", *PAGE_MODULES]
    assert {name: result["imported_on"].get(name) for name in later} == \
        {name: "salesdesk-preload" for name in later}  # imported while the user types, off the GUI thread
    assert "alembic" not in result["imported_on"]  # the client reads its revisions from the files


def test_the_heartbeat_probe_runs_and_prints_a_line_per_step(company: Company, tmp_path) -> None:
    env = dict(os.environ, SALESDESK_PASSWORD=company.password, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "salesdesk.ui.app", "--probe-heartbeat", "--server", company.admin_url,
         "--login", company.login("sp_e1a"), "--cold-runs", "1"],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode in (0, 1), done.stderr  # 1: over a budget on a busy machine, still a result
    assert "probe stopped" not in done.stdout, done.stdout
    expected = ["cold start to the sign-in dialog", "sign-in dialog while the user types", "sign in (",
                "open page pool", "open page org", "open page archived", "open a customer",
                "open Settings (first time)", "switch language to en", "switch language to zh_CN"]
    for start in expected:
        line = next((x for x in lines if x.startswith(start)), None)
        assert line is not None and " ms  (budget " in line, (start, done.stdout)
    assert lines[0].startswith("heartbeat probe:") and "load average" in lines[0]

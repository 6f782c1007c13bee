"""Built artefacts stay in step with their sources: compiled forms, complete translations, profiles."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from salesdesk.services import profiles
from salesdesk.ui import forms

ROOT = Path(__file__).resolve().parents[1]


def _update_module():
    spec = importlib.util.spec_from_file_location("ts_update", ROOT / "resources/translations/update.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_forms_match_the_ui_files() -> None:
    assert forms.build(check=True) == [], "run: python -m salesdesk.ui.forms"


def test_the_chinese_translation_is_complete_and_compiled() -> None:
    update = _update_module()
    assert update.unfinished("zh_CN") == [], "translate them, then run resources/translations/update.py"
    for lang in ("zh_CN", "en"):
        qm = ROOT / f"resources/translations/salesdesk_{lang}.qm"
        assert qm.exists() and qm.stat().st_mtime >= (ROOT / f"resources/translations/salesdesk_{lang}.ts"
                                                      ).stat().st_mtime - 1


def test_first_run_creates_the_demo_profile_and_never_stores_passwords(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "cfg"))
    demo = tmp_path / "demo"
    demo.mkdir()
    (demo / "server.json").write_text(json.dumps({"port": 54999}))
    (demo / "admin-password").write_text("secret\n")
    monkeypatch.setenv("SALESDESK_DEMO_DATA", str(demo))
    store = profiles.load_profiles()
    assert [(p.name, p.port, p.demo) for p in store.profiles] == [("demo", 54999, True)]
    store.put(profiles.Profile(name="HQ", host="db.example.com", sslmode="verify-full",
                               sslrootcert="/etc/ca.pem"))
    profiles.save_profiles(store)
    saved = json.loads((tmp_path / "cfg/profiles.json").read_text())
    assert {p["name"] for p in saved["profiles"]} == {"demo", "HQ"}
    assert "password" not in json.dumps(saved).lower()
    assert profiles.load_profiles().get("HQ").sslmode == "verify-full"


@pytest.mark.parametrize("backend, usable", [("keyring.backends.fail", False),
                                             ("keyring.backends.null", False)])
def test_fake_keyrings_do_not_count(backend: str, usable: bool, monkeypatch) -> None:
    import importlib

    import keyring

    module = importlib.import_module(backend)
    before = keyring.get_keyring()
    keyring.set_keyring(module.Keyring())
    try:
        ok, reason = profiles.keyring_available()
        assert ok is usable and reason
    finally:
        keyring.set_keyring(before)


def test_every_source_string_is_translated_into_chinese(tmp_path) -> None:
    """Extract the strings from today's sources into a copy of the zh_CN file: none may be new."""
    update = _update_module()
    copy = tmp_path / "salesdesk_zh_CN.ts"
    shutil.copy(update.ts_path("zh_CN"), copy)
    subprocess.run([update._tool("pyside6-lupdate"), *update.sources(), "-no-obsolete", "-locations",
                    "none", "-source-language", "en", "-target-language", "zh_CN", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True, text=True)
    update.plurals_from_placeholders(copy)
    original = update.ts_path
    update.ts_path = lambda lang: copy  # unfinished() reads the copy
    try:
        missing = update.unfinished("zh_CN")
    finally:
        update.ts_path = original
    assert missing == [], "new strings: run resources/translations/update.py and translate them"

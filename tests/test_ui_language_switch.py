"""A language switch re-translates what the editor is showing: problems, and its message line."""

from __future__ import annotations

import pytest

from salesdesk.ui.i18n import install_language
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


def _has_chinese(text: str) -> bool:
    """Starts in Chinese (English messages may quote a Chinese example, like 转 801)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[:3])


def test_problems_shown_in_the_editor_follow_a_language_switch(qtbot, company: Company) -> None:
    install_language("en")
    with main_window(qtbot, company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, "customer:new")
        editor.ui.nameEdit.setText("语言切换测试有限公司")
        editor.ui.phoneEdit.setText("not a phone")
        editor.save()
        qtbot.waitUntil(lambda: editor.ui.phoneError.isVisible(), timeout=WAIT_MS)
        english_error, english_status = editor.ui.phoneError.text(), editor.status_label.text()
        assert english_error and not _has_chinese(english_error) and english_status
        try:
            install_language("zh_CN")
            qtbot.waitUntil(lambda: _has_chinese(editor.ui.phoneError.text()), timeout=WAIT_MS)
            assert _has_chinese(editor.status_label.text())
            assert editor.ui.phoneError.isVisible() and editor.ui.phoneEdit.property("invalid")
            assert editor.ui.phoneEdit.text() == "not a phone"  # the typing is kept
        finally:
            install_language("en")
        qtbot.waitUntil(lambda: editor.ui.phoneError.text() == english_error, timeout=WAIT_MS)
        assert editor.status_label.text() == english_status


def test_the_saved_message_follows_a_language_switch(qtbot, fresh_company: Company) -> None:
    install_language("en")
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{fresh_company.customers['sp_e1a客户1']}")
        editor.ui.notesEdit.setPlainText("切换语言前保存")
        editor.save()
        qtbot.waitUntil(lambda: editor.status_label.text() == "Saved.", timeout=WAIT_MS)
        try:
            install_language("zh_CN")
            qtbot.waitUntil(lambda: _has_chinese(editor.status_label.text()), timeout=WAIT_MS)
        finally:
            install_language("en")

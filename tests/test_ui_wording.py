"""Words a user reads: TLS modes in plain words, 姓名 for a contact, brackets of the language's width."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from salesdesk.services.profiles import SSL_MODES, ProfileStore
from salesdesk.ui.i18n import install_language
from salesdesk.ui.resources import translations_dir
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
HALF = re.compile(r"[()]")
KEPT_HALF = (re.compile(r"\(&[^)]\)"),  # a mnemonic: 保存(&S), the Windows convention
             re.compile(r"\(\*[^)]*\)"),  # a file filter Qt parses: (*.crt *.pem)
             re.compile(r"、\( \) 和"))  # the phone characters one may type (the phone rules' own text)


@pytest.fixture
def chinese(qapp) -> Iterator[None]:  # noqa: ANN001
    install_language("zh_CN")
    yield
    install_language("en")


def translations(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(translations_dir() / f"salesdesk_{lang}.ts")
    return [(m.findtext("source") or "", "".join(m.find("translation").itertext()))
            for m in tree.iter("message") if m.find("translation") is not None]


def test_chinese_texts_use_full_width_brackets_and_english_half_width() -> None:
    for source, text in translations("zh_CN"):
        rest = text
        for kept in KEPT_HALF:
            rest = kept.sub("", rest)
        assert not HALF.search(rest), f"half-width bracket in Chinese: {text!r} ({source!r})"
    for source, text in translations("en"):
        assert "（" not in text and "）" not in text, source


def test_tls_modes_are_words_in_settings_and_the_profile_editor(qtbot, company, chinese) -> None:
    from salesdesk.ui.profile_editor import ProfileEditor

    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "settings")
        server = page.ui.serverValue.text()
        assert "不加密" in server and "disable" not in server and "(" not in server, server
    editor = ProfileEditor(ProfileStore())
    qtbot.addWidget(editor)
    names = [editor.ui.sslCombo.itemText(i) for i in range(editor.ui.sslCombo.count())]
    assert len(names) == len(SSL_MODES) and not set(names) & set(SSL_MODES), names
    install_language("en")
    qtbot.waitUntil(lambda: editor.ui.sslCombo.itemText(0) == "Not encrypted", timeout=WAIT_MS)  # switched


def test_the_contact_column_says_the_persons_name_and_asides_are_full_width(qtbot, company, chinese) -> None:
    customer_id = company.customers["sp_e1a客户1"]
    with main_window(qtbot, company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        assert editor.contacts.headerData(0, Qt.Orientation.Horizontal) == "姓名"
        assert editor.ui.nameLabel.text().startswith("名称")  # the customer's own name stays 名称
        pool = wait_loaded(qtbot, window, "pool")
        qtbot.waitUntil(lambda: pool.pool.count() > 1, timeout=WAIT_MS)
        texts = [pool.pool.itemText(i) for i in range(1, pool.pool.count())]
        assert all("（" in t and "(" not in t for t in texts), texts

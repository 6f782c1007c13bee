"""Shared words are translated once: in the "words" context (ui/words.py), not again per class."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest
from PySide6.QtCore import QCoreApplication

from salesdesk.ui import words
from salesdesk.ui.i18n import install_language
from salesdesk.ui.resources import translations_dir

# Strings two contexts still say, and why they stay apart. This list only shrinks.
KNOWN = {
    "&Name:": "a form label with its mnemonic, in three .ui forms",
    "&Notes:": "a form label with its mnemonic, in the lead and deal editors' .ui forms",
    "Contract": "a page name (the contract page) and the approval request type (合同)",
    "&Customer:": "a form label with its mnemonic, in the deal and contract editors' .ui forms",
    "&Title:": "a form label with its mnemonic, in the deal and contract editors' .ui forms",
    "Lead": "two words: a lead (线索) and the deal team's lead role (主导)",
    "Level {level}": "the customer's level in the editor header and the list's filter",
    "Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?":
        "the customer editor's older copy of the record editor's bar text",
    "salesdesk": "the product name, a window title",
    "Customers": "a page name (客户) and a count column of the org view (客户数)",
    "Picklists": "a page name and the page's own title",
    "Settings": "a page name and the page's own title",
    "&Add": "a button in two .ui forms",
    "Customer": "the customer page's name (客户详情) and the shared word (客户)",
    "Subject": "two words: an approval request's subject (事由) and the deal a quote is for (项目)",
}


def contexts_by_source() -> dict[str, set[str]]:
    """Each source text (without a disambiguation comment) and the contexts that translate it."""
    found: dict[str, set[str]] = defaultdict(set)
    tree = ET.parse(translations_dir() / "salesdesk_zh_CN.ts")
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("comment") is None:
                found[message.findtext("source") or ""].add(name)
    return found


def test_no_class_translates_a_shared_word_again() -> None:
    found = contexts_by_source()
    again = {w: sorted(found[w] - {"words"}) for w in words.ALL if found[w] - {"words"} and w not in KNOWN}
    assert again == {}, "use ui/words.word(...) instead of a per-class copy"
    assert all("words" in found[w] for w in words.ALL), "every shared word is in the translations"


def test_no_string_is_translated_by_two_classes_unless_known() -> None:
    twice = {s: sorted(c) for s, c in contexts_by_source().items() if len(c) > 1 and s not in KNOWN}
    assert twice == {}, "a string said on several pages belongs in ui/words.py"


@pytest.mark.gui
def test_shared_words_read_in_both_languages(qapp) -> None:  # noqa: ANN001
    try:
        install_language("zh_CN")
        shown = [words.word(w) for w in (words.OWNER, words.AMOUNT, words.SAVE)]
        assert shown == ["负责人", "金额", "保存(&S)"]
    finally:
        install_language("en")
    assert words.word(words.OWNER) == "Owner" == QCoreApplication.translate("words", "Owner")

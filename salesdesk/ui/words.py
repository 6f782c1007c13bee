"""Shared words: labels and buttons every record screen says the same way, translated once.

    word(words.OWNER) -> "负责人"          # QCoreApplication.translate("words", "Owner")
    Column("owner", lambda: word(OWNER), ...)

A word used by more than one page or kind lives in salesdesk/words.py (Qt-free, so services
label fields with it too), in the "words" context, instead of a copy per class
(tests/test_ui_words.py fails when a class translates one of these again). A word whose
meaning differs by kind stays with its kind (a contact's 姓名 is not a customer's 名称).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import WORDS
from salesdesk.words import *  # noqa: F403 - the words, under ui.words too


def word(source: str) -> str:
    """A shared word in the current language."""
    return QCoreApplication.translate(WORDS, source)

"""The follow-up types as the screens name them (the dialog, the list, the 360° timeline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.ui import words
from salesdesk.ui.words import word

KIND_NAMES = {
    "call": QT_TRANSLATE_NOOP("FollowupKinds", "Call"),
    "visit": QT_TRANSLATE_NOOP("FollowupKinds", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("FollowupKinds", "Meeting"),
    "wechat": QT_TRANSLATE_NOOP("FollowupKinds", "WeChat"),
    "other": words.OTHER,  # in the "words" context
}


def kind_text(kind: str | None) -> str:
    """A follow-up type in the current language ('' for none)."""
    if kind == "email":
        return word(words.EMAIL)  # the shared words
    if kind == "other":
        return word(words.OTHER)
    source = KIND_NAMES.get(kind or "")
    return QCoreApplication.translate("FollowupKinds", source) if source else (kind or "")

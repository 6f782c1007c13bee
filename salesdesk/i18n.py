"""Translation markers usable below the Qt layer.

Services raise errors whose messages are English source strings marked with
QT_TRANSLATE_NOOP (pyside6-lupdate collects them by that name); the UI turns
them into the user's language with QCoreApplication.translate(context, text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


ERRORS = "errors"  # the translation context of domain error messages
WORDS = "words"    # shared words: labels and buttons said the same way on every page (ui/words.py)
KINDS = "kinds"    # the nouns of record kinds inside sentences ("This {kind} was not found.")

"""Shared words: labels and buttons every record screen says the same way, translated once.

    word(words.OWNER) -> "负责人"          # QCoreApplication.translate("words", "Owner")
    Column("owner", lambda: word(OWNER), ...)

A word used by more than one page or kind lives here, in the "words" context, instead of a copy
per class (tests/test_ui_words.py fails when a class translates one of these again). A word
whose meaning differs by kind stays with its kind (a contact's 姓名 is not a customer's 名称).
Services name a field in messages with the same English word (FieldType(label="Amount")).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS

SAVE = QT_TRANSLATE_NOOP("words", "&Save")
CANCEL = QT_TRANSLATE_NOOP("words", "Cancel")
UNSAVED_CHANGES = QT_TRANSLATE_NOOP("words", "Unsaved changes")
DISCARD_CHANGES = QT_TRANSLATE_NOOP("words", "Discard changes")
NAME = QT_TRANSLATE_NOOP("words", "Name")
TITLE = QT_TRANSLATE_NOOP("words", "Title")
PHONE = QT_TRANSLATE_NOOP("words", "Phone")
MOBILE = QT_TRANSLATE_NOOP("words", "Mobile")
EMAIL = QT_TRANSLATE_NOOP("words", "E-mail")
ADDRESS = QT_TRANSLATE_NOOP("words", "Address")
WEBSITE = QT_TRANSLATE_NOOP("words", "Website")
OWNER = QT_TRANSLATE_NOOP("words", "Owner")
UNIT = QT_TRANSLATE_NOOP("words", "Unit")
POOL = QT_TRANSLATE_NOOP("words", "Pool")
CUSTOMER = QT_TRANSLATE_NOOP("words", "Customer")
CONTACT = QT_TRANSLATE_NOOP("words", "Contact")
INDUSTRY = QT_TRANSLATE_NOOP("words", "Industry")
REGION = QT_TRANSLATE_NOOP("words", "Region")
SOURCE = QT_TRANSLATE_NOOP("words", "Source")
STATUS = QT_TRANSLATE_NOOP("words", "Status")
AMOUNT = QT_TRANSLATE_NOOP("words", "Amount")
QUANTITY = QT_TRANSLATE_NOOP("words", "Quantity")
PRICE = QT_TRANSLATE_NOOP("words", "Price")
DISCOUNT = QT_TRANSLATE_NOOP("words", "Discount")
PROBABILITY = QT_TRANSLATE_NOOP("words", "Probability")
DATE = QT_TRANSLATE_NOOP("words", "Date")
NOTES = QT_TRANSLATE_NOOP("words", "Notes")
ARCHIVED = QT_TRANSLATE_NOOP("words", "Archived")
UPDATED = QT_TRANSLATE_NOOP("words", "Updated")
SEARCH_PEOPLE = QT_TRANSLATE_NOOP("words", "Search by name, login or unit")

ALL = tuple(v for k, v in dict(globals()).items() if k.isupper() and isinstance(v, str) and k != "WORDS")


def word(source: str) -> str:
    """A shared word in the current language."""
    return QCoreApplication.translate(WORDS, source)

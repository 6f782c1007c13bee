"""The customer editor's contacts: a lines model over `Contact`, saved together with the customer.

Contacts add one rule to the generic lines: exactly one primary contact. The
first contact added becomes primary, ticking another moves the flag, and the
writes are ordered so that moving it never trips the one-primary-per-customer index.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services.customer_types import Contact, ContactInput
from salesdesk.ui import words
from salesdesk.ui.lines_model import LineField, LineOp, LinesModel
from salesdesk.ui.words import word

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

CONTACT_LINE_FIELDS = (
    LineField("name", lambda: translate("CustomerFields", "Name", "a contact person's name (姓名)")),
    LineField("title", lambda: word(words.TITLE)),
    LineField("mobile", lambda: word(words.MOBILE)),
    LineField("phone", lambda: word(words.PHONE)),
    LineField("email", lambda: word(words.EMAIL)),
    LineField("is_primary", lambda: translate("CustomerFields", "Primary contact"), kind="check",
              exclusive=True),
    LineField("notes", lambda: word(words.NOTES)),
)
FIELDS = tuple(f.key for f in CONTACT_LINE_FIELDS)


class ContactsModel(LinesModel[Contact]):
    """Editable contacts of one customer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONTACT_LINE_FIELDS, parent)

    def set_contacts(self, contacts: tuple[Contact, ...] | list[Contact]) -> None:
        self.set_lines(contacts)

    def add(self, values: dict[str, Any] | str | None = None) -> int:
        """A new contact line (`add("name")` for short); the first one is the primary contact."""
        if isinstance(values, str):
            values = {"name": values or None}
        row = super().add(values)
        if not any(v.get("is_primary") for v in self.values()):
            self.set_primary(row)
        return row

    def set_primary(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.set_check(row, "is_primary", True)

    def inputs(self) -> tuple[ContactInput, ...]:
        """All lines as inputs (for a new customer, created together with it)."""
        return tuple(ContactInput(**{k: (bool(v) if k == "is_primary" else v) for k, v in line.items()})
                     for line in self.values())

    def operations(self) -> list[LineOp]:
        """Deletes, updates, then the update that makes a contact primary, then inserts.

        Unticking the old primary is implied when another becomes primary, so it is not sent.
        """
        ops, later = [], []
        for op in super().operations():
            if op.kind != "update":
                ops.append(op)
                continue
            values = {k: v for k, v in op.values.items() if not (k == "is_primary" and v is False)}
            if values:
                (later if values.get("is_primary") else ops).append(
                    LineOp(op.kind, op.line_id, op.version, values, op.row))
        inserts = [op for op in ops if op.kind == "insert"]
        return [op for op in ops if op.kind != "insert"] + later + inserts

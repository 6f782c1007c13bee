"""The editor's contacts table: edited in place, saved together with the customer.

The model keeps the contacts as read plus the user's pending edits; `operations()`
turns those into the service calls to make (deletes, updates, adds), ordered so
that moving the primary flag never trips the one-primary-per-customer index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from salesdesk.services.customer_types import Contact, ContactInput

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
_ROOT = QModelIndex()
FIELDS = ("name", "title", "mobile", "phone", "email", "is_primary", "notes")


def _titles() -> list[str]:
    return [translate("CustomerFields", "Name"), translate("CustomerFields", "Title"),
            translate("CustomerFields", "Mobile"), translate("CustomerFields", "Phone"),
            translate("CustomerFields", "E-mail"),
            translate("CustomerFields", "Primary contact"), translate("CustomerFields", "Notes")]


@dataclass
class ContactLine:
    """One line: the stored contact (None when new) and the values now shown."""

    original: Contact | None
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, contact: Contact) -> ContactLine:
        return cls(contact, {k: getattr(contact, k) for k in FIELDS})

    def changes(self) -> dict[str, Any]:
        if self.original is None:
            return dict(self.values)
        return {k: v for k, v in self.values.items() if (getattr(self.original, k) or None) != (v or None)}

    def as_input(self) -> ContactInput:
        return ContactInput(**{k: (v if k == "is_primary" else (v or None)) for k, v in self.values.items()})


@dataclass(frozen=True)
class ContactOp:
    """A service call to make: ('delete'|'update'|'add', contact id, expected version, values)."""

    kind: str
    contact_id: int | None
    version: int | None
    values: dict[str, Any]
    line: int  # the model row (for error display); -1 for deletes


class ContactsModel(QAbstractTableModel):
    """Editable contacts of one customer."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ContactLine] = []
        self._removed: list[Contact] = []
        self.read_only = False

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(FIELDS):
            return _titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if FIELDS[index.column()] == "is_primary":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines) or index.column() >= len(FIELDS):
            return None
        line, key = self._lines[index.row()], FIELDS[index.column()]
        value = line.values.get(key)
        if key == "is_primary":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.errors.get(key) or None
        if role == Qt.ItemDataRole.BackgroundRole and key in line.errors:
            return QBrush(QColor("#ffcdd2"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        key = FIELDS[index.column()]
        if key == "is_primary" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if checked:
                self.set_primary(index.row())
            else:
                self._set(index.row(), "is_primary", False)
            return True
        if key != "is_primary" and role == Qt.ItemDataRole.EditRole:
            self._set(index.row(), key, str(value or "").strip() or None)
            return True
        return False

    def _set(self, row: int, key: str, value: Any) -> None:
        line = self._lines[row]
        line.values[key] = value
        line.errors.pop(key, None)
        column = FIELDS.index(key)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # -- editing ----------------------------------------------------------------------------
    def set_contacts(self, contacts: tuple[Contact, ...] | list[Contact]) -> None:
        self.beginResetModel()
        self._lines = [ContactLine.of(c) for c in contacts]
        self._removed = []
        self.endResetModel()

    def add(self, name: str = "") -> int:
        row = len(self._lines)
        self.beginInsertRows(_ROOT, row, row)
        self._lines.append(ContactLine(None, {k: (False if k == "is_primary" else None) for k in FIELDS}))
        self._lines[row].values["name"] = name or None
        if not any(line.values["is_primary"] for line in self._lines[:-1]):
            self._lines[row].values["is_primary"] = True  # the first contact is the primary one
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(_ROOT, row, row)
        line = self._lines.pop(row)
        self.endRemoveRows()
        if line.original is not None:
            self._removed.append(line.original)

    def set_primary(self, row: int) -> None:
        for i, line in enumerate(self._lines):
            want = i == row
            if bool(line.values.get("is_primary")) != want:
                self._set(i, "is_primary", want)

    def is_dirty(self) -> bool:
        return bool(self._removed) or any(line.original is None or line.changes() for line in self._lines)

    def inputs(self) -> tuple[ContactInput, ...]:
        """All lines as inputs (for a new customer, created together with it)."""
        return tuple(line.as_input() for line in self._lines)

    def operations(self) -> list[ContactOp]:
        """The calls that save the pending edits, in a safe order."""
        ops = [ContactOp("delete", c.id, c.version, {}, -1) for c in self._removed]
        later: list[ContactOp] = []
        for row, line in enumerate(self._lines):
            if line.original is None:
                continue
            changes = line.changes()
            if changes.get("is_primary") is False:
                del changes["is_primary"]  # implied when another contact becomes primary
            if changes.get("is_primary"):
                later.append(ContactOp("update", line.original.id, line.original.version, changes, row))
            elif changes:
                ops.append(ContactOp("update", line.original.id, line.original.version, changes, row))
        ops += later
        ops += [ContactOp("add", None, None, vars(line.as_input()), row)
                for row, line in enumerate(self._lines) if line.original is None]
        return ops

    def set_errors(self, row: int, errors: dict[str, str]) -> None:
        """Show field problems of one line (kept until the user edits that cell)."""
        if 0 <= row < len(self._lines):
            self._lines[row].errors = dict(errors)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def clear_errors(self) -> None:
        for row, line in enumerate(self._lines):
            if line.errors:
                line.errors = {}
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def errors_of(self, row: int) -> dict[str, str]:
        return dict(self._lines[row].errors) if 0 <= row < len(self._lines) else {}

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS) - 1)

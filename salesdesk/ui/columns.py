"""Column specs of record tables, value formatting, and a small read-only table over a list of rows.

A `Column` is declared once per record kind and serves the table (title, text,
alignment, width), the server sort (`sort_key`), the column chooser (`hidden`,
`fixed`) and exports (`kind`, `value`): the reports issue writes Excel from them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from salesdesk.ui.formats import fmt_date, fmt_datetime, fmt_money  # the one place they live

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row, for views and tests
ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings

__all__ = ["ID_ROLE", "RIGHT", "ROOT", "Column", "Index", "RowsModel", "TableExport", "column_header",
           "fmt_date", "fmt_datetime", "fmt_money", "translate"]


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a record table.

    `key` is stable (saved settings); `title` is called for the current language;
    `text` shows a row; `sort_key` names the server sort (None: not sortable);
    `right` right-aligns the cells (never the header, which would hide the sort
    arrow); `kind` (a reports/table_writer.py type: 'text', 'money', 'date', 'datetime',
    'int', 'phone', …) and `value` (the raw value, default the text) are for exports (Export…
    of every list writes typed cells from them); `fixed` columns cannot be hidden.
    """

    key: str
    title: Callable[[], str]
    text: Callable[[T], str]
    sort_key: str | None = None
    right: bool = False
    width: int = 110
    hidden: bool = False
    fixed: bool = False
    kind: str = "text"
    value: Callable[[T], Any] | None = None

    def raw(self, row: T) -> Any:
        return self.value(row) if self.value is not None else self.text(row)


@dataclass(frozen=True)
class TableExport:
    """What a list shows, for an exporter: the visible columns in view order and their raw values.

    `complete` is False when the list has more rows than were loaded so far.
    """

    columns: tuple[Column[Any], ...]
    rows: tuple[tuple[Any, ...], ...]
    complete: bool


def column_header(columns: Sequence[Column[Any]], section: int, orientation: Qt.Orientation,
                  role: int) -> Any:
    """headerData of a table with these columns: the title only (headers stay left/centred)."""
    if orientation == Qt.Orientation.Horizontal and 0 <= section < len(columns) \
            and role == Qt.ItemDataRole.DisplayRole:
        return columns[section].title()
    return None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a short list of dataclass rows with declared columns (histories)."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return RIGHT
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def insert_rows(self, at: int, rows: Sequence[T]) -> None:
        """`rows` before row `at` (the selection and the scroll position stay where they were)."""
        if rows:
            self.beginInsertRows(ROOT, at, at + len(rows) - 1)
            self._rows[at:at] = rows
            self.endInsertRows()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Headers and texts depend on the language: tell the views to ask again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

"""An editable table of child lines (contacts; quote and order lines next), saved with their parent.

The model keeps the lines as read plus the user's pending edits. `operations()`
turns them into the writes to make — deletes, updates (changed fields only,
with the version each line was read at) and inserts — and problems the service
reports show on their line and column until the user edits that cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from salesdesk.ui.columns import ROOT, Index
from salesdesk.ui.conflicts import three_way

T = TypeVar("T")
ERROR_BRUSH = QColor("#ffcdd2")
ERROR_MARK = QColor("#c62828")  # the frame of a bad cell, and its background when selected
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # the problem of a cell ('' when none)


@dataclass(frozen=True)
class LineField:
    """One column: `kind` 'text' or 'check'; an `exclusive` check is on for one line at most."""

    key: str
    title: Callable[[], str]
    kind: str = "text"
    exclusive: bool = False
    editable: bool = True


def _same(a: Any, b: Any) -> bool:
    return (a or None) == (b or None)  # '' and None are both "empty"


@dataclass
class Line(Generic[T]):
    """One line: the stored record (None when new), the values now shown, the problems shown."""

    original: T | None
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)

    def changes(self) -> dict[str, Any]:
        if self.original is None:
            return dict(self.values)
        return {k: v for k, v in self.values.items() if not _same(getattr(self.original, k, None), v)}


@dataclass(frozen=True)
class LineOp:
    """A write to make: kind 'insert' | 'update' | 'delete', the line's id and read version, its values.

    `row` is the model row the values came from (where its problems show); -1 for deletes.
    """

    kind: str
    line_id: int | None
    version: int | None
    values: dict[str, Any]
    row: int


class LinesModel(QAbstractTableModel, Generic[T]):
    """Editable lines of one parent record over typed line dataclasses (with `id` and `version`)."""

    def __init__(self, fields: Sequence[LineField], parent: Any = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self._lines: list[Line[T]] = []
        self._removed: list[T] = []
        self.read_only = False

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.fields):
            return self.fields[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        spec = self.fields[index.column()]
        if self.read_only or not spec.editable:
            return base
        if spec.kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines) or index.column() >= len(self.fields):
            return None
        line, spec = self._lines[index.row()], self.fields[index.column()]
        value = line.values.get(spec.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.errors.get(spec.key) or None
        if role == ERROR_ROLE:
            return line.errors.get(spec.key, "")
        if role == Qt.ItemDataRole.BackgroundRole and spec.key in line.errors:
            return QBrush(ERROR_BRUSH)
        if spec.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.display(spec, value)
        return None

    def display(self, spec: LineField, value: Any) -> Any:
        return "" if value is None else value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only or not self.fields[index.column()].editable:
            return False
        spec = self.fields[index.column()]
        if spec.kind == "check" and role == Qt.ItemDataRole.CheckStateRole:
            on = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
            self.set_check(index.row(), spec.key, on)
            return True
        if spec.kind != "check" and role == Qt.ItemDataRole.EditRole:
            self.set_value(index.row(), spec.key, self.parse(spec, value))
            return True
        return False

    def parse(self, spec: LineField, value: Any) -> Any:
        """A cell's edited value as stored in the line: trimmed text, empty as None."""
        return str(value or "").strip() or None

    # -- editing ----------------------------------------------------------------------------
    def column_of(self, key: str) -> int:
        return next((i for i, f in enumerate(self.fields) if f.key == key), 0)

    def set_value(self, row: int, key: str, value: Any) -> None:
        line = self._lines[row]
        line.values[key] = value
        line.errors.pop(key, None)
        cell = self.index(row, self.column_of(key))
        self.dataChanged.emit(cell, cell)

    def set_check(self, row: int, key: str, on: bool) -> None:
        """Tick or untick; an exclusive check moves from whichever line had it."""
        spec = self.fields[self.column_of(key)]
        for i, line in enumerate(self._lines):
            want = on if i == row else (bool(line.values.get(key)) and not (on and spec.exclusive))
            if bool(line.values.get(key)) != want:
                self.set_value(i, key, want)

    def set_lines(self, originals: Iterable[T]) -> None:
        self.beginResetModel()
        self._lines = [Line(o, self._values_of(o)) for o in originals]
        self._removed = []
        self.endResetModel()

    def blank(self) -> dict[str, Any]:
        return {f.key: (False if f.kind == "check" else None) for f in self.fields}

    def add(self, values: dict[str, Any] | None = None) -> int:
        row = len(self._lines)
        self.beginInsertRows(ROOT, row, row)
        self._lines.append(Line(None, {**self.blank(), **(values or {})}))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(ROOT, row, row)
        line = self._lines.pop(row)
        self.endRemoveRows()
        if line.original is not None:
            self._removed.append(line.original)

    def merge(self, stored: Iterable[T]) -> dict[int, dict[str, Any]]:
        """The lines as stored now become the base of the pending edits, each merged three-way like the
        form: what only they changed is taken, my edits stay, and with them each line's new version
        (so the next save is not refused again). Lines they added appear; a line they removed goes,
        unless I edited it (then it stays, as a new line). Returns the cells both changed to
        different values: row -> key -> their value."""
        theirs = {getattr(o, "id", None): o for o in stored}
        merged: list[Line[T]] = []
        conflicts: dict[int, dict[str, Any]] = {}
        added: list[Line[T]] = []
        for line in self._lines:
            if line.original is None:
                added.append(line)
                continue
            now = theirs.pop(getattr(line.original, "id", None), None)
            if now is None:
                if line.changes():
                    added.append(Line(None, dict(line.values)))
                continue
            merge = three_way(self._values_of(line.original), line.values, self._values_of(now))
            if merge.conflicts:
                conflicts[len(merged)] = {k: t for k, (_m, t) in merge.conflicts.items()}
            merged.append(Line(now, merge.values))
        self._removed = [theirs.pop(getattr(o, "id", None)) for o in self._removed
                         if getattr(o, "id", None) in theirs]
        merged += [Line(o, self._values_of(o)) for o in theirs.values()]
        self.beginResetModel()
        self._lines = merged + added
        self.endResetModel()
        return conflicts

    def _values_of(self, original: T) -> dict[str, Any]:
        return {f.key: getattr(original, f.key, None) for f in self.fields}

    def is_dirty(self) -> bool:
        return bool(self._removed) or any(line.original is None or line.changes() for line in self._lines)

    def values(self) -> list[dict[str, Any]]:
        """Every line's values as shown (for a new parent, created together with it)."""
        return [dict(line.values) for line in self._lines]

    def operations(self) -> list[LineOp]:
        """The writes that save the pending edits: deletes, then updates, then inserts."""
        ops = [LineOp("delete", getattr(o, "id", None), getattr(o, "version", None), {}, -1)
               for o in self._removed]
        for row, line in enumerate(self._lines):
            changes = line.changes() if line.original is not None else {}
            if changes:
                ops.append(LineOp("update", getattr(line.original, "id", None),
                                  getattr(line.original, "version", None), changes, row))
        ops += [LineOp("insert", None, None, dict(line.values), row)
                for row, line in enumerate(self._lines) if line.original is None]
        return ops

    # -- problems ---------------------------------------------------------------------------
    def set_errors(self, row: int, errors: dict[str, str]) -> None:
        """Show field problems of one line (kept until the user edits that cell)."""
        if 0 <= row < len(self._lines):
            self._lines[row].errors = dict(errors)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))

    def clear_errors(self) -> None:
        for row, line in enumerate(self._lines):
            if line.errors:
                line.errors = {}
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.fields) - 1))

    def errors_of(self, row: int) -> dict[str, str]:
        return dict(self._lines[row].errors) if 0 <= row < len(self._lines) else {}

    def retranslate(self) -> None:
        if self.fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)


class LineDelegate(QStyledItemDelegate):
    """Paints a bad cell so that it shows also when selected: a red frame, and red (not the
    selection colour) behind it when selected; the plain background alone hides under the selection."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(ERROR_ROLE) and option.state & QStyle.StateFlag.State_Selected:
            option.palette.setColor(QPalette.ColorRole.Highlight, ERROR_MARK)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        problem = index.data(ERROR_ROLE)
        if problem and editor is not None:  # typing in a bad cell: still marked, the problem at hand
            editor.setProperty("invalid", True)
            editor.setToolTip(problem)
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):
            painter.save()
            painter.setPen(QPen(ERROR_MARK, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

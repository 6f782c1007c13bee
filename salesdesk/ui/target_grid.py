"""The targets grid's tree model: company → units → people, twelve months and the year's total for
one tier. Cells are editable only where the database lets the signed-in person write (the node's
`writable`, in a draft); typed values are kept as typed until saved, and the reconciliation of every
node is recomputed from what is on screen while typing (services/target_rules.reconcile, the
database's rule): a parent cell is orange while part of it is unallocated, red when over-allocated."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from salesdesk.services.errors import FieldError
from salesdesk.services.target_rules import Balance, Cell, Node, TargetNode, parse_value, reconcile
from salesdesk.services.targets import TargetGrid
from salesdesk.services.validation import BadValue
from salesdesk.ui.errors import problem_text
from salesdesk.ui.formats import fmt_amount

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
UNALLOCATED = QColor("#fde7c4")
OVER = QColor("#f6c7c2")
BAD_INPUT = QColor("#f28b82")


class TargetGridModel(QAbstractItemModel):
    """See the module docstring. `edits` holds the typed text per cell until saved."""

    changed = Signal()  # an edit: the page recounts the unreconciled nodes

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: TargetGrid | None = None
        self.tier = "target"
        self.edits: dict[Cell, str] = {}
        self.problems: dict[Cell, str] = {}
        self._nodes: dict[Node, TargetNode] = {}
        self._kids: dict[Node | None, list[Node]] = {}
        self._parent: dict[Node, Node | None] = {}
        self._balances: dict[tuple[Node, date], Balance] = {}

    # -- data in and out ----------------------------------------------------------------------
    def set_grid(self, grid: TargetGrid | None, tier: str = "target") -> None:
        self.beginResetModel()
        self.grid, self.tier = grid, tier
        self.edits.clear()
        self.problems.clear()
        self._nodes = {n.key: n for n in grid.nodes} if grid else {}
        self._kids, self._parent = {}, {}
        for n in grid.nodes if grid else []:
            parent = n.parent if n.parent in self._nodes else None
            self._parent[n.key] = parent
            self._kids.setdefault(parent, []).append(n.key)
        self._recount()
        self.endResetModel()

    def values(self) -> dict[Cell, Decimal]:
        """What is on screen: the saved values with the valid typed ones over them."""
        shown = dict(self.grid.values) if self.grid else {}
        for cell, text in self.edits.items():
            if cell in self.problems:
                continue
            value = parse_value(text, self.grid.metric.measure) if self.grid else None
            if value is None:
                shown.pop(cell, None)
            else:
                shown[cell] = value
        return shown

    def pending(self) -> dict[Cell, Decimal | None]:
        """The typed cells to save (problems excluded: the page refuses to save while any)."""
        measure = self.grid.metric.measure if self.grid else "amount"
        return {c: parse_value(t, measure) for c, t in self.edits.items() if c not in self.problems}

    def unreconciled(self) -> int:
        return sum(1 for b in self._balances.values() if not b.reconciled)

    def balance(self, node: Node, month: date) -> Balance | None:
        return self._balances.get((node, month))

    def node_at(self, index: Index) -> TargetNode | None:
        node = index.internalPointer() if index.isValid() else None
        return self._nodes.get(node) if node is not None else None

    def _recount(self) -> None:
        if self.grid is None:
            self._balances = {}
            return
        self._balances = reconcile(self.grid.nodes, self.values(), self.grid.months, self.tier)

    # -- the tree -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        key = parent.internalPointer() if parent.isValid() else None
        kids = self._kids.get(key, [])
        if not 0 <= row < len(kids) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._parent.get(index.internalPointer())
        if up is None:
            return QModelIndex()
        siblings = self._kids.get(self._parent.get(up), [])
        return self.createIndex(siblings.index(up), 0, up)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids.get(parent.internalPointer() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = ROOT) -> int:
        return 14  # the node, twelve months, the year

    def month_of(self, column: int) -> date | None:
        months = self.grid.months if self.grid else []
        return months[column - 1] if 1 <= column <= len(months) else None

    # -- cells ------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self.node_at(index)
        if node and self.month_of(index.column()) and self.grid and self.grid.editable and node.writable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_at(index)
        if node is None or self.grid is None:
            return None
        col = index.column()
        if col == 0:
            return node.name if role == Qt.ItemDataRole.DisplayRole else None
        month = self.month_of(col)
        cell = (node.node_kind, node.node_id, month, self.tier) if month else None
        if role == Qt.ItemDataRole.EditRole and cell:
            return self.edits.get(cell, self._text(self.values().get(cell)))
        if role == Qt.ItemDataRole.DisplayRole:
            if cell in self.edits:
                return self.edits[cell]
            shown = self.values()
            if cell:
                return self._text(shown.get(cell))
            total = [shown.get((node.node_kind, node.node_id, m, self.tier)) for m in self.grid.months]
            return self._text(sum((t for t in total if t is not None), Decimal(0))) if any(
                t is not None for t in total) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        b = self.balance(node.key, month) if month else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell in self.problems:
                return QBrush(BAD_INPUT)
            if b and not b.reconciled:
                return QBrush(UNALLOCATED if b.difference > 0 else OVER)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell in self.problems:
                return self.problems[cell]
            if b:
                return self.balance_text(b)
        return None

    def balance_text(self, b: Balance) -> str:
        text = translate("TargetGridModel", "Allocated {allocated} of {value}").format(
            allocated=self._text(b.allocated), value=self._text(b.value))
        if b.difference > 0:
            return text + " · " + translate("TargetGridModel", "unallocated {amount}").format(
                amount=self._text(b.difference))
        if b.difference < 0:
            return text + " · " + translate("TargetGridModel", "over-allocated by {amount}").format(
                amount=self._text(-b.difference))
        return text + " · " + translate("TargetGridModel", "reconciled")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node, month = self.node_at(index), self.month_of(index.column())
        if role != Qt.ItemDataRole.EditRole or node is None or month is None or self.grid is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        cell = (node.node_kind, node.node_id, month, self.tier)
        text = "" if value is None else str(value).strip()
        self.edits[cell] = text
        self.problems.pop(cell, None)
        try:
            parse_value(text, self.grid.metric.measure)
        except BadValue as bad:
            self.problems[cell] = problem_text(FieldError(bad.message, bad.params or None))
        self._recount()
        self._emit_all()
        self.changed.emit()
        return True

    def _emit_all(self) -> None:
        """Every row's cells may change colour when one value changes: repaint them all."""
        def walk(parent: QModelIndex) -> None:
            n = self.rowCount(parent)
            if n:
                last = self.index(n - 1, self.columnCount() - 1, parent)
                self.dataChanged.emit(self.index(0, 0, parent), last)
                for r in range(n):
                    walk(self.index(r, 0, parent))
        walk(QModelIndex())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("TargetGridModel", "Company / unit / person")
        month = self.month_of(section)
        if month:
            return translate("TargetGridModel", "{month}/{year}").format(month=month.month,
                                                                           year=month.year % 100)
        return translate("TargetGridModel", "Year")

    def _text(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        places = 0 if self.grid and self.grid.metric.measure == "count" else 2
        return fmt_amount(value, places)

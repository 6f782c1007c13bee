"""The team / org page: units and people inside the user's scope, with position and customer count."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import org
from salesdesk.services.org import OrgNode, OrgPerson
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.resources import icon
from salesdesk.ui.status_bar import position_text

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
_ROOT = QModelIndex()
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # employee id of a person row (None for units)


@dataclass
class _Item:
    """A tree node: a unit or a person; `parent` and `children` are positions in OrgTreeModel._items."""

    parent: int
    row: int
    unit: OrgNode | None = None
    person: OrgPerson | None = None
    children: list[int] = field(default_factory=list)


class OrgTreeModel(QAbstractItemModel):
    """Units (sub-units first, then their people) as a tree; internal ids index a flat item list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[_Item] = [_Item(parent=-1, row=0)]  # item 0: the invisible root

    def set_forest(self, forest: list[OrgNode]) -> None:
        self.beginResetModel()
        self._items = [_Item(parent=-1, row=0)]
        for node in forest:
            self._add_unit(0, node)
        self.endResetModel()

    def _add(self, parent: int, item: _Item) -> int:
        item.row = len(self._items[parent].children)
        self._items.append(item)
        position = len(self._items) - 1
        self._items[parent].children.append(position)
        return position

    def _add_unit(self, parent: int, node: OrgNode) -> None:
        me = self._add(parent, _Item(parent=parent, row=0, unit=node))
        for child in node.children:
            self._add_unit(me, child)
        for person in node.people:
            self._add(me, _Item(parent=me, row=0, person=person))

    def _item(self, index: Index) -> _Item:
        return self._items[index.internalId()] if index.isValid() else self._items[0]

    # -- Qt interface -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= 3 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._item(parent).children
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._items[index.internalId()].parent
        if up <= 0:
            return QModelIndex()
        return self.createIndex(self._items[up].row, 0, up)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (translate("OrgView", "Unit / person"), translate("OrgView", "Position"),
                    translate("OrgView", "Customers"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self._items[index.internalId()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if item.unit is not None:
                if column == 0:
                    return item.unit.name
                if column == 2:
                    return str(self.unit_total(index.internalId()))
                return ""
            assert item.person is not None
            return (item.person.name, position_text(item.person), str(item.person.customer_count))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon("unit" if item.unit is not None else "person")
        if role == Qt.ItemDataRole.FontRole and item.unit is not None and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PERSON_ROLE:
            return item.person.id if item.person is not None else None
        return None

    def unit_total(self, position: int) -> int:
        """Customers of everyone shown under this unit."""
        item = self._items[position]
        if item.person is not None:
            return item.person.customer_count
        return sum(self.unit_total(c) for c in item.children)

    def people(self) -> list[OrgPerson]:
        return [i.person for i in self._items if i.person is not None]

    def units(self) -> list[OrgNode]:
        return [i.unit for i in self._items if i.unit is not None]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


class OrgPage(QWidget):
    """The tree; double-click a person to see their customers."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._stale = False
        self.model = OrgTreeModel(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = QTreeView()
        self.view.setObjectName("orgTree")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.open_person)
        self.view.activated.connect(self.open_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Your team as far as your scope reaches. Double-click a person to see "
                                  "their customers."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ctx.tasks.run(org.org_tree, self.ctx.session.database, on_success=self._arrived,
                           on_error=self._failed)

    def _arrived(self, forest: list[OrgNode]) -> None:
        self.model.set_forest(forest)
        self.view.expandAll()
        self._loaded = True
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.hint.setText(ui_errors.error_text(exc))
        self._loaded = True
        self.loaded.emit()

    def is_loaded(self) -> bool:
        return self._loaded

    def open_person(self, index: QModelIndex) -> None:
        person_id = index.sibling(index.row(), 0).data(PERSON_ROLE)
        if person_id is not None:
            self.ctx.show_page(f"customers:owner={person_id}")

    def on_live_change(self, payload: dict) -> None:
        # counts change when customers move; the tree is small, re-read it when not being looked at
        if payload.get("kind") == "customer" and payload.get("op") in ("INSERT", "UPDATE") and \
                not self.isVisible():
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


register_page("org", QT_TRANSLATE_NOOP("pages", "Team"), "org", OrgPage, order=30)

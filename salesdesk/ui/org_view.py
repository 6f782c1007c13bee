"""The team / org page: units and people inside the user's scope, with position and customer count.

The page is a record list (search, keyboard flow, actions, empty state) over a
tree instead of a paged table: the tree is the user's scope, read whole, and
the search prunes it to the people whose name, position or unit matches.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.reports.list_export import ListView, LoadedRows
from salesdesk.services import org
from salesdesk.services.org import OrgNode, OrgPerson
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.columns import Column, TableExport
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import ActionSpec, one_row
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.resources import icon
from salesdesk.ui.status_bar import position_text

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
_ROOT = QModelIndex()
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # employee id of a person row (None for units)
PEOPLE_COLUMNS: tuple[Column[OrgPerson], ...] = (
    Column("name", lambda: translate("OrgView", "Unit / person"), lambda p: p.name, fixed=True),
    Column("position", lambda: translate("OrgView", "Position"), position_text),
    Column("customers", lambda: translate("OrgView", "Customers"), lambda p: str(p.customer_count),
           right=True, kind="int", value=lambda p: p.customer_count),
)


def prune(forest: list[OrgNode] | tuple[OrgNode, ...], text: str) -> list[OrgNode]:
    """The units and people matching `text` (name, position or unit name), with the units above them."""
    needle = text.strip().lower()
    if not needle:
        return list(forest)
    out = []
    for node in forest:
        if needle in node.name.lower():
            out.append(node)  # a matching unit keeps everyone in it
            continue
        people = tuple(p for p in node.people
                       if needle in p.name.lower() or needle in position_text(p).lower())
        children = tuple(prune(node.children, text))
        if people or children:
            out.append(replace(node, people=people, children=children))
    return out


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
        self.error = ""  # why the tree could not be read (shown over the empty view)

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
            return PEOPLE_COLUMNS[section].title()
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
            return PEOPLE_COLUMNS[column].text(item.person)
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

    def person_at(self, index: Index) -> OrgPerson | None:
        return self._items[index.internalId()].person if index.isValid() else None

    def first_person(self, parent: Index = _ROOT) -> QModelIndex:
        """The first person row, depth first (units come before their people)."""
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if self.person_at(index) is not None:
                return index
            found = self.first_person(index)
            if found.isValid():
                return found
        return QModelIndex()

    def people(self) -> list[OrgPerson]:
        return [i.person for i in self._items if i.person is not None]

    def units(self) -> list[OrgNode]:
        return [i.unit for i in self._items if i.unit is not None]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)


class OrgPage(RecordListPage):
    """The tree; Enter or double-click on a person shows their customers."""

    settings_key = "org/tree"

    def make_model(self) -> OrgTreeModel:
        self._forest: list[OrgNode] = []
        self._loaded = False
        return OrgTreeModel(self)

    def make_view(self) -> QAbstractItemView:
        view = QTreeView()
        view.setObjectName("orgTree")
        view.setUniformRowHeights(True)
        return view

    def view_ready(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _connect_model(self) -> None:
        pass  # the tree is read whole by the page itself

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("customers", "customers", lambda: self.tr("Show customers"), self.open_selected,
                           enabled=one_row)]

    def start(self) -> None:
        self.refresh()

    def intro_text(self) -> str:
        return self.tr("Your team as far as your scope reaches. Double-click a person to see "
                       "their customers.")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search people, positions or units…"))
        super().retranslate()

    def empty_text(self) -> str:
        return self.tr("Nobody is in your scope yet.")

    def count_label_text(self) -> str:
        return self.tr("%n people", "", len(self.model.people())) if self._loaded else ""

    # -- loading and the search -----------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.tasks.run(org.org_tree, self.db, on_success=self._arrived, on_error=self._failed)

    def _arrived(self, forest: list[OrgNode]) -> None:
        self._forest, self._loaded, self.model.error = list(forest), True, ""
        self.apply_filters()

    def _failed(self, exc: BaseException) -> None:
        self.model.error = ui_errors.error_text(exc)
        self._loaded = True
        self._show_count()

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self._stale = False
        self.model.set_forest(prune(self._forest, self.query()))
        self.view.expandAll()
        self._show_count()
        if self._enter_pending:
            self._enter_pending = False
            self._enter_from_search()

    def query(self) -> str:
        return self.search.text()

    def is_loaded(self) -> bool:
        return self._loaded

    def mark_stale(self) -> None:
        self._stale = True

    def on_reconnected(self) -> None:
        if not self._forest:
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- rows are people --------------------------------------------------------------------------
    def row_of_index(self, index: QModelIndex) -> OrgPerson | None:
        return self.model.person_at(index.sibling(index.row(), 0)) if index.isValid() else None

    def result_count(self) -> int | None:
        return len(self.model.people())

    def first_index(self) -> QModelIndex:
        return self.model.first_person()

    def open_row(self, row: OrgPerson) -> None:
        self.ctx.show_page(f"customers:owner={row.id}")

    def open_person(self, index: QModelIndex) -> None:
        person = self.row_of_index(index)
        if person is not None:
            self.open_row(person)

    def export_view(self) -> ListView:
        return ListView(LoadedRows(tuple(self.model.people())), None, "", False)

    def export_columns(self) -> list[Column[Any]]:
        return list(PEOPLE_COLUMNS)

    def export(self) -> TableExport:
        people = self.model.people()
        rows = tuple(tuple(c.raw(p) for c in PEOPLE_COLUMNS) for p in people)
        return TableExport(PEOPLE_COLUMNS, rows, complete=True)

    def on_live_change(self, payload: dict) -> None:
        # counts change when customers move; the tree is small, re-read it when not being looked at
        if payload.get("kind") == "customer" and payload.get("op") in ("INSERT", "UPDATE") and \
                not self.isVisible():
            self._stale = True


register_page("org", QT_TRANSLATE_NOOP("pages", "Team"), "org", OrgPage, order=30)

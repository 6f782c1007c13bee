"""A record table's header: columns shown and their widths, the column chooser, the server sort.

Everything the user sets here (order, widths, hidden columns, sort) is remembered
per list (`salesdesk.ui.settings.remember_header`). Clicking a column sorts on the
server when the column says how (`Column.sort_key`); the arrow goes back otherwise.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from salesdesk.ui.settings import remember_header, settings

WIDE = 150  # a column at least this wide by default holds free text (a name), which can give way first


class RecordHeader(QObject):
    """Set up `header` for `model` (a RecordTableModel); `started()` lets clicks re-sort the list."""

    def __init__(self, header: QHeaderView, model: Any, settings_key: str,
                 default_hidden: tuple[str, ...] | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.header, self.model, self.owner = header, model, parent
        self.menu: QMenu | None = None  # the column chooser, created on first use and then refilled
        self._started = False
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        for i, column in enumerate(model.columns):
            hidden = column.key in default_hidden if default_hidden is not None else column.hidden
            header.setSectionHidden(i, hidden)
            header.resizeSection(i, column.width)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder if model.descending
                                else Qt.SortOrder.AscendingOrder)  # a list that starts newest first
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.popup)
        self._fit_pending = not settings().contains(f"columns/{settings_key}")  # the user's own widths win
        remember_header(header, settings_key)
        header.sectionResized.connect(self._resized)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def fit_to(self, width: int) -> None:
        """Until the user sets widths (none saved, none dragged): when the default widths are wider
        than `width`, the wide free-text columns (name, contact) give way, down to 60 %, so a 1366×768
        screen shows every column. Numbers, phones and dates keep their width: where even that is too
        wide (150 % scaling), the table scrolls sideways rather than cut them. Called on every resize
        of the table, so a scroll bar appearing or a wider window is followed."""
        if not self._fit_pending or width <= 0:
            return
        header = self.header
        widths = {i: self.model.columns[i].width for i in range(header.count())
                  if not header.isSectionHidden(i)}
        excess = max(0, sum(widths.values()) - width)
        slack = {i: w * 2 // 5 for i, w in widths.items() if w >= WIDE}
        room = sum(slack.values())
        header.setProperty("fitting", True)  # the client's fit, not the user's widths: not remembered
        for i, give in slack.items():
            header.resizeSection(i, widths[i] - min(give, -(-excess * give // room)))
        header.setProperty("fitting", False)

    def _resized(self, *_args: object) -> None:
        if not self.header.property("fitting") and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._fit_pending = False  # the user drags a column's edge: their widths from now on

    def started(self) -> None:
        self._started = True

    def popup(self, pos: QPoint) -> None:
        """The column chooser: a check per column; fixed columns always stay."""
        if self.menu is None:
            self.menu = QMenu(self.owner)
            self.menu.setObjectName("columnMenu")
        menu, header = self.menu, self.header
        menu.clear()
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not column.fixed)
            action.toggled.connect(lambda on, s=i: header.setSectionHidden(s, not on))
        menu.popup(header.mapToGlobal(pos))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        model, columns = self.model, self.model.columns
        if not 0 <= section < len(columns) or columns[section].sort_key is None:
            self.header.blockSignals(True)  # not sortable on the server: put the arrow back
            self.header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder
                                         if model.descending else Qt.SortOrder.AscendingOrder)
            self.header.blockSignals(False)
        elif self._started:
            model.sort(section, order)
        else:  # restored from the settings: the first load uses it
            model.sort_key = columns[section].sort_key
            model.descending = order == Qt.SortOrder.DescendingOrder

"""The column chooser: a table header's context menu to show and hide columns (fixed ones stay)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from salesdesk.ui.columns import Column


class ColumnChooser(QObject):
    """Right-click on `header` lists the columns with a check each; one menu, refilled per click."""

    def __init__(self, header: QHeaderView, columns: Sequence[Column[Any]], parent: QWidget) -> None:
        super().__init__(parent)
        self.header, self.columns, self.owner = header, list(columns), parent
        self.menu: QMenu | None = None  # created on first use; a new one per click would pile up
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.popup)

    def popup(self, pos: QPoint) -> None:
        if self.menu is None:
            self.menu = QMenu(self.owner)
            self.menu.setObjectName("columnMenu")
        menu, header = self.menu, self.header
        menu.clear()
        for i, column in enumerate(self.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not column.fixed)
            action.toggled.connect(lambda on, s=i: header.setSectionHidden(s, not on))
        menu.popup(header.mapToGlobal(pos))

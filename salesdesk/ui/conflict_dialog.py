"""Someone saved the customer while the user was editing it: show who, when and a side-by-side.

The dialog never saves anything. Its answer is RELOAD (take their version, drop
mine) or KEEP (put my edits on top of their version and carry on editing).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from salesdesk.ui.customer_models import field_labels, fmt_datetime
from salesdesk.ui.forms_gen.conflict_dialog import Ui_ConflictDialog

RELOAD, KEEP = "reload", "keep"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Side-by-side of the fields that differ: field | your value | their current value."""

    def __init__(self, changed_by: str | None, changed_at: datetime | None,
                 mine: Mapping[str, Any], theirs: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.choice: str | None = None
        self.changed_by, self.changed_at = changed_by, changed_at
        self.ui.reloadButton.clicked.connect(lambda: self._choose(RELOAD))
        self.ui.keepButton.clicked.connect(lambda: self._choose(KEEP))
        labels = field_labels()
        keys = [k for k in mine if _text(mine[k]).strip() != _text(theirs.get(k)).strip()]
        table = self.ui.diffTable
        table.setRowCount(len(keys))
        highlight = QBrush(QColor("#fff3e0"))
        for row, key in enumerate(keys):
            cells = (labels.get(key, key), _text(mine[key]), _text(theirs.get(key)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setBackground(highlight)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.differing = keys
        self._set_headline()

    def _set_headline(self) -> None:
        if self.changed_by and self.changed_at:
            text = self.tr("{name} changed this customer at {when} while you were editing it.").format(
                name=self.changed_by, when=fmt_datetime(self.changed_at))
        else:
            text = self.tr("Someone else changed this customer while you were editing it.")
        self.ui.headlineLabel.setText(text)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_headline()
        super().changeEvent(event)


def merge_keep_editing(mine: Mapping[str, Any], my_base: Mapping[str, Any],
                       theirs: Mapping[str, Any]) -> dict[str, Any]:
    """Their version with my edits on top: a field I changed keeps my value, the rest takes theirs."""
    return {k: (mine[k] if _text(mine[k]).strip() != _text(my_base.get(k)).strip() else theirs.get(k))
            for k in mine}

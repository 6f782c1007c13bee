"""Someone saved the record while the user was editing it: who, when, and the fields both changed.

The dialog never saves anything. The form already holds the merge (their
changes taken, mine kept); the answer is RELOAD (take their version, drop mine)
or KEEP (carry on editing on top of theirs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.conflicts import Merge
from salesdesk.ui.customer_models import field_labels
from salesdesk.ui.forms_gen.conflict_dialog import Ui_ConflictDialog

RELOAD, KEEP = "reload", "keep"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """The fields both sides changed: field | your value | their current value (nothing else is marked)."""

    def __init__(self, changed_by: str | None, changed_at: datetime | None, merge: Merge,
                 parent: QWidget | None = None, labels: Mapping[str, str] | None = None,
                 display: Callable[[str, Any], str] | None = None) -> None:
        """`display(key, value)`: a value as the form shows it (¥60,000.00); default str()."""
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.choice: str | None = None
        self.changed_by, self.changed_at = changed_by, changed_at
        self.ui.reloadButton.clicked.connect(lambda: self._choose(RELOAD))
        self.ui.keepButton.clicked.connect(lambda: self._choose(KEEP))
        labels = labels if labels is not None else field_labels()
        keys = list(merge.conflicts)
        table = self.ui.diffTable
        table.setRowCount(len(keys))
        highlight = QBrush(QColor("#fff3e0"))
        for row, key in enumerate(keys):
            mine, theirs = merge.conflicts[key]
            shown = (display(key, mine), display(key, theirs)) if display else (_text(mine), _text(theirs))
            for column, text in enumerate((labels.get(key, key), *shown)):
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
        self.taken = [labels.get(k, k) for k in merge.taken]
        self._set_headline()

    def _set_headline(self) -> None:
        if self.changed_by and self.changed_at:
            text = self.tr("{name} changed this customer at {when} while you were editing it.").format(
                name=self.changed_by, when=fmt_datetime(self.changed_at))
        else:
            text = self.tr("Someone else changed this customer while you were editing it.")
        if self.taken:
            text += " " + self.tr("Their other changes are already in the form: {fields}.").format(
                fields=", ".join(self.taken))
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

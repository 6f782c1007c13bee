"""The "Adjust…" dialog of the forecast page: a manager's adjusted figure for their own node, for a
month of the period and a category, with a note. The amount is typed as money (¥12万, 120000元…,
services/validation.Money); a refusal (a bad amount, a node not theirs) is said in the dialog, the
typing kept. The save runs off the GUI thread; `saved(id)` when it is recorded.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.services import forecast as fc
from salesdesk.services.errors import ValidationError
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.forecast_tables import category_text, month_text
from salesdesk.ui.pages import AppContext
from salesdesk.ui.words import word

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings


class ForecastAdjustDialog(QDialog):
    """See the module docstring."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, node: Node, months: list[date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.node = ctx, node
        self.setObjectName("forecastAdjustDialog")
        self.month = QComboBox()
        self.month.setObjectName("monthCombo")
        set_combo_items(self.month, [(m, month_text(m)) for m in months])
        self.category = QComboBox()
        self.category.setObjectName("categoryCombo")
        set_combo_items(self.category, [(c, category_text(c)) for c in fc.CATEGORIES])
        self.amount = QLineEdit()
        self.amount.setObjectName("amountEdit")
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(500)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(word(words.MONTH), self.month)
        form.addRow(word(words.CATEGORY), self.category)
        form.addRow(translate("ForecastPage", "Adjusted amount"), self.amount)
        form.addRow(word(words.NOTES), self.note)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(word(words.SAVE))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(word(words.CANCEL))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(translate("ForecastPage", "Kept beside the computed figure, with your name, the time "
                                               "and the note; earlier adjustments stay in the history."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(translate("ForecastPage", "Adjust the forecast"))

    def values(self) -> dict[str, Any]:
        return {"month": self.month.currentData(), "category": self.category.currentData(),
                "amount": self.amount.text(), "note": self.note.text()}

    def save(self) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(fc.adjust, self.ctx.session.database, self.node, self.values(),
                           on_success=self._saved, on_error=self._refused)

    def _saved(self, adjustment_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(adjustment_id)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.fields:
            self.error.setText("\n".join(f.text(ui_errors.translate) for f in exc.fields.values()))
        else:
            self.error.setText(ui_errors.error_text(exc))

"""The preview of a target import (services/target_xlsx.py): every change (node, month, old → new)
and every problem; **Import** is enabled only when there are changes and no problems, and nothing
is saved before it is pressed (the page then saves the changes in one transaction)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.services.errors import FieldError
from salesdesk.services.target_xlsx import ImportPreview
from salesdesk.ui.errors import problem_text
from salesdesk.ui.formats import fmt_amount
from salesdesk.ui.words import word

translate = QCoreApplication.translate


class TargetImportDialog(QDialog):
    """See the module docstring. `ask(parent, preview)` → True when the user confirms."""

    def __init__(self, parent: QWidget | None, preview: ImportPreview) -> None:
        super().__init__(parent)
        self.setObjectName("targetImportDialog")
        self.setWindowTitle(translate("TargetImportDialog", "Import targets"))
        self.preview = preview
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.problems = QLabel(objectName="importProblems", wordWrap=True)
        self.problems.setStyleSheet("color: #b3261e")
        self.table = QTableWidget(len(preview.changes), 4, objectName="importChanges")
        self.table.setHorizontalHeaderLabels([
            translate("TargetImportDialog", "Node"), word(words.MONTH),
            translate("TargetImportDialog", "Old value"), translate("TargetImportDialog", "New value")])
        for r, c in enumerate(preview.changes):
            for col, text in enumerate((c.name, c.cell[2].strftime("%Y-%m"), _amount(c.old), _amount(c.new))):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        texts = [problem_text(FieldError(p.message, {k: _param(v) for k, v in p.params.items()}))
                 for p in preview.problems]
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))
        n = len(preview.changes)
        changes = translate("TargetImportDialog", "%n cell(s) change.", "", n)
        again = translate("TargetImportDialog", "Correct the file and import it again: nothing was saved.")
        self.summary.setText(again if texts else changes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("TargetImportDialog", "&Import"))
        ok.setEnabled(bool(preview.changes) and not texts)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview) -> bool:
        dialog = cls(parent, preview)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def _amount(value: object) -> str:
    return "" if value is None else fmt_amount(value)  # type: ignore[arg-type]


def _param(value: object) -> object:
    """A nested message (a bad number's reason) in the user's language."""
    return problem_text(value) if isinstance(value, str) and value[:1].isupper() else value

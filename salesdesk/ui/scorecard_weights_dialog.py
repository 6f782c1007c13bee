"""Edit a position's scorecard (for whoever holds maintain_scorecards): each indicator's weight and
monthly goal; indicators at weight 0 are left out; the weights must add up to 100 (the sum is shown
while typing). A refusal is shown in the dialog and the typing is kept."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import scorecards
from salesdesk.services.scorecards import INDICATORS, ScorecardItem
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.pages import AppContext

translate = QCoreApplication.translate


class ScorecardWeightsDialog(QDialog):
    """See the module docstring; `saved` is set once the database took the scorecard."""

    def __init__(self, ctx: AppContext, position: str, current: list[ScorecardItem],
                 parent: QWidget | None = None) -> None:
        from salesdesk.ui.performance_page import item_name  # the indicator names live with the page

        super().__init__(parent)
        self.setObjectName("scorecardWeightsDialog")
        self.ctx, self.position, self.saved = ctx, position, False
        self.setWindowTitle(translate("Performance", "Scorecard weights"))
        known = {i.indicator: i for i in current}
        self.table = QTableWidget(len(INDICATORS), 3, self)
        self.table.setObjectName("weightsTable")
        self.table.setHorizontalHeaderLabels([translate("Performance", "Indicator"),
                                              translate("Performance", "Weight"),
                                              translate("Performance", "Monthly goal")])
        self.weights: list[QDoubleSpinBox] = []
        self.goals: list[QLineEdit] = []
        for n, key in enumerate(INDICATORS):
            self.table.setCellWidget(n, 0, QLabel(item_name(key)))
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(2)
            spin.setValue(float(known[key].weight) if key in known else 0.0)
            spin.valueChanged.connect(lambda _v: self._sum())
            goal = QLineEdit("" if key not in known or known[key].monthly_goal is None
                             else str(known[key].monthly_goal))
            self.table.setCellWidget(n, 1, spin)
            self.table.setCellWidget(n, 2, goal)
            self.weights.append(spin)
            self.goals.append(goal)
        self.table.resizeColumnsToContents()
        self.sum_label = QLabel()
        self.sum_label.setObjectName("sumLabel")
        self.message = QLabel()
        self.message.setObjectName("weightsMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.table, self.sum_label, self.message, self.buttons):
            layout.addWidget(w)
        self.resize(520, 420)
        self._sum()

    def _sum(self) -> None:
        total = sum(Decimal(str(s.value())) for s in self.weights)
        self.sum_label.setText(translate("Performance", "Weights: {total} of 100").format(total=f"{total:g}"))

    def items(self) -> list[ScorecardItem] | None:
        """The indicators with a weight; None (and a message) when a goal is not a number."""
        chosen = []
        for key, spin, goal in zip(INDICATORS, self.weights, self.goals, strict=True):
            if spin.value() <= 0:
                continue
            text = goal.text().strip().replace(",", "")
            try:
                value = Decimal(text) if text else None
            except InvalidOperation:
                value = Decimal(-1)
            if value is not None and value <= 0:
                goal.setFocus()
                self.message.setText(translate("Performance", "A monthly goal is a number above 0."))
                return None
            chosen.append(ScorecardItem(key, Decimal(str(spin.value())), value))
        return chosen

    def save(self) -> None:
        self.message.clear()
        chosen = self.items()
        if chosen is None:
            return
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(scorecards.save, self.ctx.session.database, self.position, chosen,
                           on_success=self._saved, on_error=self._failed)

    def _saved(self, _result: object) -> None:
        self.saved = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(ui_errors.error_text(exc, None))

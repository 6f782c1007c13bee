"""The pipeline page's funnel (销售漏斗): the board's stage totals (deals and amount per stage, lost
left out) as a chart in a panel the "Funnel" button opens and closes. It follows the board's
columns, so a move shows at once; a click on a stage's bar brings that column into view."""

from __future__ import annotations

from collections.abc import Collection, Hashable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from salesdesk.charts import build_funnel
from salesdesk.charts.data import Funnel, FunnelStage, Labels
from salesdesk.ui.chart_canvas import ChartCanvas
from salesdesk.ui.kanban import BoardColumn, totals_text

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
HEIGHT = 300


class PipelineFunnel(QWidget):
    """Hidden until `toggle` (a button for the page's bar) is checked; drawn only while shown."""

    stageClicked = Signal(str)  # the column's key, as text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineFunnel")
        self.toggle = QToolButton()
        self.toggle.setObjectName("funnelToggle")
        self.toggle.setCheckable(True)
        self.canvas = ChartCanvas(self, file_name="funnel.png")
        self.canvas.setFixedHeight(HEIGHT)
        self.canvas.barClicked.connect(self.stageClicked)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.canvas)
        self._columns: list[BoardColumn] = []
        self._left_out: set[Hashable] = set()
        self.setVisible(False)
        self.toggle.toggled.connect(self._toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(translate("PipelinePage", "Funnel"))
        self.toggle.setToolTip(translate("PipelinePage", "Show or hide the funnel of the stages' totals"))
        self.canvas.retranslate()
        self._redraw()

    def show_columns(self, columns: list[BoardColumn], left_out: Collection[Hashable] = ()) -> None:
        """The board's columns now; `left_out` the keys not in the funnel (the lost stages)."""
        self._columns, self._left_out = list(columns), set(left_out)
        self._redraw()

    def funnel(self) -> Funnel:
        stages = [FunnelStage(str(c.key), c.title, c.count, c.amount, totals_text(c))
                  for c in self._columns if c.key not in self._left_out]
        return Funnel(stages, "→ %1",
                      Labels(translate("PipelinePage", "Funnel by stage")))

    def _toggled(self, on: bool) -> None:
        self.setVisible(on)
        self._redraw()

    def _redraw(self) -> None:
        if self.toggle.isChecked():
            self.canvas.set_figure(build_funnel(self.funnel()))

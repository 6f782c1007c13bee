"""The pipeline page's funnel (销售漏斗): the board's stage totals (deals and amount per stage, lost
left out) as a chart in a panel the "Funnel" button opens and closes. It follows the board's
columns, so a move shows at once; a click on a stage's bar brings that column into view.

matplotlib takes 0.5–1.5 s to import: it is not imported with the page, but on
a worker thread the first time the panel opens (ui/chart_modules.py), so neither the start nor the
first opening blocks the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from salesdesk.ui.kanban import BoardColumn, totals_text

if TYPE_CHECKING:
    from salesdesk.charts.data import Funnel
    from salesdesk.ui.chart_canvas import ChartCanvas

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
HEIGHT = 300
Run = Callable[..., Any]  # ctx.tasks.run


def load_chart_modules() -> None:
    """On a worker thread: import matplotlib, the builders and the canvas, and pick the CJK font."""
    from salesdesk.charts.fonts import use_cjk_font
    from salesdesk.charts.pipeline import build_funnel  # noqa: F401
    from salesdesk.ui.chart_canvas import ChartCanvas  # noqa: F401
    use_cjk_font()


class PipelineFunnel(QWidget):
    """Hidden until `toggle` (a button for the page's bar) is checked; drawn only while shown."""

    stageClicked = Signal(str)  # the column's key, as text
    failed = Signal(str)  # a translated message (the chart could not be saved)
    ready = Signal()  # the canvas exists (matplotlib loaded)

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineFunnel")
        self.run = run
        self.toggle = QToolButton()
        self.toggle.setObjectName("funnelToggle")
        self.toggle.setCheckable(True)
        self.canvas: ChartCanvas | None = None
        self._loading = False
        self.placeholder = QLabel("…")
        self.placeholder.setFixedHeight(HEIGHT)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.placeholder)
        self._columns: list[BoardColumn] = []
        self._left_out: set[Hashable] = set()
        self.setVisible(False)
        self.toggle.toggled.connect(self._toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(translate("PipelinePage", "Funnel"))
        self.toggle.setToolTip(translate("PipelinePage", "Show or hide the funnel of the stages' totals"))
        if self.canvas is not None:
            self.canvas.retranslate()
        self._redraw()

    def show_columns(self, columns: list[BoardColumn], left_out: Collection[Hashable] = ()) -> None:
        """The board's columns now; `left_out` the keys not in the funnel (the lost stages)."""
        self._columns, self._left_out = list(columns), set(left_out)
        self._redraw()

    def funnel(self) -> Funnel:
        from salesdesk.charts.data import Funnel, FunnelStage, Labels
        stages = [FunnelStage(str(c.key), c.title, c.count, c.amount, totals_text(c))
                  for c in self._columns if c.key not in self._left_out]
        return Funnel(stages, "→ %1", Labels(translate("PipelinePage", "Funnel by stage")))

    def _toggled(self, on: bool) -> None:
        self.setVisible(on)
        if on and self.canvas is None and not self._loading:
            self._loading = True
            self.run(load_chart_modules, on_success=self._loaded, on_error=self._not_loaded, busy=False)
        self._redraw()

    def _loaded(self, _result: object) -> None:
        from salesdesk.ui.chart_canvas import ChartCanvas
        self._loading = False
        self.canvas = ChartCanvas(self, file_name="funnel.png")
        self.canvas.setFixedHeight(HEIGHT)
        self.canvas.barClicked.connect(self.stageClicked)
        self.canvas.failed.connect(self.failed)
        self._box.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        self._redraw()
        self.ready.emit()

    def _not_loaded(self, exc: BaseException) -> None:
        self._loading = False
        text = translate("PipelinePage", "The chart could not be shown: %1")
        self.placeholder.setText(text.replace("%1", str(exc)))

    def _redraw(self) -> None:
        if self.toggle.isChecked() and self.canvas is not None:
            from salesdesk.charts.pipeline import build_funnel
            self.canvas.set_figure(build_funnel(self.funnel()))

"""A chart slot that loads matplotlib off the GUI thread the first time it is shown, then draws
whatever figure its owner builds: `show(build)` with `build() -> Figure` (a salesdesk/charts
builder applied to its data). Until the modules are there it shows a placeholder; a `show` made
meanwhile is drawn once they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from salesdesk.ui.chart_canvas import ChartCanvas

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
Run = Callable[..., Any]  # ctx.tasks.run


def load_chart_modules() -> None:
    """On a worker thread: matplotlib, the builders and the canvas, and the CJK font."""
    from salesdesk.charts.fonts import use_cjk_font
    from salesdesk.charts.pipeline import build_forecast, build_funnel  # noqa: F401
    from salesdesk.ui.chart_canvas import ChartCanvas  # noqa: F401
    use_cjk_font()


class LazyChart(QWidget):
    """One chart; `drawn` is emitted after each figure is set."""

    drawn = Signal()
    barClicked = Signal(str)
    failed = Signal(str)

    def __init__(self, run: Run, file_name: str, height: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run, self.file_name = run, file_name
        self.canvas: ChartCanvas | None = None
        self._build: Callable[[], Figure] | None = None
        self._loading = False
        self.placeholder = QLabel("…")
        self.min_height = height  # small enough for a 1366×768 screen at 150 % (tests/test_ui_scaling.py)
        self.setMinimumHeight(height)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.placeholder)

    def show_figure(self, build: Callable[[], Figure]) -> None:
        self._build = build
        if self.canvas is not None:
            self._draw()
        elif not self._loading:
            self._loading = True
            self.run(load_chart_modules, on_success=self._loaded, on_error=self._not_loaded, busy=False)

    def _loaded(self, _result: object) -> None:
        from salesdesk.ui.chart_canvas import ChartCanvas
        self._loading = False
        self.canvas = ChartCanvas(self, file_name=self.file_name)
        self.canvas.setMinimumHeight(self.min_height)
        self.canvas.barClicked.connect(self.barClicked)
        self.canvas.failed.connect(self.failed)
        self._box.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        self._draw()

    def _not_loaded(self, exc: BaseException) -> None:
        self._loading = False
        text = translate("PipelinePage", "The chart could not be shown: %1")
        self.placeholder.setText(text.replace("%1", str(exc)))

    def _draw(self) -> None:
        if self.canvas is not None and self._build is not None:
            self.canvas.set_figure(self._build())
            self.drawn.emit()

    def retranslate(self) -> None:
        if self.canvas is not None:
            self.canvas.retranslate()

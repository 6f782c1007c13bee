"""What the dashboard's own sections share (ui/dashboard_sections.py is the registry, ui/dashboard_page.py
the host): loading off the GUI thread, a polite message when that fails, a re-read when the change
feed says the section's data changed, and a chart drawn on the shared canvas.

A section says what to run on a worker with `work()` — a function and its arguments, prepared on the
GUI thread (translated labels included) — and shows the result in `show(result)`. A chart section's
worker also builds the matplotlib Figure (the heavy part; the canvas only draws it on the GUI thread)
and imports matplotlib there the first time (ui/pipeline_funnel.load_chart_modules).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesdesk.ui import errors as ui_errors

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from salesdesk.ui.chart_canvas import ChartCanvas
    from salesdesk.ui.pages import AppContext

translate = QCoreApplication.translate
LIVE_DELAY_MS = 400  # a burst of changes is read once
CHART_HEIGHT = 260


def clock() -> date:
    """The dashboard's today (tests fix it)."""
    return date.today()


class SectionBody(QWidget):
    """A section's widget: `work()` on a worker, `show(result)` on the GUI thread."""

    loaded = Signal()
    live_kinds: frozenset[str] = frozenset()  # a change of one of these kinds (or of their root) re-reads

    def __init__(self, ctx: AppContext, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self._task: Any = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setObjectName("sectionMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.box.addWidget(self.message)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_DELAY_MS)
        self._live.timeout.connect(self.refresh)
        QTimer.singleShot(0, self.refresh)  # once the subclass is built

    # -- what a section says ---------------------------------------------------------------------
    def work(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    # -- the page protocol -----------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        if self._task is not None:
            self._task.cancel()
        fn, args = self.work()
        self._task = self.ctx.tasks.run(fn, *args, on_success=self._arrived, on_error=self._failed,
                                        busy=False)

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in self.live_kinds or payload.get("root_kind") in self.live_kinds:
            self._live.start()

    def retranslate(self) -> None:
        self.refresh()  # the texts and the chart's labels in the new language

    def _arrived(self, result: Any) -> None:
        self._task = None
        self.message.setVisible(False)
        self.show_result(result)
        self._done()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, f"dashboard section {self.objectName()}")
        self.message.setText(translate("Dashboard", "This part of the dashboard could not be shown: %1")
                             .replace("%1", ui_errors.error_text(exc)))
        self.message.setVisible(True)
        self._done()

    def _done(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()


def chart_figure(build: Callable[[Any], Figure], data: Any) -> Figure:
    """On a worker: load the chart modules (first time only) and build the figure."""
    from salesdesk.ui.pipeline_funnel import load_chart_modules
    load_chart_modules()
    return build(data)


class ChartHolder:
    """The section's canvas, made when its first figure arrives (matplotlib is loaded by then)."""

    def __init__(self, section: SectionBody, file_name: str, on_click: Callable[[str], None]) -> None:
        self.section, self.file_name, self.on_click = section, file_name, on_click
        self.canvas: ChartCanvas | None = None

    def show(self, figure: Figure) -> None:
        if self.canvas is None:
            from salesdesk.ui.chart_canvas import ChartCanvas
            self.canvas = ChartCanvas(self.section, file_name=self.file_name)
            self.canvas.setObjectName(f"{self.section.objectName()}Chart")
            self.canvas.setFixedHeight(CHART_HEIGHT)
            self.canvas.barClicked.connect(self.on_click)
            self.canvas.failed.connect(self.section.ctx.notify)
            self.section.box.addWidget(self.canvas)
        self.canvas.set_figure(figure)

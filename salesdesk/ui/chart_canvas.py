"""One canvas for every chart (salesdesk/charts builds the figures): shows a matplotlib Figure through
the QtAgg canvas, saves it as PNG (Ctrl+S) or copies it as an image (Ctrl+C), from the keyboard or the
context menu, and turns a click on a bar into `barClicked(key)` (the key the builder gave the bar) for
drill-down. `last_draw_cpu_ms` says how much CPU time the GUI thread spent on the last draw
(installer/tools/chart_draw_bench.py reads it).

A figure's constrained layout (every text measured, twice) is half of a chart's drawing time; the
canvas lays the figure out again only when its size or resolution changes, so a redraw at the same
size (an expose, a repaint) keeps the axes where the last layout put them (the builders never change
a figure once shown: new data is a new figure).

Importing this module imports matplotlib (0.5–1.5 s): a page imports it off the GUI thread on first use,
as ui/pipeline_funnel.py does, never at its own import.
"""

from __future__ import annotations

import io
import time

from matplotlib.backend_bases import PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
EXPORT_DPI = 150


class KeptLayout(ConstrainedLayoutEngine):
    """Constrained layout computed again only for a new size or resolution (see the module docstring)."""

    def __init__(self, engine: ConstrainedLayoutEngine) -> None:
        super().__init__(**engine.get(), compress=engine._compress)
        self._laid_out_for: tuple[float, float, float] | None = None

    def execute(self, fig: Figure) -> None:  # type: ignore[override]
        size = (*fig.bbox.size, fig.dpi)
        if size != self._laid_out_for:
            super().execute(fig)
            self._laid_out_for = size


class ChartCanvas(QWidget):
    """Holds one figure at a time; `set_figure` swaps it."""

    barClicked = Signal(str)
    saved = Signal(str)  # the file written
    failed = Signal(str)  # a translated message: the file could not be written

    def __init__(self, parent: QWidget | None = None, file_name: str = "chart.png") -> None:
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self.file_name = file_name
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.last_draw_cpu_ms = 0.0
        self._draw_cpu_started = 0.0
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self.save_action = self._action("saveChartAction", QKeySequence.StandardKey.Save, self.save_dialog)
        self.copy_action = self._action("copyChartAction", QKeySequence.StandardKey.Copy, self.copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def _action(self, name: str, keys: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.save_action.setText(translate("ChartCanvas", "Save as PNG…"))
        self.copy_action.setText(translate("ChartCanvas", "Copy chart"))

    def set_figure(self, figure: Figure) -> None:
        """Show `figure` (a new canvas takes it: a figure belongs to one canvas)."""
        old = self.canvas
        engine = figure.get_layout_engine()
        if type(engine) is ConstrainedLayoutEngine:
            figure.set_layout_engine(KeptLayout(engine))
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # ours: the actions
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("draw_event", self._drawn)
        self._start_clock()
        self._box.addWidget(self.canvas)
        if old is not None:
            self._box.removeWidget(old)
            old.deleteLater()
        self.save_action.setEnabled(True)
        self.copy_action.setEnabled(True)

    def draw(self) -> None:
        """Draw now (its CPU time is kept as `last_draw_cpu_ms`)."""
        if self.canvas is None:
            return
        self._start_clock()
        self.canvas.draw()

    def _start_clock(self) -> None:
        self._draw_cpu_started = time.thread_time()

    def _drawn(self, _event: object) -> None:
        self.last_draw_cpu_ms = (time.thread_time() - self._draw_cpu_started) * 1000

    def _picked(self, event: PickEvent) -> None:
        key = event.artist.get_gid()
        if key and getattr(event.mouseevent, "button", None) == 1:
            self.barClicked.emit(str(key))

    # -- export ----------------------------------------------------------------------------------
    def png(self) -> bytes:
        """The figure as PNG bytes (drawn at export resolution, independent of the screen)."""
        if self.figure is None:
            return b""
        out = io.BytesIO()
        self.figure.savefig(out, format="png", dpi=EXPORT_DPI)
        return out.getvalue()

    def copy(self) -> None:
        image = QImage.fromData(self.png(), "PNG")
        if not image.isNull():
            QGuiApplication.clipboard().setImage(image)

    def save_dialog(self) -> None:
        if self.figure is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("ChartCanvas", "Save chart"), self.file_name,
            translate("ChartCanvas", "PNG image (*.png)"))
        if path:
            self.save(path if path.lower().endswith(".png") else path + ".png")

    def save(self, path: str) -> None:
        try:
            with open(path, "wb") as f:
                f.write(self.png())
        except OSError as exc:
            self.failed.emit(translate("ChartCanvas", "The chart could not be saved: %1")
                             .replace("%1", exc.strerror or str(exc)))
            return
        self.saved.emit(path)

"""Python's cyclic garbage collector, run on the GUI thread only.

Qt objects must be destroyed on the thread that owns them. Python's cyclic collector runs on
whichever thread happens to allocate when a threshold is crossed, a worker thread included, and
a widget caught in a reference cycle (a dialog with lambdas connected to its own methods) that
is collected there is destroyed on the wrong thread: its timers cannot be stopped ("QBasicTimer::
stop: Failed. Possibly trying to stop from a different thread") and a later timer event reaches
freed memory (a segmentation fault). So automatic collection is switched off and a timer on the
GUI thread collects instead, a generation at a time, when the counts pass the usual thresholds
(the remedy calibre and Anki use for the same crash).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from the GUI thread's event loop instead of from any thread."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns what was freed."""
        young, middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return 0
        generation = 2 if old > self.threshold[2] else 1 if middle > self.threshold[1] else 0
        return gc.collect(generation)


def freeze_long_lived() -> None:
    """Everything alive now (the modules just imported, start-up objects) leaves the collector's
    sight for good, so a full collection scans only what the session made since: after the
    start-up imports one took 60-100 ms of the GUI thread while the first page was built. Safe on
    any thread: freezing moves objects between generations and destroys nothing."""
    gc.freeze()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per application: automatic collection off, the GUI thread's collector on."""
    existing = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return existing if isinstance(existing, GuiThreadCollector) else GuiThreadCollector(app)

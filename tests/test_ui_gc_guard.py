"""Widgets caught in reference cycles die on the GUI thread, never in a worker's garbage collection.

Before ui/gc_guard.py, a worker thread that crossed the collector's threshold destroyed such a
widget on the worker: "QBasicTimer::stop: Failed. Possibly trying to stop from a different
thread", then a segmentation fault when the dead widget's timer fired (test_ui_first_sign_in
followed by test_ui_mnemonics crashed the suite)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from salesdesk.ui import gc_guard

pytestmark = pytest.mark.gui


def test_a_widget_in_a_cycle_is_collected_on_the_gui_thread_only(qapp) -> None:  # noqa: ANN001
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector and not gc.isenabled()
    died_on: list[str] = []
    widget = QWidget()
    widget.blink = QTimer(widget)
    widget.blink.start(1000)
    widget.itself = widget  # a cycle: only the cyclic collector frees it
    widget.destroyed.connect(lambda: died_on.append(threading.current_thread().name))
    del widget

    def churn() -> None:  # far past every threshold, on a worker thread
        for _ in range(50_000):
            a: list = []
            a.append(a)

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    assert died_on == []  # the worker collected nothing
    collector.threshold = (0, 0, 0)  # due now
    try:
        collector.check()
    finally:
        collector.threshold = gc.get_threshold()
    assert died_on == [threading.main_thread().name]


def test_the_collector_runs_from_the_event_loop(qapp, qtbot) -> None:  # noqa: ANN001
    collector = gc_guard.install(qapp)
    with qtbot.waitSignal(collector.timer.timeout, timeout=5000):
        pass

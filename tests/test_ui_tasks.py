"""The task runner: work runs off the GUI thread; results and errors come back on it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from salesdesk.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def test_result_is_delivered_on_the_gui_thread(qtbot, runner) -> None:
    gui = threading.get_ident()
    seen: dict[str, int | str] = {}

    def work(x: int) -> int:
        seen["worker"] = threading.get_ident()
        return x * 2

    task = runner.run(work, 21, on_success=lambda r: seen.update(result=r, callback=threading.get_ident()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["callback"] == gui
    assert seen["worker"] != gui


def test_error_is_delivered_on_the_gui_thread(qtbot, runner) -> None:
    gui = threading.get_ident()
    caught: list[tuple[BaseException, int]] = []

    def fail() -> None:
        raise ValueError("boom")

    task = runner.run(fail, on_error=lambda e: caught.append((e, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(caught[0][0], ValueError) and caught[0][1] == gui


def test_default_error_handler_gets_unhandled_errors(qtbot, runner) -> None:
    caught: list[BaseException] = []
    runner.default_error_handler = caught.append
    task = runner.run(lambda: 1 / 0)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(caught[0], ZeroDivisionError)


def test_slow_work_never_blocks_the_gui_thread(qtbot, runner) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(runner.busyChanged, timeout=2000) as busy:
        task = runner.run(time.sleep, 0.6)
    assert time.monotonic() - started < 0.3  # run() returns at once (blocked, it would take the 0.6 s)
    assert busy.args == [True]
    with qtbot.waitSignal(runner.busyChanged, timeout=5000) as idle:
        pass
    timer.stop()
    assert idle.args == [False] and task.done
    assert len(ticks) >= 10  # the event loop kept running while the worker slept
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.3  # blocked, one gap would be the worker's 0.6 s; the margin is a busy machine's


def test_cancel_drops_callbacks_and_tells_the_work(qtbot, runner) -> None:
    results: list[object] = []
    stopped = threading.Event()

    def work(token) -> str:  # noqa: ANN001
        for _ in range(200):
            if token.cancelled:
                stopped.set()
                return "stopped"
            time.sleep(0.01)
        return "finished"

    task = runner.run(work, cancellable=True, on_success=results.append, on_error=results.append)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert stopped.is_set()
    assert results == []



def test_work_outliving_its_runner_ends_quietly(qtbot) -> None:  # noqa: ANN001
    """The window closed (its runner deleted) while a call still ran, e.g. the dashboard's first read
    at a quick sign-out: the runner's pool waits for the call as it goes, and the call's end, with
    nobody left to tell, says nothing (an exception on the worker would reach pytest-qt)."""
    from PySide6.QtCore import QObject
    release = threading.Event()
    finished: list[str] = []

    def slow() -> str:
        release.wait(5)
        finished.append("done")
        return "late"

    owner = QObject()
    late = TaskRunner(owner)
    late.run(slow, on_success=lambda _r: None)
    assert not late.shutdown(wait_ms=50)  # still running when the window gives up waiting
    threading.Timer(0.3, release.set).start()
    del late
    owner.deleteLater()
    qtbot.waitUntil(lambda: finished == ["done"], timeout=5000)
    qtbot.wait(100)

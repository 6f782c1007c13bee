"""Run service calls off the GUI thread; deliver results and errors back on it.

    task = runner.run(customers.search, db, query,
                      on_success=self.show_rows,        # called on the GUI thread with the result
                      on_error=self.show_problem)       # called on the GUI thread with the exception
    task.cancel()                                        # callbacks will not be called any more

Without `on_error`, the runner's `default_error_handler` gets the exception (the main
window shows it). A callable that wants to stop early takes the token as first
argument: `runner.run(export, path, cancellable=True)` calls `export(token, path)`
and `token.cancelled` turns True on `task.cancel()`.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class CancelToken:
    """Set by Task.cancel(); long work checks `cancelled` between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Task(QObject):
    """One background call, as the caller sees it. `finished` fires on the GUI thread after the callbacks."""

    finished = Signal()

    def __init__(self, on_success: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, busy: bool, name: str) -> None:
        super().__init__()  # no parent: the runner keeps it alive until it is delivered
        self.token = CancelToken()
        self.busy = busy
        self.name = name
        self.started_at = time.monotonic()
        self.on_success = on_success
        self.on_error = on_error
        self.done = False

    def cancel(self) -> None:
        """Drop the callbacks (and tell a cooperative callable to stop)."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled


class TaskRunner(QObject):
    """A small thread pool for database work. `busyChanged(bool)` drives the busy indicator."""

    busyChanged = Signal(bool)
    # (task id, ok, result or exception): emitted by workers, received on the GUI thread
    _done = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.default_error_handler: Callable[[BaseException], None] | None = None
        self._active: dict[int, Task] = {}
        self._ids = itertools.count(1)
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, busy: bool = True,
            cancellable: bool = False, **kwargs: Any) -> Task:
        """Call `fn(*args, **kwargs)` on a worker thread; callbacks run on the GUI thread."""
        task = Task(on_success, on_error, busy, getattr(fn, "__qualname__", repr(fn)))
        task_id = next(self._ids)
        was_busy = self.is_busy()
        self._active[task_id] = task
        if cancellable:
            args = (task.token, *args)
        self.pool.start(functools.partial(self._work, task_id, fn, args, kwargs))
        if not was_busy and self.is_busy():
            self.busyChanged.emit(True)
        return task

    def _work(self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...],
              kwargs: dict[str, Any]) -> None:
        """Runs on a worker thread."""
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._tell(task_id, False, exc)
        else:
            self._tell(task_id, True, result)

    def _tell(self, task_id: int, ok: bool, value: object) -> None:
        try:
            self._done.emit(task_id, ok, value)
        except RuntimeError:  # the runner went (its window closed) while this ran: nobody to tell
            log.debug("task %s ended after its runner", task_id)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, value: object) -> None:
        task = self._active.get(task_id)
        if task is None:
            return
        task.done = True
        try:
            if not task.token.cancelled:
                if ok:
                    if task.on_success is not None:
                        task.on_success(value)
                else:
                    assert isinstance(value, BaseException)
                    handler = task.on_error or self.default_error_handler
                    if handler is not None:
                        handler(value)
                    else:
                        log.error("task %s failed", task.name, exc_info=value)
        finally:
            was_busy = self.is_busy()
            del self._active[task_id]
            if was_busy and not self.is_busy():
                self.busyChanged.emit(False)
            task.finished.emit()

    def is_busy(self) -> bool:
        return any(t.busy for t in self._active.values())

    def active(self) -> int:
        return len(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active.values()):
            task.cancel()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Cancel everything and wait for running calls to return (at exit)."""
        self.cancel_all()
        self.pool.clear()
        return self.pool.waitForDone(wait_ms)

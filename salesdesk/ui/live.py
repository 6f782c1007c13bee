"""The live-update bridge: runs services.live.LiveListener in a thread, emits Qt signals on the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from salesdesk.services.live import LiveListener


class LiveBridge(QObject):
    """`changed(dict)` per NOTIFY payload, `connectionChanged(bool)` when the server goes away or returns.

    Both are emitted on the GUI thread, so any slot (lambdas too) may touch widgets.
    """

    changed = Signal(dict)
    connectionChanged = Signal(bool)
    _raw = Signal(object)
    _status = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None, **listener_options: Any) -> None:
        super().__init__(parent)
        self.listener = LiveListener(url, on_status=self._status.emit, **listener_options)
        self._thread: threading.Thread | None = None
        self._raw.connect(self._relay, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self._relay_status, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="salesdesk-live", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        for payload in self.listener.events():
            self._raw.emit(payload)

    @Slot(object)
    def _relay(self, payload: object) -> None:
        if isinstance(payload, dict):
            self.changed.emit(payload)

    @Slot(bool)
    def _relay_status(self, connected: bool) -> None:
        self.connectionChanged.emit(connected)

    @property
    def connected(self) -> bool:
        return self.listener.connected

    def stop(self, timeout: float = 2.0) -> None:
        self.listener.stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

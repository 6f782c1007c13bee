"""Live updates: LISTEN on `salesdesk_changes` over a dedicated connection (no Qt).

The server's triggers NOTIFY ids only ({kind, id, op, root_kind, root_id} and,
for shares, employee_id); the client re-reads through RLS what it shows. The
listener reconnects by itself when the connection drops and reports that.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
from psycopg import sql

CHANNEL = "salesdesk_changes"
log = logging.getLogger(__name__)


class LiveListener:
    """Iterate `events()` in a worker thread; `stop()` (any thread) ends it within `poll` seconds."""

    def __init__(self, url: str, *, channel: str = CHANNEL, poll: float = 0.5,
                 retry_delays: tuple[float, ...] = (1, 2, 5, 10),
                 on_status: Callable[[bool], None] | None = None) -> None:
        self.url = url
        self.channel = channel
        self.poll = poll
        self.retry_delays = retry_delays
        self.on_status = on_status  # called with True when (re)connected, False when the connection dropped
        self._stop = threading.Event()
        self.connected = False

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def _set_connected(self, value: bool) -> None:
        if value != self.connected:
            self.connected = value
            if self.on_status:
                self.on_status(value)

    def _connect(self) -> psycopg.Connection:
        conn = psycopg.connect(self.url, autocommit=True, application_name="salesdesk-live",
                               connect_timeout=5)
        conn.execute(sql.SQL("listen {}").format(sql.Identifier(self.channel)))
        return conn

    def events(self) -> Iterator[dict[str, Any]]:
        """Parsed JSON payloads, until stop(). Bad payloads are logged and skipped."""
        attempt = 0
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as err:
                log.info("live updates: cannot connect: %s", err)
                self._set_connected(False)
                delay = self.retry_delays[min(attempt, len(self.retry_delays) - 1)]
                attempt += 1
                self._stop.wait(delay)
                continue
            attempt = 0
            self._set_connected(True)
            try:
                with conn:
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll):
                            payload = _parse(note.payload)
                            if payload is not None:
                                yield payload
                            if self._stop.is_set():
                                break
            except psycopg.Error as err:
                log.info("live updates: connection lost: %s", err)
                self._set_connected(False)
                self._stop.wait(self.retry_delays[0])
        self.connected = False  # stopping is not a dropped connection: no status callback


def _parse(raw: str) -> dict[str, Any] | None:
    try:
        value = json.loads(raw)
    except ValueError:
        log.warning("live updates: payload is not JSON: %r", raw[:200])
        return None
    return value if isinstance(value, dict) else None

"""Live updates: the change feed read through the API, woken by a payload-less doorbell (no Qt).

Writes record a change row (sequence, kind, id, operation) inside their own transaction;
`api.changes_since(seq)` returns the ones the caller may see now. Clients poll it on a short
timer, and at once when the doorbell rings: an empty NOTIFY on `salesdesk_doorbell` that a
client sends after its own commits. A forged doorbell only makes clients poll; a full
notification queue delays updates and fails no write (business writes never NOTIFY).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import text

from salesdesk.db.session import Database

DOORBELL = "salesdesk_doorbell"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One change the signed-in user may see (ids only; re-read what you show)."""

    seq: int
    kind: str
    record_id: int
    root_kind: str
    root_id: int
    op: str
    about_me: bool   # I am its subject: a share to me (or taken from me), a record given to me
    at: datetime

    def payload(self, me: int | None) -> dict[str, Any]:
        """The dict the UI pages handle: {kind, id, op, root_kind, root_id, employee_id, seq}."""
        return {"kind": self.kind, "id": self.record_id, "op": self.op, "root_kind": self.root_kind,
                "root_id": self.root_id, "employee_id": me if self.about_me else None, "seq": self.seq}


_SINCE = "select * from api.changes_since(%s, %s)"


def changes_since(conn: psycopg.Connection, seq: int, limit: int = 500) -> tuple[list[Change], int]:
    """Changes after `seq` I may see, and the position to ask from next time."""
    found: list[Change] = []
    head = seq
    for row in conn.execute(_SINCE, (seq, limit)).fetchall():
        *values, row_head = row
        head = max(head, int(row_head or 0))
        if values[0] is not None:
            found.append(Change(*values))
    if found:
        head = max(head, found[-1].seq) if len(found) < limit else found[-1].seq
    return found, head


def ring(db: Database) -> None:
    """Ring the doorbell after a commit, best effort (outside any transaction)."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("select pg_notify(:channel, '')"), {"channel": DOORBELL})
            conn.commit()
    except Exception as err:  # noqa: BLE001 - a doorbell that fails only delays others' updates
        log.info("doorbell: %s", err)


class LiveListener:
    """Iterate `events()` in a worker thread; `stop()` (any thread) ends it within `poll` seconds.

    Polls the change feed every `interval` seconds, and within `poll` seconds of a doorbell
    (rung at most every `min_gap` seconds, however often it rings). Starts at the feed's head:
    history is not replayed. Reconnects by itself and reports the connection state.
    """

    def __init__(self, url: str, *, interval: float = 5.0, poll: float = 0.5, min_gap: float = 0.3,
                 retry_delays: tuple[float, ...] = (1, 2, 5, 10),
                 on_status: Callable[[bool], None] | None = None) -> None:
        self.url = url
        self.interval = interval
        self.poll = poll
        self.min_gap = min_gap
        self.retry_delays = retry_delays
        self.on_status = on_status  # True when (re)connected, False when the connection dropped
        self._stop = threading.Event()
        self.connected = False
        self.seq: int | None = None
        self.me: int | None = None

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
        conn.execute(f"listen {DOORBELL}")
        self.me = conn.execute("select employee_id from api.whoami()").fetchone()[0]
        if self.seq is None:
            self.seq = conn.execute("select head from api.changes_since(null, 1)").fetchone()[0] or 0
        return conn

    def events(self) -> Iterator[dict[str, Any]]:
        """Change payloads (see Change.payload), until stop()."""
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
                    yield from self._run(conn)
            except psycopg.Error as err:
                log.info("live updates: connection lost: %s", err)
                self._set_connected(False)
                self._stop.wait(self.retry_delays[0])
        self.connected = False  # stopping is not a dropped connection: no status callback

    def _run(self, conn: psycopg.Connection) -> Iterator[dict[str, Any]]:
        last_poll = 0.0
        while not self._stop.is_set():
            rung = any(True for _ in conn.notifies(timeout=self.poll, stop_after=1))
            now = time.monotonic()
            if (rung and now - last_poll >= self.min_gap) or now - last_poll >= self.interval:
                last_poll = now
                found, self.seq = changes_since(conn, self.seq or 0)
                for change in found:
                    yield change.payload(self.me)
                    if self._stop.is_set():
                        return

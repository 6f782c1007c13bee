"""A whole list to a file: page through the list's own service and stream every row to a TableWriter.

The list service is the one the screen pages over (same query, sort and keyset cursor, so the same
scope: the database decides which rows come), read in its biggest pages, the next page while the
current one is written (`read_ahead`). Runs on a worker thread;
`token.cancelled` (ui/tasks.py CancelToken) is checked between pages, and a cancel or failure removes
the partial file. `progress.rows` tells the screen how far it got.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Protocol

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.reports.table_writer import ColumnSpec, TableWriter
from salesdesk.services.errors import DomainError
from salesdesk.services.pagination import Page
from salesdesk.services.records import MAX_LIMIT
from salesdesk.services.trade_documents import DocumentWriteError


class ExportCancelled(DomainError):
    """The user cancelled the export (the partial file is gone)."""

    default_message = QT_TRANSLATE_NOOP("errors", "The export was cancelled.")


class PagedList(Protocol):
    """What a list screen pages over (ui/record_model.py ListSource)."""

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None,
             limit: int) -> Page[Any]: ...


class Token(Protocol):
    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class ExportColumn:
    """A column of the file: its spec and how to read its value from a list row."""

    spec: ColumnSpec
    value: Callable[[Any], Any]


@dataclass
class ListView:
    """The list as the screen shows it: the service, the query (filters, search), the sort."""

    source: PagedList
    query: Any
    sort: str
    descending: bool


@dataclass(frozen=True)
class LoadedRows:
    """A list the screen already holds whole (the org tree's people): one page, no server paging."""

    rows: tuple[Any, ...]

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None,
             limit: int) -> Page[Any]:
        return Page(self.rows, None)


class Progress:
    """Rows written so far; set by the worker, read by the screen's timer (an int is set atomically)."""

    rows: int = 0


def export_list(token: Token, view: ListView, columns: Sequence[ExportColumn], path: str | os.PathLike[str],
                progress: Progress | None = None, page_size: int = MAX_LIMIT) -> int:
    """Worker: every row of `view` to `path` (XLSX, or CSV by its suffix); returns the rows written.

    ExportCancelled when `token` is cancelled; DocumentWriteError when the file cannot be written."""
    try:
        with TableWriter(path, [c.spec for c in columns]) as out, \
                closing(read_ahead(token, view, page_size)) as pages:
            for page in pages:
                if token.cancelled:
                    raise ExportCancelled()
                for row in page.rows:
                    out.write([c.value(row) for c in columns])
                if progress is not None:
                    progress.rows = out.rows
            if token.cancelled:
                raise ExportCancelled()
    except OSError as err:
        raise DocumentWriteError(path=str(path), reason=err.strerror or str(err)) from err
    return out.rows


_DONE = object()


def read_ahead(token: Token, view: ListView, page_size: int) -> Iterator[Page[Any]]:
    """The list's pages in order, each read while the caller writes the one before (the server and
    the writer work at once; at most two pages wait). Reading stops at the last page, on a cancel, or
    when the caller stops; the reader's error is raised here."""
    pages: queue.Queue[Any] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item: Any) -> None:
        while not stop.is_set():
            try:
                pages.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read() -> None:
        after: str | None = None
        try:
            while not stop.is_set() and not token.cancelled:
                page = view.source.list(view.query, sort=view.sort, descending=view.descending,
                                        after=after, limit=page_size)
                put(page)
                after = page.next_cursor
                if after is None:
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the writing thread, raised there
            put(exc)
        put(_DONE)

    reader = threading.Thread(target=read, name="export-read-ahead", daemon=True)
    reader.start()
    try:
        while (item := pages.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        reader.join()

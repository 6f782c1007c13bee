"""A paged table model over any list service: keyset pages into a lazily filled row cache.

Modelled on Anki's browser table model: the model knows how many rows there are
before it has them, fills its cache as the view asks, and turns backend errors
into display state instead of raising into Qt.

- When the count is exact, `rowCount()` is the total, so the scrollbar has its
  real size. Rows not loaded yet show a placeholder; asking for one (a paint,
  a jump to the end) fetches pages in order up to it, bigger ones when it is far.
- When the count is "at least n" (or not known yet), the view pages in with
  `canFetchMore`/`fetchMore` as it reaches the end.
- Filter (`set_query`) and sort (`sort`) are the server's: both reload. Every
  answer carries the generation it was asked in; late answers are dropped.
- `refresh_record`, `put` and `remove_record` keep single rows current (live updates).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from salesdesk.services.errors import NotFoundError
from salesdesk.services.pagination import Count, Page
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.columns import ID_ROLE, RIGHT, ROOT, Column, Index, column_header
from salesdesk.ui.tasks import Task, TaskRunner

T = TypeVar("T")
PLACEHOLDER = "…"
BIG_PAGE = 500  # rows per fetch when the row asked for is far beyond what is loaded
_GREY = QColor("#9aa0a8")


class ListSource(Protocol):
    """What the model pages over. Called on a worker thread; `get` answers a row or a detail."""

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None,
             limit: int) -> Page[Any]: ...

    def count(self, query: Any) -> Count | int: ...

    def get(self, record_id: int) -> Any: ...


@dataclass(frozen=True)
class ServiceSource:
    """A list service's functions bound to a database (every service function takes `db` first)."""

    db: Any
    list_fn: Callable[..., Page[Any]]
    count_fn: Callable[..., Count | int]
    get_fn: Callable[..., Any]

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None,
             limit: int) -> Page[Any]:
        return self.list_fn(self.db, query, sort=sort, descending=descending, after=after, limit=limit)

    def count(self, query: Any) -> Count | int:
        return self.count_fn(self.db, query)

    def get(self, record_id: int) -> Any:
        return self.get_fn(self.db, record_id)


def as_count(value: Count | int) -> Count:
    """A count as the services give it: a plain int is exact."""
    if isinstance(value, int):
        return Count(value, True)
    return Count(int(getattr(value, "n", 0)), bool(getattr(value, "exact", True)))


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of one list service, page by page. Rows are dataclasses with an `id`."""

    loadingChanged = Signal(bool)
    countChanged = Signal()   # `count` / `count_exact` changed (or counting started)
    pageLoaded = Signal()     # after every page, also an empty first page
    failed = Signal(object)   # the exception; `error` holds its text until the next reload

    def __init__(self, runner: TaskRunner, source: ListSource, columns: Sequence[Column[T]], *,
                 query: Any = None, sort: str = "name", descending: bool = False, page_size: int = 50,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.runner, self.source, self.columns = runner, source, list(columns)
        self.query, self.sort_key, self.descending, self.page_size = query, sort, descending, page_size
        self._rows: list[T] = []
        self._ids: set[Any] = set()
        self._shown = 0                 # what rowCount() says; changes only inside begin/end calls
        self._cursor: str | None = None
        self._exhausted = True          # nothing to fetch until the first reload()
        self._loading: Task | None = None
        self._counting = False
        self._generation = 0
        self._recheck: set[Any] = set()  # changed while a page was on its way: it may carry them as they were
        self._wanted = -1               # the furthest row the view asked for
        self.count: int | None = None
        self.count_exact = True
        self.loaded_once = False
        self.error = ""
        self._fetch_timer = QTimer(self)  # data() asks during painting: fetch after it
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_next)

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return column_header(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if index.row() >= len(self._rows):
            self._want(index.row())
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER
            return QBrush(_GREY) if role == Qt.ItemDataRole.ForegroundRole else None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return RIGHT
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return self.extra_data(row, column, role)

    def extra_data(self, row: T, column: Column[T], role: int) -> Any:
        """Other roles of a loaded row (e.g. a grey foreground for archived records)."""
        return None

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return (not parent.isValid() and not self._exhausted and self._loading is None
                and not self.error and self._shown <= len(self._rows))

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802
        if not parent.isValid():
            self._want(len(self._rows) + self.page_size - 1, at_once=True)

    def fetch_to_end(self) -> None:
        """Page in up to the list's last row (in big pages), e.g. for Ctrl+End when the count is a guess."""
        self._want(2**62, at_once=True)

    def is_complete(self) -> bool:
        """Every row of the list is loaded or shown as a row to be loaded (the exact count is known)."""
        return self.loaded_once and (self._exhausted or (self.count is not None and self.count_exact))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return  # the server sorts only by indexed columns
        key = self.columns[column].sort_key or self.sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.loaded_once:
            return
        self.sort_key, self.descending = key, descending
        self.reload(count=False)

    # -- state ------------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._loading is not None

    def is_counting(self) -> bool:
        return self._counting

    def is_settled(self) -> bool:
        """The first page (or its error) is here and the count has answered — after a reload too:
        a list shown again reloads, and until its first page is back it shows no rows."""
        reloading = self._loading is not None and not self._rows
        return (self.loaded_once or bool(self.error)) and not self._counting and not reloading

    def total(self) -> int | None:
        """How many rows the list has, when that is known exactly."""
        if self._exhausted and self.loaded_once:
            return len(self._rows)
        return self.count if self.count is not None and self.count_exact else None

    def rows(self) -> list[T]:
        """The rows loaded so far, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: Any) -> int | None:
        if record_id not in self._ids:
            return None
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == record_id), None)

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort_key == self.sort_key), 0)

    def retranslate(self) -> None:
        """Headers and texts depend on the language: tell the views to ask again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(self.columns) - 1))

    # -- filter and reload ------------------------------------------------------------------
    def set_query(self, query: Any) -> None:
        self.query = query
        self.reload()

    def reload(self, count: bool = True) -> None:
        """Drop the rows and fetch from the start (and count again, unless only the order changed)."""
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self._fetch_timer.stop()
        self._recheck.clear()  # the pages asked from here on see every change made so far
        if count:
            self.count, self.count_exact = None, True
        self.beginResetModel()
        self._rows, self._ids = [], set()
        self._cursor, self._exhausted, self.error = None, False, ""
        self._wanted = self.page_size - 1
        self._shown = self._desired()  # a known total keeps the scrollbar's size across a re-sort
        self.endResetModel()
        if count:
            self.recount()
        self._fetch_next()

    def recount(self) -> None:
        """Count again in the background; the old count stays shown until the new one is here."""
        generation = self._generation
        self._counting = True
        self.countChanged.emit()
        self.runner.run(self.source.count, self.query, busy=False,
                        on_success=lambda value: self._count_arrived(generation, value),
                        on_error=lambda _exc: self._count_arrived(generation, None))

    def _count_arrived(self, generation: int, value: Count | int | None) -> None:
        if generation != self._generation:
            return
        self._counting = False
        if value is not None:
            counted = as_count(value)
            if not counted.exact and self._exhausted and self.loaded_once:
                counted = Count(len(self._rows), True)  # every row is here: better than "at least"
            self.count, self.count_exact = counted.n, counted.exact
        self._sync(len(self._rows))
        self.countChanged.emit()

    # -- paging -----------------------------------------------------------------------------
    def _want(self, row: int, at_once: bool = False) -> None:
        if row > self._wanted:
            self._wanted = row
        if at_once:
            self._fetch_next()
        elif not self._fetch_timer.isActive() and self._loading is None:
            self._fetch_timer.start()

    def _fetch_next(self) -> None:
        if self._loading is not None or self._exhausted or self.error:
            return
        missing = self._wanted - len(self._rows) + 1
        if missing <= 0:
            return
        limit = self.page_size if missing <= self.page_size else min(BIG_PAGE, missing + self.page_size)
        generation = self._generation
        self._loading = self.runner.run(
            self.source.list, self.query, sort=self.sort_key, descending=self.descending,
            after=self._cursor, limit=limit,
            on_success=lambda page: self._page_arrived(generation, page),
            on_error=lambda exc: self._page_failed(generation, exc))
        self.loadingChanged.emit(True)

    def _page_arrived(self, generation: int, page: Page[T]) -> None:
        if generation != self._generation:
            return
        self._loading = None
        first = len(self._rows)
        for row in page.rows:
            if row.id not in self._ids:  # a row a live update moved may come again
                self._rows.append(row)
                self._ids.add(row.id)
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.loaded_once = True
        known = (len(self._rows), True)
        if self._exhausted and not self._counting and (self.count, self.count_exact) != known:
            self.count, self.count_exact = len(self._rows), True  # the end is here: the total is sure
            self.countChanged.emit()
        self._sync(first)
        self.loadingChanged.emit(False)
        self.pageLoaded.emit()
        stale, self._recheck = self._recheck & self._ids, set()
        for record_id in stale:  # the page was read before the change: read the record again
            self.refresh_record(record_id)
        self._fetch_next()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self.error = ui_errors.error_text(exc)  # no retry loop; reload() tries again
        self._sync(len(self._rows))
        self.loadingChanged.emit(False)
        self.failed.emit(exc)

    def _desired(self) -> int:
        if self._exhausted and self.loaded_once or self.error or self.count is None or not self.count_exact:
            return len(self._rows)
        return max(len(self._rows), self.count)

    def _sync(self, first_new: int) -> None:
        """Tell the views: rows from `first_new` were filled; placeholders added or dropped."""
        filled_end = min(self._shown, len(self._rows))
        if first_new < filled_end:
            self.dataChanged.emit(self.index(first_new, 0), self.index(filled_end - 1, len(self.columns) - 1))
        want = self._desired()
        if want > self._shown:
            self.beginInsertRows(ROOT, self._shown, want - 1)
            self._shown = want
            self.endInsertRows()
        elif want < self._shown:
            self.beginRemoveRows(ROOT, want, self._shown - 1)
            self._shown = want
            self.endRemoveRows()

    # -- single rows ------------------------------------------------------------------------
    def row_for(self, item: Any) -> T | None:
        """The list line for a record just read (`get` or a save), or None when it has left this list."""
        return item

    def refresh_record(self, record_id: Any) -> None:
        """Re-read one listed record: replace its line, or drop it when it is gone.

        A page on its way may have been read before the change (a search typed just
        before a hand-on): its lines for this record are read again when it lands.
        """
        if self._loading is not None:
            self._recheck.add(record_id)
        if self.row_of(record_id) is None:
            return
        generation = self._generation
        self.runner.run(self.source.get, record_id, busy=False,
                        on_success=lambda item: self._replace(generation, record_id, item),
                        on_error=lambda exc: self._gone(generation, record_id, exc))

    def put(self, item: Any) -> None:
        """Show a record just saved here: replace its line when it is listed."""
        if self._loading is not None:
            self._recheck.add(item.id)
        self._replace(self._generation, item.id, item)

    def _replace(self, generation: int, record_id: Any, item: Any) -> None:
        row = self.row_of(record_id)
        if generation != self._generation or row is None:
            return
        line = self.row_for(item)
        if line is None:
            self.remove_record(record_id)
            return
        self._rows[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _gone(self, generation: int, record_id: Any, exc: BaseException) -> None:
        if generation == self._generation and isinstance(exc, NotFoundError):
            self.remove_record(record_id)  # out of scope now (reassigned away) or removed

    def remove_record(self, record_id: Any) -> None:
        """Drop a listed record's line (and one from the count)."""
        if self._loading is not None:
            self._recheck.add(record_id)  # the page on its way may bring it back
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        self._ids.discard(record_id)
        self._shown -= 1
        if self.count:
            self.count -= 1
        self.endRemoveRows()
        self.countChanged.emit()

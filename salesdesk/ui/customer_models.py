"""Item models of the customer workspace: the paged customer list and the read-only history tables.

Models hold plain service dataclasses (never a session) and ask the services for
more through the task runner, so the GUI thread never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from salesdesk.services import customers
from salesdesk.services.customer_types import (
    CustomerDetail,
    CustomerQuery,
    CustomerRow,
)
from salesdesk.services.errors import NotFoundError
from salesdesk.ui.tasks import Task, TaskRunner

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row, for views and tests
_ROOT = QModelIndex()


translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings


def fmt_datetime(value: datetime | None) -> str:
    """Local date and time, short, in the current language."""
    if value is None:
        return ""
    return QLocale().toString(value.astimezone(), "yyyy-MM-dd HH:mm")


def fmt_date(value: datetime | None) -> str:
    return "" if value is None else QLocale().toString(value.astimezone(), "yyyy-MM-dd")


def fmt_money(value: Decimal | None) -> str:
    """Money as text with grouping and two decimals (Decimal all the way; never float)."""
    return "" if value is None else f"{value:,.2f}"


def field_labels() -> dict[str, str]:
    """Translated labels of customer and contact fields (audit history, conflict dialog)."""
    return {
        "name": translate("CustomerFields", "Name"), "short_name": translate("CustomerFields", "Short name"),
        "industry": translate("CustomerFields", "Industry"), "level": translate("CustomerFields", "Level"),
        "address": translate("CustomerFields", "Address"), "region": translate("CustomerFields", "Region"),
        "phone": translate("CustomerFields", "Phone"), "website": translate("CustomerFields", "Website"),
        "source": translate("CustomerFields", "Source"),
        "credit_limit": translate("CustomerFields", "Credit limit"),
        "notes": translate("CustomerFields", "Notes"), "owner_id": translate("CustomerFields", "Owner"),
        "pool_id": translate("CustomerFields", "Pool"),
        "archived_at": translate("CustomerFields", "Archived"),
        "last_contact_at": translate("CustomerFields", "Last contact"),
        "title": translate("CustomerFields", "Title"), "mobile": translate("CustomerFields", "Mobile"),
        "email": translate("CustomerFields", "E-mail"),
        "is_primary": translate("CustomerFields", "Primary contact"),
    }


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: a stable key (saved settings), a translated title, how to show a row."""

    key: str
    title: Callable[[], str]
    text: Callable[[T], str]
    sort_key: str | None = None
    right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of dataclass rows with declared columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return self.extra_data(row, column, role)

    def extra_data(self, row: T, column: Column[T], role: int) -> Any:
        return None

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Headers and texts depend on the language: tell the views to ask again."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))


# ---------------------------------------------------------------------------
# The customer list
# ---------------------------------------------------------------------------

def owner_text(row: CustomerRow | CustomerDetail) -> str:
    if row.owner_id is not None:
        return row.owner_name or ""
    return translate("CustomerModels", "Pool")


def customer_columns() -> list[Column[CustomerRow]]:
    """The list's columns; keys are stable (the column chooser saves them)."""
    return [
        Column("name", lambda: translate("CustomerModels", "Name"), lambda r: r.name, "name"),
        Column("short_name", lambda: translate("CustomerModels", "Short name"), lambda r: r.short_name or ""),
        Column("level", lambda: translate("CustomerModels", "Level"), lambda r: r.level or "", "level"),
        Column("contact", lambda: translate("CustomerModels", "Primary contact"),
               lambda r: " ".join(x for x in (r.primary_contact_name, r.primary_contact_mobile) if x)),
        Column("phone", lambda: translate("CustomerModels", "Phone"), lambda r: r.phone or ""),
        Column("owner", lambda: translate("CustomerModels", "Owner"), owner_text),
        Column("unit", lambda: translate("CustomerModels", "Unit"), lambda r: r.unit_name or ""),
        Column("region", lambda: translate("CustomerModels", "Region"), lambda r: r.region or ""),
        Column("industry", lambda: translate("CustomerModels", "Industry"), lambda r: r.industry or ""),
        Column("credit_limit", lambda: translate("CustomerModels", "Credit limit"),
               lambda r: fmt_money(r.credit_limit), "credit_limit", right=True),
        Column("last_contact_at", lambda: translate("CustomerModels", "Last contact"),
               lambda r: fmt_date(r.last_contact_at), "last_contact_at"),
        Column("updated_at", lambda: translate("CustomerModels", "Updated"),
               lambda r: fmt_datetime(r.updated_at), "updated_at"),
    ]


DEFAULT_HIDDEN = ("short_name", "industry", "updated_at")


def row_from_detail(d: CustomerDetail) -> CustomerRow:
    """The list line of a customer just read in full (after a save or a live update)."""
    primary = next((c for c in d.contacts if c.is_primary), None)
    return CustomerRow(
        id=d.id, name=d.name, short_name=d.short_name, level=d.level, phone=d.phone, region=d.region,
        industry=d.industry, credit_limit=d.credit_limit, owner_id=d.owner_id, owner_name=d.owner_name,
        pool_id=d.pool_id, unit_name=d.unit_name, primary_contact_name=primary.name if primary else None,
        primary_contact_mobile=primary.mobile if primary else None, last_contact_at=d.last_contact_at,
        updated_at=d.updated_at, archived_at=d.archived_at, version=d.version)


class CustomerTableModel(RowsModel[CustomerRow]):
    """Customers page by page from `list_customers` (keyset), sorted and filtered by the server.

    `fetchMore` starts a background call and returns at once; rows arrive later
    through `beginInsertRows`. A reset (new filter or sort) bumps a generation
    number so late answers of the old query are dropped.
    """

    countChanged = Signal(int)       # the total for the filters (-1 while counting)
    loadingChanged = Signal(bool)
    pageLoaded = Signal()            # after every page (also an empty first page)
    failed = Signal(object)          # an exception from the service

    def __init__(self, runner: TaskRunner, db: Any, *, page_size: int = 50, parent: Any = None,
                 list_fn: Callable[..., Any] = customers.list_customers,
                 count_fn: Callable[..., int] = customers.count_customers,
                 get_fn: Callable[..., CustomerDetail] = customers.get_customer) -> None:
        super().__init__(customer_columns(), parent)
        self.runner, self.db, self.page_size = runner, db, page_size
        self._list, self._count, self._get = list_fn, count_fn, get_fn
        self.query = CustomerQuery()
        self.sort_key, self.descending = "name", False
        self._cursor: str | None = None
        self._exhausted = True  # nothing to fetch until the first reload()
        self._loading: Task | None = None
        self._generation = 0
        self.count: int | None = None
        self.loaded_once = False

    # -- paging -----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and self._loading is None

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        self._loading = self.runner.run(
            self._list, self.db, self.query, sort=self.sort_key, descending=self.descending,
            after=self._cursor, limit=self.page_size,
            on_success=lambda page: self._page_arrived(generation, page),
            on_error=lambda exc: self._page_failed(generation, exc))
        self.loadingChanged.emit(True)

    def _page_arrived(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        self._loading = None
        known = {r.id for r in self._rows}
        rows = [r for r in page.rows if r.id not in known]  # a row moved by a live update
        if rows:
            self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.loaded_once = True
        self.loadingChanged.emit(False)
        self.pageLoaded.emit()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self._exhausted = True  # no retry loop; refresh() tries again
        self.loadingChanged.emit(False)
        self.failed.emit(exc)

    def is_loading(self) -> bool:
        return self._loading is not None

    # -- filter, sort, reload ----------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        self.query = query
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return  # the server sorts only by indexed columns
        key = self.columns[column].sort_key or "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.loaded_once:
            return
        self.sort_key, self.descending = key, descending
        self.reload(count=False)

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort_key == self.sort_key), 0)

    def reload(self, count: bool = True) -> None:
        """Drop the rows and fetch the first page again (and the count, off-thread too)."""
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.beginResetModel()
        self._rows = []
        self._cursor, self._exhausted = None, False
        self.endResetModel()
        self.fetchMore()
        if count:
            self.recount()

    def recount(self) -> None:
        generation = self._generation
        self.count = None
        self.countChanged.emit(-1)
        self.runner.run(self._count, self.db, self.query, busy=False,
                        on_success=lambda n: self._count_arrived(generation, n),
                        on_error=lambda exc: self._count_arrived(generation, -1))

    def _count_arrived(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self.count = n if n >= 0 else None
            self.countChanged.emit(n)

    # -- single rows ------------------------------------------------------------------------
    def row_of(self, customer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == customer_id), None)

    def refresh_customer(self, customer_id: int) -> None:
        """Re-read one shown customer (live update): replace its line, or drop it when it is gone."""
        if self.row_of(customer_id) is None:
            return
        generation = self._generation
        self.runner.run(self._get, self.db, customer_id, busy=False,
                        on_success=lambda d: self._replace(generation, customer_id, d),
                        on_error=lambda exc: self._gone(generation, customer_id, exc))

    def put(self, detail: CustomerDetail) -> None:
        """Show a customer just saved here: replace its line when listed."""
        self._replace(self._generation, detail.id, detail)

    def _replace(self, generation: int, customer_id: int, detail: CustomerDetail) -> None:
        row = self.row_of(customer_id)
        if generation != self._generation or row is None:
            return
        left_pool = self.query.scope == "pool" and detail.pool_id is None
        if left_pool or detail.archived_at is not None and not self.query.include_archived:
            self._remove(row)
            return
        self._rows[row] = row_from_detail(detail)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _gone(self, generation: int, customer_id: int, exc: BaseException) -> None:
        row = self.row_of(customer_id)
        if generation == self._generation and row is not None and isinstance(exc, NotFoundError):
            self._remove(row)  # out of scope now (reassigned away) or removed

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self._rows[row]
        self.endRemoveRows()
        if self.count is not None and self.count > 0:
            self.count -= 1
            self.countChanged.emit(self.count)

    def extra_data(self, row: CustomerRow, column: Column[CustomerRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.archived_at is not None or row.owner_id is None):
            return QBrush(QColor("#808080"))
        return None


def problem_text(exc: BaseException) -> str:
    """The error in the user's language, with each field problem of a ValidationError spelled out."""
    from salesdesk.services.errors import ValidationError
    from salesdesk.ui.errors import error_text, translate

    text = error_text(exc)
    if isinstance(exc, ValidationError) and exc.fields:
        text = " ".join(problem.text(translate) for problem in exc.fields.values())
    return text

"""Keyset paging: pages continue after the last row seen, never by OFFSET.

A list is ordered by (sort column, id) in one direction; empty (NULL) values
always come last, whatever the direction. A cursor is an opaque string that
records the sort, the direction and the last row's (value, id); a cursor from
another sort is refused.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, and_, or_, tuple_

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import ValidationError

T = TypeVar("T")

BAD_CURSOR = QT_TRANSLATE_NOOP("errors", "The list position is no longer valid; reload the list.")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows and the cursor of the next page (None on the last page)."""

    rows: tuple[T, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Count:
    """How many rows a list holds: exactly `n`, or (exact False) at least `n`."""

    n: int
    exact: bool = True


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, Decimal):
        return {"dec": str(value)}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "dt" in value:
            return datetime.fromisoformat(value["dt"])
        if "dec" in value:
            return Decimal(value["dec"])
        raise ValueError("unknown cursor value")
    return value


def encode_cursor(sort: str, descending: bool, value: Any, row_id: int) -> str:
    """An opaque cursor pointing just after the row (value, row_id) in this sort."""
    raw = json.dumps([sort, descending, _encode_value(value), row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, descending: bool) -> tuple[Any, int]:
    """(value, id) of a cursor made for this sort; ValidationError when it is not."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        c_sort, c_desc, value, row_id = json.loads(raw)
        if c_sort != sort or c_desc != descending or not isinstance(row_id, int):
            raise ValueError("cursor of another sort")
        return _decode_value(value), row_id
    except (ValueError, TypeError) as err:
        raise ValidationError({"after": BAD_CURSOR}, BAD_CURSOR) from err


def order_by(col: ColumnElement[Any], id_col: ColumnElement[Any], descending: bool,
             nullable: bool) -> list[Any]:
    """ORDER BY terms matching `after()`: (col, id) in one direction, NULLs last."""
    if descending:
        terms = [col.desc().nulls_last() if nullable else col.desc(), id_col.desc()]
    else:
        terms = [col.asc().nulls_last() if nullable else col.asc(), id_col.asc()]
    return terms


def after(col: ColumnElement[Any], id_col: ColumnElement[Any], value: Any, row_id: int,
          descending: bool, nullable: bool) -> ColumnElement[bool]:
    """Rows strictly after (value, row_id) in the order `order_by()` gives.

    A non-null NOT NULL column uses a row comparison, which PostgreSQL turns
    into an index range scan on a (col, id) index.
    """
    if value is None:  # inside the NULL tail: only ids further on
        return and_(col.is_(None), id_col < row_id if descending else id_col > row_id)
    if descending:
        beyond = tuple_(col, id_col) < tuple_(value, row_id)
    else:
        beyond = tuple_(col, id_col) > tuple_(value, row_id)
    return or_(beyond, col.is_(None)) if nullable else beyond


def paginate(rows: list[Any], limit: int, key: Any, sort: str,
             descending: bool) -> tuple[list[Any], str | None]:
    """Trim a fetched `limit + 1` rows to a page and make the next cursor.

    `key(row) -> (value, id)` reads the sort value and id of a row.
    """
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    value, row_id = key(page[-1])
    return page, encode_cursor(sort, descending, value, row_id)

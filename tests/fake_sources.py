"""Small in-memory services for widget tests of the record pieces (no database).

`FakeSource` is a list service over a Python list: search filter, sort by any
field, keyset cursors, exact or "at least" counts, and switches to hold or fail
calls, so tests can order answers and see errors.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from salesdesk.services.errors import NotFoundError
from salesdesk.services.pagination import Count, Page


@dataclass(frozen=True)
class Item:
    """A record row as list services return them."""

    id: int
    name: str
    amount: int = 0
    owner_id: int | None = 1
    can_manage: bool = True
    can_edit: bool = True


@dataclass(frozen=True)
class ItemQuery:
    search: str = ""


def items(n: int) -> list[Item]:
    return [Item(i, f"item {i:05d}", amount=(i * 37) % 101) for i in range(1, n + 1)]


@dataclass
class FakeSource:
    """list / count / get over `rows`; records every list call as (after, limit)."""

    rows: list[Any]
    exact: bool = True
    count_cap: int = 100          # an inexact count says "at least" this many
    list_calls: list[tuple[str | None, int]] = field(default_factory=list)
    fail: BaseException | None = None
    hold_count: threading.Event | None = None   # when set up (cleared), count() waits for it
    hold_list: threading.Event | None = None
    hold_answer: threading.Event | None = None  # when set up, list() reads its page, then waits to answer

    def matching(self, query: Any) -> list[Any]:
        text = (getattr(query, "search", "") or "").lower()
        return [r for r in self.rows if text in r.name.lower()]

    def list(self, query: Any, *, sort: str, descending: bool, after: str | None, limit: int) -> Page[Any]:
        self.list_calls.append((after, limit))
        if self.hold_list is not None:
            self.hold_list.wait(10)
        if self.fail is not None:
            raise self.fail
        rows = sorted(self.matching(query), key=lambda r: (getattr(r, sort), r.id), reverse=descending)
        start = 0
        if after is not None:
            key = tuple(json.loads(after))
            beyond = (lambda k: k < key) if descending else (lambda k: k > key)
            start = next((i for i, r in enumerate(rows) if beyond((getattr(r, sort), r.id))), len(rows))
        page = rows[start:start + limit]
        more = start + limit < len(rows)
        cursor = json.dumps([getattr(page[-1], sort), page[-1].id]) if more and page else None
        if self.hold_answer is not None:
            self.hold_answer.wait(10)
        return Page(tuple(page), cursor)

    def count(self, query: Any) -> Count | int:
        if self.hold_count is not None:
            self.hold_count.wait(10)
        n = len(self.matching(query))
        return n if self.exact else Count(min(n, self.count_cap), False)

    def get(self, record_id: int) -> Any:
        found = next((r for r in self.rows if r.id == record_id), None)
        if found is None:
            raise NotFoundError()
        return found

    def change(self, record_id: int, **values: Any) -> None:
        self.rows = [replace(r, **values) if r.id == record_id else r for r in self.rows]

    def delete(self, record_id: int) -> None:
        self.rows = [r for r in self.rows if r.id != record_id]

"""What a record picker shows of a record, and the search a kind's service offers it.

    search: SearchFn = functools.partial(customer_list.search_customers, db)
    search("hl", 20) -> [Pick(id=7, text="华联商厦", detail="赵一")]

Each kind's service provides `search_<kinds>(db, text, limit) -> list[Pick]` over its own list API,
so the server's search (names, pinyin initials, phone digits) and row-level security decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

PICK_LIMIT = 20  # lines a picker offers at once: a narrower search is quicker than scrolling


@dataclass(frozen=True)
class Pick:
    """One record offered by a picker: its id, the text the line takes once picked, a detail beside it."""

    id: int
    text: str
    detail: str = ""


SearchFn = Callable[[str, int], list[Pick]]  # (typed text, at most this many) -> records

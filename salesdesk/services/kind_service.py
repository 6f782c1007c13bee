"""One record kind's list, count, read, create, save and batch actions over its generated API.

A kind declared with `private.declare_api` has `api.<kind>_list`, `api.<kind>_rows` and, with
`p_get`, `api.<kind>_get` (one record with the caller's rights and access); the generic writes are
`api.record_*` (services/records.py). A kind's service declares itself once:

    LEADS = KindService("lead", line=LeadRow, record=Lead, spec=LEAD_SPEC, sorts=SORT_KEYS,
                        choices={"status": LIST_STATUSES}, pick=("company_name", ("contact_name",)))
    list_leads, get_lead, save_lead = LEADS.list, LEADS.get, LEADS.save

and keeps only its own rules (a conversion, a quick log…). Every call opens its own transaction
named after the kind, so errors say "This lead was not found" (services/tx.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import ownership, records
from salesdesk.services.errors import ConflictError, NotFoundError, ValidationError, for_kind
from salesdesk.services.pagination import Count, Page
from salesdesk.services.picks import PICK_LIMIT, Pick
from salesdesk.services.tx import transaction
from salesdesk.services.validation import Spec, clean

BAD_SORT = QT_TRANSLATE_NOOP("errors", "The list cannot be sorted by this column.")
BAD_FILTER = QT_TRANSLATE_NOOP("errors", "This filter value is not valid.")
COUNT_CAP = 10_000  # counting stops here at first; the exact number follows when asked
# A search's count stops sooner: "1,000+ found" is all a reader needs before narrowing the search,
# and counting a common term's matches in a manager's 130,000 customers up to 10,000 read 10,000
# rows (150 ms at a million customers); up to 1,000 it reads a tenth of them.
SEARCH_COUNT_CAP = 1_000

LineT = TypeVar("LineT")
RecordT = TypeVar("RecordT")


@dataclass(frozen=True)
class KindService(Generic[LineT, RecordT]):
    """The plumbing every kind's service shares, configured by the kind's declaration.

    `line`: the dataclass of a list line (`_list` columns with rights); `record`: of one record
    (read by `reader`: "get" for `api.<kind>_get`, "rows" for `api.<kind>_rows`); `spec`: the
    field types create and save clean with; `sorts`: the sorts the list offers (empty: any the
    database takes); `choices`: equality filters limited to these values; `pick`: the record
    picker's text column and detail columns; `omit_empty`: a create leaves out fields given as
    None, so the table's defaults apply."""

    kind: str
    line: Callable[..., LineT]
    record: Callable[..., RecordT]
    spec: Spec = field(default_factory=dict)
    sorts: tuple[str, ...] = ()
    sort: str = "name"
    descending: bool = False
    choices: Mapping[str, Sequence[str]] = field(default_factory=dict)
    pick: tuple[str, tuple[str, ...]] | None = None
    reader: str = "get"
    omit_empty: bool = False

    def query(self, query: Mapping[str, Any] | None) -> dict[str, Any]:
        """The list API's query, its equality filters checked against their choices."""
        q = dict(query or {})
        eq = q.get("eq", {})
        bad = {k: BAD_FILTER for k, values in self.choices.items() if eq.get(k) not in (None, *values)}
        if bad:
            raise ValidationError(bad)
        return q

    def list(self, db: Database, query: Mapping[str, Any] | None = None, *, sort: str | None = None,
             descending: bool | None = None, after: str | None = None, limit: int = 50) -> Page[LineT]:
        """One keyset page of the lines I see ({"scope": …, "search": …, "eq": {…}, "archived": …})."""
        sort = self.sort if sort is None else sort
        if self.sorts and sort not in self.sorts:
            raise ValidationError({"sort": BAD_SORT})
        with transaction(db, self.kind) as session:
            return records.list_page(session, f"api.{self.kind}_list", self.query(query),
                                     lambda r: records.build(self.line, r), sort=sort,
                                     descending=self.descending if descending is None else descending,
                                     after=after, limit=limit)

    def count(self, db: Database, query: Mapping[str, Any] | None = None,
              cap: int | None = COUNT_CAP) -> Count:
        """How many rows the list holds: exact, or "at least" the cap (SEARCH_COUNT_CAP for a search)."""
        api_query = self.query(query)
        if cap == COUNT_CAP and api_query.get("search"):
            cap = SEARCH_COUNT_CAP
        with transaction(db, self.kind) as session:
            return records.count(session, self.kind, api_query, cap)

    def read(self, session: Session, record_id: int, make: Callable[..., Any] | None = None) -> Any:
        """One record I see in the caller's transaction; NotFoundError when hidden or missing."""
        call = (f"select * from api.{self.kind}_get(:id)" if self.reader == "get"
                else f"select * from api.{self.kind}_rows(array[cast(:id as bigint)])")
        found = records.rows(session, call, {"id": record_id})
        if not found:
            raise NotFoundError()
        return records.build(make or self.record, found[0])

    def get(self, db: Database, record_id: int) -> RecordT:
        with transaction(db, self.kind) as session:
            return self.read(session, record_id)

    def get_line(self, db: Database, record_id: int) -> LineT:
        """One record as its list line, with my rights and access on it now (a list re-reads a
        changed line so); a kind read by its rows takes them from its hand-written detail read."""
        with transaction(db, self.kind) as session:
            if self.reader == "get":
                return self.read(session, record_id, self.line)
            found = records.rows(session, f"select r.*, g.can_edit, g.can_manage, g.access from "
                                          f"api.{self.kind}_rows(array[cast(:id as bigint)]) r, "
                                          f"api.{self.kind}_get(:id) g", {"id": record_id})
        if not found:
            raise NotFoundError()
        return records.build(self.line, found[0])

    def create(self, db: Database, values: Mapping[str, Any], **fixed: Any) -> RecordT:
        """A record of mine from the typed `values` (cleaned by the spec) and `fixed` columns
        (a parent, a pool: None ones left out)."""
        cleaned = clean(values, self.spec)
        if self.omit_empty:
            cleaned = {k: v for k, v in cleaned.items() if v is not None}
        with transaction(db, self.kind) as session:
            new_id = records.create(session, self.kind,
                                    {**cleaned, **{k: v for k, v in fixed.items() if v is not None}})
            return self.read(session, new_id)

    def save(self, db: Database, record_id: int, version: int, changes: Mapping[str, Any]) -> RecordT:
        """Save the changed fields of `version`; ConflictError when someone saved meanwhile, with
        the record as it is now (`current`), so that an editor merges their changes with the typing."""
        cleaned = clean(changes, self.spec, partial=True)
        try:
            with transaction(db, self.kind) as session:
                records.update(session, self.kind, record_id, version, cleaned)
                return self.read(session, record_id)
        except ConflictError as err:
            raise self.conflict(db, record_id) from err

    def conflict(self, db: Database, record_id: int) -> ConflictError:
        """A stale save's error: the record as it is now (None when out of sight now), who saved
        it (when the record says) and when."""
        try:
            current: Any = self.get(db, record_id)
        except NotFoundError:
            current = None
        return for_kind(ConflictError(getattr(current, "updated_by_name", None),
                                      getattr(current, "updated_at", None), current), self.kind)

    def claim(self, db: Database, record_ids: Sequence[int]) -> None:
        """Take records from the pool (all or none)."""
        ownership.claim(db, self.kind, record_ids)

    def release(self, db: Database, record_ids: Sequence[int], reason: str) -> None:
        """Give records back to the pool of their owner's unit, with a reason (all or none)."""
        ownership.release(db, self.kind, record_ids, reason)

    def archive(self, db: Database, record_ids: Sequence[int], archived: bool = True) -> None:
        """Archive (or restore) records, all or none: they leave the lists, nothing is deleted."""
        with transaction(db, self.kind) as session:
            records.each(record_ids, lambda i: records.archive(session, self.kind, i, archived=archived))

    def search(self, db: Database, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
        """Records for a record picker: the list's search (names, pinyin, digits) in the default order."""
        title, details = self.pick or ("name", ())
        page = self.list(db, {"search": text}, limit=limit)
        return [Pick(r.id, getattr(r, title), " · ".join(x for x in (getattr(r, d) for d in details) if x))
                for r in page.rows]

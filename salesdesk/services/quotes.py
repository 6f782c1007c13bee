"""Quotes (报价单): the list, one quote with its lines and versions, made from a deal or a customer,
saved with its line edits, and its status flow — send (asking for the discount's approval when the
company's rules say so), revise, decline, accept into a draft contract. The database does the work
(sql/0032_quotes.sql); this module cleans input and names errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.errors import ConflictError, NotFoundError, for_kind
from salesdesk.services.kind_service import KindService
from salesdesk.services.product_lines import LineOp, clean_lines, save_lines
from salesdesk.services.quote_rules import QUOTE_LINE_SPEC, QUOTE_SPEC
from salesdesk.services.quote_types import (
    FILTER_STATUSES,
    SORT_KEYS,
    Quote,
    QuoteLine,
    QuoteRow,
    QuoteVersion,
)
from salesdesk.services.records import build
from salesdesk.services.tx import transaction
from salesdesk.services.validation import clean

KIND = "quote"
LINE_KIND = "quote_line"
QUOTES: KindService[QuoteRow, Quote] = KindService(
    KIND, line=QuoteRow, record=Quote, spec=QUOTE_SPEC, sorts=SORT_KEYS, sort="updated_at", descending=True,
    choices={"status": FILTER_STATUSES}, pick=("title", ("number", "customer_name")))
list_quotes, count_quotes, archive_quotes = QUOTES.list, QUOTES.count, QUOTES.archive


def _read(session: Session, quote_id: int) -> Quote:
    head = QUOTES.read(session, quote_id)
    params = {"id": quote_id}
    lines = tuple(build(QuoteLine, r)
                  for r in records.rows(session, "select * from api.quote_line_rows(:id)", params))
    versions = tuple(build(QuoteVersion, r)
                     for r in records.rows(session, "select * from api.quote_versions(:id)", params))
    return replace(head, lines=lines, versions=versions)


def get_quote(db: Database, quote_id: int) -> Quote:
    """One quote with its lines and every version I see; NotFoundError when hidden or missing."""
    with transaction(db, KIND) as session:
        return _read(session, quote_id)


def create_quote(db: Database, customer_id: int, values: Mapping[str, Any], lines: Sequence[LineOp] = (),
                 opportunity_id: int | None = None) -> Quote:
    """A draft quote of mine for a customer I see (empty, or with the given lines)."""
    cleaned, ops = clean(values, QUOTE_SPEC), clean_lines(lines, QUOTE_LINE_SPEC)
    with transaction(db, KIND) as session:
        fixed = {"customer_id": customer_id, "opportunity_id": opportunity_id}
        quote_id = records.create(session, KIND,
                                  {**cleaned, **{k: v for k, v in fixed.items() if v is not None}})
        save_lines(session, LINE_KIND, "quote_id", quote_id, ops)
        return _read(session, quote_id)


def save_quote(db: Database, quote_id: int, version: int, changes: Mapping[str, Any],
               line_ops: Sequence[LineOp] = ()) -> Quote:
    """Save a draft: its changed fields at `version` and its line edits, in one transaction
    (errors keyed `lines[i].field`); a sent quote refuses (revise it)."""
    cleaned, ops = clean(changes, QUOTE_SPEC, partial=True), clean_lines(line_ops, QUOTE_LINE_SPEC)
    try:
        with transaction(db, KIND) as session:
            if cleaned:
                records.update(session, KIND, quote_id, version, cleaned)
            else:
                records.rights(session, KIND, quote_id)
            save_lines(session, LINE_KIND, "quote_id", quote_id, ops)
            return _read(session, quote_id)
    except ConflictError as err:  # the quote or one of its lines saved meanwhile: theirs, to merge with
        raise _conflict(db, quote_id) from err


def _conflict(db: Database, quote_id: int) -> ConflictError:
    """A stale save's error with the quote and its lines as they are now (None when out of sight)."""
    try:
        current: Quote | None = get_quote(db, quote_id)
    except NotFoundError:
        current = None
    return for_kind(ConflictError(None, getattr(current, "updated_at", None), current), KIND)


def _call(db: Database, sql: str, params: Mapping[str, Any]) -> Any:
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return records.scalar(session, sql, params)


def quote_from_opportunity(db: Database, opportunity_id: int) -> int:
    """A draft quote of mine from a deal I see, its product lines carried over; the new id."""
    return int(_call(db, "select api.quote_from_opportunity(:id)", {"id": opportunity_id}))


def send_quote(db: Database, quote_id: int, version: int | None = None) -> str:
    """'sent', or 'approval' when the discount went for approval first (the quote stays a draft)."""
    return str(_call(db, "select api.quote_send(:id, :v)", {"id": quote_id, "v": version}))


def revise_quote(db: Database, quote_id: int, version: int | None = None) -> int:
    """The next version of a sent or declined quote (a draft copy); the earlier one is kept."""
    return int(_call(db, "select api.quote_revise(:id, :v)", {"id": quote_id, "v": version}))


def decline_quote(db: Database, quote_id: int, version: int | None = None) -> None:
    _call(db, "select api.quote_decline(:id, :v)", {"id": quote_id, "v": version})


def accept_quote(db: Database, quote_id: int, version: int | None = None) -> int:
    """Accepted: the draft contract made from it (its id), in one transaction."""
    return int(_call(db, "select api.quote_accept(:id, :v)", {"id": quote_id, "v": version}))

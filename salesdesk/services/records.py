"""Generic record operations over the API schema, for every declared record kind.

The database's `api` functions do the work (and row-level security decides every
row); this module is the one place that calls the generic ones — list skeleton,
count, rights, create/update/delete/archive, hand-on, shares, history and audit —
so a new kind's service is a few typed wrappers, not a copy of the customer code.
Every function takes a session: the caller owns the transaction, so several calls
form one all-or-nothing action.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from salesdesk.services.customer_types import HistoryEvent
from salesdesk.services.errors import BatchError, DomainError, domain_error_from
from salesdesk.services.pagination import Count, Page

T = TypeVar("T")
MAX_LIMIT = 500


def to_json(values: Mapping[str, Any]) -> str:
    """Field values as the API's jsonb: money and times as text (never float)."""

    def encode(value: Any) -> Any:
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        raise TypeError(f"cannot send {type(value).__name__}")

    return json.dumps(dict(values), default=encode, ensure_ascii=False)


def rows(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of one API call as dicts."""
    return [dict(r) for r in session.execute(text(sql), dict(params or {})).mappings()]


def scalar(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> Any:
    return session.execute(text(sql), dict(params or {})).scalar()


def list_page(session: Session, function: str, query: Mapping[str, Any], make: Callable[[dict], T], *,
              sort: str, descending: bool, after: str | None, limit: int) -> Page[T]:
    """One keyset page from a kind's `api.<kind>_list` function (`limit + 1` rows: more follow?)."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    found = rows(session, f"select * from {function}(cast(:q as jsonb), :sort, :desc, :after, :limit)",
                 {"q": to_json(query), "sort": sort, "desc": descending, "after": after, "limit": limit + 1})
    page = found[:limit]
    cursor = page[-1]["cursor"] if len(found) > limit and page else None
    return Page(rows=tuple(make(r) for r in page), next_cursor=cursor)


def maker(cls: Callable[..., T]) -> Callable[[dict], T]:
    """A dataclass from an API row: the class's fields, taken by name (other columns left behind)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    return lambda r: cls(**{n: r.get(n) for n in names})


def build(cls: Callable[..., T], row: Mapping[str, Any]) -> T:
    """A dataclass from an API row: the class's fields the row has (the others keep their defaults)."""
    return cls(**{f.name: row[f.name] for f in fields(cls) if f.name in row})  # type: ignore[arg-type]


def count(session: Session, kind: str, query: Mapping[str, Any], cap: int | None = None) -> Count:
    """How many rows the list holds: exact, or with `cap` at least `cap` (cheap at any size)."""
    n, exact = session.execute(text("select * from api.record_count(:kind, cast(:q as jsonb), :cap)"),
                               {"kind": kind, "q": to_json(query), "cap": cap}).one()
    return Count(int(n), bool(exact))


@dataclass(frozen=True)
class Rights:
    """What the signed-in user may do with one record, as the database says."""

    can_edit: bool
    can_manage: bool
    version: int


def rights(session: Session, kind: str, record_id: int) -> Rights:
    """Rights on a visible record; NotFoundError (through the error mapping) when hidden or missing."""
    row = session.execute(text("select * from api.record_rights(:kind, :id)"),
                          {"kind": kind, "id": record_id}).one()
    return Rights(bool(row.can_edit), bool(row.can_manage), int(row.version))


def create(session: Session, kind: str, values: Mapping[str, Any]) -> int:
    session.info["wrote"] = True
    return int(scalar(session, "select api.record_create(:kind, cast(:v as jsonb))",
                      {"kind": kind, "v": to_json(values)}))


def update(session: Session, kind: str, record_id: int, version: int | None,
           values: Mapping[str, Any]) -> int:
    session.info["wrote"] = True
    """Save fields of `version` (None: whatever is current); returns the new version."""
    return int(scalar(session, "select api.record_update(:kind, :id, :version, cast(:v as jsonb))",
                      {"kind": kind, "id": record_id, "version": version, "v": to_json(values)}))


def delete(session: Session, kind: str, record_id: int, version: int | None = None) -> None:
    session.info["wrote"] = True
    session.execute(text("select api.record_delete(:kind, :id, :version)"),
                    {"kind": kind, "id": record_id, "version": version})


def archive(session: Session, kind: str, record_id: int, version: int | None = None,
            archived: bool = True) -> int:
    session.info["wrote"] = True
    return int(scalar(session, "select api.record_archive(:kind, :id, :version, :archived)",
                      {"kind": kind, "id": record_id, "version": version, "archived": archived}))


def transfer(session: Session, kind: str, record_id: int, new_owner_id: int, reason: str) -> None:
    session.info["wrote"] = True
    session.execute(text("select api.record_transfer(:kind, :id, :owner, :reason)"),
                    {"kind": kind, "id": record_id, "owner": new_owner_id, "reason": reason})


def release(session: Session, kind: str, record_id: int, reason: str) -> None:
    session.info["wrote"] = True
    session.execute(text("select api.record_release(:kind, :id, :reason)"),
                    {"kind": kind, "id": record_id, "reason": reason})


def claim(session: Session, kind: str, record_id: int) -> None:
    session.info["wrote"] = True
    session.execute(text("select api.record_claim(:kind, :id)"), {"kind": kind, "id": record_id})


def share(session: Session, kind: str, record_id: int, employee_id: int, access: str,
          expires_at: datetime | None, note: str | None) -> int:
    session.info["wrote"] = True
    return int(scalar(session, "select api.record_share(:kind, :id, :emp, :access, :expires, :note)",
                      {"kind": kind, "id": record_id, "emp": employee_id, "access": access,
                       "expires": expires_at, "note": note}))


def unshare(session: Session, kind: str, record_id: int, employee_id: int) -> None:
    session.info["wrote"] = True
    session.execute(text("select api.record_unshare(:kind, :id, :emp)"),
                    {"kind": kind, "id": record_id, "emp": employee_id})


def shares(session: Session, kind: str, record_id: int) -> list[dict[str, Any]]:
    return rows(session, "select * from api.record_shares(:kind, :id)", {"kind": kind, "id": record_id})


def history(session: Session, kind: str, record_id: int) -> list[dict[str, Any]]:
    """The ownership history, each entry with its `event` (history_events) or None."""
    found = rows(session, "select * from api.record_history(:kind, :id)", {"kind": kind, "id": record_id})
    events = history_events(session, [r["id"] for r in found])
    return [{**r, "event": events.get(r["id"])} for r in found]


def history_events(session: Session, ids: Sequence[int]) -> dict[int, HistoryEvent]:
    """The coded entries among these ownership history ids: {id: HistoryEvent}."""
    if not ids:
        return {}
    found = rows(session, "select * from api.history_events(cast(:ids as bigint[]))", {"ids": list(ids)})
    return {r["id"]: maker(HistoryEvent)(r) for r in found}


def audit(session: Session, kind: str, record_id: int, limit: int = 500) -> list[dict[str, Any]]:
    return rows(session, "select * from api.record_audit(:kind, :id, :limit)",
                {"kind": kind, "id": record_id, "limit": limit})


def each(ids: Sequence[int], action: Callable[[int], None], name: Callable[[int], str] | None = None) -> None:
    """Apply `action` to every id, in order, inside the caller's one transaction (all or nothing).
    With `name`, a refusal becomes a BatchError naming the record it stopped at."""
    for record_id in dict.fromkeys(ids):  # once each, in the order given
        if name is None:
            action(record_id)
            continue
        try:
            action(record_id)
        except (SQLAlchemyError, DomainError) as err:
            raise BatchError(name(record_id), domain_error_from(err)) from err

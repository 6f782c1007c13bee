"""Opportunity use cases: list, count, board totals, read, create and save (fields, product lines
and the deal team in one transaction), move along the stages, search for a record picker.

Every function opens its own transaction on a `Database` signed in as an employee and calls the
API schema; row-level security (owner in scope, shares, deal-team membership) decides which deals
exist for that person. Derived values (probability and forecast category from the stage, the
amount from the lines) are the database's rules (sql/0018_opportunities.sql).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.kind_service import KindService
from salesdesk.services.opportunity_rules import clean_line, clean_opportunity, clean_team
from salesdesk.services.opportunity_types import (
    BoardColumn,
    Line,
    Member,
    Opportunity,
    OpportunityDetail,
    Stage,
    StageChange,
)
from salesdesk.services.pagination import Count, Page
from salesdesk.services.records import build
from salesdesk.services.tx import transaction

KIND = "opportunity"
SORT_KEYS = ("name", "amount", "expected_close_date", "updated_at", "stage")
# the list, one list row and archiving; the detail (lines, team, stage history) is read below
DEALS: KindService[Opportunity, Opportunity] = KindService(
    KIND, line=Opportunity, record=Opportunity, reader="rows",
    pick=("title", ("customer_name", "owner_name")))
search_opportunities = DEALS.search  # for a record picker: the list's search over titles, first by title
get_opportunity_row = DEALS.get_line  # one deal as its list line, with my rights; NotFoundError when hidden
archive_opportunities = DEALS.archive  # (all or none): they leave the lists and the board


@dataclass(frozen=True)
class LineOp:
    """One edit of a deal's product lines, saved together with the deal."""

    kind: str  # "insert" | "update" | "delete"
    line_id: int | None = None
    version: int | None = None
    values: Mapping[str, Any] | None = None  # product_id and the LINE_SPEC fields


def _query(
    search: str = "",
    scope: str = "all",
    stage_id: int | None = None,
    forecast_category: str | None = None,
    archived: str = "active",
) -> dict[str, Any]:
    eq = {
        k: v for k, v in (("stage_id", stage_id), ("forecast_category", forecast_category)) if v is not None
    }
    query: dict[str, Any] = {"scope": scope, "archived": archived}
    if search.strip():
        query["search"] = search.strip()
    if eq:
        query["eq"] = eq
    return query


def list_opportunities(db: Database, *, sort: str = "name", descending: bool = False,
                       after: str | None = None, limit: int = 50, **filters: Any) -> Page[Opportunity]:
    """One page of the deals I see (filters: search, scope, stage_id, forecast_category, archived)."""
    return DEALS.list(db, _query(**filters), sort=sort, descending=descending, after=after, limit=limit)


def count_opportunities(db: Database, cap: int | None = None, **filters: Any) -> Count:
    return DEALS.count(db, _query(**filters), cap)


def board(db: Database, **filters: Any) -> list[BoardColumn]:
    """Per stage: how many deals I see, their amount and weighted amount (same filters as the list)."""
    with transaction(db, KIND) as session:
        found = records.rows(
            session,
            "select * from api.opportunity_board(cast(:q as jsonb))",
            {"q": records.to_json(_query(**filters))},
        )
    return [build(BoardColumn, r) for r in found]


def stages(db: Database) -> list[Stage]:
    with transaction(db, KIND) as session:
        return [build(Stage, r) for r in records.rows(session, "select * from api.opportunity_stage_rows()")]


def _read(session: Session, deal_id: int) -> OpportunityDetail:
    found = records.rows(session, "select * from api.opportunity_get(:id)", {"id": deal_id})
    if not found:
        raise NotFoundError()
    params = {"id": deal_id}
    lines = tuple(
        build(Line, r) for r in records.rows(session, "select * from api.opportunity_line_rows(:id)", params)
    )
    team = tuple(
        build(Member, r) for r in records.rows(session, "select * from api.opportunity_team(:id)", params)
    )
    history = tuple(
        build(StageChange, r)
        for r in records.rows(session, "select * from api.opportunity_stage_history(:id)", params)
    )
    return build(OpportunityDetail, {**found[0], "lines": lines, "team": team, "history": history})


def get_opportunity(db: Database, deal_id: int) -> OpportunityDetail:
    """One deal with its lines, team and stage history; NotFoundError when hidden or missing."""
    with transaction(db, KIND) as session:
        return _read(session, deal_id)


def clean_line_ops(ops: Sequence[LineOp], clean_one: Callable[..., dict[str, Any]] = clean_line,
                   ) -> list[tuple[LineOp, dict[str, Any]]]:
    """Line edits checked at once (keys `lines[i].field`), each with its product id; `clean_one`
    checks one line's fields (a deal's by default; quotes and contracts add a tax rate)."""
    errors: dict[str, Any] = {}
    cleaned: list[tuple[LineOp, dict[str, Any]]] = []
    for i, op in enumerate(ops):
        values = dict(op.values or {})
        product = values.pop("product_id", None)
        try:
            line = (
                {}
                if op.kind == "delete"
                else clean_one(values, partial=op.kind == "update", prefix=f"lines[{i}].")
            )
        except ValidationError as err:
            errors.update(err.fields)
            continue
        if product is not None:
            line["product_id"] = int(product)
        cleaned.append((op, line))
    if errors:
        raise ValidationError(errors)
    return cleaned


def _save_parts(
    session: Session,
    deal_id: int,
    lines: list[tuple[LineOp, dict[str, Any]]],
    team: list[dict[str, Any]] | None,
) -> None:
    for op, line in lines:
        if op.kind == "delete":
            records.delete(session, "opportunity_line", int(op.line_id or 0), op.version)
        elif op.kind == "update":
            records.update(session, "opportunity_line", int(op.line_id or 0), op.version, line)
        else:
            records.create(session, "opportunity_line", {**line, "opportunity_id": deal_id})
    if team is not None:
        session.info["wrote"] = True
        records.scalar(
            session,
            "select api.opportunity_team_save(:id, null, cast(:m as jsonb))",
            {"id": deal_id, "m": json.dumps(team, default=str)},
        )  # Decimal as text


def create_opportunity(
    db: Database,
    customer_id: int,
    values: Mapping[str, Any],
    *,
    stage_id: int | None = None,
    lines: Sequence[LineOp] = (),
    team: Sequence[Mapping[str, Any]] | None = None,
) -> OpportunityDetail:
    """A deal of mine on a customer I see, with its first lines and team, in one transaction."""
    fields = clean_opportunity(values)
    cleaned, members = clean_line_ops(lines), clean_team(team) if team is not None else None
    with transaction(db, KIND) as session:
        extra = {"stage_id": stage_id} if stage_id is not None else {}
        deal_id = records.create(session, KIND, {**fields, **extra, "customer_id": customer_id})
        _save_parts(session, deal_id, cleaned, members)
        return _read(session, deal_id)


def save_opportunity(
    db: Database,
    deal_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    line_ops: Sequence[LineOp] = (),
    team: Sequence[Mapping[str, Any]] | None = None,
) -> OpportunityDetail:
    """Save the editor: changed fields of `expected_version`, line edits and (when given) the whole
    team, all or nothing. ConflictError when someone saved in between; ValidationError with
    `lines[i].field` / `members[i].field` / `credit_share` keys."""
    refs = {k: changes[k] for k in ("customer_id", "stage_id") if k in changes}
    fields = clean_opportunity({k: v for k, v in changes.items() if k not in refs}, partial=True)
    cleaned, members = clean_line_ops(line_ops), clean_team(team) if team is not None else None
    with transaction(db, KIND) as session:
        if fields or refs:
            records.update(session, KIND, deal_id, expected_version, {**fields, **refs})
        else:
            records.rights(session, KIND, deal_id)
        _save_parts(session, deal_id, cleaned, members)
        return _read(session, deal_id)


def set_stage(
    db: Database, deal_id: int, expected_version: int | None, stage_id: int, reason: str | None = None
) -> int:
    """Move a deal to a stage (the board's drag); returns the new version. Undo: move it back."""
    with transaction(db, KIND) as session:
        session.info["wrote"] = True
        return int(
            records.scalar(
                session,
                "select api.opportunity_set_stage(:id, :v, :stage, :reason)",
                {"id": deal_id, "v": expected_version, "stage": stage_id, "reason": reason},
            )
        )


def stage_history(db: Database, deal_id: int) -> list[StageChange]:
    with transaction(db, KIND) as session:
        return [
            build(StageChange, r)
            for r in records.rows(
                session, "select * from api.opportunity_stage_history(:id)", {"id": deal_id}
            )
        ]

"""The customer's 360° page (客户概览): its timeline and its deals with their totals, one transaction each.

The timeline is api.customer_timeline (follow-ups and ownership changes, sql/0019) with the stage
changes of the customer's deals the reader sees; when the database's timeline already brings
stage changes (sql/0020) they are not added twice. Row-level security decides every part.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.customer_types import HistoryEvent
from salesdesk.services.opportunity_types import Opportunity
from salesdesk.services.records import build
from salesdesk.services.tx import transaction

DEALS = "select * from api.customer_deals(:id) where archived_at is null"
STAGE = "stage"  # the entry of a stage change


@dataclass(frozen=True)
class Event:
    """A line of the timeline: a follow-up, an ownership change or a deal's stage change."""

    at: datetime
    entry: str                     # "followup" | "ownership" | "stage"
    record_id: int                 # the follow-up, the history row, the deal
    kind: str | None = None        # the follow-up's type
    summary: str | None = None     # the follow-up's summary, the change's reason, the deal's title
    outcome: str | None = None
    actor_name: str | None = None
    contact_name: str | None = None
    from_owner_name: str | None = None
    to_owner_name: str | None = None
    to_pool_unit_name: str | None = None
    stage_name: str | None = None
    stage_name_en: str | None = None
    event: HistoryEvent | None = None  # an ownership entry the database wrote, as its code


@dataclass(frozen=True)
class Timeline:
    entries: list[Event]
    next_followup_on: date | None   # the earliest next follow-up date from today on, of those I see


@dataclass(frozen=True)
class Deals:
    deals: list[Opportunity]
    open_amount: Decimal            # deals not closed
    weighted_amount: Decimal        # their amount × probability
    won_this_year: Decimal          # won deals closed this year


def _event(row: dict) -> Event:
    """A timeline row as the screen reads it: a stage change names its deal and the stage it entered."""
    event = records.maker(Event)(row)
    if event.entry == STAGE:
        return replace(event, summary=row.get("opportunity_title"), stage_name=row.get("to_stage_name"),
                       stage_name_en=row.get("to_stage_name_en"))
    return event


def timeline(db: Database, customer_id: int, limit: int = 50) -> Timeline:
    """Newest first; NotFoundError when the customer is hidden or missing."""
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_timeline(:id, :limit)",
                             {"id": customer_id, "limit": limit})
        entries = [_event(r) for r in found]  # stage changes of the deals I see, from the database
        events = records.history_events(session, [e.record_id for e in entries if e.entry == "ownership"])
        entries = [replace(e, event=events[e.record_id]) if e.entry == "ownership" and e.record_id in events
                   else e for e in entries]
        ids = [e.record_id for e in entries if e.entry == "followup"]
        next_on = records.scalar(
            session, "select min(next_followup_on) from api.followup_rows(cast(:ids as bigint[])) "
                     "where next_followup_on >= current_date", {"ids": ids}) if ids else None
    entries.sort(key=lambda e: (e.at, e.entry == STAGE), reverse=True)
    return Timeline(entries[:limit], next_on)


def deals(db: Database, customer_id: int) -> Deals:
    """The customer's deals I see, with the open pipeline, its weighted amount and this year's wins."""
    with transaction(db, "opportunity") as session:
        rows = records.rows(session, DEALS, {"id": customer_id})
    found = [build(Opportunity, r) for r in rows]
    closed = {r["id"]: r.get("closed_at") for r in rows}
    year = datetime.now().year
    open_deals = [d for d in found if d.outcome is None]
    won = [d for d in found if d.outcome == "won" and closed[d.id] is not None and closed[d.id].year == year]
    return Deals(found, sum((d.amount for d in open_deals), Decimal(0)),
                 sum((round(d.amount * d.probability / 100, 2) for d in open_deals), Decimal(0)),
                 sum((d.amount for d in won), Decimal(0)))

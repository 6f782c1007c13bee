"""Follow-ups (跟进记录): the list, create and save, the quick "log follow-up" of a customer, and
the customer's timeline for its 360° page.

The author owns a follow-up, so superiors see their subordinates' by the owner route; logging one
moves the customer's last contact forward in the database (sql/0019_leads_followups.sql).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.followup_rules import FOLLOWUP_SPEC, KINDS, SORT_KEYS
from salesdesk.services.kind_service import KindService
from salesdesk.services.tx import transaction

KIND = "followup"


@dataclass(frozen=True)
class FollowupRow:
    """One follow-up; `customer_name` is None when the customer is out of the reader's sight."""

    id: int
    owner_id: int
    owner_name: str | None
    customer_id: int
    customer_name: str | None
    contact_id: int | None
    contact_name: str | None
    kind: str
    happened_at: datetime
    summary: str
    outcome: str | None
    next_followup_on: date | None
    satisfaction: int | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool | None = None
    can_manage: bool | None = None
    access: str | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """A line of the customer's timeline: a follow-up, a deal's stage change or an ownership change."""

    at: datetime
    entry: str                     # "followup" | "stage" | "ownership"
    record_id: int
    kind: str | None               # the follow-up's type
    summary: str | None            # the follow-up's summary, or the ownership change's reason
    outcome: str | None
    actor_name: str | None
    contact_name: str | None
    from_owner_name: str | None
    to_owner_name: str | None
    to_pool_unit_name: str | None
    opportunity_id: int | None = None      # the follow-up's deal, or the deal whose stage changed
    opportunity_title: str | None = None
    from_stage_name: str | None = None     # a stage change: from (None for the first) and to
    from_stage_name_en: str | None = None
    to_stage_name: str | None = None
    to_stage_name_en: str | None = None


FOLLOWUPS: KindService[FollowupRow, FollowupRow] = KindService(
    KIND, line=FollowupRow, record=FollowupRow, spec=FOLLOWUP_SPEC, sorts=SORT_KEYS, sort="happened_at",
    descending=True, choices={"kind": KINDS}, omit_empty=True)
# One keyset page, newest first by default ({"scope": "team"} for the team's follow-ups; a deal's
# with {"eq": {"opportunity_id": id}}, a customer's with {"eq": {"customer_id": id}}).
list_followups = FOLLOWUPS.list
count_followups = FOLLOWUPS.count
get_followup = FOLLOWUPS.get     # one follow-up I see, with my rights on it; NotFoundError when hidden
save_followup = FOLLOWUPS.save


def create_followup(db: Database, customer_id: int, values: Mapping[str, Any]) -> FollowupRow:
    """A follow-up of mine on `customer_id` (which I must see; a contact or deal must be that customer's)."""
    return FOLLOWUPS.create(db, values, customer_id=customer_id)


def log_followup(db: Database, customer_id: int, summary: str, *, kind: str = "call",
                 contact_id: int | None = None, opportunity_id: int | None = None,
                 happened_at: datetime | None = None,
                 outcome: str | None = None, next_followup_on: date | str | None = None,
                 satisfaction: int | None = None) -> FollowupRow:
    """The quick "log follow-up" dialog's one call (now, unless `happened_at` says when)."""
    return create_followup(db, customer_id, {
        "kind": kind, "summary": summary, "contact_id": contact_id, "opportunity_id": opportunity_id,
        "happened_at": happened_at,
        "outcome": outcome, "next_followup_on": next_followup_on, "satisfaction": satisfaction})


def timeline(db: Database, customer_id: int, limit: int = 50) -> list[TimelineEntry]:
    """The customer's follow-ups, its deals' stage changes and its ownership changes I may see,
    newest first."""
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_timeline(:id, :limit)",
                             {"id": customer_id, "limit": limit})
    return [records.maker(TimelineEntry)(r) for r in found]

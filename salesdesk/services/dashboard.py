"""The dashboard's data (工作台, issue 14 §6): what each of its own sections reads, one call each.

    today(db, day)          the caller's follow-ups due and overdue on `day`, deals closing that month
    my_pipeline(db)         the caller's open deals per open stage (count and amount: the board's totals)
    scope_ageing(db, day)   the receivables of the caller's scope by age bucket (the ageing's totals,
                            api.dashboard_ageing: the same sums as api.receivables_ageing's groups, fast)

Everything is read through the api schema in the caller's scope (sql/0037, 0018).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.services import opportunities, records
from salesdesk.services.opportunity_types import Stage
from salesdesk.services.receivables import AgeingRow
from salesdesk.services.tx import transaction


@dataclass(frozen=True)
class Today:
    """The caller's own work on `day`."""

    day: date
    due_today: int          # open follow-up plans due that day
    overdue: int            # open follow-up plans due before it
    closing: int            # open deals expected to close in that month
    closing_amount: Decimal


@dataclass(frozen=True)
class StageTotal:
    stage: Stage
    deals: int
    amount: Decimal


def today(db: Database, day: date) -> Today:
    with transaction(db, "followup") as session:
        row = records.rows(session, "select * from api.dashboard_today(:day)", {"day": day})[0]
    return Today(day, row["due_today"], row["overdue"], row["closing"], row["closing_amount"])


def my_pipeline(db: Database) -> list[StageTotal]:
    """Every active open stage (neither won nor lost), in order, with the caller's own deals in it."""
    totals = {t.stage_id: t for t in opportunities.board(db, scope="mine")}
    stages = sorted((s for s in opportunities.stages(db) if s.active and s.outcome is None),
                    key=lambda s: s.position)
    out = []
    for stage in stages:
        t = totals.get(stage.id)
        out.append(StageTotal(stage, t.deals if t else 0, t.amount if t else Decimal(0)))
    return out


def scope_ageing(db: Database, day: date) -> AgeingRow:
    """The receivables I see on `day`, summed over my scope (the ageing table's totals row)."""
    with transaction(db, "contract") as session:
        row = records.rows(session, "select * from api.dashboard_ageing(:day)", {"day": day})[0]
    return records.build(AgeingRow, {"group_id": None, "group_name": None, **row})

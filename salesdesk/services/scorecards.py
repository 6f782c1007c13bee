"""KPI scorecards per position (sql/0035): indicators with weights summing to 100 and a monthly goal,
kept by whoever holds maintain_scorecards; scores and rank among the people of one position in the
caller's scope.

An indicator's goal is the person's published target of that metric when there is one, else its
monthly goal x the period's months (satisfaction: the monthly goal, default 5, the scale's top;
deal credit: the revenue credit earned on contracts someone else owns, against its monthly goal).
attainment = actual / goal; points = weight x min(attainment, 1.2); score = the sum of the points
(100 when every goal is met exactly, at most 120). An indicator with no goal scores 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.attainment import check_period
from salesdesk.services.errors import ValidationError
from salesdesk.services.tx import transaction

INDICATORS = ("contract_amount", "payments", "new_customers", "new_contracts", "followups", "leads_converted",
              "satisfaction", "deal_credit")
CAP = Decimal("1.2")
WEIGHTS_SUM = QT_TRANSLATE_NOOP("errors", "The weights must add up to 100.")
BAD_INDICATOR = QT_TRANSLATE_NOOP("errors", "Each indicator once, with a weight above 0.")


@dataclass(frozen=True)
class ScorecardItem:
    indicator: str
    weight: Decimal
    monthly_goal: Decimal | None = None


@dataclass(frozen=True)
class IndicatorScore:
    indicator: str
    weight: Decimal
    actual: Decimal
    goal: Decimal | None
    attainment: Decimal | None
    points: Decimal


@dataclass(frozen=True)
class ScoreRow:
    rank: int
    employee_id: int
    name: str
    unit_name: str
    score: Decimal
    indicators: tuple[IndicatorScore, ...]


def items(db: Database, position: str) -> list[ScorecardItem]:
    """A position's indicators in their order."""
    with transaction(db) as session:
        return [records.build(ScorecardItem, r) for r in records.rows(
            session, "select * from api.scorecard_items(:position)", {"position": position})]


def check_items(given: list[ScorecardItem]) -> None:
    names = [i.indicator for i in given]
    if len(set(names)) != len(names) or any(n not in INDICATORS for n in names) \
            or any(i.weight <= 0 for i in given):
        raise ValidationError({"indicators": BAD_INDICATOR}, BAD_INDICATOR)
    if sum((i.weight for i in given), Decimal(0)) != 100:
        raise ValidationError({"weight": WEIGHTS_SUM}, WEIGHTS_SUM)


def save(db: Database, position: str, given: list[ScorecardItem]) -> None:
    """Rewrite a position's scorecard (needs maintain_scorecards: PermissionDeniedError else)."""
    check_items(given)
    payload = [{"indicator": i.indicator, "weight": str(i.weight),
                "monthly_goal": None if i.monthly_goal is None else str(i.monthly_goal)} for i in given]
    with transaction(db) as session:
        session.execute(text("select api.scorecard_save(:position, cast(:items as jsonb))"),
                        {"position": position, "items": json.dumps(payload)})


def _indicator(raw: dict[str, Any]) -> IndicatorScore:
    def dec(v: Any) -> Decimal | None:
        return None if v is None else Decimal(str(v))
    return IndicatorScore(raw["indicator"], Decimal(str(raw["weight"])), Decimal(str(raw["actual"])),
                          dec(raw["goal"]), dec(raw["attainment"]), Decimal(str(raw["points"])))


def scores(db: Database, position: str, period: str) -> list[ScoreRow]:
    """The people of `position` I see, best score first (equal scores share a rank)."""
    with transaction(db) as session:
        rows = records.rows(session, "select * from api.scorecard(:position, :period)",
                            {"position": position, "period": check_period(period)})
    return [ScoreRow(r["rank"], r["employee_id"], r["name"], r["unit_name"], r["score"],
                     tuple(_indicator(x) for x in r["indicators"])) for r in rows]

"""Rankings (排行榜) in the caller's scope, by any metric and period, of people or of units
(sql/0035 api.ranking; credit as in services/attainment)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.attainment import check_period
from salesdesk.services.errors import ValidationError
from salesdesk.services.tx import transaction

RANKED = ("people", "units")
BAD_RANKED = QT_TRANSLATE_NOOP("errors", "Rank people or units.")


@dataclass(frozen=True)
class RankingRow:
    """One person (their result over every unit) or unit (over its subtree); equal results share a rank."""
    rank: int
    node_kind: str
    node_id: int
    name: str
    unit_name: str | None     # a person's unit, a unit's parent
    actual: Decimal
    overlay_credit: Decimal
    target: Decimal | None
    percent: Decimal | None


def ranking(db: Database, metric: str, period: str, of: str,
            unit_kind: str | None = None) -> list[RankingRow]:
    """Best first; `unit_kind` ('team', 'branch', ...) narrows a ranking of units."""
    if of not in RANKED:
        raise ValidationError({"of": BAD_RANKED}, BAD_RANKED)
    with transaction(db) as session:
        return [records.build(RankingRow, r) for r in records.rows(
            session, "select * from api.ranking(:metric, :period, :of, :unit_kind)",
            {"metric": metric, "period": check_period(period), "of": of, "unit_kind": unit_kind})]

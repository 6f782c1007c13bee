"""The forecast of a node (sql/0036): per month of the period and category (commit, best case,
pipeline; deals won beside as 'closed'), the amount weighted two ways — by each deal's configured
probability and by the calibrated one (the win rate its stage had in the last twelve months, per
team, else company-wide, else the configured one) — with the target and the latest manager
adjustment beside; the children's roll-up, the calibration table, and adjustments.

    fc = load_forecast(db, Node("unit", 12), "FY2026-Q4")
    fc.months[0].category("commit").calibrated
    adjust(db, Node("unit", 12), date(2026, 11, 1), "commit", "12万", "大单延期")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salesdesk import words
from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.funnel import FunnelRow, load_funnel
from salesdesk.services.nodes import Node
from salesdesk.services.records import build
from salesdesk.services.tx import transaction
from salesdesk.services.validation import Choice, DateField, Money, Spec, Text, clean

CATEGORIES = ("commit", "best_case", "pipeline")  # what a manager adjusts
# closed deals a team (or the company) needs for a rate of its own: private.calibration_min_sample()
MIN_SAMPLE = 10
ADJUSTABLE_LEVELS = ("supervisor", "manager", "director")
ADJUST_SPEC: Spec = {
    "month": DateField(label=words.DATE, required=True),
    "category": Choice(values=CATEGORIES, required=True),
    "amount": Money(label=words.AMOUNT, required=True),
    "note": Text(max_length=500),
}


@dataclass(frozen=True)
class ForecastCell:
    month: date
    category: str
    deals: int
    amount: Decimal
    weighted: Decimal      # by the deals' configured probabilities
    calibrated: Decimal    # by the calibrated probabilities
    target: Decimal | None
    adjusted: Decimal | None
    adjusted_by: str | None
    adjusted_at: datetime | None
    adjustment_note: str | None


@dataclass(frozen=True)
class ForecastMonth:
    month: date
    cells: tuple[ForecastCell, ...]

    def category(self, name: str) -> ForecastCell:
        return next(c for c in self.cells if c.category == name)

    @property
    def target(self) -> Decimal | None:
        return self.cells[0].target if self.cells else None

    def open_total(self, field: str) -> Decimal:
        """The open deals' sum of `field` (amount, weighted, calibrated): commit + best case + pipeline."""
        return sum((getattr(c, field) for c in self.cells if c.category in CATEGORIES), Decimal(0))


@dataclass(frozen=True)
class Forecast:
    node: Node
    period: str
    months: tuple[ForecastMonth, ...]


@dataclass(frozen=True)
class BreakdownRow:
    node_kind: str
    node_id: int
    name: str
    deals: int
    commit: Decimal
    best_case: Decimal
    pipeline: Decimal
    closed: Decimal
    weighted: Decimal
    calibrated: Decimal


@dataclass(frozen=True)
class CalibrationRow:
    stage_id: int
    stage_position: int
    name: str
    name_en: str
    configured: Decimal
    unit_id: int | None  # None: company-wide
    unit_name: str | None
    closed: int
    won: int
    win_rate: Decimal | None
    used_rate: Decimal
    rate_source: str  # 'team' | 'company' | 'configured'


@dataclass(frozen=True)
class Adjustment:
    id: int
    month: date
    category: str
    amount: Decimal
    note: str | None
    created_by: int | None
    created_by_name: str | None
    created_at: datetime


def _params(node: Node, period: str, as_of: date | None = None) -> dict[str, Any]:
    return {"kind": node.kind, "id": node.id, "period": period, "as_of": as_of}


def load_forecast(db: Database, node: Node, period: str, as_of: date | None = None) -> Forecast:
    with transaction(db) as session:
        found = records.rows(session, "select * from api.forecast(:kind, :id, :period, :as_of)",
                             _params(node, period, as_of))
    cells = [build(ForecastCell, r) for r in found]
    months = sorted({c.month for c in cells})
    return Forecast(node, period,
                    tuple(ForecastMonth(m, tuple(c for c in cells if c.month == m)) for m in months))


def breakdown(db: Database, node: Node, period: str, as_of: date | None = None) -> list[BreakdownRow]:
    """The node's children rolled up: sub-units (their whole subtree) and the people directly in it."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.forecast_breakdown(:kind, :id, :period, :as_of)",
                             _params(node, period, as_of))
    return [build(BreakdownRow, r) for r in found]


def calibration(db: Database, as_of: date | None = None) -> list[CalibrationRow]:
    with transaction(db) as session:
        found = records.rows(session, "select * from api.forecast_calibration(:as_of)", {"as_of": as_of})
    return [build(CalibrationRow, r) for r in found]


def adjustments(db: Database, node: Node, period: str) -> list[Adjustment]:
    """Every adjustment of the node in the period, newest first."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.forecast_adjustments(:kind, :id, :period)",
                             {"kind": node.kind, "id": node.id, "period": period})
    return [build(Adjustment, r) for r in found]


def may_adjust(level: str | None, node: Node, my_unit_id: int | None) -> bool:
    """Whether to offer "Adjust…": a supervisor or manager on their own unit, the director on the
    company (the database decides; this only hides a button that would be refused)."""
    if level == "director":
        return node.kind == "company"
    return level in ("supervisor", "manager") and node.kind == "unit" and node.id == my_unit_id


def adjust(db: Database, node: Node, values: Mapping[str, Any]) -> int:
    """Record an adjusted figure (month, category, amount, note) for the node; ValidationError
    names every bad field, PermissionDeniedError when the node is not the caller's own."""
    v = clean(values, ADJUST_SPEC)
    with transaction(db) as session:
        return int(records.scalar(
            session, "select api.forecast_adjust(:kind, :id, :month, :category, :amount, :note)",
            {"kind": node.kind, "id": node.id, "month": v["month"], "category": v["category"],
             "amount": v["amount"], "note": v.get("note")}))


def fiscal_year_start(db: Database) -> int:
    """The fiscal year's first month (1 = January)."""
    with transaction(db) as session:
        return int(records.scalar(session, "select fiscal_year_start from api.performance_settings") or 1)


def load_current_quarter(db: Database, node: Node, today: date | None = None) -> Forecast:
    """The forecast of the fiscal quarter holding `today`: what the dashboard's section shows."""
    year, quarter = fiscal_quarter(today or date.today(), fiscal_year_start(db))
    return load_forecast(db, node, f"FY{year}-Q{quarter}")


def fiscal_quarter(day: date, first_month: int) -> tuple[int, int]:
    """(fiscal year, quarter 1-4) of a day, fiscal year N starting in `first_month` of year N."""
    months = (day.year * 12 + day.month - 1) - first_month + 1
    year, offset = divmod(months, 12)
    return year, offset // 3 + 1


def period_choices(today: date, first_month: int) -> list[str]:
    """The periods a picker offers, this quarter first: this fiscal year's quarters from this one,
    the next year's, this year whole, then the quarters before (a year back)."""
    year, quarter = fiscal_quarter(today, first_month)
    ahead = [f"FY{year}-Q{q}" for q in range(quarter, 5)] + [f"FY{year + 1}-Q{q}" for q in range(1, quarter)]
    back = [f"FY{year}-Q{q}" for q in range(quarter - 1, 0, -1)] + \
        [f"FY{year - 1}-Q{q}" for q in range(4, quarter - 1, -1)]
    return [*ahead, f"FY{year}", f"FY{year + 1}", *back]


@dataclass(frozen=True)
class ForecastView:
    """Everything the forecast page shows for one node and period, read in one go."""

    forecast: Forecast
    breakdown: tuple[BreakdownRow, ...]
    funnel: tuple[FunnelRow, ...]
    calibration: tuple[CalibrationRow, ...]


def load_view(db: Database, node: Node, period: str, as_of: date | None = None) -> ForecastView:
    return ForecastView(load_forecast(db, node, period, as_of), tuple(breakdown(db, node, period, as_of)),
                        tuple(load_funnel(db, node, period)), tuple(calibration(db, as_of)))

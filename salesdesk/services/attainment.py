"""Attainment with deal credit (sql/0035): a node's (the company, a unit, a person) result of a
metric in a period, its target and percent, and its children for drill-down.

Credit rule: each member of a contract's deal team is credited their revenue share of an approved,
never cancelled contract (and of its approved payments), even when someone else signed it; a
contract with no deal, or with no credit shares on its team, credits its owner 100 %. Counts are
credited by share too (0.6 of a contract). Overlay credit is reported beside, never summed in. A
result counts for the unit its person belonged to on the result's day. The scope is the database's:
a node the caller may not see is answered as a missing one (NotFoundError).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import ValidationError
from salesdesk.services.nodes import Node
from salesdesk.services.tx import transaction

BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "Choose a month, a quarter or a fiscal year.")
BAD_NODE = QT_TRANSLATE_NOOP("errors", "Choose the company, a unit or a person.")
PERIOD = re.compile(r"^([0-9]{4}-(0[1-9]|1[0-2])|FY[0-9]{4}(-Q[1-4])?)$")
NODE_KINDS = ("company", "unit", "person")


def check_period(period: str) -> str:
    """A period as the database writes it: 'YYYY-MM', 'FYYYYY-Qn' or 'FYYYYY'."""
    if not PERIOD.match(period or ""):
        raise ValidationError({"period": BAD_PERIOD}, BAD_PERIOD)
    return period


def check_node(kind: str, node_id: int | None) -> None:
    if kind not in NODE_KINDS or (kind == "company") != (node_id is None):
        raise ValidationError({"node": BAD_NODE}, BAD_NODE)


@dataclass(frozen=True)
class AttainmentRow:
    """A node's result in a period: `target` None when none is published, `percent` then None."""
    role: str                 # "node" (the one asked about) or "child"
    node_kind: str
    node_id: int | None
    name: str | None
    actual: Decimal
    overlay_credit: Decimal
    target: Decimal | None
    percent: Decimal | None
    has_children: bool

    @property
    def node(self) -> Node:
        return Node(self.node_kind, self.node_id, self.name)


@dataclass(frozen=True)
class Attainment:
    metric: str
    period: str
    node: AttainmentRow
    children: list[AttainmentRow]


def attainment(db: Database, metric: str, node: Node, period: str) -> Attainment:
    """A node's attainment and its children's (units first, then people), for drill-down."""
    check_node(node.kind, node.id)
    with transaction(db) as session:
        rows = [records.build(AttainmentRow, r) for r in records.rows(
            session, "select * from api.attainment(:metric, :kind, :node, :period)",
            {"metric": metric, "kind": node.kind, "node": node.id, "period": check_period(period)})]
    return Attainment(metric, period, rows[0], rows[1:])


@dataclass(frozen=True)
class Metric:
    code: str
    name: str
    name_en: str
    measure: str              # "amount" | "count"


def metrics(db: Database) -> list[Metric]:
    """The metrics in their order (sql/0033)."""
    with transaction(db) as session:
        return [records.build(Metric, r) for r in records.rows(
            session, "select code, name, name_en, measure from api.metrics")]


@dataclass(frozen=True)
class Period:
    period: str               # 'FY2026', 'FY2026-Q1', '2026-01'
    kind: str                 # "year" | "quarter" | "month"
    first_day: date | None = None
    after_day: date | None = None


def _periods(session: Session, year: int) -> list[Period]:
    return [records.build(Period, r) for r in records.rows(
        session, "select * from api.fiscal_periods(:year)", {"year": year})]


def _fiscal_year(session: Session, today: date) -> list[Period]:
    """The periods of the fiscal year holding `today` (it may start in the calendar year before)."""
    year = _periods(session, today.year)
    if year[0].first_day and today < year[0].first_day:
        year = _periods(session, today.year - 1)
    return year


def periods(db: Database, year: int) -> list[Period]:
    """A fiscal year's periods: the year, its quarters and months in order (sql/0033)."""
    with transaction(db) as session:
        return _periods(session, year)


@dataclass(frozen=True)
class Progress:
    """A node's fiscal year to `today`: this month, the year, and each month (None: still ahead)."""
    month: AttainmentRow
    year: AttainmentRow
    months: list[tuple[str, AttainmentRow | None]]


def progress(db: Database, metric: str, node: Node, today: date) -> Progress:
    """The fiscal year that holds `today`, month by month, in one transaction."""
    check_node(node.kind, node.id)

    def one(session: Session, period: str) -> AttainmentRow:
        return records.build(AttainmentRow, records.rows(
            session, "select * from api.attainment(:metric, :kind, :node, :period)",
            {"metric": metric, "kind": node.kind, "node": node.id, "period": period})[0])

    with transaction(db) as session:
        year = _fiscal_year(session, today)
        months = [p for p in year if p.kind == "month"]
        done = [(p.period, one(session, p.period) if p.first_day and p.first_day <= today else None)
                for p in months]
        now = next(r for (_, r), p in zip(done, months, strict=True)
                   if p.first_day and p.after_day and p.first_day <= today < p.after_day)
        assert now is not None
        return Progress(now, one(session, year[0].period), done)


def progress_children(db: Database, metric: str, node: Node, today: date) -> Attainment:
    """A node's attainment and its children's over the fiscal year that holds `today`."""
    with transaction(db) as session:
        year = _fiscal_year(session, today)
    return attainment(db, metric, node, year[0].period)

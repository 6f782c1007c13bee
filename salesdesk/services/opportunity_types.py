"""What the opportunity services hand out: rows, the editor's detail, lines, team, stages, board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class Opportunity:
    """One row of the deal list (and the board's cards)."""

    id: int
    title: str
    customer_id: int
    customer_name: str | None
    amount: Decimal
    expected_close_date: date | None
    stage_id: int
    stage_name: str
    stage_name_en: str
    probability: Decimal
    forecast_category: str
    outcome: str | None
    owner_id: int
    owner_name: str | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    can_edit: bool = False
    can_manage: bool = False
    access: str | None = None


@dataclass(frozen=True)
class Line:
    id: int
    product_id: int
    product_code: str
    product_name: str
    unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    amount: Decimal
    notes: str | None
    version: int


@dataclass(frozen=True)
class Member:
    id: int
    employee_id: int
    employee_name: str
    active: bool
    role: str
    access: str
    credit_share: Decimal
    overlay_credit: Decimal | None
    version: int


@dataclass(frozen=True)
class StageChange:
    changed_at: datetime
    changed_by_name: str | None
    from_stage_id: int | None
    to_stage_id: int
    probability: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Stage:
    id: int
    process_id: int
    position: int
    code: str
    name: str
    name_en: str
    probability: Decimal
    forecast_category: str
    outcome: str | None
    active: bool


@dataclass(frozen=True)
class BoardColumn:
    """A kanban column's totals: the deals the caller sees in that stage under the list's filters."""

    stage_id: int
    deals: int
    amount: Decimal
    weighted_amount: Decimal


@dataclass(frozen=True)
class OpportunityDetail:
    """One deal for its editor, with its lines, team and stage history."""

    id: int
    title: str
    customer_id: int
    customer_name: str | None
    amount: Decimal
    expected_close_date: date | None
    stage_id: int
    probability: Decimal
    forecast_category: str
    source: str | None
    competitors: str | None
    next_step: str | None
    won_lost_reason: str | None
    notes: str | None
    owner_id: int
    owner_name: str | None
    closed_at: datetime | None
    archived_at: datetime | None
    has_lines: bool
    version: int
    can_edit: bool
    can_manage: bool
    access: str | None
    lines: tuple[Line, ...] = ()
    team: tuple[Member, ...] = ()
    history: tuple[StageChange, ...] = ()

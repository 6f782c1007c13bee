"""The sales funnel of a node (sql/0036 api.funnel): per stage, the deals in it now and their
amount, how many entered it in the period, the share of those that went further (conversion to the
next stage) and the average days a stay lasted. The deals are those the caller sees (row-level
security); the node narrows them to a unit's or a person's.

    rows = load_funnel(db, Node("unit", 12), period="FY2026-Q3")
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.nodes import Node
from salesdesk.services.records import build
from salesdesk.services.tx import transaction


@dataclass(frozen=True)
class FunnelRow:
    stage_id: int
    stage_position: int
    code: str
    name: str
    name_en: str
    outcome: str | None
    deals: int
    amount: Decimal
    reached: int
    advanced: int
    conversion: Decimal | None  # % of the deals that entered the stage and went further
    avg_days: Decimal | None


def nodes(db: Database) -> list[Node]:
    """The nodes the caller may open: the company (seeing everything), their units in tree order
    (depth from 1), themselves."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.forecast_nodes()")
    return [Node(r["node_kind"], r["node_id"], r["name"], r["depth"]) for r in found]


def load_funnel(db: Database, node: Node, period: str | None = None) -> list[FunnelRow]:
    """The funnel per stage, in the process's order; `period` ('2026-05', 'FY2026-Q2', 'FY2026')
    limits the entries counted, None counts them all."""
    with transaction(db) as session:
        found = records.rows(session, "select * from api.funnel(:kind, :id, :period)",
                             {"kind": node.kind, "id": node.id, "period": period})
    return [build(FunnelRow, r) for r in found]

"""Month-end close and the month's figures (sql/0039): the database computes them, for a node the
caller may see (the company, a unit, a person: services.nodes.Node), and freezes them on a close.

    figures = load_month(db, Node("unit", 12), "2026-03")   # the snapshot when closed, else live
    figures.status                                          # 'closed' | 'preliminary'
    close_month(db, Node("unit", 12), "2026-03")            # SDR01 twice, SDR02 before the month ends

The figures are the jsonb the database returns, with money as exact strings ("1234.50"): `money()`
turns one into a Decimal. A Month is plain data, so the workbook writer takes it without a session.
`key_figures(month)` sums its lists into the headline figures the month close page previews (the
same sums as the workbook's total rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.funnel import nodes
from salesdesk.services.nodes import Node
from salesdesk.services.tx import transaction

SECTIONS = ("attainment", "contracts", "payments", "invoices", "receivables", "new_customers",
            "leads_converted", "followups", "expenses", "pipeline", "forecast", "adjustments")


def money(value: Any) -> Decimal | None:
    """A money or percentage value of the figures (an exact string) as a Decimal; None stays None."""
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True)
class Month:
    """One node's figures for one month, as the database computed (or froze) them."""

    node: Node
    month: str
    status: str                   # 'closed' | 'preliminary'
    closed_at: datetime | None
    closed_by: str | None
    figures: dict[str, Any]

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    @property
    def node_name(self) -> str:
        return str((self.figures.get("node") or {}).get("name") or "")

    @property
    def last_day(self) -> date:
        return date.fromisoformat(self.figures["last_day"])

    def rows(self, section: str) -> list[dict[str, Any]]:
        return list(self.figures.get(section) or [])


@dataclass(frozen=True)
class KeyFigure:
    """A headline figure of the month: a section's rows (or what they count, for follow-ups) and the
    money they add up to (None: the section has no amount)."""

    section: str  # a SECTIONS name, or 'overdue' (the receivables past due at the month's end)
    count: int
    amount: Decimal | None = None


# section -> (the rows' money to add up or None, the rows' count to add up or None: one per row)
KEY_FIGURES: dict[str, tuple[str | None, str | None]] = {
    "contracts": ("total_amount", None), "payments": ("amount", None), "invoices": ("total_amount", None),
    "receivables": ("receivable", None), "new_customers": (None, None), "leads_converted": (None, None),
    "followups": (None, "count"), "expenses": ("amount", None), "pipeline": ("amount", None)}
OVERDUE = ("d1_30", "d31_60", "d61_90", "d91_plus")  # the ageing buckets past due


def _sum(values: Any) -> Decimal:
    return sum((money(v) or Decimal(0) for v in values), Decimal(0))


def key_figures(month: Month) -> list[KeyFigure]:
    """The month's headline figures in KEY_FIGURES order, 'overdue' after 'receivables'."""
    out = []
    for section, (amount, count) in KEY_FIGURES.items():
        rows = month.rows(section)
        out.append(KeyFigure(section, sum(int(r.get(count) or 0) for r in rows) if count else len(rows),
                             _sum(r.get(amount) for r in rows) if amount else None))
        if section == "receivables":
            late = [_sum(r.get(k) for k in OVERDUE) for r in rows]
            out.append(KeyFigure("overdue", sum(1 for x in late if x), sum(late, Decimal(0))))
    return out


def month_from(node: Node, month: str, found: dict[str, Any]) -> Month:
    """A Month from what api.month_report returned."""
    closed_at = found.get("closed_at")
    return Month(node, month, found["status"],
                 datetime.fromisoformat(closed_at) if isinstance(closed_at, str) else closed_at,
                 found.get("closed_by"), found)


def load_month(db: Database, node: Node, month: str) -> Month:
    """The month's figures of the node: from its close when closed, else live ('preliminary')."""
    with transaction(db) as session:
        found = records.scalar(session, "select api.month_report(:kind, :id, :month)",
                               {"kind": node.kind, "id": node.id, "month": month})
    return month_from(node, month, found)


def close_month(db: Database, node: Node, month: str) -> Month:
    """Close the month for a node the caller manages; the frozen figures come back."""
    with transaction(db) as session:
        session.info["wrote"] = True
        found = records.scalar(session, "select api.close_month(:kind, :id, :month)",
                               {"kind": node.kind, "id": node.id, "month": month})
    return month_from(node, month, found)


def adjustments(db: Database, node: Node, month: str) -> list[dict[str, Any]]:
    """What changed in a closed month since it was closed, as dated rows (none when open)."""
    with transaction(db) as session:
        return records.rows(session, "select * from api.month_adjustments(:kind, :id, :month)",
                            {"kind": node.kind, "id": node.id, "month": month})


def my_node(db: Database) -> Node:
    """The caller's own node: the company for whoever sees everything, else the top unit they
    see (a manager's region, a supervisor's team), else themselves."""
    return nodes(db)[0]  # the company, then units in tree order, then the caller: never empty


def last_month(today: date) -> str:
    """'YYYY-MM' of the month before `today`'s."""
    return f"{today.year - 1}-12" if today.month == 1 else f"{today.year}-{today.month - 1:02d}"

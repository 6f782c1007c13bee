"""The sales briefing (销售简报) of a node for a period: new customers, leads converted, new deals,
new contracts, contract amount, payments and follow-ups, each against the period before and the
same period a year earlier (sql/0035 api.sales_briefing; contracts and payments credited by deal
share as in services/attainment, so a unit's new contracts may be fractional)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.attainment import check_node, check_period
from salesdesk.services.nodes import Node
from salesdesk.services.tx import transaction

ITEMS = ("new_customers", "leads_converted", "new_deals", "new_contracts", "contract_amount", "payments",
         "followups")
AMOUNTS = ("contract_amount", "payments")


@dataclass(frozen=True)
class BriefingRow:
    item: str
    current_value: Decimal
    previous_value: Decimal
    last_year_value: Decimal

    @staticmethod
    def change(now: Decimal, before: Decimal) -> Decimal | None:
        """The change in percent; None when there was nothing before."""
        return None if not before else (now - before) * 100 / before

    @property
    def vs_previous(self) -> Decimal | None:
        return self.change(self.current_value, self.previous_value)

    @property
    def vs_last_year(self) -> Decimal | None:
        return self.change(self.current_value, self.last_year_value)


def briefing(db: Database, node: Node, period: str) -> list[BriefingRow]:
    """The items in ITEMS order."""
    check_node(node.kind, node.id)
    with transaction(db) as session:
        return [records.build(BriefingRow, r) for r in records.rows(
            session, "select * from api.sales_briefing(:kind, :node, :period)",
            {"kind": node.kind, "node": node.id, "period": check_period(period)})]

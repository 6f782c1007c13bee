"""Receivables (应收) and their ageing (账龄), read through the caller's scope in the database.

Receivable = approved contract total − approved payments. Each instalment's unpaid part (after
the approved payments, allocated oldest due first) falls in a bucket by its days overdue on
`today` — not due, 1–30, 31–60, 61–90, > 90 — summed per customer, owner or the owner's unit by
api.receivables_ageing (sql/0029). `today` is always given, so tests and reports fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import ValidationError
from salesdesk.services.payment_rules import AGEING_GROUPS, BUCKETS
from salesdesk.services.payments import ContractMoney
from salesdesk.services.tx import transaction

BAD_GROUP = QT_TRANSLATE_NOOP("errors", "Group the receivables by customer, person or unit.")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class AgeingRow:
    """One customer's, person's or unit's receivables by bucket."""

    group_id: int | None
    group_name: str | None
    contracts: int
    not_due: Decimal
    d1_30: Decimal
    d31_60: Decimal
    d61_90: Decimal
    d91_plus: Decimal
    overdue: Decimal
    unplanned: Decimal            # receivable no instalment plans yet
    receivable: Decimal

    def bucket(self, name: str) -> Decimal:
        return getattr(self, name) if name in BUCKETS else ZERO


@dataclass(frozen=True)
class Ageing:
    group: str
    today: date
    rows: list[AgeingRow]
    total: AgeingRow              # the totals row


def ageing(db: Database, group: str, today: date) -> Ageing:
    """The ageing table grouped by `group` ("customer" | "owner" | "unit"), largest receivable first."""
    if group not in AGEING_GROUPS:
        raise ValidationError({"group": BAD_GROUP}, BAD_GROUP)
    with transaction(db, "contract") as session:
        rows = [records.build(AgeingRow, r) for r in records.rows(
            session, "select * from api.receivables_ageing(:group, :today)",
            {"group": group, "today": today})]
    sums = {f: sum((getattr(r, f) for r in rows), ZERO) for f in
            ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus", "overdue", "unplanned", "receivable")}
    total = AgeingRow(None, None, sum(r.contracts for r in rows), **sums)
    return Ageing(group, today, rows, total)


def contracts(db: Database, group: str, group_id: int | None) -> list[ContractMoney]:
    """The counting contracts behind one ageing row (a customer's, a person's, a unit's), largest
    receivable first; all I see when `group_id` is None (the totals row)."""
    if group not in AGEING_GROUPS:
        raise ValidationError({"group": BAD_GROUP}, BAD_GROUP)
    given = {g: group_id if g == group else None for g in AGEING_GROUPS}
    with transaction(db, "contract") as session:
        return [records.build(ContractMoney, r) for r in records.rows(
            session, "select * from api.contract_money(:customer, null, :owner, :unit)", given)]

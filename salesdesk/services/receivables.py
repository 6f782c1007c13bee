"""Receivables (应收) and their ageing (账龄), read through the caller's scope in the database.

Receivable = approved contract total − approved payments. Each instalment's unpaid part (after
the approved payments, allocated oldest due first) falls in a bucket by its days overdue on
`today` — not due, 1–30, 31–60, 61–90, > 90 — summed per customer, owner or the owner's unit by
api.receivables_ageing (sql/0029, 0050). `today` is always given, so tests and reports fix it.

By customer and by person the rows come in pages, the largest receivable first
(api.receivables_by_customer, sql/0053; api.receivables_by_owner, sql/0063): a scope can hold a
hundred thousand customers and thousands of people with money open. `ageing` reads the first
CUSTOMER_ROWS customers or OWNER_ROWS people with the totals of all; `page` reads on from a cursor
(the table scrolled to its end, Export…). By unit the
rows are one unit's tree (api.receivables_by_unit, sql/0063): a row per unit directly below it
(its whole tree, opened in turn) and per person of the unit itself; without a unit, where the
caller stands. `unpaged` reads every group at once (api.receivables_ageing), the oracle of tests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import ValidationError
from salesdesk.services.pagination import Page
from salesdesk.services.payment_rules import AGEING_GROUPS, BUCKETS
from salesdesk.services.payments import ContractMoney
from salesdesk.services.tx import transaction

BAD_GROUP = QT_TRANSLATE_NOOP("errors", "Group the receivables by customer, person or unit.")
ZERO = Decimal("0.00")
# the rows the page shows at first, the largest receivables first: a page of 50 as every list (each
# row is aged by its own index reads, so a page's cost grows with its rows: at full size the
# director's 100 people took 4.8 ms, 50 3.0), and 100 more each time the table is scrolled to its end
CUSTOMER_ROWS = 50
OWNER_ROWS = 50
MORE_ROWS = 100
PAGED = {"customer": ("select * from api.receivables_by_customer(:today, :after, :limit)", "customers"),
         "owner": ("select * from api.receivables_by_owner(:today, :after, :limit)", "owners")}
BY_UNIT = "select * from api.receivables_by_unit(:today, :unit)"
SUMS = ("not_due", "d1_30", "d31_60", "d61_90", "d91_plus", "overdue", "unplanned", "receivable")


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
    kind: str = ""                # by unit: "unit" (a unit below, its whole tree) or "owner"

    def bucket(self, name: str) -> Decimal:
        return getattr(self, name) if name in BUCKETS else ZERO


@dataclass(frozen=True)
class Ageing:
    group: str
    today: date
    rows: list[AgeingRow]
    total: AgeingRow              # the totals row, of every group (not only of `rows`)
    count: int = 0                # the groups in the totals row; more than len(rows) when `next_cursor`
    next_cursor: str | None = None  # where `page` reads on (by customer or person, when rows were left)
    unit: int | None = None       # by unit: the unit whose tree it is (None: where the caller stands)


def ageing(db: Database, group: str, today: date, unit: int | None = None) -> Ageing:
    """The ageing table grouped by `group` ("customer" | "owner" | "unit"), largest receivable first;
    by customer or person the first rows (first_rows), with the totals of all; by unit `unit`'s tree."""
    if group not in AGEING_GROUPS:
        raise ValidationError({"group": BAD_GROUP}, BAD_GROUP)
    if group == "unit":
        return _unit_tree(db, today, unit)
    return _first_page(db, group, today)


def unpaged(db: Database, group: str, today: date) -> Ageing:
    """Every group at once (the unit being each owner's own), largest receivable first: the oracle."""
    if group not in AGEING_GROUPS:
        raise ValidationError({"group": BAD_GROUP}, BAD_GROUP)
    with transaction(db, "contract") as session:
        rows = [records.build(AgeingRow, r) for r in records.rows(
            session, "select * from api.receivables_ageing(:group, :today)",
            {"group": group, "today": today})]
    sums = {f: sum((getattr(r, f) for r in rows), ZERO) for f in SUMS}
    total = AgeingRow(None, None, sum(r.contracts for r in rows), **sums)
    return Ageing(group, today, rows, total, len(rows))


def first_rows(group: str) -> int:
    return CUSTOMER_ROWS if group == "customer" else OWNER_ROWS


def _first_page(db: Database, group: str, today: date) -> Ageing:
    query, counted = PAGED[group]
    limit = first_rows(group)
    with transaction(db, "contract") as session:
        found = records.rows(session, query, {"today": today, "after": None, "limit": limit})
    *rows, total = found
    return Ageing(group, today, [_row(r) for r in rows], _row(total), int(total[counted]),
                  rows[-1]["cursor"] if len(rows) == limit else None)


def _unit_tree(db: Database, today: date, unit: int | None) -> Ageing:
    with transaction(db, "contract") as session:
        *rows, total = [_row(r) for r in records.rows(session, BY_UNIT, {"today": today, "unit": unit})]
    return Ageing("unit", today, rows, replace(total, kind=""), len(rows), unit=unit)


def page(db: Database, group: str, today: date, after: str | None, limit: int) -> Page[AgeingRow]:
    """The customers or people after `after` (a row's cursor; None: from the first), up to `limit`."""
    with transaction(db, "contract") as session:
        found = records.rows(session, PAGED[group][0], {"today": today, "after": after, "limit": limit})
    if after is None:
        found = found[:-1]  # the totals row
    return Page(tuple(_row(r) for r in found), found[-1]["cursor"] if len(found) == limit else None)


def _row(r: dict[str, Any]) -> AgeingRow:
    return records.build(AgeingRow, r)


def contracts(db: Database, group: str, group_id: int | None) -> list[ContractMoney]:
    """The counting contracts behind one ageing row (a customer's, a person's, a unit's), largest
    receivable first; all I see when `group_id` is None (unpaged: the page does not ask for the
    totals row's, a million contracts for a director at full size)."""
    if group not in AGEING_GROUPS:
        raise ValidationError({"group": BAD_GROUP}, BAD_GROUP)
    given = {g: group_id if g == group else None for g in AGEING_GROUPS}
    with transaction(db, "contract") as session:
        return [records.build(ContractMoney, r) for r in records.rows(
            session, "select * from api.contract_money(:customer, null, :owner, :unit)", given)]

"""Customer analysis (客户分析, issue 15 §4): each customer's money, profit contribution, contact,
purchasing power, credit rating and relationship level, their last 12 months, roll-ups by owner,
unit or company, and the ABC / RFM-style classes.

The database computes every figure (sql/0040, formulas in README "Customer analysis" and on
private.customer_figures) for the customers the caller may see; product cost and profit come back
None for a caller without see_cost. `today` is always given, so tests and reports fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.errors import NotFoundError, ValidationError, for_kind
from salesdesk.services.tx import transaction

SORTS = ("revenue", "contract_amount", "received", "receivable", "invoiced", "expenses", "profit",
         "contact_frequency", "purchasing_power", "credit_score", "relationship_score")
ROLLUPS = ("owner", "unit", "company", "segment", "abc")
SEGMENTS = ("champion", "loyal", "new", "at_risk", "lost", "prospect")
RATINGS = ("A", "B", "C", "D")
LEVELS = ("strategic", "close", "ordinary", "distant")
MAX_ROWS = 5000
BAD_SORT = QT_TRANSLATE_NOOP("errors", "Sort the customer analysis by one of its figures.")
BAD_ROLLUP = QT_TRANSLATE_NOOP("errors", "Roll the customer analysis up by person, unit, company, segment "
                                         "or ABC class.")


@dataclass(frozen=True)
class Figures:
    """One customer's figures as of a day (money in yuan, rounded to the fen)."""

    customer_id: int
    customer_name: str
    owner_id: int | None
    owner_name: str | None
    unit_id: int | None
    unit_name: str | None
    credit_limit: Decimal
    contracts: int
    contract_amount: Decimal      # approved contracts, incl. tax
    revenue: Decimal              # their amount excl. tax
    received: Decimal
    receivable: Decimal
    invoiced: Decimal
    expenses: Decimal             # approved expenses linked to the customer
    product_cost: Decimal | None  # None without see_cost
    profit: Decimal | None        # revenue − product cost − expenses; None without see_cost
    followups_12m: int
    contact_frequency: Decimal    # follow-ups per month over 12 months
    last_contact_on: date | None
    recency_days: int | None
    last_order_on: date | None
    orders_12m: int
    purchasing_power: Decimal     # contracts approved in the last 12 months
    punctuality: Decimal          # 0–1
    overdue_share: Decimal        # 0–1
    credit_use: Decimal           # receivable ÷ credit limit
    credit_score: Decimal         # 0–100
    credit_rating: str            # A–D
    relationship_score: Decimal   # 0–100
    relationship_level: str       # strategic | close | ordinary | distant
    rfm_segment: str              # SEGMENTS
    revenue_share: Decimal | None = None  # of the caller's total revenue (lists only)
    abc_class: str | None = None          # A | B | C (lists only)

    @property
    def id(self) -> int:
        return self.customer_id


@dataclass(frozen=True)
class Month:
    month: date
    contract_amount: Decimal
    received: Decimal
    invoiced: Decimal
    receivable_change: Decimal


@dataclass(frozen=True)
class Rollup:
    group_id: int | None
    group_name: str | None
    customers: int
    contract_amount: Decimal
    revenue: Decimal
    received: Decimal
    receivable: Decimal
    invoiced: Decimal
    expenses: Decimal
    product_cost: Decimal | None
    profit: Decimal | None
    followups_12m: int
    purchasing_power: Decimal
    credit_score: Decimal | None
    relationship_score: Decimal | None


@dataclass(frozen=True)
class CustomerAnalysis:
    """What the 360° page's Analysis tab shows: the figures and the last 12 months."""

    figures: Figures
    months: list[Month]


def customer(db: Database, customer_id: int, today: date) -> CustomerAnalysis:
    """One customer's figures and months; NotFoundError when it is hidden or missing."""
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_figures(:id, :today)",
                             {"id": customer_id, "today": today})
        months = records.rows(session, "select * from api.customer_analysis_months(:today, :id)",
                              {"id": customer_id, "today": today})
    if not found:  # the database answers P0002 for a hidden or missing one; this is the last guard
        raise for_kind(NotFoundError(), "customer")
    return CustomerAnalysis(records.build(Figures, found[0]), [records.build(Month, m) for m in months])


def customers(db: Database, today: date, sort: str = "revenue", limit: int = 1000) -> list[Figures]:
    """The customers the caller sees, largest `sort` first, at most `limit` (≤ 5000)."""
    if sort not in SORTS:
        raise ValidationError({"sort": BAD_SORT}, BAD_SORT)
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_analysis(:today, :sort, :limit)",
                             {"today": today, "sort": sort, "limit": max(1, min(limit, MAX_ROWS))})
    return [records.build(Figures, r) for r in found]


def months(db: Database, today: date) -> list[Month]:
    """The 12 months ending with today's, over every customer the caller sees."""
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_analysis_months(:today)", {"today": today})
    return [records.build(Month, m) for m in found]


def rollup(db: Database, today: date, by: str) -> list[Rollup]:
    """The figures summed per owner, unit, the company, segment or ABC class, largest revenue first."""
    if by not in ROLLUPS:
        raise ValidationError({"by": BAD_ROLLUP}, BAD_ROLLUP)
    with transaction(db, "customer") as session:
        found = records.rows(session, "select * from api.customer_analysis_rollup(:today, :by)",
                             {"today": today, "by": by})
    return [records.build(Rollup, r) for r in found]


@dataclass(frozen=True)
class AnalysisData:
    """What the analysis page shows at once, read in one go off the GUI thread."""

    today: date
    rows: list[Figures]           # the first `limit` by the sort
    months: list[Month]
    segments: list[Rollup]        # over every customer the caller sees, not only `rows`
    classes: list[Rollup]         # ABC, likewise

    @property
    def customers(self) -> int:
        """How many customers the caller sees in all."""
        return sum(s.customers for s in self.segments)


def page(db: Database, today: date, sort: str = "revenue", limit: int = 1000) -> AnalysisData:
    return AnalysisData(today, customers(db, today, sort, limit), months(db, today),
                        rollup(db, today, "segment"), rollup(db, today, "abc"))

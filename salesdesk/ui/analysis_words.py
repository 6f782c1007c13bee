"""The words of customer analysis (issue 15 §4), said once for the 360° page's Analysis tab and the
analysis page: each figure's title, how it is shown, and its formula (the "?" tooltip), the
segment, rating, level and ABC names. The formulas are the database's (sql/0040)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_analysis import Figures
from salesdesk.ui.formats import fmt_money

CONTEXT = "CustomerAnalysis"


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def number(value: Decimal | int | None) -> str:
    return "—" if value is None else f"{value}"


def money(value: Decimal | None) -> str:
    return "—" if value is None else fmt_money(value)


SEGMENT_NAMES = {
    "champion": QT_TRANSLATE_NOOP("CustomerAnalysis", "Champion"),
    "loyal": QT_TRANSLATE_NOOP("CustomerAnalysis", "Loyal"),
    "new": QT_TRANSLATE_NOOP("CustomerAnalysis", "New or occasional"),
    "at_risk": QT_TRANSLATE_NOOP("CustomerAnalysis", "At risk"),
    "lost": QT_TRANSLATE_NOOP("CustomerAnalysis", "Lapsed"),
    "prospect": QT_TRANSLATE_NOOP("CustomerAnalysis", "Never bought"),
}
LEVEL_NAMES = {
    "strategic": QT_TRANSLATE_NOOP("CustomerAnalysis", "Strategic"),
    "close": QT_TRANSLATE_NOOP("CustomerAnalysis", "Close relationship"),
    "ordinary": QT_TRANSLATE_NOOP("CustomerAnalysis", "Ordinary"),
    "distant": QT_TRANSLATE_NOOP("CustomerAnalysis", "Distant"),
}


def segment_text(code: str | None) -> str:
    return tr(SEGMENT_NAMES[code]) if code in SEGMENT_NAMES else "—"


def level_text(code: str | None) -> str:
    return tr(LEVEL_NAMES[code]) if code in LEVEL_NAMES else "—"


@dataclass(frozen=True)
class Figure:
    """One figure: its key (the service's field and the server sort), title, text and formula."""

    key: str
    title: str    # source text, context CustomerAnalysis
    formula: str  # source text, context CustomerAnalysis
    text: Callable[[Figures], str]
    sortable: bool = True
    kind: str = "money"
    context: str = CONTEXT  # of the title: received, receivable and invoiced are the money pages' words

    def heading(self) -> str:
        return QCoreApplication.translate(self.context, self.title)

    def value(self, row: Figures) -> Any:
        return getattr(row, self.key)


F_CONTRACTS = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of the totals (tax included) of the customer's "
                                "approved, in-effect and fulfilled contracts.")
F_REVENUE = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of those contracts' amounts before tax.")
F_RECEIVED = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of the approved payments on those contracts.")
F_RECEIVABLE = QT_TRANSLATE_NOOP("CustomerAnalysis", "Approved contracts − received.")
F_INVOICED = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of the invoices (tax included) on those contracts.")
F_EXPENSES = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of the approved expenses linked to the customer.")
F_COST = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum over the contracts' lines of quantity × cost price (a "
                           "product without a cost price counts 0). Shown only to positions that may "
                           "see cost.")
F_PROFIT = QT_TRANSLATE_NOOP("CustomerAnalysis", "Revenue − product cost − allocated expenses. Shown only "
                             "to positions that may see cost.")
F_FREQUENCY = QT_TRANSLATE_NOOP("CustomerAnalysis", "Follow-ups in the last 12 months ÷ 12.")
F_RECENCY = QT_TRANSLATE_NOOP("CustomerAnalysis", "Days from the last follow-up to the analysis date.")
F_POWER = QT_TRANSLATE_NOOP("CustomerAnalysis", "Sum of the totals of the contracts approved in the last "
                            "12 months.")
F_CREDIT = QT_TRANSLATE_NOOP("CustomerAnalysis", "100 × (0.5 × punctuality + 0.3 × (1 − overdue share) + "
                             "0.2 × (1 − min(1, credit use))). Punctuality: the share of the amount due "
                             "so far that was paid by its due date; overdue share: the share of the "
                             "instalments due so far not paid in full by their due date; credit use: "
                             "receivable ÷ credit limit. A ≥ 85, B ≥ 70, C ≥ 50, else D.")
F_RELATION = QT_TRANSLATE_NOOP("CustomerAnalysis", "40 × min(1, follow-ups in 12 months ÷ 12) + 30 × "
                               "max(0, 1 − days since contact ÷ 180) + 30 × min(1, approved contracts ÷ 3). "
                               "Strategic ≥ 75, close ≥ 50, ordinary ≥ 25, else distant.")
F_SEGMENT = QT_TRANSLATE_NOOP("CustomerAnalysis", "R: last contract approved ≤ 90 days ago 3, ≤ 180 days "
                              "2, else 1. F: contracts approved in 12 months ≥ 3: 3, ≥ 1: 2, else 1. M: "
                              "purchasing power ≥ ¥1,000,000: 3, ≥ ¥100,000: 2, above 0: 1. Champion: "
                              "R = 3 and F + M ≥ 5; loyal: R ≥ 2 and F + M ≥ 4; at risk: R = 1 and "
                              "F + M ≥ 3; new or occasional: R ≥ 2; lapsed: the rest; never bought: no "
                              "approved contract.")
F_ABC = QT_TRANSLATE_NOOP("CustomerAnalysis", "Customers by revenue, largest first: A while the revenue "
                          "of the larger ones is under 80 % of the total you see, B under 95 %, else C.")
T_CONTRACTS = QT_TRANSLATE_NOOP("CustomerAnalysis", "Approved contract amount")
T_REVENUE = QT_TRANSLATE_NOOP("CustomerAnalysis", "Revenue")
T_RECEIVED = QT_TRANSLATE_NOOP("Money", "Received")  # the money pages' word
T_RECEIVABLE = QT_TRANSLATE_NOOP("Money", "Receivable")
T_INVOICED = QT_TRANSLATE_NOOP("Money", "Invoiced")
T_EXPENSES = QT_TRANSLATE_NOOP("CustomerAnalysis", "Allocated expenses")
T_COST = QT_TRANSLATE_NOOP("CustomerAnalysis", "Product cost")
T_PROFIT = QT_TRANSLATE_NOOP("CustomerAnalysis", "Profit contribution")
T_FREQUENCY = QT_TRANSLATE_NOOP("CustomerAnalysis", "Follow-ups per month")
T_RECENCY = QT_TRANSLATE_NOOP("CustomerAnalysis", "Days since contact")
T_POWER = QT_TRANSLATE_NOOP("CustomerAnalysis", "Purchasing power")
T_CREDIT = QT_TRANSLATE_NOOP("CustomerAnalysis", "Credit rating")
T_RELATION = QT_TRANSLATE_NOOP("CustomerAnalysis", "Relationship")
T_SEGMENT = QT_TRANSLATE_NOOP("CustomerAnalysis", "Segment")
T_ABC = QT_TRANSLATE_NOOP("CustomerAnalysis", "ABC class")

FIGURES: tuple[Figure, ...] = (
    Figure("contract_amount", T_CONTRACTS, F_CONTRACTS, lambda r: money(r.contract_amount)),
    Figure("revenue", T_REVENUE, F_REVENUE, lambda r: money(r.revenue)),
    Figure("received", T_RECEIVED, F_RECEIVED, lambda r: money(r.received), context="Money"),
    Figure("receivable", T_RECEIVABLE, F_RECEIVABLE, lambda r: money(r.receivable), context="Money"),
    Figure("invoiced", T_INVOICED, F_INVOICED, lambda r: money(r.invoiced), context="Money"),
    Figure("expenses", T_EXPENSES, F_EXPENSES, lambda r: money(r.expenses)),
    Figure("product_cost", T_COST, F_COST, lambda r: money(r.product_cost), sortable=False),
    Figure("profit", T_PROFIT, F_PROFIT, lambda r: money(r.profit)),
    Figure("contact_frequency", T_FREQUENCY, F_FREQUENCY, lambda r: number(r.contact_frequency),
           kind="number"),
    Figure("recency_days", T_RECENCY, F_RECENCY, lambda r: number(r.recency_days),
           sortable=False, kind="int"),
    Figure("purchasing_power", T_POWER, F_POWER, lambda r: money(r.purchasing_power)),
    Figure("credit_score", T_CREDIT, F_CREDIT, lambda r: f"{r.credit_rating} ({r.credit_score})",
           kind="number"),
    Figure("relationship_score", T_RELATION, F_RELATION,
           lambda r: f"{level_text(r.relationship_level)} ({r.relationship_score})", kind="number"),
    Figure("rfm_segment", T_SEGMENT, F_SEGMENT, lambda r: segment_text(r.rfm_segment), sortable=False,
           kind="text"),
)
ABC = Figure("abc_class", T_ABC, F_ABC, lambda r: r.abc_class or "—", sortable=False, kind="text")

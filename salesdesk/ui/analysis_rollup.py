"""The analysis page's roll-ups (issue 15 §4): the customers' figures summed per person, unit or
for the whole company (api.customer_analysis_rollup), as table columns; the scores are the
averages over the group's customers. The titles and formulas are the figures' own
(ui/analysis_words.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_analysis import Rollup
from salesdesk.ui import words
from salesdesk.ui.analysis_words import FIGURES, money, number
from salesdesk.ui.columns import Column
from salesdesk.ui.words import word

translate = QCoreApplication.translate
GROUPS = ("customer", "owner", "unit", "company")  # "customer": no roll-up, the customers themselves
GROUP_NAMES = {
    "customer": QT_TRANSLATE_NOOP("CustomerAnalysis", "Each customer"),
    "owner": QT_TRANSLATE_NOOP("CustomerAnalysis", "By person"),
    "unit": QT_TRANSLATE_NOOP("CustomerAnalysis", "By unit"),
}
GROUP_TITLES = {"owner": words.OWNER, "unit": words.UNIT, "company": words.WHOLE_COMPANY}


def group_choice(by: str) -> str:
    """The roll-up switch's text for `by`."""
    return translate("CustomerAnalysis", GROUP_NAMES[by]) if by in GROUP_NAMES else word(words.WHOLE_COMPANY)
SUMMED = ("contract_amount", "revenue", "received", "receivable", "invoiced", "expenses", "product_cost",
          "profit", "purchasing_power")
AVERAGED = ("credit_score", "relationship_score")


def group_text(by: str, row: Rollup) -> str:
    if by == "company":
        return word(words.WHOLE_COMPANY)
    if row.group_id is None:  # pool customers have no owner (by person), or no unit
        return word(words.POOL) if by == "owner" else "—"
    return row.group_name or "—"


def rollup_columns(by: str) -> list[Column[Rollup]]:
    figures = {f.key: f for f in FIGURES}

    def summed(key: str) -> Column[Rollup]:
        return Column(key, figures[key].heading, lambda r: money(getattr(r, key)), right=True, width=140,
                      kind="money", value=lambda r: getattr(r, key))

    def averaged(key: str) -> Column[Rollup]:
        return Column(key, lambda: translate("CustomerAnalysis", "%1 (average)").replace(
            "%1", figures[key].heading()), lambda r: number(getattr(r, key)), right=True, width=140,
            kind="number", value=lambda r: getattr(r, key))

    return [Column("group", lambda: word(GROUP_TITLES[by]), lambda r: group_text(by, r), fixed=True,
                   width=200),
            Column("customers", lambda: translate("CustomerAnalysis", "Customers"),
                   lambda r: str(r.customers), right=True, kind="int", value=lambda r: r.customers),
            *(summed(k) for k in SUMMED),
            Column("followups_12m", lambda: translate("CustomerAnalysis", "Follow-ups in 12 months"),
                   lambda r: str(r.followups_12m), right=True, kind="int", value=lambda r: r.followups_12m),
            *(averaged(k) for k in AVERAGED)]

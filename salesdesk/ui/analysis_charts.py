"""The analysis page's three figures (RFM-style segments, ABC by revenue, profit-contribution ranking)
from the customers' figures, labels in the user's language. Call only once the chart modules are
loaded (ui/lazy_chart.py): importing salesdesk.charts imports matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesdesk import words
from salesdesk.services.customer_analysis import SEGMENTS, Figures, Rollup
from salesdesk.ui.analysis_words import segment_text
from salesdesk.ui.words import word

if TYPE_CHECKING:
    from matplotlib.figure import Figure

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
TOP_PROFIT = 15  # customers in the profit-contribution ranking


def segments_figure(segments: Sequence[Rollup]) -> Figure:
    """Customers per segment (all the caller sees), in SEGMENTS order (best first, at the top)."""
    from salesdesk.charts.attainment import build_ranking
    from salesdesk.charts.data import Labels, Ranking, RankingRow
    counts = {s: sum(g.customers for g in segments if g.group_name == s) for s in SEGMENTS}
    return build_ranking(Ranking([RankingRow(s, segment_text(s), Decimal(counts[s])) for s in SEGMENTS],
                                 Labels(translate("CustomerAnalysis", "Customers by segment"),
                                        translate("CustomerAnalysis", "Customers"), in_wan=False)))


def pareto_figure(rows: Sequence[Figures], classes: Sequence[Rollup]) -> Figure:
    """Revenue per customer largest first with the running share of the revenue of every customer
    the caller sees (the ABC boundaries marked); the title counts the customers per class."""
    from salesdesk.charts.customers import build_pareto
    from salesdesk.charts.data import Labels, Pareto, RankingRow
    ranked = sorted((r for r in rows if r.revenue > 0), key=lambda r: (-r.revenue, r.customer_id))
    count = {c: sum(g.customers for g in classes if g.group_name == c) for c in "ABC"}
    title = translate("CustomerAnalysis", "ABC by revenue: A %1 · B %2 · C %3 customers")
    for n, c in enumerate("ABC", start=1):
        title = title.replace(f"%{n}", str(count[c]))
    return build_pareto(Pareto([RankingRow(str(r.customer_id), r.customer_name, r.revenue) for r in ranked],
                               translate("CustomerAnalysis", "Cumulative share"),
                               Labels(title, word(words.AMOUNT_WAN)),
                               sum((g.revenue for g in classes), Decimal(0))))


def profit_figure(rows: Sequence[Figures]) -> Figure:
    """The TOP_PROFIT largest profit contributions (rows without one, i.e. no see_cost, left out)."""
    from salesdesk.charts.attainment import build_ranking
    from salesdesk.charts.data import Labels, Ranking, RankingRow
    ranked = sorted((r for r in rows if r.profit is not None),
                    key=lambda r: (-(r.profit or 0), r.customer_id))
    title = translate("CustomerAnalysis", "Profit contribution, top %1").replace("%1", str(TOP_PROFIT))
    return build_ranking(Ranking([RankingRow(str(r.customer_id), r.customer_name, r.profit or Decimal(0))
                                  for r in ranked[:TOP_PROFIT]], Labels(title, word(words.AMOUNT_WAN))))

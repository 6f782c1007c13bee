"""Customer analysis charts (issue 15 §4): the Pareto (ABC by revenue) chart. The RFM segments and
the profit-contribution ranking are horizontal rankings (charts/attainment.build_ranking)."""

from __future__ import annotations

from itertools import accumulate

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from salesdesk.charts.base import PALETTE, keyed, new_figure, plotted
from salesdesk.charts.data import Pareto

A_SHARE, B_SHARE = 80, 95  # the ABC boundaries, in per cent of the revenue (sql/0040)
MAX_BARS = 30  # more customers than this: the bars of the rest are left out, the line is not


def build_pareto(data: Pareto) -> Figure:
    """Revenue bars largest first (the first MAX_BARS), the cumulative share on a second axis with
    the A (80 %) and B (95 %) boundaries."""
    fig, ax = new_figure(data.labels)
    values = [plotted(r.value, data.labels) for r in data.rows]
    total = plotted(data.total, data.labels) if data.total is not None else sum(values)
    shown = data.rows[:MAX_BARS]
    x = list(range(len(shown)))
    keyed(ax.bar(x, values[:len(shown)], width=0.7, color=PALETTE["actual"]), [r.key for r in shown])
    ax.set_xticks(x, [r.label for r in shown], rotation=60, ha="right", fontsize=7)
    ax.set_ylabel(data.labels.value)
    share = ax.twinx()
    running = [100 * v / total for v in accumulate(values)] if total else [0.0] * len(values)
    share.plot(x, running[:len(shown)], marker="o", markersize=3, color=PALETTE["warn"], gid="share")
    for level in (A_SHARE, B_SHARE):
        share.axhline(level, linestyle="--", linewidth=0.8, color=PALETTE["muted"])
    share.set_ylim(0, 105)
    share.yaxis.set_major_formatter(PercentFormatter())
    share.set_ylabel(data.share_label)
    share.spines[["top"]].set_visible(False)
    return fig

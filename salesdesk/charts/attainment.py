"""Attainment charts: target vs actual by person or unit, cumulative progress by month, a ranking."""

from __future__ import annotations

from itertools import accumulate

from matplotlib.figure import Figure

from salesdesk.charts.base import (
    PALETTE,
    category_axis,
    keyed,
    new_figure,
    number,
    percent,
    percent_text,
    plotted,
)
from salesdesk.charts.data import MonthlyProgress, Ranking, TargetVsActual

MARKER_WIDTH = 0.8  # the target marker spans the bar


def build_target_vs_actual(data: TargetVsActual) -> Figure:
    """Bars of the actuals, a black marker at each target, the attainment % over each bar and, when
    given, one coloured marker per tier (冲刺, 挑战 …)."""
    if any(len(r.tiers) != len(data.tier_labels) for r in data.rows):
        raise ValueError(f"every row needs one value per tier {data.tier_labels}")
    fig, ax = new_figure(data.labels)
    x = list(range(len(data.rows)))
    actual = [plotted(r.actual, data.labels) for r in data.rows]
    target = [plotted(r.target, data.labels) for r in data.rows]
    bars = keyed(ax.bar(x, actual, width=0.6, color=PALETTE["actual"], label=data.actual_label),
                 [r.key for r in data.rows])
    ax.plot(x, target, linestyle="none", marker="_", markersize=28, markeredgewidth=2.5,
            color=PALETTE["target"], label=data.target_label, gid="target")
    for i, tier_label in enumerate(data.tier_labels):
        ax.plot(x, [plotted(r.tiers[i], data.labels) for r in data.rows], linestyle="none", marker="_",
                markersize=28, markeredgewidth=1.5, color=PALETTE["tiers"][i % 3], label=tier_label,
                gid=f"tier{i}")
    texts = [percent_text(percent(r.actual, r.target)) for r in data.rows]
    ax.bar_label(bars, texts, padding=3, fontsize=9)
    category_axis(ax, [r.label for r in data.rows])
    ax.set_ylabel(data.labels.value)
    ax.margins(y=0.15)
    ax.legend(loc="upper right", fontsize=8, frameon=False, markerscale=0.6)
    return fig


def build_cumulative(data: MonthlyProgress) -> Figure:
    """Each month's actual as a light bar; the running total against the running target line."""
    fig, ax = new_figure(data.labels)
    done = [i for i, a in enumerate(data.actual) if a is not None]
    monthly = [plotted(a, data.labels) for a in data.actual]
    keyed(ax.bar(done, [monthly[i] for i in done], width=0.6, color=PALETTE["muted"]),
          [data.keys[i] for i in done])
    running = list(accumulate(monthly))
    ax.plot(done, [running[i] for i in done], marker="o", color=PALETTE["actual"],
            label=data.actual_label, gid="actual")
    target = list(accumulate(plotted(t, data.labels) for t in data.target))
    ax.plot(range(len(target)), target, linestyle="--", color=PALETTE["target"],
            label=data.target_label, gid="target")
    if done:
        last = done[-1]
        ax.annotate(number(running[last]), (last, running[last]), textcoords="offset points",
                    xytext=(8, -4), ha="left", va="top", fontsize=9)
    category_axis(ax, list(data.months))
    ax.set_xlabel(data.month_label)
    ax.set_ylabel(data.labels.value)
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    return fig


def build_ranking(data: Ranking) -> Figure:
    """Horizontal bars, the first row at the top, each with its value at its end."""
    fig, ax = new_figure(data.labels)
    values = [float(r.value) if data.percent else plotted(r.value, data.labels) for r in data.rows]
    y = list(range(len(data.rows)))
    bars = keyed(ax.barh(y, values, height=0.6, color=PALETTE["actual"]), [r.key for r in data.rows])
    texts = [f"{v:.0f}%" if data.percent else number(v) for v in values]
    ax.bar_label(bars, texts, padding=3, fontsize=9)
    category_axis(ax, [r.label for r in data.rows], horizontal=True)
    ax.invert_yaxis()
    ax.set_xlabel(data.labels.value)
    ax.margins(x=0.12)
    return fig

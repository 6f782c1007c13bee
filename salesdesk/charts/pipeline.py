"""Pipeline charts: the sales funnel and the forecast against the target by month."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from matplotlib.figure import Figure

from salesdesk.charts.base import PALETTE, category_axis, keyed, new_figure, percent, percent_text, plotted
from salesdesk.charts.data import Forecast, Funnel, FunnelStage


def conversions(stages: Sequence[FunnelStage]) -> list[Decimal | None]:
    """Each stage's conversion to the next, by deal count, in per cent (None: nothing to convert;
    the last stage has none)."""
    pairs = zip(stages, stages[1:], strict=False)
    return [percent(Decimal(nxt.count), Decimal(this.count)) for this, nxt in pairs]


def build_funnel(data: Funnel) -> Figure:
    """One centred bar per stage, as wide as its deal count; inside it the count and amount, between
    two stages the conversion to the next."""
    fig, ax = new_figure(data.labels)
    stages = list(data.stages)
    widest = max((s.count for s in stages), default=0) or 1
    widths = [s.count for s in stages]
    y = list(range(len(stages)))
    bars = keyed(ax.barh(y, widths, left=[(widest - w) / 2 for w in widths], height=0.7,
                         color=PALETTE["light"]), [s.key for s in stages])
    for bar, text in zip(bars, [s.text for s in stages], strict=True):
        ax.text(widest / 2, bar.get_y() + bar.get_height() / 2, text, ha="center", va="center",
                fontsize=9, color="black", gid="stage-label")  # a light bar: readable on it and beside it
    for i, rate in enumerate(conversions(stages)):
        ax.text(widest, i + 0.5, data.conversion_label.replace("%1", percent_text(rate)), ha="left",
                va="center", fontsize=8, color=PALETTE["good"], gid="conversion")
    category_axis(ax, [s.label for s in stages], horizontal=True)
    ax.invert_yaxis()
    ax.set_xlim(0, widest * 1.25)
    ax.set_xticks([])
    ax.spines[["bottom", "left"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    if data.labels.value:
        ax.set_xlabel(data.labels.value)
    return fig


def build_forecast(data: Forecast) -> Figure:
    """Per month the commit, best case and pipeline stacked, and the month's target as a marker."""
    fig, ax = new_figure(data.labels)
    months = list(data.months)
    x = list(range(len(months)))
    keys = [m.key for m in months]
    bottom = [0.0] * len(months)
    for name, label, colour in (("commit", data.commit_label, PALETTE["good"]),
                                ("best_case", data.best_case_label, PALETTE["warn"]),
                                ("pipeline", data.pipeline_label, PALETTE["muted"])):
        heights = [plotted(getattr(m, name), data.labels) for m in months]
        keyed(ax.bar(x, heights, bottom=bottom, width=0.6, color=colour, label=label), keys)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.plot(x, [plotted(m.target, data.labels) for m in months], linestyle="none", marker="_",
            markersize=24, markeredgewidth=2.5, color=PALETTE["target"], label=data.target_label,
            gid="target")
    category_axis(ax, [m.label for m in months])
    ax.set_ylabel(data.labels.value)
    ax.legend(loc="upper right", fontsize=8, frameon=False, ncols=4, markerscale=0.6)
    ax.margins(y=0.18)
    return fig

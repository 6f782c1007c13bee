"""Receivables ageing: not due, 1–30, 31–60, 61–90 and over 90 days, always in that order."""

from __future__ import annotations

from matplotlib.figure import Figure

from salesdesk.charts.base import PALETTE, category_axis, keyed, new_figure, number, plotted
from salesdesk.charts.data import AGEING_ORDER, Ageing, AgeingBucket

COLOURS = (PALETTE["good"], "#d4b82a", PALETTE["warn"], "#e67e22", PALETTE["bad"])  # green to red with age


def ordered(buckets: list[AgeingBucket]) -> list[AgeingBucket]:
    """The five buckets in ageing order; a bucket missing, twice or unknown is the caller's bug."""
    by_key = {b.key: b for b in buckets}
    if len(by_key) != len(buckets) or set(by_key) != set(AGEING_ORDER):
        raise ValueError(f"ageing needs each of {AGEING_ORDER} once, got {[b.key for b in buckets]}")
    return [by_key[k] for k in AGEING_ORDER]


def build_ageing(data: Ageing) -> Figure:
    fig, ax = new_figure(data.labels)
    buckets = ordered(list(data.buckets))
    x = list(range(len(buckets)))
    bars = keyed(ax.bar(x, [plotted(b.amount, data.labels) for b in buckets], width=0.6, color=COLOURS),
                 [b.key for b in buckets])
    ax.bar_label(bars, [number(plotted(b.amount, data.labels)) for b in buckets], padding=3, fontsize=9)
    category_axis(ax, [b.label for b in buckets])
    ax.set_ylabel(data.labels.value)
    ax.margins(y=0.15)
    return fig

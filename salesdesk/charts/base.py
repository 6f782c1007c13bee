"""What every builder shares: a new figure, money at the plotting boundary, value labels, bar keys."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from salesdesk.charts.data import Labels
from salesdesk.charts.fonts import use_cjk_font

WAN = Decimal(10000)
SIZE = (8.0, 4.5)  # inches; at 100 dpi the canvas's natural size
PALETTE = {"actual": "#2f6fb0", "light": "#a9c8e8", "target": "#222222", "muted": "#b8c7d9",
           "good": "#2e8b57", "warn": "#e0a030", "bad": "#c0392b", "tiers": ("#e67e22", "#8e44ad", "#16a085")}


def new_figure(labels: Labels) -> tuple[Figure, Axes]:
    """A figure (no pyplot: it belongs to nobody until a canvas takes it) with one axes."""
    use_cjk_font()
    fig = Figure(figsize=SIZE, dpi=100, layout="constrained")
    ax = fig.add_subplot()
    if labels.title:
        ax.set_title(labels.title)
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def plotted(amount: Decimal | None, labels: Labels) -> float:
    """Money as the float the axes take, in 万 when the chart says so; None (not yet) as 0."""
    if amount is None:
        return 0.0
    return float(amount / WAN if labels.in_wan else amount)


def number(value: float) -> str:
    """A value label: thousands separated, one decimal only below 100 and only when it is not 0."""
    text = f"{value:,.1f}" if abs(value) < 100 else f"{value:,.0f}"
    return text.removesuffix(".0")


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole in per cent, or None when there is no whole to divide by."""
    return None if whole == 0 else part * 100 / whole


def percent_text(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def keyed(bars: BarContainer, keys: Iterable[str]) -> BarContainer:
    """Tag each bar with its key (drill-down) and make it pickable for the canvas's clicks."""
    for bar, key in zip(bars, keys, strict=True):
        bar.set_gid(key)
        bar.set_picker(True)
    return bars


def category_axis(ax: Axes, labels: Sequence[str], horizontal: bool = False) -> None:
    positions = range(len(labels))
    if horizontal:
        ax.set_yticks(positions, labels)
    else:
        ax.set_xticks(positions, labels, rotation=30 if len(labels) > 8 else 0,
                      ha="right" if len(labels) > 8 else "center")

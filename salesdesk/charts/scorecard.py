"""The scorecard comparison: each person's score as one horizontal bar split by indicator (the
points each indicator earned), the total at its end, the best at the top."""

from __future__ import annotations

from matplotlib.figure import Figure

from salesdesk.charts.base import PALETTE, category_axis, new_figure, number
from salesdesk.charts.data import ScorecardComparison

COLOURS = (PALETTE["actual"], PALETTE["tiers"][0], PALETTE["good"], PALETTE["tiers"][1], PALETTE["warn"],
           PALETTE["tiers"][2], PALETTE["light"], PALETTE["bad"])


def build_scorecard(data: ScorecardComparison) -> Figure:
    """Stacked bars (one segment per indicator, tagged "<person key>:<indicator index>" for
    drill-down), each total as text at the bar's end."""
    if any(len(p.points) != len(data.indicators) for p in data.people):
        raise ValueError(f"every person needs one value per indicator {list(data.indicators)}")
    fig, ax = new_figure(data.labels)
    y = list(range(len(data.people)))
    left = [0.0] * len(data.people)
    for i, indicator in enumerate(data.indicators):
        widths = [float(p.points[i]) for p in data.people]
        bars = ax.barh(y, widths, left=left, height=0.6, color=COLOURS[i % len(COLOURS)], label=indicator)
        for bar, person in zip(bars, data.people, strict=True):
            bar.set_gid(f"{person.key}:{i}")
            bar.set_picker(True)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for row, total in zip(y, left, strict=True):
        ax.text(total, row, " " + number(total), va="center", ha="left", fontsize=9)
    category_axis(ax, [p.label for p in data.people], horizontal=True)
    ax.invert_yaxis()
    ax.set_xlabel(data.labels.value)
    ax.margins(x=0.12)
    if data.indicators:
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    return fig

"""The Pareto (ABC by revenue) builder on its artists: bars largest first in 万 with their keys, the
running share ending at 100 % of its own rows or at their share of a larger total, the A and B
boundaries drawn, Chinese labels without a missing glyph; at most MAX_BARS bars."""

from __future__ import annotations

import io
import warnings
from decimal import Decimal

from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from salesdesk.charts.customers import MAX_BARS, build_pareto
from salesdesk.charts.data import Labels, Pareto, RankingRow

ROWS = [RankingRow("7", "甲公司", Decimal("600000")), RankingRow("3", "乙公司", Decimal("300000")),
        RankingRow("9", "丙公司", Decimal("100000"))]


def share_line(pareto: Pareto) -> list[float]:
    fig = build_pareto(pareto)
    line = next(a for a in fig.axes[1].lines if isinstance(a, Line2D) and a.get_gid() == "share")
    return [float(y) for y in line.get_ydata()]


def test_bars_in_wan_with_keys_and_the_share_to_100() -> None:
    fig = build_pareto(Pareto(ROWS, "累计占比", Labels("按收入 ABC 分类", "金额（万元）")))
    bars = [p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_gid()]
    assert [(b.get_gid(), b.get_height()) for b in bars] == [("7", 60.0), ("3", 30.0), ("9", 10.0)]
    assert share_line(Pareto(ROWS, "", Labels())) == [60.0, 90.0, 100.0]
    levels = sorted(round(line.get_ydata()[0]) for line in fig.axes[1].lines if line.get_gid() != "share")
    assert levels == [80, 95]


def test_the_share_is_of_the_total_given() -> None:
    assert share_line(Pareto(ROWS, "", Labels(), total=Decimal("2000000"))) == [30.0, 45.0, 50.0]
    assert share_line(Pareto([], "", Labels())) == []


def test_at_most_max_bars_and_no_missing_glyph() -> None:
    rows = [RankingRow(str(n), f"客户{n}", Decimal(1000 - n)) for n in range(MAX_BARS + 10)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = build_pareto(Pareto(rows, "累计占比", Labels("按收入 ABC 分类", "金额（万元）")))
        fig.savefig(io.BytesIO(), format="png")  # a missing CJK glyph warns
    assert len([p for p in fig.axes[0].patches if p.get_gid()]) == MAX_BARS

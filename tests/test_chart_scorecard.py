"""The scorecard comparison builder, tested on its figure's artists (no Qt, no display)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matplotlib.patches import Rectangle

from salesdesk.charts.data import Labels, ScorecardComparison, ScorecardPerson
from salesdesk.charts.scorecard import build_scorecard

D = Decimal


def sample() -> ScorecardComparison:
    return ScorecardComparison(
        people=[ScorecardPerson("7", "陈四", [D(60), D(48)]), ScorecardPerson("5", "赵一", [D(30), D(0)])],
        indicators=["合同金额", "协作业绩"], labels=Labels(title="考核得分", value="得分", in_wan=False))


def test_each_person_one_bar_split_by_indicator_with_the_total() -> None:
    fig = build_scorecard(sample())
    ax = fig.axes[0]
    segments = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid()]
    assert [(s.get_gid(), s.get_x(), s.get_width()) for s in segments] == [
        ("7:0", 0, 60), ("5:0", 0, 30), ("7:1", 60, 48), ("5:1", 30, 0)]
    assert all(s.get_picker() for s in segments)
    assert [t.get_text() for t in ax.texts] == [" 108", " 30"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["陈四", "赵一"]
    assert ax.yaxis_inverted()  # the best at the top
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["合同金额", "协作业绩"]
    assert ax.get_title() == "考核得分" and ax.get_xlabel() == "得分"


def test_a_person_missing_an_indicator_is_refused() -> None:
    data = sample()
    bad = ScorecardComparison([ScorecardPerson("1", "x", [D(1)])], data.indicators)
    with pytest.raises(ValueError):
        build_scorecard(bad)


def test_nobody_draws_an_empty_chart() -> None:
    fig = build_scorecard(ScorecardComparison([], []))
    assert list(fig.axes[0].patches) == [] and fig.axes[0].get_legend() is None

"""The chart builders, checked on their figures' artists (no display, no database): bar heights are the
inputs in 万, the markers sit at the targets, the labels say the attainment and conversions, the ageing
buckets come in order, and Chinese labels draw without a missing glyph."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from salesdesk.charts import (
    build_ageing,
    build_cumulative,
    build_forecast,
    build_funnel,
    build_ranking,
    build_target_vs_actual,
    conversions,
)
from salesdesk.charts.data import Ageing, AgeingBucket, FunnelStage
from salesdesk.charts.fonts import CJK_FAMILIES, _add_new_system_fonts, use_cjk_font
from tests import chart_samples as samples

BUILDERS = {"target_vs_actual": build_target_vs_actual, "cumulative": build_cumulative,
            "funnel": build_funnel, "forecast": build_forecast, "ranking": build_ranking,
            "ageing": build_ageing}


def bars(fig: Figure) -> list[Rectangle]:
    return [p for p in fig.axes[0].patches if isinstance(p, Rectangle) and p.get_gid()]


def line(fig: Figure, gid: str) -> Line2D:
    return next(ln for ln in fig.axes[0].lines if ln.get_gid() == gid)


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts]


def wan(amount: Decimal) -> float:
    return float(amount / 10000)


def test_target_vs_actual_bars_markers_and_attainment() -> None:
    data = samples.target_vs_actual()
    fig = build_target_vs_actual(data)
    assert [b.get_height() for b in bars(fig)] == [wan(r.actual) for r in data.rows]
    assert [b.get_gid() for b in bars(fig)] == ["e0", "e1", "e2", "e3"]
    assert list(line(fig, "target").get_ydata()) == [wan(r.target) for r in data.rows]
    assert list(line(fig, "tier1").get_ydata()) == [wan(r.tiers[1]) for r in data.rows]
    assert texts(fig) == ["85%", "123%", "50%", "–"]  # a zero target has no attainment
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == list(samples.WORDS["en"]["people"])
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["Target", "Stretch", "Challenge", "Actual"]
    with pytest.raises(ValueError, match="one value per tier"):
        build_target_vs_actual(replace(data, tier_labels=("Stretch",)))


def test_cumulative_runs_to_date_against_the_running_target() -> None:
    data = samples.monthly()
    fig = build_cumulative(data)
    assert [b.get_height() for b in bars(fig)] == [wan(a) for a in data.actual if a is not None]
    assert list(line(fig, "actual").get_ydata()) == [8, 17.5, 29.5, 35.5, 46.5, 59.5, 68.5, 78.5]
    assert list(line(fig, "target").get_ydata()) == [10.0 * m for m in range(1, 13)]
    assert texts(fig) == ["78.5"]


def test_funnel_conversions_and_stage_texts() -> None:
    data = samples.funnel()
    assert conversions(data.stages) == [Decimal(75), Decimal(50), Decimal(40), Decimal(50)]
    empty_first = [FunnelStage("a", "A", 0, Decimal(0), ""), FunnelStage("b", "B", 2, Decimal(1), "")]
    assert conversions(empty_first) == [None]
    fig = build_funnel(data)
    assert [b.get_width() for b in bars(fig)] == [40, 30, 15, 6, 3]
    assert [b.get_x() + b.get_width() / 2 for b in bars(fig)] == [20.0] * 5  # centred
    conv = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "conversion"]
    assert conv == ["→ 75%", "→ 50%", "→ 40%", "→ 50%"]
    stage = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "stage-label"]
    assert stage[0] == "40 deals · ¥4000K" and stage[-1] == "3 deals · ¥450K"


def test_forecast_stacks_commit_best_case_pipeline_under_the_target() -> None:
    data = samples.forecast()
    fig = build_forecast(data)
    containers = {c.get_label(): c for c in fig.axes[0].containers}
    first = data.months[0]
    commit, best, pipe = (containers[k][0] for k in ("Commit", "Best case", "Pipeline"))
    assert (commit.get_y(), commit.get_height()) == (0, wan(first.commit))
    assert best.get_y() == wan(first.commit) and best.get_height() == wan(first.best_case)
    assert pipe.get_y() == wan(first.commit + first.best_case)
    assert pipe.get_height() == pytest.approx(wan(first.pipeline))
    assert list(line(fig, "target").get_ydata()) == [11.0] * 6
    assert {b.get_gid() for b in containers["Pipeline"]} == {m.key for m in data.months}


def test_ranking_first_row_on_top_with_its_value() -> None:
    fig = build_ranking(samples.ranking())
    shown = bars(fig)
    assert [b.get_width() for b in shown] == [123.00005, 85, 40, 0]
    assert fig.axes[0].yaxis_inverted()
    assert texts(fig) == ["123", "85", "40", "0"]


def test_ageing_buckets_in_order_whatever_the_input_order() -> None:
    data = samples.ageing()
    fig = build_ageing(data)
    assert [b.get_gid() for b in bars(fig)] == ["not_due", "1_30", "31_60", "61_90", "over_90"]
    assert [b.get_height() for b in bars(fig)] == [250, 80, 30, 12, 9]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == list(samples.WORDS["en"]["ageing"])
    with pytest.raises(ValueError, match="each of"):
        build_ageing(Ageing([*data.buckets[:4], AgeingBucket("not_due", "x", Decimal(1))]))


@pytest.mark.parametrize("name", list(BUILDERS))
def test_chinese_labels_draw_without_a_missing_glyph(name: str) -> None:
    assert use_cjk_font() in CJK_FAMILIES  # on Debian the WenQuanYi Micro Hei installer/bootstrap.py installs
    fig = BUILDERS[name](samples.BUILDS[name]("zh_CN"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png")
    assert [str(w.message) for w in caught if "missing" in str(w.message)] == []


def test_builders_never_touch_pyplot() -> None:
    """pyplot's global state machine stays out: building every chart in a fresh process never imports it."""
    script = ("import sys\nfrom tests.test_charts import BUILDERS\nfrom tests import chart_samples as s\n"
              "for n, b in BUILDERS.items(): b(s.BUILDS[n]('zh_CN'))\n"
              "print('matplotlib.pyplot' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "False"


def test_a_font_installed_after_matplotlib_cached_its_list_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The font list matplotlib cached before fonts-wqy-microhei was installed: read again, it has it."""
    from matplotlib import font_manager
    cjk_files = {f.fname for f in font_manager.fontManager.ttflist if f.name in CJK_FAMILIES}
    stale = [f for f in font_manager.fontManager.ttflist if f.fname not in cjk_files]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    _add_new_system_fonts()
    assert "WenQuanYi Micro Hei" in {f.name for f in font_manager.fontManager.ttflist}

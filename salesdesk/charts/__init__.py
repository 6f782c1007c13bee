"""Charts as matplotlib figures, without Qt: `build_<chart>(data) -> Figure`.

The inputs are typed dataclasses (charts/data.py) holding Decimal money and labels already
translated, so the builders stay language-neutral; money becomes float only where it is plotted
(charts/base.py). Every clickable bar carries its key as the artist's gid (the canvas widget,
ui/chart_canvas.py, turns a click into a signal with that key). The CJK font fallback is set once
(charts/fonts.py) before the first figure is built.
"""

from salesdesk.charts.attainment import build_cumulative, build_ranking, build_target_vs_actual
from salesdesk.charts.customers import build_pareto
from salesdesk.charts.pipeline import build_forecast, build_funnel, conversions
from salesdesk.charts.receivables import build_ageing

__all__ = ["build_ageing", "build_cumulative", "build_forecast", "build_funnel", "build_pareto",
           "build_ranking", "build_target_vs_actual", "conversions"]

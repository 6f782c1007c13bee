"""The forecast page's chart inputs (salesdesk/charts/data.py) from the services' rows, labels in
the user's language. Call only once the chart modules are loaded (ui/lazy_chart.py): importing
salesdesk.charts imports matplotlib."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salesdesk import words
from salesdesk.services.forecast import Forecast
from salesdesk.services.funnel import FunnelRow
from salesdesk.ui.forecast_tables import category_text, month_text, stage_name
from salesdesk.ui.words import word

if TYPE_CHECKING:
    from salesdesk.charts import data

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings


def forecast_chart_data(forecast: Forecast, weighting: str) -> data.Forecast:
    """Per month commit, best case and pipeline by `weighting` ('amount', 'weighted', 'calibrated'),
    the target as the marker (none: 0)."""
    from salesdesk.charts.data import Forecast as ChartForecast
    from salesdesk.charts.data import ForecastMonth, Labels
    months = [ForecastMonth(month_text(m.month), month_text(m.month),
                            *(getattr(m.category(c), weighting) for c in ("commit", "best_case", "pipeline")),
                            m.target or Decimal(0))
              for m in forecast.months]
    titles = {
        "amount": translate("ForecastPage", "Forecast by month"),
        "weighted": translate("ForecastPage", "Forecast by month, weighted by the configured probability"),
        "calibrated": translate("ForecastPage", "Forecast by month, weighted by the calibrated probability"),
    }
    return ChartForecast(months, category_text("commit"), category_text("best_case"),
                         category_text("pipeline"), word(words.TARGET),
                         Labels(titles[weighting], word(words.AMOUNT_WAN)))


def funnel_text(row: FunnelRow) -> str:
    """'44 entered · 81.8% went further' (the database's conversion: deals may skip a stage)."""
    if row.conversion is None:
        return translate("ForecastPage", "%1 entered").replace("%1", str(row.reached))
    return (translate("ForecastPage", "%1 entered · %2 went further").replace("%1", str(row.reached))
            .replace("%2", f"{row.conversion.normalize():f}%"))


def funnel_chart_data(rows: Sequence[FunnelRow]) -> data.Funnel:
    """The deals that entered each stage (lost left out), with the conversion the database
    computed in the bar (the builder's own next-to-this ratio is left out: it ignores skips)."""
    from salesdesk.charts.data import Funnel, FunnelStage, Labels
    stages = [FunnelStage(str(r.stage_id), stage_name(r.name, r.name_en), r.reached, r.amount, funnel_text(r))
              for r in rows if r.outcome != "lost"]
    return Funnel(stages, "", Labels(translate("PipelinePage", "Funnel by stage")))

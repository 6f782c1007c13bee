"""The dashboard's "Forecast" section (supervisors, managers, the director): this fiscal quarter's
months for the person's own node (their unit; the company for the director), the open deals'
amount weighted both ways against the target, and the chart. A click opens the forecast page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import forecast as fc
from salesdesk.services.forecast import Forecast
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import forecast_tables as tables
from salesdesk.ui.dashboard_sections import DIRECTOR, TEAM_LEADS, register_section
from salesdesk.ui.forecast_charts import forecast_chart_data
from salesdesk.ui.lazy_chart import LazyChart
from salesdesk.ui.pages import AppContext
from salesdesk.ui.words import word

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings


def own_node(level: str, unit_id: int) -> Node:
    return Node("company") if level in DIRECTOR else Node("unit", unit_id)


class ForecastSection(QWidget):
    """See the module docstring."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("forecastSection")
        self.node = own_node(ctx.session.me.level, ctx.session.me.unit_id)
        self.forecast: Forecast | None = None
        self.chart = LazyChart(ctx.tasks.run, "forecast.png", height=200)
        self.chart.failed.connect(ctx.notify)
        self.table = tables.new_table("forecastSectionTable")
        self.status = QLabel()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openForecastButton")
        self.open_button.clicked.connect(lambda: ctx.show_page("forecast"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(self.open_button)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.open_button.setText(translate("ForecastPage", "Open the forecast"))
        self._show()

    def is_loaded(self) -> bool:
        return self.forecast is not None

    def refresh(self) -> None:
        self.ctx.tasks.run(fc.load_current_quarter, self.ctx.session.database, self.node,
                           on_success=self._loaded,
                           on_error=lambda exc: self.status.setText(ui_errors.error_text(exc)))

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") == "opportunity":
            self.refresh()

    def _loaded(self, forecast: Forecast) -> None:
        self.forecast = forecast
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        if self.forecast is None:
            return
        forecast = self.forecast
        headers = [word(words.MONTH), translate("ForecastPage", "Open amount"),
                   translate("ForecastPage", "Weighted (configured)"),
                   translate("ForecastPage", "Weighted (calibrated)"), word(words.TARGET)]
        tables.fill(self.table, headers, [
            [(tables.month_text(m.month), False), tables.money(m.open_total("amount")),
             tables.money(m.open_total("weighted")), tables.money(m.open_total("calibrated")),
             tables.money(m.target)] for m in forecast.months])

        def figure():  # noqa: ANN202 - a matplotlib Figure, built once the modules are loaded
            from salesdesk.charts.pipeline import build_forecast
            return build_forecast(forecast_chart_data(forecast, "calibrated"))

        self.chart.show_figure(figure)


register_section("forecast", QT_TRANSLATE_NOOP("dashboard", "Forecast this quarter"), ForecastSection,
                 order=40, levels=TEAM_LEADS | DIRECTOR)

"""The forecast page's tables (read-only, a few dozen rows each): the forecast by month with both
weightings and the adjustment beside, the children's roll-up, the funnel and the calibration.
Each `fill_*` takes the service's rows and writes them, every text translated here."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from salesdesk import words
from salesdesk.services.forecast import BreakdownRow, CalibrationRow, Forecast
from salesdesk.services.funnel import FunnelRow
from salesdesk.ui.formats import fmt_datetime, fmt_money, fmt_percent
from salesdesk.ui.i18n import current_language
from salesdesk.ui.opportunity_models import forecast_text
from salesdesk.ui.words import word

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Cell = tuple[str, bool]  # (text, right-aligned)


def new_table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
         keys: Sequence[object] | None = None) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, (text, right) in enumerate(row):
            item = QTableWidgetItem(text)
            if right:
                item.setTextAlignment(RIGHT)
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def money(value: Decimal | None) -> Cell:
    return fmt_money(value), True


def percent(value: Decimal | None) -> Cell:
    return fmt_percent(value), True


def category_text(category: str) -> str:
    """commit / best case / pipeline as the deal list says them; 'closed' here: the deals won."""
    return translate("ForecastPage", "Closed won") if category == "closed" else forecast_text(category)


def month_text(month: object) -> str:
    return f"{month:%Y-%m}"


def fill_forecast(table: QTableWidget, forecast: Forecast) -> None:
    headers = [word(words.MONTH), word(words.CATEGORY),
               translate("ForecastPage", "Number of deals"), word(words.AMOUNT),
               translate("ForecastPage", "Weighted (configured)"),
               translate("ForecastPage", "Weighted (calibrated)"), word(words.TARGET),
               translate("ForecastPage", "Adjusted"),
               translate("ForecastPage", "Adjusted by"), word(words.NOTES)]
    rows = []
    for month in forecast.months:
        for c in month.cells:
            who = "" if c.adjusted_by is None else f"{c.adjusted_by} {fmt_datetime(c.adjusted_at)}"
            rows.append([(month_text(c.month), False), (category_text(c.category), False),
                         (str(c.deals), True), money(c.amount), money(c.weighted), money(c.calibrated),
                         money(c.target) if c.category == "commit" else ("", True),
                         money(c.adjusted), (who, False), (c.adjustment_note or "", False)])
    fill(table, headers, rows)


def fill_breakdown(table: QTableWidget, rows: Sequence[BreakdownRow]) -> None:
    headers = [word(words.NAME), translate("ForecastPage", "Number of deals"), category_text("commit"),
               category_text("best_case"), category_text("pipeline"), category_text("closed"),
               translate("ForecastPage", "Weighted (configured)"),
               translate("ForecastPage", "Weighted (calibrated)")]
    fill(table, headers, [[(r.name, False), (str(r.deals), True), money(r.commit), money(r.best_case),
                           money(r.pipeline), money(r.closed), money(r.weighted), money(r.calibrated)]
                          for r in rows], keys=[(r.node_kind, r.node_id, r.name) for r in rows])


def stage_name(name: str, name_en: str) -> str:
    return name if current_language().startswith("zh") else name_en


def fill_funnel(table: QTableWidget, rows: Sequence[FunnelRow]) -> None:
    headers = [word(words.STAGE), translate("ForecastPage", "Deals now"), word(words.AMOUNT),
               translate("ForecastPage", "Entered"), translate("ForecastPage", "Went further"),
               translate("ForecastPage", "Conversion"), translate("ForecastPage", "Days in stage")]
    fill(table, headers, [[(stage_name(r.name, r.name_en), False), (str(r.deals), True), money(r.amount),
                           (str(r.reached), True), (str(r.advanced), True), percent(r.conversion),
                           ("" if r.avg_days is None else f"{r.avg_days:f}", True)] for r in rows])




def fill_calibration(table: QTableWidget, rows: Sequence[CalibrationRow]) -> None:
    headers = [word(words.STAGE), word(words.UNIT), translate("ForecastPage", "Configured"),
               translate("ForecastPage", "Closed deals"), translate("ForecastPage", "Won"),
               translate("ForecastPage", "Win rate"), translate("ForecastPage", "Rate used"),
               translate("ForecastPage", "Rate from")]
    sources = {"team": translate("ForecastPage", "The team's history"),
               "company": translate("ForecastPage", "The company's history"),
               "configured": translate("ForecastPage", "Configured")}
    fill(table, headers, [[(stage_name(r.name, r.name_en), False),
                           (r.unit_name or word(words.WHOLE_COMPANY), False),
                           percent(r.configured), (str(r.closed), True), (str(r.won), True),
                           percent(r.win_rate), percent(r.used_rate),
                           (sources[r.rate_source], False)] for r in rows])

"""The forecast page (预测与漏斗): for a node the caller may open (the company, a unit, themselves)
and a fiscal period — the forecast by month and category with both weightings (the deals'
configured probabilities and the calibrated ones), the target and the managers' adjustments beside,
the children rolled up (double-click one to open it), the funnel by stage with conversion and days
in stage, and the calibration table. "Adjust…" records an adjusted figure for one's own node.
Every read runs through ctx.tasks.run, off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import forecast as fc
from salesdesk.services import funnel
from salesdesk.services.forecast import ForecastView
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import forecast_tables as tables
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.forecast_charts import forecast_chart_data, funnel_chart_data
from salesdesk.ui.lazy_chart import LazyChart
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.words import word

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
WEIGHTINGS = ("amount", "weighted", "calibrated")


def period_text(period: str) -> str:
    """'FY2026-Q3' → 'FY2026 Q3' / '2026财年第3季度'; 'FY2026' → 'FY2026' / '2026财年'."""
    year, _, quarter = period[2:].partition("-Q")
    if quarter:
        return translate("ForecastPage", "FY%1 Q%2").replace("%1", year).replace("%2", quarter)
    return translate("ForecastPage", "FY%1").replace("%1", year)


def node_key(kind: str, node_id: int | None) -> str:
    """A node as a combo item's data: 'unit:12', 'company:' (Qt compares text, not tuples)."""
    return f"{kind}:{'' if node_id is None else node_id}"


def node_text(node: Node) -> str:
    if node.kind == "company":
        return word(words.WHOLE_COMPANY)
    if node.kind == "person":
        return translate("ForecastPage", "Me (%1)").replace("%1", node.name or "")
    return "    " * max(node.depth - 1, 0) + (node.name or "")


class ForecastPage(QWidget):
    """See the module docstring."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self.me = ctx.session.me
        self.setObjectName("forecastPage")
        self.view: ForecastView | None = None
        self.nodes: list[Node] = []
        self.extra_nodes: list[Node] = []  # opened from the breakdown
        self.periods: list[str] = []
        self._task = None
        self.node_label, self.period_label, self.weight_label = QLabel(), QLabel(), QLabel()
        self.node_combo = QComboBox()
        self.node_combo.setObjectName("nodeCombo")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for combo in (self.node_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.weight_combo = QComboBox()
        self.weight_combo.setObjectName("weightCombo")
        self.adjust_button = QPushButton()
        self.adjust_button.setObjectName("adjustButton")
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("reloadButton")
        self.status = QLabel()
        self.status.setObjectName("forecastStatus")
        bar = QHBoxLayout()
        for w in (self.node_label, self.node_combo, self.period_label, self.period_combo, self.weight_label,
                  self.weight_combo):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.adjust_button)
        bar.addWidget(self.reload_button)

        self.forecast_chart = LazyChart(ctx.tasks.run, "forecast.png")
        self.forecast_table = tables.new_table("forecastTable")
        self.breakdown_table = tables.new_table("breakdownTable")
        self.funnel_chart = LazyChart(ctx.tasks.run, "funnel.png")
        self.funnel_table = tables.new_table("funnelTable")
        self.calibration_table = tables.new_table("calibrationTable")
        self.calibration_note = QLabel()
        self.calibration_note.setWordWrap(True)
        for chart in (self.forecast_chart, self.funnel_chart):
            chart.failed.connect(ctx.notify)
        self.forecast_chart.drawn.connect(self._drawn)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("forecastTabs")
        forecast_tab = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.forecast_chart)
        top.addWidget(self.breakdown_table)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([600, 400])
        forecast_tab.addWidget(top)
        forecast_tab.addWidget(self.forecast_table)
        forecast_tab.setSizes([320, 280])
        funnel_tab = QSplitter(Qt.Orientation.Horizontal)
        funnel_tab.addWidget(self.funnel_chart)
        funnel_tab.addWidget(self.funnel_table)
        funnel_tab.setSizes([500, 500])
        calibration_tab = QWidget()
        box = QVBoxLayout(calibration_tab)
        box.addWidget(self.calibration_note)
        box.addWidget(self.calibration_table)
        self.tabs.addTab(forecast_tab, "")
        self.tabs.addTab(funnel_tab, "")
        self.tabs.addTab(calibration_tab, "")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.adjust_button.clicked.connect(self.adjust)
        self.reload_button.clicked.connect(self.reload)
        self.node_combo.activated.connect(lambda _i: self.reload())
        self.period_combo.activated.connect(lambda _i: self.reload())
        self.weight_combo.activated.connect(lambda _i: self._redraw())
        self.breakdown_table.itemDoubleClicked.connect(self._drill)
        self.retranslate()
        self.ctx.tasks.run(self._start, self.db, on_success=self._started, on_error=self._failed)

    # -- the page protocol ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.node_label.setText(translate("ForecastPage", "Node:"))
        self.period_label.setText(translate("ForecastPage", "Period:"))
        self.weight_label.setText(translate("ForecastPage", "Chart:"))
        self.adjust_button.setText(translate("ForecastPage", "Adjust…"))
        self.reload_button.setText(translate("MainWindow", "&Refresh"))
        self.tabs.setTabText(0, translate("ForecastPage", "Forecast by month"))
        self.tabs.setTabText(1, translate("PipelinePage", "Funnel"))
        self.tabs.setTabText(2, translate("ForecastPage", "Calibration"))
        self.calibration_note.setText(translate(
            "ForecastPage", "Calibrated probability: the share won of the deals that were in the stage and "
            "closed in the last 12 months, for the owner's team when it closed at least %1 of them, else "
            "for the whole company (at least %1), else the stage's configured probability.").replace(
            "%1", str(fc.MIN_SAMPLE)))
        weight = self.weight_combo.currentData()
        set_combo_items(self.weight_combo, [
            ("amount", word(words.AMOUNT)),
            ("weighted", translate("ForecastPage", "Weighted (configured)")),
            ("calibrated", translate("ForecastPage", "Weighted (calibrated)"))])
        self.weight_combo.setCurrentIndex(max(0, self.weight_combo.findData(weight or "calibrated")))
        self._fill_pickers()
        self.forecast_chart.retranslate()
        self.funnel_chart.retranslate()
        self._show()

    def is_loaded(self) -> bool:
        """The data is shown, and the forecast chart drawn (or its modules failed to load)."""
        return self.view is not None and (self.forecast_chart.canvas is not None
                                          or self.forecast_chart.placeholder.text() != "…")

    def refresh(self) -> None:  # F5
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in ("opportunity", "opportunity_member") and self.view is not None:
            self.reload()

    # -- loading -------------------------------------------------------------------------------
    @staticmethod
    def _start(db: object) -> tuple[list[Node], int]:
        return funnel.nodes(db), fc.fiscal_year_start(db)  # type: ignore[arg-type]

    def _started(self, result: tuple[list[Node], int]) -> None:
        self.nodes, first_month = result
        self.periods = fc.period_choices(date.today(), first_month)
        self._fill_pickers()
        self.reload()

    def _fill_pickers(self) -> None:
        node, period = self.node(), self.period_combo.currentData()
        every = [*self.nodes, *self.extra_nodes]
        set_combo_items(self.node_combo, [(node_key(n.kind, n.id), node_text(n)) for n in every])
        set_combo_items(self.period_combo, [(p, period_text(p)) for p in self.periods])
        if node is not None:
            self.node_combo.setCurrentIndex(max(0, self.node_combo.findData(node_key(node.kind, node.id))))
        if period:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))

    def node(self) -> Node | None:
        key = self.node_combo.currentData()
        return next((n for n in [*self.nodes, *self.extra_nodes] if node_key(n.kind, n.id) == key), None)

    def reload(self) -> None:
        node, period = self.node(), self.period_combo.currentData()
        if node is None or not period:
            return
        if self._task is not None:
            self._task.cancel()
        self.adjust_button.setEnabled(fc.may_adjust(self.me.level, node, self.me.unit_id))
        self._task = self.ctx.tasks.run(fc.load_view, self.db, node, period, on_success=self._loaded,
                                        on_error=self._failed)

    def _loaded(self, view: ForecastView) -> None:
        self._task = None
        self.view = view
        self.status.clear()
        self._show()
        if self.forecast_chart.canvas is not None:
            self.loaded.emit()

    def _drawn(self) -> None:
        if self.view is not None:
            self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.setText(ui_errors.error_text(exc))

    # -- showing -------------------------------------------------------------------------------
    def _show(self) -> None:
        if self.view is None:
            return
        tables.fill_forecast(self.forecast_table, self.view.forecast)
        tables.fill_breakdown(self.breakdown_table, self.view.breakdown)
        self.breakdown_table.setVisible(self.view.forecast.node.kind != "person")  # a person has no children
        tables.fill_funnel(self.funnel_table, self.view.funnel)
        tables.fill_calibration(self.calibration_table, self.view.calibration)
        self._redraw()

    def _redraw(self) -> None:
        if self.view is None:
            return
        view, weighting = self.view, self.weight_combo.currentData() or "calibrated"

        def forecast_figure():  # noqa: ANN202 - a matplotlib Figure, built once the modules are loaded
            from salesdesk.charts.pipeline import build_forecast
            return build_forecast(forecast_chart_data(view.forecast, weighting))

        def funnel_figure():  # noqa: ANN202
            from salesdesk.charts.pipeline import build_funnel
            return build_funnel(funnel_chart_data(view.funnel))

        self.forecast_chart.show_figure(forecast_figure)
        self.funnel_chart.show_figure(funnel_figure)

    def totals(self) -> dict[str, Decimal]:
        """The period's open totals shown (amount, weighted, calibrated), for tests and the status."""
        months = self.view.forecast.months if self.view else ()
        return {w: sum((m.open_total(w) for m in months), Decimal(0)) for w in WEIGHTINGS}

    # -- actions -------------------------------------------------------------------------------
    def _drill(self, item: QTableWidgetItem) -> None:
        first = self.breakdown_table.item(item.row(), 0)
        kind, node_id, name = first.data(0x0100)  # Qt.UserRole
        node = Node(kind, node_id, name, 1)
        if all((n.kind, n.id) != (kind, node_id) for n in [*self.nodes, *self.extra_nodes]):
            self.extra_nodes.append(node)
            self._fill_pickers()
        self.node_combo.setCurrentIndex(max(0, self.node_combo.findData(node_key(kind, node_id))))
        self.reload()

    def adjust(self) -> None:
        from salesdesk.ui.forecast_adjust import ForecastAdjustDialog
        node, view = self.node(), self.view
        if node is None or view is None:
            return
        dialog = ForecastAdjustDialog(self.ctx, node, [m.month for m in view.forecast.months], self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        self.adjust_dialog = dialog


register_page("forecast", QT_TRANSLATE_NOOP("pages", "Forecast and funnel"), "pipeline", ForecastPage,
              order=27)

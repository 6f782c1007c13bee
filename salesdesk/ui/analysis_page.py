"""The customer analysis page (`analysis`, 客户分析, issue 15 §4): charts of the RFM-style segments,
ABC by revenue (Pareto) and the profit-contribution ranking, over a table of the customers with
their figures (each header's tooltip gives its formula). A click on a sortable header sorts by that
figure, largest first, in the database (api.customer_analysis), which also decides the rows: the
caller's scope. "Show" switches the table to the figures rolled up by person, unit or for the
whole company; the last tab has the last 12 months over every customer. Read off the GUI thread;
matplotlib is loaded off it too (ui/lazy_chart.py). A double click opens the customer's 360° page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customer_analysis
from salesdesk.services.customer_analysis import AnalysisData, Figures, Month, Rollup
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.analysis_charts import pareto_figure, profit_figure, segments_figure
from salesdesk.ui.analysis_rollup import GROUPS, group_choice, rollup_columns
from salesdesk.ui.analysis_words import ABC, FIGURES, Figure, tr
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.customer360_analysis import month_columns
from salesdesk.ui.formats import DATE_FORMAT
from salesdesk.ui.lazy_chart import LazyChart
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.words import word

translate = QCoreApplication.translate
LIVE_DELAY_MS = 500
LIVE_KINDS = ("contract", "payment", "invoice", "instalment", "expense", "followup", "customer")


def figure_column(figure: Figure) -> Column[Figures]:
    return Column(figure.key, figure.heading, figure.text,
                  sort_key=figure.key if figure.sortable else None, right=figure.kind != "text",
                  width=140 if figure.kind == "money" else 110, kind=figure.kind, value=figure.value)


def analysis_columns() -> list[Column[Figures]]:
    return [Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name, fixed=True,
                   width=200),
            Column("owner", lambda: word(words.OWNER), lambda r: r.owner_name or ""),
            figure_column(ABC), *(figure_column(f) for f in FIGURES)]


def fit_headers(view: QTableView) -> None:
    """Each column at least as wide as its title in the current language (the titles are long)."""
    model, metrics = view.model(), view.horizontalHeader().fontMetrics()
    for n, column in enumerate(getattr(model, "columns", [])):
        view.setColumnWidth(n, max(column.width, metrics.horizontalAdvance(column.title()) + 28))


class AnalysisModel(RowsModel[Figures]):
    """The customers' figures; each header's tooltip is the figure's formula."""

    FORMULAS = {f.key: f.formula for f in (ABC, *FIGURES)}

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns) and self.columns[section].key in self.FORMULAS:
            return tr(self.FORMULAS[self.columns[section].key])
        return super().headerData(section, orientation, role)


class AnalysisPage(QWidget):
    """See the module docstring."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, today: date | None = None) -> None:
        super().__init__()
        self.setObjectName("analysisPage")
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self.data: AnalysisData | None = None
        self.sort = "revenue"
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("asOfDate")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        day = today or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_label.setBuddy(self.date_edit)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.reload)
        self.group_label, self.group_combo = QLabel(), QComboBox()
        self.group_combo.setObjectName("groupCombo")
        for key in GROUPS:
            self.group_combo.addItem("", key)
        self.group_label.setBuddy(self.group_combo)
        self.summary = QLabel()
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)  # a long line must not widen the window (tests/test_ui_scaling.py)
        self.message = QLabel()
        self.message.setObjectName("analysisMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.charts = QTabWidget()
        self.charts.setObjectName("analysisCharts")
        run = ctx.tasks.run
        self.segments = LazyChart(run, "segments.png", height=180)
        self.pareto = LazyChart(run, "abc.png", height=180)
        self.profit = LazyChart(run, "profit.png", height=180)
        self.no_cost = QLabel()
        self.no_cost.setObjectName("noCostLabel")
        self.no_cost.setWordWrap(True)
        profit_box = QWidget()
        box = QVBoxLayout(profit_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.no_cost)
        box.addWidget(self.profit, 1)
        self.month_model: RowsModel[Month] = RowsModel(month_columns(), self)
        self.months = money_table(self.month_model, "analysisMonthsTable")
        for chart in (self.segments, self.pareto, profit_box, self.months):
            self.charts.addTab(chart, "")
        for chart in (self.segments, self.pareto, self.profit):
            chart.barClicked.connect(self._chart_clicked)
        self.segments.drawn.connect(self._set_loaded)
        self.model = AnalysisModel(analysis_columns(), self)
        self.table: QTableView = money_table(self.model, "analysisTable")
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(self._open_customer)
        self.rollup_model: RowsModel[Rollup] = RowsModel(rollup_columns("owner"), self)
        self.rollup_table = money_table(self.rollup_model, "rollupTable")
        self.tables = QStackedWidget()
        self.tables.addWidget(self.table)
        self.tables.addWidget(self.rollup_table)
        top = QHBoxLayout()
        for w in (self.date_label, self.date_edit, self.group_label, self.group_combo, self.refresh_button):
            top.addWidget(w)
        top.addWidget(self.summary, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.charts)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.group_combo.currentIndexChanged.connect(lambda _i: self._load_rollup())
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.reload)
        self.retranslate()
        self.reload()

    # -- the page protocol ---------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in LIVE_KINDS or payload.get("root_kind") in ("contract", "customer"):
            self._live_timer.start()

    def on_reconnected(self) -> None:
        self.reload()

    def today(self) -> date:
        return self.date_edit.date().toPython()

    def group(self) -> str:
        return str(self.group_combo.currentData())

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.message.clear()
        today, sort = self.today(), self.sort
        self.ctx.tasks.run(customer_analysis.page, self.db, today, sort, busy=False,
                           on_success=lambda r: self._show(today, sort, r), on_error=self._failed)
        self._load_rollup()

    def _load_rollup(self) -> None:
        """Each customer: the customers' table; else the roll-up's, read for the date and group."""
        by, today = self.group(), self.today()
        self.tables.setCurrentWidget(self.table if by == "customer" else self.rollup_table)
        if by != "customer":
            self.ctx.tasks.run(customer_analysis.rollup, self.db, today, by, busy=False,
                               on_success=lambda r: self._show_rollup(today, by, r), on_error=self._failed)

    def _show_rollup(self, today: date, by: str, rows: list[Rollup]) -> None:
        if (today, by) != (self.today(), self.group()):
            return
        self.rollup_model.columns = rollup_columns(by)
        self.rollup_model.set_rows(rows)
        fit_headers(self.rollup_table)

    def _show(self, today: date, sort: str, data: AnalysisData) -> None:
        if (today, sort) != (self.today(), self.sort):
            return  # the date or the sort moved meanwhile: its own reload is on the way
        self.data = data
        self.model.set_rows(data.rows)
        self.month_model.set_rows(data.months)
        self._show_sort()
        self._draw()  # loaded once the first chart is drawn (its modules load off the GUI thread)

    def _draw(self) -> None:
        rows = self.data.rows if self.data else []
        segments, classes = (self.data.segments, self.data.classes) if self.data else ([], [])
        self.segments.show_figure(lambda: segments_figure(segments))
        self.pareto.show_figure(lambda: pareto_figure(rows, classes))
        hidden = any(r.profit is None for r in rows) or not rows
        self.no_cost.setVisible(hidden)
        self.profit.setVisible(not hidden)
        if not hidden:
            self.profit.show_figure(lambda: profit_figure(rows))
        self._summarise()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, "customer"))
        self._set_loaded()

    def _set_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    # -- actions -------------------------------------------------------------------------------
    def _header_clicked(self, section: int) -> None:
        key = self.model.columns[section].sort_key if 0 <= section < len(self.model.columns) else None
        if key is None or key == self.sort:
            self._show_sort()  # not sortable, or sorted so already: the indicator stays where the sort is
            return
        self.sort = key
        self.reload()

    def _show_sort(self) -> None:
        keys = [c.sort_key for c in self.model.columns]
        if self.sort in keys:
            header = self.table.horizontalHeader()
            header.setSortIndicator(keys.index(self.sort), Qt.SortOrder.DescendingOrder)

    def _chart_clicked(self, key: str) -> None:
        if key.isdigit():
            self.ctx.show_page(f"customer360:{key}")

    def _open_customer(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ctx.show_page(f"customer360:{row.customer_id}")

    # -- words ---------------------------------------------------------------------------------
    def _summarise(self) -> None:
        shown, total = (len(self.data.rows), self.data.customers) if self.data else (0, 0)
        text = translate("CustomerAnalysis", "The first %1 of %2 customers, largest first; click a header to "
                                             "sort by it.")
        self.summary.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def retranslate(self) -> None:
        self.date_label.setText(translate("CustomerAnalysis", "&As of:"))
        self.refresh_button.setText(translate("CustomerAnalysis", "Re&calculate"))
        self.group_label.setText(translate("CustomerAnalysis", "Sho&w:"))
        for n, key in enumerate(GROUPS):
            self.group_combo.setItemText(n, group_choice(key))
        self.no_cost.setText(translate("CustomerAnalysis",
                                       "Profit contribution is shown only to positions that may see cost."))
        for n, title in enumerate((translate("CustomerAnalysis", "Segments (RFM)"),
                                   translate("CustomerAnalysis", "ABC by revenue"),
                                   translate("CustomerAnalysis", "Profit ranking"),
                                   translate("CustomerAnalysis", "Last 12 months"))):
            self.charts.setTabText(n, title)
        self.model.retranslate()
        fit_headers(self.table)
        self.month_model.retranslate()
        self.rollup_model.retranslate()
        fit_headers(self.rollup_table)
        for chart in (self.segments, self.pareto, self.profit):
            chart.retranslate()
        if self.data is not None:
            self._draw()
        else:
            self._summarise()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


register_page("analysis", QT_TRANSLATE_NOOP("pages", "Customer analysis"), "customers", AnalysisPage,
              order=62)

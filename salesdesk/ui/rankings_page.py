"""The rankings page (`rankings`, 排行榜): people or units of the caller's scope ranked by a metric
in a period (deal credit included: services/rankings.py), as a table and a ranking chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from salesdesk import words
from salesdesk.charts.attainment import build_ranking
from salesdesk.charts.data import Ranking
from salesdesk.charts.data import RankingRow as ChartRow
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import rankings
from salesdesk.services.rankings import RankingRow
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.chart_canvas import ChartCanvas
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.performance_pickers import PerformancePickers
from salesdesk.ui.words import word

translate = QCoreApplication.translate
CHART_ROWS = 15


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.1f}%"


class RankingsPage(QWidget):
    """See the module docstring; `open("units")` ranks units."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("rankingsPage")
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self.pickers = PerformancePickers(ctx, self)
        self.of_label = QLabel()
        self.of_combo = QComboBox()
        self.of_combo.setObjectName("rankedCombo")
        self.of_combo.addItem("", "people")
        self.of_combo.addItem("", "units")
        self.of_label.setBuddy(self.of_combo)
        self.message = QLabel()
        self.message.setObjectName("rankingsMessage")
        self.message.setStyleSheet("color: #b3261e")
        self.model: RowsModel[RankingRow] = RowsModel(self._columns(), self)
        self.table = money_table(self.model, "rankingsTable")
        self.canvas = ChartCanvas(self, "ranking.png")
        self.canvas.setObjectName("rankingChart")
        top = QHBoxLayout()
        top.addWidget(self.pickers)
        top.addWidget(self.of_label)
        top.addWidget(self.of_combo)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.canvas)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.pickers.changed.connect(self.reload)
        self.pickers.failed.connect(self._failed)
        self.of_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate()

    def _columns(self) -> list[Column[RankingRow]]:
        def value(r: RankingRow) -> str:
            return self.pickers.format(r.actual)

        def target(r: RankingRow) -> str:
            return self.pickers.format(r.target)
        return [
            Column("rank", lambda: translate("Performance", "Rank"), lambda r: str(r.rank), right=True,
                   width=50),
            Column("name", lambda: word(words.NAME), lambda r: r.name, width=140),
            Column("unit", lambda: word(words.UNIT), lambda r: r.unit_name or "", width=140),
            Column("actual", lambda: translate("Performance", "Actual"), value, right=True, width=130),
            Column("target", lambda: word(words.TARGET), target, right=True, width=130),
            Column("percent", lambda: translate("Performance", "Attained"), lambda r: percent_text(r.percent),
                   right=True, width=80),
        ]

    # -- the page protocol ---------------------------------------------------------------------
    def open(self, arg: str) -> None:
        n = self.of_combo.findData(arg)
        if n >= 0:
            self.of_combo.setCurrentIndex(n)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in ("contract", "payment", "customer", "followup", "lead"):
            self.reload()

    def on_reconnected(self) -> None:
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def _query(self) -> tuple[str, str, str]:
        return self.pickers.metric().code, self.pickers.period(), str(self.of_combo.currentData())

    def reload(self) -> None:
        if not self.pickers.ready():
            return
        self.message.clear()
        query = self._query()
        self.ctx.tasks.run(rankings.ranking, self.db, *query, busy=False,
                           on_success=lambda r: self._show(query, r), on_error=self._failed)

    def _show(self, query: tuple[str, str, str], rows: list[RankingRow]) -> None:
        if query != self._query():
            return
        self.model.set_rows(rows)
        chart = Ranking([ChartRow(f"{r.node_kind}:{r.node_id}", r.name, r.actual) for r in rows[:CHART_ROWS]],
                        self.pickers.chart_labels())
        self.canvas.set_figure(build_ranking(chart))
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, None))
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def retranslate(self) -> None:
        self.of_label.setText(translate("Performance", "&Rank:"))
        self.of_combo.setItemText(0, translate("Performance", "People"))
        self.of_combo.setItemText(1, translate("Performance", "Units"))
        self.pickers.retranslate()
        self.model.retranslate()


register_page("rankings", QT_TRANSLATE_NOOP("pages", "Rankings"), "pipeline",
              RankingsPage, order=72)

"""The performance page (`performance`, 销售简报与考核): two tabs. **Sales briefing**: the caller's node
(company, unit or person) in a period against the period before and the same period a year
earlier. **Scorecards**: the people of one position in the caller's scope, ranked by score
(services/scorecards.py states the formula), as a table and the scorecard comparison chart."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.charts.data import Labels, ScorecardComparison, ScorecardPerson
from salesdesk.charts.scorecard import build_scorecard
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import briefing, scorecards
from salesdesk.services.briefing import AMOUNTS, BriefingRow
from salesdesk.services.permissions import MAINTAIN_SCORECARDS
from salesdesk.services.scorecards import ScorecardItem, ScoreRow
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.attainment_page import start_node
from salesdesk.ui.chart_canvas import ChartCanvas
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.performance_pickers import PerformancePickers, metric_value
from salesdesk.ui.words import word

translate = QCoreApplication.translate
ITEM_NAMES = {
    "new_customers": QT_TRANSLATE_NOOP("Performance", "New customers"),
    "leads_converted": QT_TRANSLATE_NOOP("Performance", "Leads converted"),
    "new_deals": QT_TRANSLATE_NOOP("Performance", "New deals"),
    "new_contracts": QT_TRANSLATE_NOOP("Performance", "Approved contracts"),
    "contract_amount": QT_TRANSLATE_NOOP("Performance", "Contract amount"),
    "payments": QT_TRANSLATE_NOOP("Performance", "Payments received"),
    "followups": QT_TRANSLATE_NOOP("Performance", "Follow-ups logged"),
    "satisfaction": QT_TRANSLATE_NOOP("Performance", "Satisfaction"),
    "deal_credit": QT_TRANSLATE_NOOP("Performance", "Deal credit"),
}
POSITIONS = {"salesperson": QT_TRANSLATE_NOOP("Performance", "Salespeople"),
             "supervisor": QT_TRANSLATE_NOOP("Performance", "Supervisors")}


def item_name(key: str) -> str:
    return translate("Performance", ITEM_NAMES[key]) if key in ITEM_NAMES else key


def change_text(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:+.1f}%"


def item_value(row: BriefingRow, value: Decimal) -> str:
    return (fmt_money if row.item in AMOUNTS else metric_value("count"))(value)


class BriefingTab(QWidget):
    """The sales briefing of the caller's node."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self.node = start_node(ctx)
        self.pickers = PerformancePickers(ctx, self, with_metric=False)  # the briefing shows every item
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self.model: RowsModel[BriefingRow] = RowsModel([
            Column("item", lambda: translate("Performance", "Item"), lambda r: item_name(r.item), width=150),
            Column("current", lambda: translate("Performance", "This period"),
                   lambda r: item_value(r, r.current_value), right=True, width=130),
            Column("previous", lambda: translate("Performance", "Period before"),
                   lambda r: item_value(r, r.previous_value), right=True, width=130),
            Column("vs_previous", lambda: translate("Performance", "Change"),
                   lambda r: change_text(r.vs_previous), right=True, width=80),
            Column("last_year", lambda: translate("Performance", "A year earlier"),
                   lambda r: item_value(r, r.last_year_value), right=True, width=130),
            Column("vs_last_year", lambda: translate("Performance", "Year on year"),
                   lambda r: change_text(r.vs_last_year), right=True, width=80)], self)
        self.table = money_table(self.model, "briefingTable")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.pickers)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.pickers.changed.connect(self.reload)
        self.pickers.failed.connect(self._failed)

    def reload(self) -> None:
        if not self.pickers.ready():
            return
        self.message.clear()
        period = self.pickers.period()
        self.ctx.tasks.run(briefing.briefing, self.db, self.node, period, busy=False,
                           on_success=lambda r: self._show(period, r), on_error=self._failed)

    def _show(self, period: str, rows: list[BriefingRow]) -> None:
        if period == self.pickers.period():
            self.model.set_rows(rows)
            self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, None))
        self.loaded.emit()

    def retranslate(self) -> None:
        self.pickers.retranslate()
        self.model.retranslate()


class ScorecardsTab(QWidget):
    """Scores of the people of one position, ranked, with the comparison chart."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self.pickers = PerformancePickers(ctx, self, with_metric=False, other_keys=True)
        self.position_combo = QComboBox()
        self.position_combo.setObjectName("positionCombo")
        for key in POSITIONS:
            self.position_combo.addItem("", key)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editWeightsButton")
        self.edit_button.setVisible(MAINTAIN_SCORECARDS in ctx.session.me.permissions)  # the database decides
        self.edit_button.clicked.connect(self.edit_weights)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self.rows: list[ScoreRow] = []
        self.model: RowsModel[ScoreRow] = RowsModel([
            Column("rank", lambda: translate("Performance", "Rank"), lambda r: str(r.rank), right=True,
                   width=50),
            Column("name", lambda: word(words.NAME), lambda r: r.name, width=120),
            Column("unit", lambda: word(words.UNIT), lambda r: r.unit_name, width=120),
            Column("score", lambda: translate("Performance", "Score"), lambda r: f"{r.score:.1f}", right=True,
                   width=70),
            Column("detail", lambda: translate("Performance", "Points by indicator"), self._detail,
                   width=400)], self)
        self.table = money_table(self.model, "scorecardTable")
        self.canvas = ChartCanvas(self, "scorecards.png")
        self.canvas.setObjectName("scorecardChart")
        top = QHBoxLayout()
        top.addWidget(self.pickers)
        top.addWidget(self.position_combo)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.canvas)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.pickers.changed.connect(self.reload)
        self.pickers.failed.connect(self._failed)
        self.position_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.retranslate()

    def edit_weights(self) -> None:
        """Read the position's scorecard, then edit it in a dialog; scores are read again after."""
        position = str(self.position_combo.currentData())
        self.ctx.tasks.run(scorecards.items, self.db, position, on_success=lambda i: self._edit(position, i),
                           on_error=self._failed)

    def _edit(self, position: str, current: list[ScorecardItem]) -> None:
        from salesdesk.ui.scorecard_weights_dialog import ScorecardWeightsDialog

        dialog = ScorecardWeightsDialog(self.ctx, position, current, self)
        if dialog.exec() and dialog.saved:
            self.reload()

    @staticmethod
    def _detail(row: ScoreRow) -> str:
        return " · ".join(f"{item_name(i.indicator)} {i.points:.1f}" for i in row.indicators)

    def _query(self) -> tuple[str, str]:
        return str(self.position_combo.currentData()), self.pickers.period()

    def reload(self) -> None:
        if not self.pickers.ready():
            return
        self.message.clear()
        query = self._query()
        self.ctx.tasks.run(scorecards.scores, self.db, *query, busy=False,
                           on_success=lambda r: self._show(query, r), on_error=self._failed)

    def _show(self, query: tuple[str, str], rows: list[ScoreRow]) -> None:
        if query != self._query():
            return
        self.rows = rows
        self.model.set_rows(rows)
        indicators = [i.indicator for i in rows[0].indicators] if rows else []
        people = [ScorecardPerson(str(r.employee_id), r.name, [i.points for i in r.indicators])
                  for r in rows[:15]]
        self.canvas.set_figure(build_scorecard(ScorecardComparison(
            people, [item_name(i) for i in indicators], Labels(value=translate("Performance", "Score"),
                                                               in_wan=False))))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, None))
        self.loaded.emit()

    def retranslate(self) -> None:
        for n, key in enumerate(POSITIONS):
            self.position_combo.setItemText(n, translate("Performance", POSITIONS[key]))
        self.edit_button.setText(translate("Performance", "Edit weights…"))
        self.pickers.retranslate()
        self.model.retranslate()


class PerformancePage(QWidget):
    """See the module docstring; `open("scorecards")` shows the scorecards tab."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("performancePage")
        self._loaded = False
        self.briefing = BriefingTab(ctx)
        self.scorecards = ScorecardsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.briefing, "")
        self.tabs.addTab(self.scorecards, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.briefing.loaded.connect(self._set_loaded)
        self.retranslate()

    def open(self, arg: str) -> None:
        self.tabs.setCurrentIndex(1 if arg == "scorecards" else 0)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.briefing.reload()
        self.scorecards.reload()

    def _set_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("Performance", "Sales briefing"))
        self.tabs.setTabText(1, translate("Performance", "Scorecards"))
        self.briefing.retranslate()
        self.scorecards.retranslate()


register_page("performance", QT_TRANSLATE_NOOP("pages", "Briefing and scorecards"), "pipeline",
              PerformancePage, order=73)

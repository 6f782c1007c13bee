"""The dashboard's attainment sections (工作台, issue 14 §6): "My attainment" for salespeople (this
month and this fiscal year against the target, the cumulative progress chart) and "Team
attainment" for supervisors, managers and the director (their node's children as a table and a
target-vs-actual chart; a bar or a row opens the attainment page at that child). Contract amount
with deal credit (services/attainment.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesdesk import words
from salesdesk.charts.attainment import build_cumulative, build_target_vs_actual
from salesdesk.charts.data import Labels, MonthlyProgress, TargetRow, TargetVsActual
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import attainment
from salesdesk.services.attainment import Attainment, AttainmentRow, Progress
from salesdesk.services.nodes import Node
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.attainment_page import no_target, result_text, start_node
from salesdesk.ui.chart_canvas import ChartCanvas
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.contract_money import money_table
from salesdesk.ui.dashboard_sections import DIRECTOR, SALESPERSON, TEAM_LEADS, register_section
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.pages import AppContext
from salesdesk.ui.rankings_page import percent_text
from salesdesk.ui.words import word

translate = QCoreApplication.translate
METRIC = "contract_amount"
ZERO = Decimal(0)
LIVE_KINDS = ("contract", "payment")


def summary(row: AttainmentRow) -> str:
    return result_text(row, fmt_money)


class _Section(QWidget):
    """Loading, errors and the page protocol the two sections share."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self.message.setWordWrap(True)
        self.canvas = ChartCanvas(self)
        self.canvas.setMinimumHeight(220)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload()

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") in LIVE_KINDS or payload.get("root_kind") == "contract":
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, None))
        self._set_loaded()

    def _set_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()


class MyAttainmentSection(_Section):
    """This month and this year against the target; the year's cumulative progress."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("myAttainmentSection")
        self.shown: Progress | None = None
        self.month_label, self.year_label = QLabel(), QLabel()
        self.month_label.setObjectName("monthAttainment")
        self.year_label.setObjectName("yearAttainment")
        layout = QVBoxLayout(self)
        for w in (self.month_label, self.year_label, self.message, self.canvas):
            layout.addWidget(w)
        self.reload()

    def reload(self) -> None:
        me = Node("person", self.ctx.session.me.employee_id)
        self.ctx.tasks.run(attainment.progress, self.db, METRIC, me, date.today(), busy=False,
                           on_success=self._show, on_error=self._failed)

    def _show(self, result: Progress) -> None:
        self.shown = result
        self.retranslate()
        months = [m for m, _ in result.months]
        per_month = [None if r is None else r.actual for _, r in result.months]
        monthly_target = (result.year.target or ZERO) / max(len(months), 1)
        data = MonthlyProgress(months, [m[-2:] for m in months], per_month, [monthly_target] * len(months),
                               actual_label=translate("Performance", "Actual"),
                               target_label=word(words.TARGET),
                               labels=Labels(value=word(words.AMOUNT_WAN)))
        self.canvas.set_figure(build_cumulative(data))
        self._set_loaded()

    def retranslate(self) -> None:
        if self.shown is not None:
            self.month_label.setText(translate("Performance", "This month: {summary}").format(
                summary=summary(self.shown.month)))
            self.year_label.setText(translate("Performance", "This fiscal year: {summary}").format(
                summary=summary(self.shown.year)))


class TeamAttainmentSection(_Section):
    """The caller's node's children this fiscal year; a bar or a row opens the attainment page."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("teamAttainmentSection")
        self.node = start_node(ctx)
        self.shown: Attainment | None = None
        self.title = QLabel()
        self.model: RowsModel[AttainmentRow] = RowsModel([
            Column("name", lambda: word(words.NAME), lambda r: r.name or "", width=140),
            Column("actual", lambda: translate("Performance", "Actual"), lambda r: fmt_money(r.actual),
                   right=True, width=120),
            Column("target", lambda: word(words.TARGET),
                   lambda r: fmt_money(r.target) if r.target is not None else no_target(), right=True,
                   width=120),
            Column("percent", lambda: translate("Performance", "Attained"), lambda r: percent_text(r.percent),
                   right=True, width=70)], self)
        self.table = money_table(self.model, "teamAttainmentTable")
        self.table.doubleClicked.connect(lambda i: self._open(self.model.row_at(i.row())))
        self.canvas.barClicked.connect(lambda key: self.ctx.show_page(f"attainment:{key}"))
        layout = QVBoxLayout(self)
        for w in (self.title, self.message, self.table, self.canvas):
            layout.addWidget(w)
        self.reload()

    def _open(self, row: AttainmentRow | None) -> None:
        if row is not None:
            self.ctx.show_page(f"attainment:{row.node_kind}:{row.node_id}")

    def reload(self) -> None:
        self.ctx.tasks.run(attainment.progress_children, self.db, METRIC, self.node, date.today(), busy=False,
                           on_success=self._show, on_error=self._failed)

    def _show(self, result: Attainment) -> None:
        self.shown = result
        self.title.setText(summary(result.node))
        self.model.set_rows(result.children)
        bars = [TargetRow(f"{r.node_kind}:{r.node_id}", r.name or "", r.actual, r.target or ZERO)
                for r in result.children]
        self.canvas.set_figure(build_target_vs_actual(TargetVsActual(
            bars, translate("Performance", "Actual"), word(words.TARGET),
            labels=Labels(value=word(words.AMOUNT_WAN)))))
        self._set_loaded()

    def retranslate(self) -> None:
        self.model.retranslate()


register_section("my_attainment", QT_TRANSLATE_NOOP("dashboard", "My attainment"), MyAttainmentSection,
                 order=20, levels=SALESPERSON)
register_section("team_attainment", QT_TRANSLATE_NOOP("dashboard", "Team attainment"), TeamAttainmentSection,
                 order=20, levels=TEAM_LEADS | DIRECTOR)

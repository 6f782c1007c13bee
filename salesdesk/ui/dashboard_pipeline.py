"""The dashboard's chart sections of its own: "My pipeline" (the caller's open deals by stage, count
and amount, as a funnel; a stage's bar opens the pipeline board) and "Receivables" for supervisors,
managers and the director (the ageing of their scope; a bucket's bar opens the receivables page).
The figures are built on a worker (ui/dashboard_section.chart_figure), drawn on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import dashboard
from salesdesk.services.dashboard import StageTotal
from salesdesk.ui import dashboard_section
from salesdesk.ui.dashboard_section import ChartHolder, SectionBody, chart_figure
from salesdesk.ui.dashboard_sections import DIRECTOR, SALESPERSON, TEAM_LEADS, register_section
from salesdesk.ui.formats import fmt_money_short
from salesdesk.ui.kanban import BoardColumn, totals_text
from salesdesk.ui.lead_convert_dialog import stage_name
from salesdesk.ui.pages import AppContext
from salesdesk.ui.payment_models import BUCKETS, money_word
from salesdesk.ui.words import word

if TYPE_CHECKING:  # salesdesk.charts imports matplotlib: only ever on a worker (chart_figure)
    from salesdesk.charts.data import Ageing, Funnel

translate = QCoreApplication.translate
# the chart's bucket keys (charts/data.AGEING_ORDER) -> the ageing's fields (services/payment_rules.BUCKETS)
CHART_BUCKETS = dict(zip(("not_due", "1_30", "31_60", "61_90", "over_90"), BUCKETS, strict=True))


def pipeline_chart(db: Any) -> tuple[list[StageTotal], Any]:
    """On a worker: the caller's stage totals and their funnel (labels made from the stages' names in
    the language chosen when the task started: `stage_name` reads it, not a widget)."""
    from salesdesk.charts.data import Funnel, FunnelStage, Labels
    totals = dashboard.my_pipeline(db)
    columns = [BoardColumn(t.stage.id, stage_name(t.stage), t.deals, t.amount) for t in totals]
    stages = [FunnelStage(str(c.key), c.title, c.count, c.amount, totals_text(c)) for c in columns]
    return totals, chart_figure(build_funnel, Funnel(stages, "→ %1", Labels()))


def build_funnel(data: Funnel) -> Any:
    from salesdesk.charts.pipeline import build_funnel as build
    return build(data)


def build_ageing(data: Ageing) -> Any:
    from salesdesk.charts.receivables import build_ageing as build
    return build(data)


class MyPipelineSection(SectionBody):
    live_kinds = frozenset({"opportunity"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "myPipelineSection")
        self.totals: list[StageTotal] = []
        self.summary = QLabel("…")
        self.summary.setObjectName("pipelineSummary")
        self.box.addWidget(self.summary)
        self.chart = ChartHolder(self, "pipeline.png", lambda _key: self.ctx.show_page("pipeline"))

    def work(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return pipeline_chart, (self.db,)

    def show_result(self, result: tuple[list[StageTotal], Any]) -> None:
        self.totals, figure = result
        column = BoardColumn("all", "", sum(t.deals for t in self.totals),
                             sum((t.amount for t in self.totals), Decimal(0)))
        self.summary.setText(translate("Dashboard", "My open deals: %1").replace("%1", totals_text(column)))
        self.chart.show(figure)


def ageing_chart(db: Any, day: date, labels: dict[str, str], axis: str) -> tuple[Any, Any]:
    """On a worker: the scope's ageing totals and their chart."""
    from salesdesk.charts.data import Ageing, AgeingBucket, Labels
    total = dashboard.scope_ageing(db, day)
    buckets = [AgeingBucket(key, labels[key], total.bucket(CHART_BUCKETS[key])) for key in CHART_BUCKETS]
    return total, chart_figure(build_ageing, Ageing(buckets, Labels(value=axis)))


class ReceivablesSection(SectionBody):
    live_kinds = frozenset({"contract", "instalment", "payment", "invoice"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "receivablesSection")
        self.summary = QLabel("…")
        self.summary.setObjectName("receivablesSummary")
        self.box.addWidget(self.summary)
        self.chart = ChartHolder(self, "receivables.png",
                                 lambda _key: self.ctx.show_page("receivables:owner"))

    def work(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        # on two lines ("Over / 90 days", "逾期 / 1–30 天"): five long labels side by side would overlap
        labels = {key: money_word(BUCKETS[f]).replace(" ", "\n", 1) for key, f in CHART_BUCKETS.items()}
        return ageing_chart, (self.db, dashboard_section.clock(), labels, word(words.AMOUNT_WAN))

    def show_result(self, result: tuple[Any, Any]) -> None:
        total, figure = result
        self.summary.setText(translate("Dashboard", "Receivable %1, of which overdue %2")
                             .replace("%1", fmt_money_short(total.receivable))
                             .replace("%2", fmt_money_short(total.overdue)))
        self.chart.show(figure)


register_section("my_pipeline", QT_TRANSLATE_NOOP("dashboard", "My pipeline"), MyPipelineSection, order=30,
                 levels=SALESPERSON | TEAM_LEADS)
register_section("receivables", QT_TRANSLATE_NOOP("dashboard", "Receivables by age"), ReceivablesSection,
                 order=60, levels=TEAM_LEADS | DIRECTOR)

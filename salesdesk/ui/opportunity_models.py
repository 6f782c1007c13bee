"""The deal list's columns and paged model, and the words a deal is shown in: a stage's name in the
current language and the forecast category (pipeline / best case / commit / closed / omitted)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services import opportunities
from salesdesk.services.opportunity_types import Opportunity, Stage
from salesdesk.services.pagination import Count, Page
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.formats import fmt_percent
from salesdesk.ui.i18n import current_language
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.tasks import TaskRunner
from salesdesk.ui.words import word

translate = QCoreApplication.translate
FORECAST = {  # the forecast categories (pipeline: 管道, not the pipeline page)
    "pipeline": lambda: translate("Forecast", "Pipeline", "forecast category"),
    "best_case": lambda: translate("Forecast", "Best case"),
    "commit": lambda: translate("Forecast", "Commit"),
    "closed": lambda: translate("Forecast", "Closed"),
    "omitted": lambda: translate("Forecast", "Omitted"),
}


def forecast_text(category: str | None) -> str:
    return FORECAST[category]() if category in FORECAST else (category or "")


def stage_text(stage: Stage | Opportunity) -> str:
    """A stage's name in the language shown (the stages are data with a Chinese and an English name)."""
    english = current_language() != "zh_CN"
    if isinstance(stage, Stage):
        return stage.name_en if english else stage.name
    return stage.stage_name_en if english else stage.stage_name


@dataclass(frozen=True)
class DealQuery:
    """The list's filters (the service's keyword filters)."""

    search: str = ""
    scope: str = "all"
    stage_id: int | None = None
    forecast_category: str | None = None

    def filters(self) -> dict[str, Any]:
        return {"search": self.search, "scope": self.scope, "stage_id": self.stage_id,
                "forecast_category": self.forecast_category}


def list_deals(db: Any, query: DealQuery, **paging: Any) -> Page[Opportunity]:
    return opportunities.list_opportunities(db, **paging, **query.filters())


def count_deals(db: Any, query: DealQuery) -> Count:
    return opportunities.count_opportunities(db, **query.filters())


def deal_columns() -> list[Column[Opportunity]]:
    """Keys are stable (the column chooser saves them); sorts are the service's SORT_KEYS."""
    return [
        Column("title", lambda: translate("OpportunityModels", "Title", "a deal's title, not a job title"),
               lambda r: r.title, "name", width=200, fixed=True),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "", width=160),
        Column("stage", lambda: word(words.STAGE), stage_text, "stage", width=90),
        Column("amount", lambda: word(words.AMOUNT), lambda r: fmt_money(r.amount), "amount", right=True,
               width=120, kind="money", value=lambda r: r.amount),
        Column("probability", lambda: word(words.PROBABILITY), lambda r: fmt_percent(r.probability),
               right=True, width=70),
        Column("forecast", lambda: translate("OpportunityModels", "Forecast"),
               lambda r: forecast_text(r.forecast_category), width=80),
        Column("expected_close_date", lambda: word(words.EXPECTED_CLOSE),
               lambda r: fmt_date(r.expected_close_date), "expected_close_date", width=100, kind="date",
               value=lambda r: r.expected_close_date),
        Column("owner", lambda: word(words.OWNER), lambda r: r.owner_name or "", width=90),
        Column("updated_at", lambda: word(words.UPDATED), lambda r: fmt_datetime(r.updated_at),
               "updated_at", width=130, kind="datetime", value=lambda r: r.updated_at),
    ]


class DealTableModel(RecordTableModel[Opportunity]):
    """Deals page by page from `list_opportunities`, sorted and filtered by the server."""

    def __init__(self, runner: TaskRunner, db: Any, parent: Any = None) -> None:
        super().__init__(runner, ServiceSource(db, list_deals, count_deals,
                                               opportunities.get_opportunity_row), deal_columns(),
                         query=DealQuery(), sort="updated_at", descending=True, parent=parent)

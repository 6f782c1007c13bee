"""The deal list (商机): the deals I see, searched, filtered by scope, stage and forecast category and
sorted by the server; new, open, hand on, share, history and archive on the selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import opportunities
from salesdesk.services.errors import NotFoundError
from salesdesk.services.opportunity_types import Stage
from salesdesk.ui import words
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.opportunity_models import FORECAST, DealQuery, DealTableModel, forecast_text, stage_text
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import (
    ActionSpec,
    RecordActions,
    RecordKind,
    always,
    each,
    may_hand_on,
    one_row,
)
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def reread(db: Any, deal_id: int) -> Any:
    """Worker: the deal's list row as it is now, or None when I can no longer see it."""
    try:
        return opportunities.get_opportunity_row(db, deal_id)
    except NotFoundError:
        return None


OPPORTUNITY = RecordKind("opportunity", shares=True, archive=True, list_page="opportunities", reread=reread)


class OpportunityListPage(RecordListPage):
    """Deals in the user's sight: all, mine, or my team's."""

    settings_key = "opportunities/list"
    view_name = "opportunityTable"

    def make_model(self) -> DealTableModel:
        self.actions = RecordActions(self, OPPORTUNITY)
        self.stages: list[Stage] = []
        return DealTableModel(self.ctx.tasks, self.db, parent=self)

    def build_filters(self) -> None:
        self.setObjectName("opportunitiesPage")
        self.scope = self.add_filter("scopeCombo")
        self.stage = self.add_filter("stageCombo")
        self.forecast = self.add_filter("forecastCombo")
        for combo in (self.stage, self.forecast):
            combo.blockSignals(True)
            combo.addItem("", None)
            combo.blockSignals(False)

    def action_specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("new", "new", lambda: translate("OpportunityListPage", "New deal"), self.new, None,
                       always),
            ActionSpec("edit", "edit", lambda: word(words.OPEN), self.open_selected, None, one_row),
            *self.actions.specs(("reassign", "share", "history")),
            ActionSpec("archive", "archive", lambda: translate("CustomerListPage", "Archive"),
                       self.archive, QKeySequence(QKeySequence.StandardKey.Delete), each(may_hand_on)),
        ]

    def start(self) -> None:
        if getattr(self.ctx.session.me, "data_scope", "self") == "self":  # a salesperson's own deals first
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))
            self.scope.blockSignals(False)
        self.ctx.tasks.run(opportunities.stages, self.db, busy=False, on_success=self._stages_arrived,
                           on_error=lambda _e: None)
        super().start()

    def _stages_arrived(self, stages: list[Stage]) -> None:
        self.stages = [s for s in stages if s.active]
        self._fill_stages()

    def _fill_stages(self) -> None:
        set_combo_items(self.stage, [(None, translate("OpportunityListPage", "Any stage"))]
                        + [(s.id, stage_text(s)) for s in self.stages])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("OpportunityListPage", "Search title or customer…"))
        # the scopes as the customer list says them (one translation of each)
        set_combo_items(self.scope, [("all", translate("CustomerListPage", "All I can see")),
                                     ("mine", translate("CustomerListPage", "Mine")),
                                     ("team", translate("CustomerListPage", "My team"))])
        set_combo_items(self.forecast, [(None, translate("OpportunityListPage", "Any forecast"))]
                        + [(k, forecast_text(k)) for k in FORECAST])
        self._fill_stages()
        super().retranslate()

    def query(self) -> DealQuery:
        return DealQuery(search=self.search.text().strip(), scope=self.scope.currentData() or "all",
                         stage_id=self.stage.currentData(), forecast_category=self.forecast.currentData())

    def filters_active(self) -> bool:  # the scope is where the page starts, not a filter
        return bool(self.search.text().strip()) or self.stage.currentIndex() > 0 \
            or self.forecast.currentIndex() > 0

    def empty_text(self) -> str:
        return translate("OpportunityListPage", "No deals yet — press {key} to add one")

    def count_text(self, n: int, exact: bool) -> str:
        if exact:
            return translate("OpportunityListPage", "%n deal(s)", "", n)
        return translate("OpportunityListPage", "at least %n deal(s)", "", n)

    # -- actions ------------------------------------------------------------------------------
    def new(self) -> None:
        self.ctx.show_page("opportunity:new")

    def open_row(self, row: Any) -> None:
        self.ctx.show_page(f"opportunity:{row.id}")

    def archive(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        n = len(ids)
        text = translate("OpportunityListPage", "Archive %n deal(s)? Nothing is deleted.", "", n)
        box = QMessageBox(QMessageBox.Icon.Question, translate("OpportunityListPage", "Archive deals"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("archiveBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.ctx.tasks.run(opportunities.archive_opportunities, self.db, ids,
                                                        on_success=lambda _r: self._archived()))
        box.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = box
        box.open()

    def _archived(self) -> None:
        self.ctx.notify(translate("CustomerListPage", "Archived."))
        self.refresh()

    def on_live_change(self, payload: dict) -> None:
        deal_id = payload.get("root_id")
        if payload.get("root_kind") != "opportunity" or not isinstance(deal_id, int):
            return
        if self.model.row_of(deal_id) is not None:
            self.model.refresh_record(deal_id)
        else:
            self.mark_stale()


register_page("opportunities", QT_TRANSLATE_NOOP("pages", "Opportunities"), "opportunities",
              OpportunityListPage, order=12)

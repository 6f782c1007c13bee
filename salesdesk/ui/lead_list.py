"""The leads page (线索): leads in my scope, searched, filtered and sorted by the server.

`LeadRecordsPage` is what the leads and the lead pool pages share: the model, the actions, the
search hint, the count, the editor behind each row and live updates of a lead on the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import picklists
from salesdesk.services.lead_rules import LIST_STATUSES
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.lead_actions import LeadActions
from salesdesk.ui.lead_models import LeadTableModel, status_text
from salesdesk.ui.pages import register_page
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist
from salesdesk.ui.record_actions import ActionSpec
from salesdesk.ui.record_list import RecordListPage

translate = QCoreApplication.translate  # one context for both pages' shared strings


class LeadRecordsPage(RecordListPage):
    """A list of leads; a subclass gives `query()`, its filters and its actions."""

    base_query: dict[str, Any] = {}

    def make_model(self) -> LeadTableModel:
        self.lead_actions = LeadActions(self)
        return LeadTableModel(self.ctx.tasks, self.db, query=self.base_query, parent=self)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("LeadRecordsPage", "Search company, contact or phone…"))
        super().retranslate()

    def count_text(self, n: int, exact: bool) -> str:
        if exact:
            return translate("LeadRecordsPage", "%n lead(s)", "", n)
        return translate("LeadRecordsPage", "at least %n lead(s)", "", n)

    def open_row(self, row: Any) -> None:
        self.lead_actions.open_row(row)

    def new(self) -> None:
        self.lead_actions.new()

    def on_live_change(self, payload: dict) -> None:
        lead_id = payload.get("root_id")
        if payload.get("root_kind") != "lead" or not isinstance(lead_id, int):
            return
        if self.model.row_of(lead_id) is not None:
            self.model.refresh_record(lead_id)
        else:
            self.mark_stale()  # maybe released into my pool, handed to me or shared with me


class LeadListPage(LeadRecordsPage):
    """Leads in my scope: all, mine, or my team's; by status and source."""

    settings_key = "leads/list"
    view_name = "leadTable"
    base_query = {"scope": "all"}

    def build_filters(self) -> None:
        self.setObjectName("leadsPage")
        self.scope = self.add_filter("scopeCombo")
        self.status = self.add_filter("statusCombo")
        self.source = self.add_filter("sourceCombo")
        self.source.addItem("", None)
        self.source.setVisible(False)  # until the list is here
        PinyinTypeAhead(self.source)

    def action_specs(self) -> list[ActionSpec]:
        names = ("new", "edit", "convert", "disqualify", "reassign", "share", "release", "history")
        return self.lead_actions.specs(names)

    def start(self) -> None:
        if getattr(self.ctx.session.me, "data_scope", "self") == "self":  # a salesperson's own leads
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))
            self.scope.blockSignals(False)
        self.ctx.tasks.run(picklists.all_entries, self.db, busy=False, on_success=self._sources_arrived,
                           on_error=lambda _e: None)
        super().start()

    def _sources_arrived(self, lists: dict[str, list[Any]]) -> None:
        fill_picklist(self.source, lists.get("source", []), blank=self.source.itemText(0),
                      include_inactive=True)
        self.source.setVisible(self.source.count() > 1)

    def retranslate(self) -> None:
        set_combo_items(self.scope, [("all", translate("CustomerListPage", "All I can see")),
                                     ("mine", translate("CustomerListPage", "Mine")),
                                     ("team", translate("CustomerListPage", "My team"))])
        set_combo_items(self.status, [(None, translate("LeadRecordsPage", "Any status"))]
                        + [(s, status_text(s)) for s in LIST_STATUSES])
        self.source.setItemText(0, translate("CustomerListPage", "Any source"))
        super().retranslate()

    def query(self) -> dict[str, Any]:
        eq = {k: c.currentData() for k, c in (("status", self.status), ("source", self.source))
              if c.currentData() is not None}
        return {"scope": self.scope.currentData() or "all", "search": self.search.text().strip(), "eq": eq}

    def empty_text(self) -> str:
        return translate("LeadRecordsPage", "No leads yet — press {key} to add one")

    # the actions, by the names the tests use
    def convert(self) -> None:
        self.lead_actions.convert()

    def release(self) -> None:
        self.lead_actions.release()


register_page("leads", QT_TRANSLATE_NOOP("pages", "Leads"), "person", LeadListPage, order=24)

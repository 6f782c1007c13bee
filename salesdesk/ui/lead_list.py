"""The leads page (线索) and the lead pool page (线索公海), declared as the lead kind's screens.

Both are KindListPages (ui/kind_list.py) with the lead actions (convert, disqualify); the pool page
lists pool leads, filtered by pool, for claiming (and for managers handing out and weeding).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import org
from salesdesk.services.leads import LEADS
from salesdesk.ui.kind_list import KindListPage
from salesdesk.ui.kind_screen import Filter, KindScreen, register_screen
from salesdesk.ui.lead_actions import LeadActions
from salesdesk.ui.lead_editor import LeadEditor
from salesdesk.ui.lead_models import LEAD, STATUS_WORDS, lead_columns
from salesdesk.ui.record_actions import ActionSpec
from salesdesk.ui.record_import import import_action

translate = QCoreApplication.translate  # one context for both pages' shared strings


def lead_count(n: int, exact: bool) -> str:
    if exact:
        return translate("LeadRecordsPage", "%n lead(s)", "", n)
    return translate("LeadRecordsPage", "at least %n lead(s)", "", n)


def pools(db: Any) -> list[tuple[int, str]]:
    """Worker: the pools I see, for the pool filter."""
    return [(p.id, p.name) for p in org.pools(db)]


LEADS_SCREEN = KindScreen(
    LEAD, LEADS, page="leads", title=QT_TRANSLATE_NOOP("pages", "Leads"), icon="person", order=24,
    columns=lead_columns, scopes=("all", "mine", "team"), mine_first=True, sort="updated_at", descending=True,
    filters=(Filter("status", lambda: translate("LeadRecordsPage", "Any status"), STATUS_WORDS),
             Filter("source", lambda: translate("CustomerListPage", "Any source"), picklist="source")),
    search=lambda: translate("LeadRecordsPage", "Search company, contact or phone…"), count=lead_count,
    empty=lambda: translate("LeadRecordsPage", "No leads yet — press {key} to add one"),
    actions=("new", "edit", "convert", "disqualify", "reassign", "share", "release", "history"),
    editor=LeadEditor, grey=lambda row: row.status in ("converted", "disqualified"))
LEAD_POOL_SCREEN = KindScreen(
    LEAD, LEADS, page="lead_pool", title=QT_TRANSLATE_NOOP("pages", "Lead pool"), icon="pool", order=25,
    columns=lead_columns, scopes=(), base_query={"scope": "pool"}, sort="updated_at", descending=True,
    filters=(Filter("pool_id", lambda: translate("PoolPage", "All my pools"), load=pools, min_choices=2),),
    search=LEADS_SCREEN.search, count=lead_count,
    empty=lambda: translate("LeadPoolPage",
                            "The lead pool is empty — leads released by their owners appear here"),
    actions=("claim", "edit"), editor=LeadEditor, grey=LEADS_SCREEN.grey)


class LeadListPage(KindListPage):
    """Leads in my scope (all, mine, or my team's; by status and source), or the pool's."""

    def make_actions(self) -> LeadActions:
        self.lead_actions = LeadActions(self)
        return self.lead_actions

    def action_specs(self) -> list[ActionSpec]:
        names = self.screen.actions
        if self.screen is LEAD_POOL_SCREEN and self.ctx.session.me.data_scope != "self":
            names += ("hand_out", "disqualify")  # managers hand pool leads out and weed them
        imports = [import_action(self, "lead")] if self.screen is LEADS_SCREEN else []
        return self.kind_actions.specs(names) + imports

    @property
    def pool(self) -> Any:
        return self.combos["pool_id"]

    # the actions, by the names the tests use
    def convert(self) -> None:
        self.lead_actions.convert()

    def release(self) -> None:
        self.lead_actions.release()

    def claim(self) -> None:
        self.lead_actions.claim()


register_screen(LEADS_SCREEN, LeadListPage)
register_screen(LEAD_POOL_SCREEN, LeadListPage)

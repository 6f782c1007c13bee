"""The lead pool page (线索公海): leads without an owner in the pools I see; claim them, and for
managers hand them out. Claiming several is one transaction (all or none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.ui.lead_list import LeadRecordsPage
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import ActionSpec

translate = QCoreApplication.translate


class LeadPoolPage(LeadRecordsPage):
    """Pool leads: search, claim, open, and for managers hand out."""

    settings_key = "leads/pool"
    view_name = "leadPoolTable"
    base_query = {"scope": "pool"}

    def build_filters(self) -> None:
        self.setObjectName("leadPoolPage")

    def action_specs(self) -> list[ActionSpec]:
        names = ["claim", "edit"]
        if self.ctx.session.me.data_scope != "self":  # managers hand pool leads out
            names.append("hand_out")
        return self.lead_actions.specs(names)

    def query(self) -> dict[str, Any]:
        return {"scope": "pool", "search": self.search.text().strip()}

    def empty_text(self) -> str:
        return translate("LeadPoolPage",
                         "The lead pool is empty — leads released by their owners appear here")

    def claim(self) -> None:
        self.lead_actions.claim()


register_page("lead_pool", QT_TRANSLATE_NOOP("pages", "Lead pool"), "pool", LeadPoolPage, order=25)

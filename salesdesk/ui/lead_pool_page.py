"""The lead pool page (线索公海): leads without an owner in the pools I see; claim them, and for
managers hand them out. Claiming several is one transaction (all or none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import org
from salesdesk.ui.combos import fill_combo
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
        self.pool = self.add_filter("poolCombo")
        self.pool.addItem("", None)
        self.pool.setVisible(False)  # shown to who sees more than one pool

    def action_specs(self) -> list[ActionSpec]:
        names = ["claim", "edit"]
        if self.ctx.session.me.data_scope != "self":  # managers hand pool leads out and weed them
            names += ["hand_out", "disqualify"]
        return self.lead_actions.specs(names)

    def start(self) -> None:
        self.ctx.tasks.run(org.pools, self.db, busy=False, on_success=self._pools_arrived,
                           on_error=lambda _e: None)
        super().start()

    def _pools_arrived(self, pools: list[Any]) -> None:
        fill_combo(self.pool, [(p.id, p.name) for p in pools])
        self.pool.setVisible(len(pools) > 1)

    def retranslate(self) -> None:
        self.pool.setItemText(0, translate("PoolPage", "All my pools"))
        super().retranslate()

    def query(self) -> dict[str, Any]:
        pool = self.pool.currentData()  # a declared filter of the lead kind (sql/0024)
        return {"scope": "pool", "search": self.search.text().strip(),
                "eq": {"pool_id": pool} if pool is not None else {}}

    def empty_text(self) -> str:
        return translate("LeadPoolPage",
                         "The lead pool is empty — leads released by their owners appear here")

    def claim(self) -> None:
        self.lead_actions.claim()


register_page("lead_pool", QT_TRANSLATE_NOOP("pages", "Lead pool"), "pool", LeadPoolPage, order=25)

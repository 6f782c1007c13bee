"""The customer pool page (公海): customers without an owner in the pools the user can see; claim them."""

from __future__ import annotations

from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import org
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.ui.combos import fill_combo
from salesdesk.ui.customer_pages import CustomerRecordsPage
from salesdesk.ui.formats import in_brackets
from salesdesk.ui.pages import register_page
from salesdesk.ui.record_actions import ActionSpec


class PoolPage(CustomerRecordsPage):
    """Pool customers: filter by pool (exactly that pool), claim, open, and for managers hand out."""

    settings_key = "customers/pool"
    view_name = "poolTable"
    default_hidden = ("owner", "short_name", "industry")  # nobody owns these; when they came back matters

    def build_filters(self) -> None:
        self.setObjectName("poolPage")
        self.pool = self.add_filter("poolCombo")
        self.pool.addItem("", None)

    def action_specs(self) -> list[ActionSpec]:
        names = ["claim", "edit"]
        if self.ctx.session.me.data_scope != "self":  # managers hand pool customers out
            names.append("hand_out")
        return [self.customer_actions.spec(name) for name in names]

    def start(self) -> None:
        self.reload_pools()
        super().start()

    def reload_pools(self) -> None:
        self.ctx.tasks.run(org.pools, self.db, busy=False, on_success=self._pools_arrived)

    def _pools_arrived(self, pools: list[Any]) -> None:
        fill_combo(self.pool, [(p.id, p.name + in_brackets(p.customer_count)) for p in pools])
        self.pool.setVisible(len(pools) > 1)

    def query(self) -> CustomerQuery:
        return CustomerQuery(search=self.search.text().strip(), pool_id=self.pool.currentData(), scope="pool")

    def retranslate(self) -> None:
        self.pool.setItemText(0, self.tr("All my pools"))
        super().retranslate()

    def empty_text(self) -> str:
        return self.tr("The pool is empty — customers released by their owners appear here")

    def new(self) -> None:  # pool customers come from releases; Ctrl+N still starts a new customer
        self.ctx.show_page("customer:new")

    def claim(self) -> None:
        self.customer_actions.claim()

    def reassign(self) -> None:
        self.customer_actions.reassign()

    def live_elsewhere(self, customer_id: int, payload: dict) -> None:
        if payload.get("kind") == "customer" and payload.get("op") == "UPDATE":
            self.mark_stale()  # maybe released into a pool of mine
            self.reload_pools()


register_page("pool", QT_TRANSLATE_NOOP("pages", "Customer pool"), "pool", PoolPage, order=20)

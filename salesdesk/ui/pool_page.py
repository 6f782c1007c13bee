"""The customer pool page (公海): customers without an owner in the pools the user can see; claim them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customers, org
from salesdesk.services.customer_types import CustomerQuery
from salesdesk.ui.customer_list import CustomerListPage
from salesdesk.ui.pages import AppContext, register_page


def claim_all(db: Any, customer_ids: list[int]) -> list[int]:
    """Worker: claim each customer for me."""
    for customer_id in customer_ids:
        customers.claim_customer(db, customer_id)
    return list(customer_ids)


class PoolPage(CustomerListPage):
    """The list in pool mode: filter by pool, claim, open, and for managers reassign.

    The base class's unit combo becomes the pool selector: it holds pool ids and
    filters one pool exactly (a unit filter would add the pools of sub-units).
    """

    pool_mode = True
    settings_key = "customers/pool"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("poolPage")
        self.scope.setVisible(False)
        self.owner.setVisible(False)
        self.pool.setObjectName("poolCombo")
        for key in ("owner", "updated_at"):  # nobody owns these
            column = next(i for i, c in enumerate(self.model.columns) if c.key == key)
            self.view.horizontalHeader().setSectionHidden(column, key == "owner")

    @property
    def pool(self) -> QComboBox:
        """The pool selector (the base class builds it as its unit combo, before __init__ here runs)."""
        return self.unit

    def action_specs(self) -> list[tuple[str, str, Any, Any]]:
        specs = [("claim", "claim", QKeySequence("Ctrl+Shift+C"), self.claim),
                 ("edit", "edit", QKeySequence("Return"), self.edit)]
        if self.ctx.session.me.data_scope != "self":  # managers hand pool customers out
            specs.append(("reassign", "reassign", QKeySequence("Ctrl+R"), self.reassign))
        return specs

    def _load_choices(self) -> None:
        self.ctx.tasks.run(org.pools, self.db, busy=False, on_success=self._pools_arrived)

    def _owners_arrived(self, people: list[Any]) -> None:  # no owner filter here
        pass

    def _pools_arrived(self, pools: list[Any]) -> None:
        self._fill_combo(self.pool, [(p.id, f"{p.name} ({p.customer_count})") for p in pools])
        self.pool.setVisible(len(pools) > 1)

    def query(self) -> CustomerQuery:
        return replace(super().query(), unit_id=None, pool_id=self.pool.currentData())

    def retranslate(self) -> None:
        super().retranslate()
        if self.pool.count():
            self.pool.setItemText(0, self.tr("All my pools"))

    def new(self) -> None:  # pool customers come from releases, not from here
        self.ctx.show_page("customer:new")

    def claim(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.tasks.run(claim_all, self.db, ids, on_success=self._claimed)

    def _claimed(self, ids: list[int]) -> None:
        self.ctx.notify(self.tr("%n customer(s) claimed; they are yours now.", "", len(ids)))
        for customer_id in ids:
            self.model.refresh_customer(customer_id)  # now owned: it leaves this list
        self.ctx.tasks.run(org.pools, self.db, busy=False, on_success=self._pools_arrived)
        customers_page = self.ctx.window.pages.get("customers")
        if customers_page is not None:
            customers_page._stale = True

    def _update_actions(self) -> None:
        n = len(self.selected_ids()) if self.view.selectionModel() else 0
        for name, action in self.actions_by_name.items():
            action.setEnabled(n == 1 if name == "edit" else n > 0)


register_page("pool", QT_TRANSLATE_NOOP("pages", "Customer pool"), "pool", PoolPage, order=20)

"""The customer list page: customers in the user's scope, searched, filtered and sorted by the server."""

from __future__ import annotations

from typing import Any

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customers, org, picklists
from salesdesk.services.customer_types import LEVELS, CustomerQuery
from salesdesk.ui import words
from salesdesk.ui.combos import fill_combo, set_combo_items
from salesdesk.ui.customer_pages import CustomerRecordsPage
from salesdesk.ui.pages import register_page
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist
from salesdesk.ui.record_actions import ActionSpec, one_row
from salesdesk.ui.record_import import import_action
from salesdesk.ui.words import word


def assigned_to_me(db: Any, customer_id: int, me: int) -> str | None:
    """Worker: the customer's name when its latest ownership change gave it to me (by someone else)."""
    history = customers.ownership_history(db, customer_id)
    if not history:
        return None
    last = max(history, key=lambda h: (h.changed_at, h.id))
    if last.to_owner_id != me or last.changed_by_name is None:
        return None
    detail = customers.get_customer(db, customer_id)
    if detail.owner_id != me or detail.updated_by_name == detail.owner_name:
        return None
    return detail.name


def flatten_units(nodes: Any, depth: int = 0) -> list[tuple[int, str]]:
    """(unit id, indented name) for every unit of an org forest, depth first."""
    out: list[tuple[int, str]] = []
    for node in nodes:
        out.append((node.unit_id, "    " * depth + node.name))
        out += flatten_units(node.children, depth + 1)
    return out


class CustomerListPage(CustomerRecordsPage):
    """Customers in the user's scope: all, mine, or my team's (owned by others in my scope)."""

    settings_key = "customers/list"
    view_name = "customerTable"

    def build_filters(self) -> None:
        self._pending_owner: int | None = None
        self.scope = self.add_filter("scopeCombo")
        self.owner = self.add_filter("ownerCombo")
        self.unit = self.add_filter("unitCombo")
        self.level = self.add_filter("levelCombo")
        # industry, region, source: every value of the lists (a deactivated one is still on customers)
        self.picklist_filters = {kind: self.add_filter(f"{kind}Combo")
                                 for kind in ("industry", "region", "source")}
        for combo in self.picklist_filters.values():
            combo.addItem("", None)
            combo.setVisible(False)  # until the lists are here
            PinyinTypeAhead(combo)

    def action_specs(self) -> list[ActionSpec]:
        """New/Refresh also answer the main window's Ctrl+N / F5."""
        return [*(self.customer_actions.spec(name) for name in ("new", "edit", "reassign", "share", "release",
                                                                "archive")),
                ActionSpec("followup", "new", lambda: word(words.LOG_FOLLOWUP), self.log_followup, None,
                           one_row),
                ActionSpec("overview", "customer", lambda: word(words.OVERVIEW), self.overview, None,
                           one_row),
                import_action(self, "customer")]

    def start(self) -> None:
        # a salesperson's work is their own customers: the pool has its own page
        if getattr(self.ctx.session.me, "data_scope", "self") == "self":
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))
            self.scope.blockSignals(False)
        self.ctx.tasks.run(org.assignable_employees, self.db, busy=False, on_success=self._owners_arrived)
        self.ctx.tasks.run(org.org_tree, self.db, busy=False, on_success=self._units_arrived)
        self.ctx.tasks.run(picklists.all_entries, self.db, busy=False, on_success=self._picklists_arrived,
                           on_error=lambda _e: None)
        super().start()

    def retranslate(self) -> None:
        set_combo_items(self.scope, [("all", self.tr("All I can see")), ("mine", self.tr("Mine")),
                                     ("team", self.tr("My team"))])
        set_combo_items(self.level, [(None, self.tr("Any level"))] + [
            (lv, self.tr("Level {level}").format(level=lv)) for lv in LEVELS])
        for combo, text in ((self.owner, self.tr("Any owner")), (self.unit, self.tr("Any unit")),
                            (self.picklist_filters["industry"], self.tr("Any industry")),
                            (self.picklist_filters["region"], self.tr("Any region")),
                            (self.picklist_filters["source"], self.tr("Any source"))):
            if combo.count():
                combo.setItemText(0, text)
            else:
                combo.addItem(text, None)
        super().retranslate()

    def empty_text(self) -> str:
        return self.tr("No customers yet — press {key} to add one")

    # -- filters ------------------------------------------------------------------------------
    def _owners_arrived(self, people: list[Any]) -> None:
        fill_combo(self.owner, [(p.id, p.name) for p in people])
        self.owner.setVisible(len(people) > 1)
        if self._pending_owner is not None:
            self.set_owner_filter(self._pending_owner)

    def _units_arrived(self, forest: list[Any]) -> None:
        units = flatten_units(forest)
        fill_combo(self.unit, units)
        self.unit.setVisible(len(units) > 1)

    def _picklists_arrived(self, lists: dict[str, list[Any]]) -> None:
        for kind, combo in self.picklist_filters.items():
            fill_picklist(combo, lists[kind], blank=combo.itemText(0), include_inactive=True)
            combo.setVisible(combo.count() > 1)

    def query(self) -> CustomerQuery:
        # "team" asks for customers owned by others in my scope; the server decides what that covers
        return CustomerQuery(search=self.search.text().strip(), owner_id=self.owner.currentData(),
                             unit_id=self.unit.currentData(), level=self.level.currentData(),
                             scope=self.scope.currentData() or "all",
                             **{k: c.currentData() for k, c in self.picklist_filters.items()})

    def set_owner_filter(self, employee_id: int) -> None:
        """Show one owner's customers (from the org view)."""
        index = self.owner.findData(employee_id)
        if index < 0:
            self._pending_owner = employee_id  # choices still loading
            self.model.set_query(CustomerQuery(owner_id=employee_id))
            return
        self._pending_owner = None
        resets = [(c, 0) for c in self.picklist_filters.values()]
        for combo, i in ((self.scope, 0), (self.unit, 0), (self.level, 0), *resets, (self.owner, index)):
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    # -- page protocol ------------------------------------------------------------------------
    def open(self, arg: str) -> None:
        if arg.startswith("owner=") and arg[6:].isdigit():
            self.set_owner_filter(int(arg[6:]))

    def new(self) -> None:
        self.ctx.show_page("customer:new")

    def overview(self) -> None:
        """The selected customer's 360° page."""
        rows = self.selected_rows()
        if len(rows) == 1:
            self.ctx.show_page(f"customer360:{rows[0].id}")

    # the actions, by the names the tests and the pool page's callers use
    def reassign(self) -> None:
        self.customer_actions.reassign()

    def share(self) -> None:
        self.customer_actions.share()

    def release(self) -> None:
        self.customer_actions.release()

    def archive(self) -> None:
        self.customer_actions.archive()

    # -- live updates -------------------------------------------------------------------------
    def live_elsewhere(self, customer_id: int, payload: dict) -> None:
        kind, op = payload.get("kind"), payload.get("op")
        if kind == "share" and payload.get("employee_id") == self.me or kind == "customer" and op == "INSERT":
            self.mark_stale()
        elif kind == "customer" and op == "UPDATE":
            self.ctx.tasks.run(assigned_to_me, self.db, customer_id, self.me, busy=False,
                               on_success=self._maybe_assigned, on_error=lambda _e: None)

    def _maybe_assigned(self, name: str | None) -> None:
        if name:
            self.ctx.notify(self.tr("Customer {name} was assigned to you.").format(name=name))
            self.mark_stale()


register_page("customers", QT_TRANSLATE_NOOP("pages", "Customers"), "customers", CustomerListPage, order=10)

"""The actions on selected leads, declared once for both lead lists (leads, lead pool).

New, open, hand on, share, release, claim and history are the kind's (ui/kind_list.KindActions,
with the lead editor); this adds what only leads do: convert (the convert dialog, then an offer
to open the new customer and deal) and disqualify (the status, with a reason).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import leads
from salesdesk.services.leads import Conversion, Lead, LeadRow
from salesdesk.ui.kind_list import KindActions
from salesdesk.ui.lead_convert_dialog import LeadConvertDialog, offers_opportunity
from salesdesk.ui.lead_models import LEAD
from salesdesk.ui.pages import page_spec
from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.record_actions import ActionSpec, reread_all

translate = QCoreApplication.translate
SHORTCUTS = {"disqualify": QKeySequence("Ctrl+Shift+D")}


def convertible(row: Any, _me: Any) -> bool:
    """Mine to work on (owned, not in a pool) and not converted yet."""
    return row.status != "converted" and row.owner_id is not None and bool(row.can_edit)


def disqualifiable(row: Any, _me: Any) -> bool:
    """Mine to change (owned, or a pool's lead its managers change) and still a prospect."""
    return row.status not in ("converted", "disqualified") and bool(row.can_edit)


def convert_inputs(db: Any, lead_id: int) -> tuple[Lead, list[Any]]:
    """Worker: the lead as it is now and, when the conversion can create a deal, the stages."""
    stages: list[Any] = []
    if offers_opportunity():
        stages = [s for s in importlib.import_module("salesdesk.services.opportunities").stages(db)
                  if s.active and not s.outcome]
    return leads.get_lead(db, lead_id), stages


def disqualify(db: Any, rows: list[LeadRow], reason: str) -> list[tuple[int, Any]]:
    """Worker: every lead's status and reason in one transaction at the versions shown (all or
    none), then their lines as they are now."""
    leads.disqualify_leads(db, rows, reason)
    return reread_all(LEAD, db, [row.id for row in rows])


class LeadActions(KindActions):
    """The actions of one lead list page (its model, its selection)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page, page.screen)

    def spec(self, name: str) -> ActionSpec:
        own: dict[str, tuple[str, Callable[[], str], Callable[[], Any], Any]] = {
            "convert": ("customer", lambda: translate("LeadActions", "Convert…"), self.convert,
                        lambda rows, me: len(rows) == 1 and convertible(rows[0], me)),
            "disqualify": ("warning", lambda: translate("LeadActions", "Disqualify…"), self.disqualify,
                           lambda rows, me: bool(rows) and all(disqualifiable(r, me) for r in rows)),
        }
        if name not in own:
            return super().spec(name)
        icon, text, slot, rule = own[name]
        return ActionSpec(name, icon, text, slot, SHORTCUTS.get(name), rule)

    # -- convert, disqualify ----------------------------------------------------------------------
    def convert(self) -> None:
        rows = self.page.selected_rows()
        if len(rows) == 1:
            self.ctx.tasks.run(convert_inputs, self.db, rows[0].id, on_success=self._ask_convert)

    def _ask_convert(self, inputs: tuple[Lead, list[Any]]) -> None:
        lead, stages = inputs
        done: Conversion | None = LeadConvertDialog.ask(self.page, lead=lead, stages=stages, db=self.db,
                                                        runner=self.ctx.tasks)
        if done is None:
            return
        self.page.model.refresh_record(lead.id)
        self.ctx.announce({"kind": "customer", "root_kind": "customer", "root_id": done.customer_id,
                           "op": "INSERT"}, self.page)
        self._offer_to_open(lead, done)

    def _offer_to_open(self, lead: Lead, done: Conversion) -> None:
        """Converted: open the customer (or the deal) now, or stay on the list."""
        box = QMessageBox(QMessageBox.Icon.Information, translate("LeadActions", "Lead converted"),
                          translate("LeadActions", "{name} is converted.").format(name=lead.company_name),
                          QMessageBox.StandardButton.Close, self.page)
        box.setObjectName("convertedBox")
        targets = {box.addButton(translate("LeadActions", "Open the &customer"),
                                 QMessageBox.ButtonRole.AcceptRole): f"customer:{done.customer_id}"}
        deal = getattr(done, "opportunity_id", None)
        if deal is not None and page_spec("opportunity") is not None:
            targets[box.addButton(translate("LeadActions", "Open the &deal"),
                                  QMessageBox.ButtonRole.AcceptRole)] = f"opportunity:{deal}"
        box.buttonClicked.connect(lambda b: b in targets and self.ctx.show_page(targets[b]))
        box.finished.connect(lambda _r: setattr(self.page, "active_dialog", None))
        self.page.active_dialog = box
        box.open()

    def disqualify(self) -> None:
        """The selected leads, with one reason, in one transaction (Ctrl+Shift+D)."""
        rows = [r for r in self.page.selected_rows() if disqualifiable(r, None)]
        if not rows:
            return
        n = len(rows)
        prompt = (translate("LeadActions", "&Why is {name} not a prospect?").format(name=rows[0].company_name)
                  if n == 1 else translate("LeadActions", "&Why are these %n leads not prospects?", "", n))
        fresh = ReasonDialog.ask(self.page, title=translate("LeadActions", "Disqualify leads"),
                                 prompt=prompt, submit=lambda reason: disqualify(self.db, rows, reason),
                                 runner=self.ctx.tasks)
        if fresh is not None:
            self.show_changed(fresh, translate("LeadActions", "%n lead(s) disqualified.", "", n))

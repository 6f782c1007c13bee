"""The lead editor: the kind editor (ui/kind_editor.py) over forms/lead_editor.ui and services.leads.

What only leads add: the source picklist, 'converted' shown (never chosen), and a converted lead
kept as it was (read-only, with who converted it into what).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from salesdesk.services import leads, picklists
from salesdesk.services.lead_rules import STATUSES
from salesdesk.services.leads import Lead
from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.forms_gen.lead_editor import Ui_LeadEditor
from salesdesk.ui.kind_editor import KindEditor
from salesdesk.ui.lead_models import LEAD, STATUS_WORDS
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist


class LeadEditor(KindEditor):
    """One lead, new (`record=None`) or existing. `ask(...)` returns the saved Lead or None."""

    ui_class = Ui_LeadEditor
    service = leads.LEADS
    kind = LEAD
    choices = {"status": STATUS_WORDS}

    @classmethod
    def inputs(cls, db: Any, record_id: int | None) -> dict[str, Any]:
        return {**super().inputs(db, record_id), "sources": picklists.all_entries(db).get("source", [])}

    def prepare(self) -> None:
        self.setObjectName("leadEditor")
        self.ui.sourceCombo.addItem("", "")
        fill_picklist(self.ui.sourceCombo, self.options.get("sources", ()))
        PinyinTypeAhead(self.ui.sourceCombo)
        if self.record is not None and self.record.status not in STATUSES:  # converted: shown, not chosen
            self.ui.statusCombo.addItem(STATUS_WORDS[self.record.status](), self.record.status)

    def defaults(self) -> Any:
        return SimpleNamespace(status="new")

    def editable(self, record: Lead) -> bool:
        return not record.read_only

    def shown(self, lead: Lead) -> None:
        if lead.status != "converted":
            return
        customer = lead.converted_customer_name or self.tr("a customer out of your sight")
        self.ui.convertedLabel.setText(self.tr("Converted to {customer} on {when} by {who}; kept as it was.")
                                       .format(customer=customer, when=fmt_datetime(lead.converted_at),
                                               who=lead.converted_by_name or "—"))
        self.ui.convertedLabel.setVisible(True)


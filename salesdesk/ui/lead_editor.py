"""The lead editor: a dialog over forms/lead_editor.ui, its fields typed by services/lead_rules.py.

A new lead is mine; an existing one sends only the changed fields with the version it was read
at. A converted lead, or one I may only read, opens read-only (the database refuses its saves
anyway). A refused save keeps the dialog open with the typing and shows each problem at its field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from salesdesk.services import leads
from salesdesk.services.lead_rules import LEAD_SPEC, STATUSES
from salesdesk.services.leads import Lead
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.dialogs import FormDialog, show_form_problems
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.forms_gen.lead_editor import Ui_LeadEditor
from salesdesk.ui.lead_models import status_text
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist
from salesdesk.ui.words import word

FIELDS = {"company_name": "companyNameEdit", "contact_name": "contactNameEdit", "phone": "phoneEdit",
          "mobile": "mobileEdit", "email": "emailEdit", "source": "sourceCombo", "status": "statusCombo",
          "disqualify_reason": "disqualifyReasonEdit", "notes": "notesEdit"}
translate = QCoreApplication.translate


class LeadEditor(FormDialog):
    """One lead, new (`lead=None`) or existing. `ask(...)` returns the saved Lead or None."""

    ui_class = Ui_LeadEditor

    def __init__(self, parent: QWidget | None = None, *, lead: Lead | None = None,
                 sources: Sequence[Any] = (), may_edit: bool = True, db: Any = None, **kwargs: Any) -> None:
        super().__init__(parent, submit=self._save, **kwargs)
        self.setObjectName("leadEditor")
        self.lead, self.db = lead, db
        self.ui.sourceCombo.addItem("", "")
        fill_picklist(self.ui.sourceCombo, sources)
        PinyinTypeAhead(self.ui.sourceCombo)
        shown = STATUSES if lead is None or lead.status in STATUSES else (*STATUSES, lead.status)
        for status in shown:
            self.ui.statusCombo.addItem(status_text(status), status)
        self.form = FormBinding(self.ui, FIELDS, types=LEAD_SPEC, parent=self)
        self.form.edited.connect(self.form.clear_error)
        self.form.show(lead if lead is not None else SimpleNamespace(status="new"))
        read_only = not may_edit or (lead is not None and lead.read_only)
        self.form.set_read_only(read_only)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(word(words.SAVE))
        save.setVisible(not read_only)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            word(words.CANCEL) if not read_only else translate("ProductEditor", "Close"))
        self._show_conversion()
        self.setWindowTitle(lead.company_name if lead else self.tr("New lead"))

    def _show_conversion(self) -> None:
        lead = self.lead
        if lead is None or lead.status != "converted":
            return
        customer = lead.converted_customer_name or self.tr("a customer out of your sight")
        self.ui.convertedLabel.setText(self.tr("Converted to {customer} on {when} by {who}; kept as it was.")
                                       .format(customer=customer, when=fmt_datetime(lead.converted_at),
                                               who=lead.converted_by_name or "—"))
        self.ui.convertedLabel.setVisible(True)

    def value(self) -> dict[str, Any]:
        """What to save: every field of a new lead, the changed ones of an existing one."""
        values = self.form.values() if self.lead is None else self.form.changes()
        return {k: (None if v == "" else v) for k, v in values.items()}

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        return {k: ui_errors.problem_text(v) for k, v in self.form.input_errors().items()}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        show_form_problems(self.form, self.ui.messageLabel, problems, message)

    def _save(self, changes: Mapping[str, Any]) -> Lead:
        """On a worker thread: the save (nothing to save: the lead as it is)."""
        if self.lead is None:
            return leads.create_lead(self.db, changes)
        if not changes:
            return self.lead
        return leads.save_lead(self.db, self.lead.id, self.lead.version, changes)

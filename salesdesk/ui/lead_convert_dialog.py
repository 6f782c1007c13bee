"""Convert a lead (forms/lead_convert.ui): the customer and contact prefilled from the lead, editable.

The company-wide duplicate check runs first (services.leads.convert_lead): its matches are listed;
one I can see may be LINKED instead of creating a customer, one held by someone out of my sight
shows only "held by …", and the conversion is refused until I link a match or change the name or
phone. "Also create an opportunity" is offered when the service takes one (`opportunity=`), so
the dialog works before and after that part lands. `ask(...)` returns the Conversion or None.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from salesdesk.services import leads
from salesdesk.services.errors import REQUIRED, DuplicateError, DuplicateMatch
from salesdesk.services.leads import Conversion, Lead
from salesdesk.services.validation import DateField, Mobile, Money, Phone
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.customer_editor import duplicate_text
from salesdesk.ui.dialogs import FormDialog
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.forms_gen.lead_convert import Ui_LeadConvert
from salesdesk.ui.i18n import current_language

FIELDS = {"customer_name": "customerNameEdit", "customer_phone": "customerPhoneEdit",
          "contact_name": "contactNameEdit", "contact_mobile": "contactMobileEdit",
          "opp_title": "oppTitleEdit", "opp_amount": "oppAmountEdit", "opp_close": "oppCloseEdit",
          "opp_stage": "oppStageCombo"}
TYPES = {"customer_phone": Phone(), "contact_mobile": Mobile(), "opp_amount": Money(),
         "opp_close": DateField()}
CHECKED_KEYS = ("customer_name", "customer_phone")  # what the duplicate check looked at


def offers_opportunity() -> bool:
    """Whether the conversion service can create the deal in the same transaction."""
    return "opportunity" in inspect.signature(leads.convert_lead).parameters


def stage_name(stage: Any) -> str:
    return stage.name if current_language().startswith("zh") or not stage.name_en else stage.name_en


class LeadConvertDialog(FormDialog):
    """Convert `lead` (as read, its version checked); `stages` fill the optional deal part."""

    ui_class = Ui_LeadConvert

    def __init__(self, parent: QWidget | None = None, *, lead: Lead, db: Any = None,
                 stages: Sequence[Any] = (), **kwargs: Any) -> None:
        super().__init__(parent, submit=self._convert, **kwargs)
        self.setObjectName("leadConvertDialog")
        self.lead, self.db = lead, db
        self.matches: list[DuplicateMatch] = []
        self.checked: tuple[Any, ...] | None = None  # (name, phone) the matches are for
        self.linked: DuplicateMatch | None = None
        for stage in stages:
            self.ui.oppStageCombo.addItem(stage_name(stage), stage.id)
        self.ui.opportunityGroup.setVisible(offers_opportunity() and bool(stages))
        self.form = FormBinding(self.ui, FIELDS, types=TYPES, parent=self)
        self.form.edited.connect(self.form.clear_error)
        self.form.show(SimpleNamespace(customer_name=lead.company_name, customer_phone=lead.phone,
                                       contact_name=lead.contact_name, contact_mobile=lead.mobile,
                                       opp_title=lead.company_name,
                                       opp_stage=stages[0].id if stages else None))
        self.ui.introLabel.setText(self.tr("Lead {name} becomes a customer of yours with its contact.")
                                   .format(name=lead.company_name))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Con&vert"))
        self.ui.linkButton.setCheckable(True)
        self.ui.linkButton.toggled.connect(self._link)
        self.ui.matchList.currentRowChanged.connect(self._match_chosen)

    # -- duplicates and linking -------------------------------------------------------------
    def _show_matches(self, matches: list[DuplicateMatch]) -> None:
        self.matches, self.checked = matches, self._checked_now()
        self.ui.matchList.clear()
        for m in matches:
            item = QListWidgetItem(duplicate_text(m), self.ui.matchList)
            if not (m.visible and m.customer_id):
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # held out of my sight: nothing to link
        self.ui.duplicatePanel.setVisible(True)
        linkable = [i for i, m in enumerate(matches) if m.visible and m.customer_id]
        if linkable:
            self.ui.matchList.setCurrentRow(linkable[0])
        self.show_problems({}, self._duplicate_message())
        (self.ui.matchList if linkable else self.ui.customerNameEdit).setFocus()

    def _duplicate_message(self) -> str:
        if any(m.visible and m.customer_id for m in self.matches):
            return self.tr("This customer may already exist: link it, or change the name or phone.")
        return self.tr("A customer with this name or phone is held by someone else: "
                       "change the name or phone.")

    def _checked_now(self) -> tuple[Any, ...]:
        values = self.form.values()
        return tuple(values.get(k) for k in CHECKED_KEYS)

    def _selected_match(self) -> DuplicateMatch | None:
        row = self.ui.matchList.currentRow()
        match = self.matches[row] if 0 <= row < len(self.matches) else None
        return match if match is not None and match.visible and match.customer_id else None

    def _match_chosen(self, _row: int) -> None:
        self.ui.linkButton.setEnabled(self._selected_match() is not None)
        if self.ui.linkButton.isChecked():
            self._link(True)

    def _link(self, on: bool) -> None:
        self.linked = self._selected_match() if on else None
        for widget in (self.ui.customerNameEdit, self.ui.customerPhoneEdit):
            widget.setEnabled(self.linked is None)
        if self.linked is not None:
            self.ui.linkedLabel.setText(self.tr("The lead will be linked to {name}; no new customer is made.")
                                        .format(name=self.linked.name))
            self.show_problems({})
        self.ui.linkedLabel.setVisible(self.linked is not None)

    # -- what is sent ----------------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        v = {k: (None if x == "" else x) for k, x in self.form.values().items()}
        contact = {k: v[f"contact_{k}"] for k in ("name", "mobile") if v[f"contact_{k}"] is not None}
        value: dict[str, Any] = {"contact": contact}
        if self.linked is not None:
            value["customer_id"] = self.linked.customer_id
        else:
            value["customer"] = {"name": v["customer_name"], "phone": v["customer_phone"]}
        if not self.ui.opportunityGroup.isHidden() and self.ui.opportunityGroup.isChecked():
            value["opportunity"] = {"title": v["opp_title"], "amount": v["opp_amount"],
                                    "expected_close_date": v["opp_close"], "stage_id": v["opp_stage"]}
        return value

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        problems = {k: ui_errors.problem_text(p) for k, p in self.form.input_errors().items()}
        required = ui_errors.translate("errors", REQUIRED)
        if "customer" in value and not value["customer"]["name"]:
            problems["customer_name"] = required
        elif "customer" in value and self.matches and self._checked_now() == self.checked:
            problems["customer_name"] = self._duplicate_message()  # the same name again: link or change
        if "opportunity" in value and not value["opportunity"]["title"]:
            problems["opp_title"] = required
        return problems

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        unknown = self.form.set_errors(problems)
        text = " ".join(x for x in [message if unknown or not problems else "",
                                    *(problems[k] for k in unknown)] if x)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        bad = self.form.first_bad(problems)
        if bad is not None:
            bad.setFocus()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, DuplicateError) and exc.matches:
            self._set_busy(False)
            self._show_matches(list(exc.matches))
            return
        super()._refused(exc)

    def _convert(self, value: Mapping[str, Any]) -> Conversion:
        """On a worker thread: the duplicate check, then the conversion in one transaction."""
        extra = {"opportunity": value["opportunity"]} if "opportunity" in value else {}
        return leads.convert_lead(self.db, self.lead, customer=value.get("customer"),
                                  contact=value["contact"], customer_id=value.get("customer_id"), **extra)

"""The quick "log follow-up" dialog (记跟进): from anywhere by Ctrl+Shift+F, from a customer, a deal.

    open_followup_dialog(ctx, customer_id=…, opportunity_id=…)   # the row saved, or None

The customer (and the deal, when opened from one) is filled in off the GUI thread; the contact
list follows the customer, the deal picker offers that customer's deals. Saving runs off the GUI
thread; a refusal shows at its field with the typing kept; Esc keeps the typing for the next
opening of the same customer. A saved follow-up is announced so open customer pages re-read the
customer (its last contact moved) and the follow-up lists reload. Opened with a FollowupRow, it
edits that follow-up (its author's).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salesdesk.services import contacts, customers, followups, opportunities
from salesdesk.services.customer_list import search_customers
from salesdesk.services.errors import REQUIRED
from salesdesk.services.followup_rules import FOLLOWUP_SPEC, KINDS
from salesdesk.services.picks import PICK_LIMIT, Pick
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.dialogs import Draft, FormDialog
from salesdesk.ui.followup_words import kind_text
from salesdesk.ui.forms_gen.followup_dialog import Ui_FollowupDialog
from salesdesk.ui.record_picker import RecordPicker
from salesdesk.ui.tasks import Task
from salesdesk.ui.words import word

translate = QCoreApplication.translate
RETURN_VISIT = "visit"  # satisfaction is asked for visits (回访)
# whether the service takes the deal yet (sql/0020 makes sales.followups.opportunity_id writable)
TAKES_DEAL = "opportunity_id" in FOLLOWUP_SPEC
_DRAFTS: weakref.WeakKeyDictionary[Any, dict[Any, Draft]] = weakref.WeakKeyDictionary()


def prefill(db: Any, customer_id: int | None, opportunity_id: int | None) -> tuple[Pick | None, Pick | None]:
    """Worker: the customer and the deal as the pickers show them."""
    if opportunity_id is not None:
        deal = opportunities.get_opportunity(db, opportunity_id)
        return Pick(deal.customer_id, deal.customer_name or ""), Pick(deal.id, deal.title)
    if customer_id is not None:
        return Pick(customer_id, customers.get_customer(db, customer_id).name), None
    return None, None


def deals_of(db: Any, customer_id: int | None, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
    """Worker: the deals matching `text`, that customer's only when one is chosen."""
    page = opportunities.list_opportunities(db, search=text, limit=PICK_LIMIT)
    return [Pick(r.id, r.title, r.customer_name or "") for r in page.rows
            if customer_id is None or r.customer_id == customer_id][:limit]


def save(db: Any, editing: followups.FollowupRow | None, value: Mapping[str, Any]) -> followups.FollowupRow:
    """Worker: create, or save what changed in the follow-up being edited."""
    values = {k: v for k, v in value.items() if k != "customer_id"}
    if editing is None:
        return followups.create_followup(db, value["customer_id"], values)
    changes = {k: v for k, v in values.items() if getattr(editing, k, None) != v}
    return followups.save_followup(db, editing.id, editing.version, changes) if changes else editing


class FollowupDialog(FormDialog):
    """Type, customer, contact, deal, time, summary, outcome, next date, satisfaction; OK saves."""

    ui_class = Ui_FollowupDialog

    def __init__(self, parent: QWidget | None = None, *, ctx: Any, customer_id: int | None = None,
                 opportunity_id: int | None = None, editing: followups.FollowupRow | None = None,
                 **kwargs: Any) -> None:
        db = ctx.session.database
        super().__init__(parent, runner=ctx.tasks, submit=lambda v: save(db, editing, v), **kwargs)
        self.setObjectName("followupDialog")
        self.ctx, self.db, self.editing = ctx, db, editing
        ui = self.ui
        self.customer = RecordPicker(ctx.tasks, lambda t, n: search_customers(db, t, n), parent=self)
        self.customer.setObjectName("customerPicker")
        self.deal = RecordPicker(ctx.tasks, lambda t, n: deals_of(db, self.customer.value(), t, n),
                                 parent=self)
        self.deal.setObjectName("opportunityPicker")
        for holder, picker, label in ((ui.customerHolder, self.customer, ui.customerLabel),
                                      (ui.opportunityHolder, self.deal, ui.opportunityLabel)):
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(picker)
            label.setBuddy(picker.edit)
        ui.opportunityLabel.setVisible(TAKES_DEAL)
        ui.opportunityHolder.setVisible(TAKES_DEAL)
        self.errors: dict[str, QLabel] = {n[:-5]: w for n, w in vars(ui).items()
                                          if n.endswith("Error") and isinstance(w, QLabel)}
        self._contacts_for: int | None = None
        self._reads: list[Task] = []
        self._wanted_contact: int | None = None
        self.customer.picked.connect(self._customer_picked)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._show_satisfaction())
        ui.nextCheck.toggled.connect(ui.nextEdit.setEnabled)
        ui.summaryEdit.textChanged.connect(lambda: self.errors["summary"].setVisible(False))
        self.retranslate()
        self._fill(customer_id, opportunity_id)
        self.resize(540, self.sizeHint().height())

    # -- filling ------------------------------------------------------------------------------
    def _run(self, fn: Any, *args: Any, on_success: Any, on_error: Any) -> None:
        """Background reads for the form, dropped when the dialog closes before they answer."""
        self._reads = [t for t in self._reads if not t.done]
        self._reads.append(self.ctx.tasks.run(fn, *args, busy=False, on_success=on_success,
                                              on_error=on_error))

    def done(self, result: int) -> None:
        for task in self._reads:
            task.cancel()
        self.customer.close_popup()  # and its search in flight
        self.deal.close_popup()
        super().done(result)

    def _fill(self, customer_id: int | None, opportunity_id: int | None) -> None:
        ui, e, d = self.ui, self.editing, self.draft
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(e.kind if e else d.get("kind", "call"))))
        when = e.happened_at if e else d.get("happened_at", None) or datetime.now().astimezone()
        ui.happenedEdit.setDateTime(QDateTime(when))
        ui.summaryEdit.setPlainText(e.summary if e else d.get("summary"))
        ui.outcomeEdit.setText((e.outcome or "") if e else d.get("outcome"))
        next_on = e.next_followup_on if e else d.get("next_followup_on", None)
        ui.nextCheck.setChecked(next_on is not None)
        ui.nextEdit.setEnabled(next_on is not None)
        ui.nextEdit.setDate(QDate(next_on) if next_on else QDate.currentDate().addDays(7))
        satisfaction = e.satisfaction if e else d.get("satisfaction", None)
        ui.satisfactionCombo.setCurrentIndex(max(0, ui.satisfactionCombo.findData(satisfaction)))
        self._show_satisfaction()
        if e is not None:
            self.customer.set_value(Pick(e.customer_id, e.customer_name or ""))
            self.customer.setEnabled(False)  # a follow-up stays with its customer
            self._wanted_contact = e.contact_id
            self._load_contacts(e.customer_id)
            return
        self._wanted_contact = d.get("contact_id", None)
        if d.get("customer", None) is not None:
            self._prefilled((d.get("customer", None), d.get("deal", None)))
        elif customer_id is not None or opportunity_id is not None:
            self._run(prefill, self.db, customer_id, opportunity_id, on_success=self._prefilled,
                      on_error=self._refused)
        (ui.summaryEdit if customer_id or opportunity_id else self.customer).setFocus()

    def _prefilled(self, picks: tuple[Pick | None, Pick | None]) -> None:
        customer, deal = picks
        self.customer.set_value(customer)
        if deal is not None:
            self.deal.set_value(deal)
        if customer is not None:
            self._load_contacts(customer.id)

    def _customer_picked(self, pick: Pick | None) -> None:
        self.errors["customer"].setVisible(False)
        self.deal.set_value(None)
        self._wanted_contact = None
        self._load_contacts(pick.id if pick else None)

    def _load_contacts(self, customer_id: int | None) -> None:
        self._contacts_for = customer_id
        self.ui.contactCombo.clear()
        self.ui.contactCombo.addItem("", None)
        if customer_id is not None:
            self._run(contacts.list_contacts, self.db, customer_id,
                      on_success=lambda found, c=customer_id: self._contacts_arrived(c, found),
                      on_error=lambda _e: None)

    def _contacts_arrived(self, customer_id: int, found: list[Any]) -> None:
        if customer_id != self._contacts_for:
            return  # another customer was picked meanwhile
        combo = self.ui.contactCombo
        for c in found:
            combo.addItem(c.name, c.id)
        combo.setCurrentIndex(max(0, combo.findData(self._wanted_contact)))

    def _show_satisfaction(self) -> None:
        visit = self.ui.kindCombo.currentData() == RETURN_VISIT
        self.ui.satisfactionLabel.setVisible(visit)
        self.ui.satisfactionCombo.setVisible(visit)

    # -- FormDialog ---------------------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        ui = self.ui
        kind = ui.kindCombo.currentData()
        value = {"customer_id": self.customer.value(), "kind": kind,
                 "contact_id": ui.contactCombo.currentData(),
                 "happened_at": ui.happenedEdit.dateTime().toPython().astimezone(),
                 "summary": ui.summaryEdit.toPlainText().strip(),
                 "outcome": ui.outcomeEdit.text().strip() or None,
                 "next_followup_on": ui.nextEdit.date().toPython() if ui.nextCheck.isChecked() else None,
                 "satisfaction": ui.satisfactionCombo.currentData() if kind == RETURN_VISIT else None}
        if TAKES_DEAL:
            value["opportunity_id"] = self.deal.value()
        return value

    def keep_draft(self) -> None:
        if self.editing is None:
            value = self.value()
            self.draft.values.update({k: v for k, v in value.items() if k != "customer_id"},
                                     customer=self.customer.current, deal=self.deal.current)

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        required = ui_errors.translate("errors", REQUIRED)
        return {k: required for k in ("customer_id", "summary") if not value[k]}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        problems = {("customer" if k == "customer_id" else k): v for k, v in problems.items()}
        first = None
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
            if name in problems and first is None:
                first = name
        rest = [v for k, v in problems.items() if k not in self.errors]
        self.ui.errorLabel.setText(" ".join([message, *rest]).strip())
        self.ui.errorLabel.setVisible(bool(self.ui.errorLabel.text()))
        focus = {"customer": self.customer, "summary": self.ui.summaryEdit,
                 "happened_at": self.ui.happenedEdit, "next_followup_on": self.ui.nextEdit,
                 "contact_id": self.ui.contactCombo, "outcome": self.ui.outcomeEdit,
                 "opportunity_id": self.deal, "satisfaction": self.ui.satisfactionCombo}
        if first in focus:
            focus[first].setFocus()

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("FollowupDialog", "Edit follow-up") if self.editing
                            else word(words.LOG_FOLLOWUP))
        set_combo_items(self.ui.kindCombo, [(k, kind_text(k)) for k in KINDS])
        set_combo_items(self.ui.satisfactionCombo, [(None, "")] + [(n, "★" * n) for n in range(1, 6)])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "customer"):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def announce_saved(ctx: Any, row: followups.FollowupRow, op: str) -> None:
    """Tell the open pages: the follow-up lists reload, the customer's pages re-read it."""
    ctx.announce({"kind": "followup", "id": row.id, "op": op, "root_kind": "customer",
                  "root_id": row.customer_id})


def open_followup_dialog(ctx: Any, customer_id: int | None = None, opportunity_id: int | None = None,
                         *, editing: followups.FollowupRow | None = None) -> followups.FollowupRow | None:
    """Log a follow-up (of that customer / deal when given), or edit one; the row saved or None."""
    key = ("edit", editing.id) if editing is not None else (customer_id, opportunity_id)
    drafts = _DRAFTS.setdefault(ctx.window, {})
    saved = FollowupDialog.ask(ctx.window, ctx=ctx, customer_id=customer_id, opportunity_id=opportunity_id,
                               editing=editing, draft=drafts.setdefault(key, Draft()))
    if saved is not None:
        announce_saved(ctx, saved, "UPDATE" if editing is not None else "INSERT")
        ctx.notify(translate("FollowupDialog", "Follow-up saved."))
    return saved

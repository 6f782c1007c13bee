"""The customer editor page (`customer:<id>` / `customer:new`): static data, contacts, shares, history.

Built on the record editor: the form binding, the guard, problems next to their
fields and lines, conflicts merged. What is the customer's own: a probable
duplicate anywhere in the company asks first (when creating, and when a stored
customer's name or phone changes), the owner is picked when creating, contacts
are saved with the customer, and the history tabs load after the customer itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customers, org, picklists
from salesdesk.services.customer_rules import CUSTOMER_SPEC, clean_customer, clean_new_customer
from salesdesk.services.customer_types import LEVELS, CustomerDetail, CustomerInput
from salesdesk.services.errors import ConflictError, DuplicateError, DuplicateMatch, ValidationError
from salesdesk.ui import words
from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.customer360 import CustomerLinks
from salesdesk.ui.customer_actions import CustomerActions
from salesdesk.ui.customer_editor_tabs import CustomerTabs
from salesdesk.ui.customer_models import MONEY_FIELDS, field_labels, owner_text
from salesdesk.ui.elided_label import elided
from salesdesk.ui.form_binding import FormBinding, reveal
from salesdesk.ui.formats import fmt_money_short, in_brackets
from salesdesk.ui.forms_gen.customer_editor import Ui_CustomerEditor
from salesdesk.ui.lines_model import LineOp
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist
from salesdesk.ui.record_action_bar import RecordActionBar
from salesdesk.ui.record_editor import LiveBar, RecordEditor

translate = QCoreApplication.translate

# service field -> widget in forms/customer_editor.ui (its problem shows in <prefix>Error)
WIDGETS = {"name": "nameEdit", "short_name": "shortNameEdit", "level": "levelCombo",
           "industry": "industryCombo", "region": "regionCombo", "address": "addressEdit",
           "phone": "phoneEdit", "website": "websiteEdit", "source": "sourceCombo",
           "credit_limit": "creditLimitEdit", "notes": "notesEdit"}
# the line edits whose typing a field type parses at once (an amount that is none stays, marked)
TYPED_FIELDS = {k: CUSTOMER_SPEC[k] for k in MONEY_FIELDS}
DUPLICATE_KEYS = ("name", "phone")  # the fields the company-wide duplicate check looks at


def save_existing(db: Any, customer_id: int, version: int, changes: dict[str, Any],
                  lines: list[LineOp], check_duplicates: bool = False) -> CustomerDetail:
    """Worker: the changed fields and the contact edits in one transaction; the fresh record.

    The service names a bad contact by its place in the edits; the form shows it on its line.
    With `check_duplicates`, a changed name or phone that another customer has raises DuplicateError.
    """
    ops = [customers.ContactOp(op.kind, op.line_id, op.version, op.values) for op in lines]
    try:
        return customers.save_customer(db, customer_id, version, changes, ops,
                                       check_duplicates=check_duplicates)
    except ValidationError as err:
        rows = {f"contacts[{i}].": f"contacts[{op.row}]." for i, op in enumerate(lines)}
        raise ValidationError({_on_line(k, rows): v for k, v in err.fields.items()}, err.message,
                              **err.params) from err


def _on_line(key: str, rows: dict[str, str]) -> str:
    prefix = next((p for p in rows if key.startswith(p)), None)
    return rows[prefix] + key[len(prefix):] if prefix else key


def duplicate_text(m: DuplicateMatch) -> str:
    """One match as the warning names it. One outside my scope shows only who holds it."""
    unit = m.unit_name or "—"
    if m.visible and m.name:
        if m.owner_name:
            return m.name + in_brackets(f"{m.owner_name} · {unit}")
        pool = translate("CustomerEditor", "pool {pool}").format(pool=m.pool_name or "—")
        return m.name + in_brackets(pool)
    if m.owner_name:
        return translate("CustomerEditor", "a customer held by {owner} ({unit})").format(owner=m.owner_name,
                                                                                         unit=unit)
    return translate("CustomerEditor", "a customer in the pool {pool}").format(pool=m.pool_name or "—")


class CustomerEditor(RecordEditor):
    """One customer in full; `open("new")` starts a new one."""

    live_kind = "customer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CustomerEditor()
        self.ui.setupUi(self)
        self._shared_words()
        self._allow_duplicate = False
        self.duplicates: list[Any] = []
        self.tables = CustomerTabs(ctx, self.ui, lambda: self.record_id, self)
        self.tables.loaded.connect(self.mark_loaded)
        self.tables.shares_changed.connect(self.load)
        # the tables' models, by the names the live updates and the tests use
        self.contacts, self.shares = self.tables.contacts, self.tables.shares
        self.ownership, self.audit = self.tables.ownership, self.tables.audit
        self.ui.basicContents.setMaximumWidth(900)  # long lines of fields are hard to read
        self.ui.levelCombo.addItem("", "")
        for level in LEVELS:
            self.ui.levelCombo.addItem(level, level)
        for kind in picklists.KINDS:  # industry, source, region: chosen from the company's lists
            combo = getattr(self.ui, WIDGETS[kind])
            combo.addItem("", "")
            PinyinTypeAhead(combo)
        form = FormBinding(self.ui, WIDGETS, error_only={"owner_id": "ownerCombo"}, types=TYPED_FIELDS,
                           parent=self)
        self.setup_editor(form, save_button=self.ui.saveButton, revert_button=self.ui.revertButton,
                          status_label=self.ui.statusLabel,
                          live_bar=LiveBar(self.ui.liveBar, self.ui.liveLabel, self.ui.liveReloadButton,
                                           self.ui.liveKeepButton),
                          lines={"contacts": (self.ui.contactsView, self.contacts)})
        self.ui.openExistingButton.clicked.connect(self._open_existing)
        self.ui.saveAnywayButton.clicked.connect(self._save_anyway)
        self.ui.duplicateBackButton.clicked.connect(self._back_to_editing)
        self.saved.connect(self._note_skipped_check)
        self.header_actions = RecordActionBar(self, CustomerActions, ("reassign", "release", "archive",
                                                                      "claim"))
        self._build_header()
        self.links = CustomerLinks(ctx, self.header_actions, lambda: self.record_id)  # follow-up, 360°
        self.load_picklists()

    def _build_header(self) -> None:
        """Row 1: the name and the customer's actions (always whole: the name gives way with "…");
        row 2: the key facts and the stamp. One row clipped them mid-character at 150 %."""
        ui = self.ui
        ui.headerLayout.removeItem(ui.headerSpacer)
        ui.titleLabel, ui.factsLabel, ui.stampLabel = (elided(label) for label in (
            ui.titleLabel, ui.factsLabel, ui.stampLabel))  # a long name never widens the window either
        for label in (ui.factsLabel, ui.stampLabel):
            ui.headerLayout.removeWidget(label)
        ui.factsLabel.setStyleSheet("color: #374151;")
        ui.factsLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        ui.stampLabel.setAlignment(Qt.AlignmentFlag.AlignRight)
        ui.headerLayout.addWidget(self.header_actions)
        ui.headerLayout.setStretch(0, 1)
        self.header_actions.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        facts = QHBoxLayout()
        facts.addWidget(ui.factsLabel)
        facts.addWidget(ui.stampLabel, 1)
        ui.mainLayout.insertLayout(1, facts)

    def load_picklists(self) -> None:
        """(Re)read the lists the combos offer; the values shown stay."""
        self.ctx.tasks.run(picklists.all_entries, self.db, busy=False, on_success=self._picklists_arrived,
                           on_error=lambda _e: None)

    def _picklists_arrived(self, lists: dict[str, list[Any]]) -> None:
        for kind, entries in lists.items():
            fill_picklist(getattr(self.ui, WIDGETS[kind]), entries)

    @property
    def detail(self) -> CustomerDetail | None:
        return self.record

    @property
    def customer_id(self) -> int | None:
        return self.record_id

    # -- the record editor's hooks ------------------------------------------------------------------
    def followup_target(self) -> tuple[int | None, None]:
        """The customer a quick follow-up (Ctrl+Shift+F) is about."""
        return self.record_id, None

    def read(self, record_id: int) -> CustomerDetail:
        return customers.get_customer(self.db, record_id)

    def start_new(self) -> None:
        self._allow_duplicate = False
        self.load_picklists()  # the admin may have changed them since
        self.form.show(None)
        self.tables.clear()
        self.ui.tabs.setCurrentIndex(0)
        self.set_editable(True)
        self._show_owner_picker(True)
        self.ui.duplicateBar.setVisible(False)
        self.update_title()
        self.ctx.tasks.run(org.assignable_employees, self.db, on_success=self._owners_arrived)
        self.ui.nameEdit.setFocus()
        self.header_actions.update_actions()
        self.links.update()
        self.mark_loaded()

    def show_lines(self, record: CustomerDetail) -> None:
        self.tables.show(record)

    def line_name(self, prefix: str) -> str:
        return words.word(words.CONTACT)

    def lines_of(self, record: CustomerDetail) -> dict[str, Any]:
        return {"contacts": record.contacts}

    def lines_conflict_text(self) -> str:
        return self.tr("Someone else changed the same contact details meanwhile. The marked cells keep "
                       "your value (theirs is in the cell's tooltip); save again to store yours.")

    def on_shown(self, record: CustomerDetail) -> None:
        self._allow_duplicate = False  # "save anyway" was for that one save
        self.tables.set_can_manage(record.can_manage)
        self._show_owner_picker(False)
        self.ui.duplicateBar.setVisible(False)
        self.header_actions.setEnabled(True)
        self.header_actions.update_actions()
        self.links.update()
        self.tables.load_history(record.id)  # loaded once the history is here

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.tables.set_editable(editable)

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
        values = self.form.values()
        if self.record_id is None:
            data = CustomerInput(**values, contacts=self.contacts.inputs())
            return (customers.create_customer, (self.db, data, self.ui.ownerCombo.currentData()),
                    {"check_duplicates": not self._allow_duplicate})
        changes = self.form.changes()
        check = not self._allow_duplicate and any(k in changes for k in DUPLICATE_KEYS)
        return (save_existing, (self.db, self.record_id, self.version, changes,
                                self.contacts.operations()), {"check_duplicates": check})

    def local_problems(self) -> dict[str, Any]:
        """The service's field rules (pure, no database) on everything but the fields that do not parse."""
        typed = self.form.input_errors()
        try:
            if self.record_id is None:
                values = {k: v for k, v in self.form.values().items() if k not in typed}
                clean_new_customer(values, self.contacts.inputs())
            else:
                clean_customer({k: v for k, v in self.form.changes().items() if k not in typed}, partial=True)
        except ValidationError as err:
            return dict(err.fields)
        return {}

    def save_refused(self, exc: BaseException) -> bool:
        if isinstance(exc, DuplicateError):
            self._show_duplicates(exc)
            return True
        if isinstance(exc, ConflictError) and self.record_id is not None:  # a contact changed underneath
            self.say(lambda: self.tr("Someone else changed a contact meanwhile. Their version is "
                                     "shown under your edits; check the contacts and save again."))
            self.ctx.tasks.run(customers.get_customer, self.db, self.record_id,
                               on_success=self.merge_incoming)
            return True
        return False

    def children_changed(self, record: CustomerDetail) -> None:
        self.shares.set_rows(record.shares)  # contacts/shares changed: keep the user's table edits

    def field_labels(self) -> dict[str, str]:
        return field_labels()

    def record_title(self) -> str:
        return self.form.values().get("name") or (self.record.name if self.record else "")

    def untitled_text(self) -> str:
        return self.tr("New customer")

    def read_only_text(self) -> str:
        return self.tr("You can read this customer but not change it.")

    def gone_text(self) -> str:
        return self.tr("This customer was handed to someone else (or removed) and you can no longer see it. "
                       "What you typed stays here so you can copy it; it cannot be saved.")

    def record_gone(self) -> None:
        super().record_gone()
        self.header_actions.setEnabled(False)  # nothing to reassign, release or archive any more

    def changed_text(self, record: CustomerDetail) -> str:
        return self.tr("{name} just changed this customer; showing the new version.").format(
            name=record.updated_by_name or "?")

    def bar_text(self, record: CustomerDetail) -> str:
        return self.tr("Changed by someone else ({name}, {when}) — reload, or keep editing on top of their "
                       "version?").format(name=record.updated_by_name or "?",
                                          when=fmt_datetime(record.updated_at))

    def facts_text(self, d: CustomerDetail) -> str:
        """The key facts beside the title: level and credit limit, in short (¥6.5万)."""
        facts = [self.tr("Level {level}").format(level=d.level)] if d.level else []
        if d.credit_limit:
            facts.append(self.tr("Credit limit {amount}").format(amount=fmt_money_short(d.credit_limit)))
        return " · ".join(facts)

    def update_title(self) -> None:
        d = self.record
        if d is None:
            self.ui.titleLabel.setText(self.tr("New customer"))
            self.ui.stampLabel.setText("")
            self.ui.factsLabel.setText("")
            return
        self.ui.factsLabel.setText(self.facts_text(d))
        self.ui.titleLabel.setText(d.name + (self.tr(" (archived)") if d.archived_at else ""))
        self.ui.titleLabel.setToolTip(d.name)  # whole, when a small window shortens it
        where = owner_text(d) if d.owner_id else self.tr("Pool: {pool}").format(pool=d.pool_name or "")
        if d.updated_by_name:
            stamp = self.tr("Owner: {owner} · changed {when} by {who}").format(
                owner=where, when=fmt_datetime(d.updated_at), who=d.updated_by_name)
        else:
            stamp = self.tr("Owner: {owner} · changed {when}").format(owner=where,
                                                                        when=fmt_datetime(d.updated_at))
        self.ui.stampLabel.setText(stamp)
        self.ui.stampLabel.setToolTip(stamp)

    # -- owner and duplicates -------------------------------------------------------------------
    def _show_owner_picker(self, show: bool) -> None:
        self.ui.ownerLabel.setVisible(show)
        self.ui.ownerCombo.setVisible(show)

    def _owners_arrived(self, people: list[Any]) -> None:
        combo = self.ui.ownerCombo
        combo.blockSignals(True)
        combo.clear()
        for p in people:
            combo.addItem(f"{p.name} · {p.unit_name}", p.id)
        combo.setCurrentIndex(max(0, combo.findData(self.ctx.session.me.employee_id)))
        combo.blockSignals(False)

    def _show_duplicates(self, err: DuplicateError) -> None:
        self.duplicates = list(err.matches)
        self._duplicate_text()
        self._duplicate_buttons()
        self.ui.duplicateBar.setVisible(True)

    def _duplicate_text(self) -> None:
        names = "; ".join(duplicate_text(m) for m in self.duplicates[:3])
        if len(self.duplicates) > 3:
            names += " " + self.tr("and %n more", "", len(self.duplicates) - 3)
        if self.record_id is None:
            text = self.tr("This customer may already exist: {names}").format(names=names)
        else:
            text = self.tr("Another customer already has this name or phone: {names}").format(names=names)
        self.ui.duplicateLabel.setText(text)

    def _duplicate_buttons(self) -> None:
        """Open (only one I may see), save anyway, or go back to my typing."""
        self.ui.openExistingButton.setVisible(self._openable() is not None)
        self.ui.saveAnywayButton.setText(self.tr("Create anyway") if self.record_id is None
                                         else self.tr("Save anyway"))

    def _openable(self) -> int | None:
        return next((m.customer_id for m in self.duplicates if m.visible and m.customer_id), None)

    def _open_existing(self) -> None:
        customer_id = self._openable()
        if customer_id is None:
            return
        self.ui.duplicateBar.setVisible(False)
        self._allow_duplicate = True  # "Save" in the question stores the typing as it is: the match was seen
        if not self.maybe_leave():  # the draft or the edits go only after the question
            self._allow_duplicate = False
            self.ui.duplicateBar.setVisible(True)
            return
        self.open(str(customer_id))

    def _save_anyway(self) -> None:
        self._allow_duplicate = True
        self.ui.duplicateBar.setVisible(False)
        self.save()

    def _note_skipped_check(self, record: CustomerDetail) -> None:
        """A rate-limited duplicate check does not stop the save; the user learns it was skipped."""
        wait = record.duplicate_check_wait
        if wait:
            minutes = max(1, -(-wait // 60))
            self.say(lambda: self.tr("Saved without the duplicate check: too many checks were made. "
                                     "It is available again in about %n minute(s).", "", minutes))

    def _back_to_editing(self) -> None:
        """Not saved; the typing stays, the field that matched has the focus."""
        self.ui.duplicateBar.setVisible(False)
        on_phone = self.duplicates and all(m.on_phone and not m.on_name for m in self.duplicates)
        reveal(self.ui.phoneEdit if on_phone else self.ui.nameEdit)
        self.status_label.setText(self.tr("Not saved. Change the name or phone, or save anyway."))

    def _shared_words(self) -> None:
        """The buttons every editor has say the shared words (the form marks them notr)."""
        self.ui.saveButton.setText(words.word(words.SAVE))
        self.ui.revertButton.setText(words.word(words.DISCARD_CHANGES))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._shared_words()
            self.header_actions.retranslate()
            self.links.retranslate()
            self.update_title()
            self._duplicate_buttons()
            if not self.ui.duplicateBar.isHidden():
                self._duplicate_text()
            self.tables.retranslate()
        super().changeEvent(event)


register_page("customer", QT_TRANSLATE_NOOP("pages", "Customer"), "customers", CustomerEditor,
              order=11, in_navigation=False)

"""The customer editor page (`customer:<id>` / `customer:new`): static data, contacts, shares, history.

Saving never loses input: validation problems show next to their fields, a
probable duplicate asks first, and a concurrent change opens the conflict
dialog instead of overwriting. Live updates re-read the customer; with unsaved
edits the user gets a bar to reload or keep editing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import contacts as contact_service
from salesdesk.services import customers, org
from salesdesk.services.auth import is_connection_lost
from salesdesk.services.customer_types import CUSTOMER_FIELDS, LEVELS, CustomerDetail, CustomerInput
from salesdesk.services.errors import ConflictError, DuplicateError, ValidationError
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.conflict_dialog import KEEP, RELOAD, ConflictDialog, merge_keep_editing
from salesdesk.ui.customer_editor_live import LiveUpdates
from salesdesk.ui.customer_editor_tabs import CustomerTabs
from salesdesk.ui.customer_models import fmt_datetime, owner_text
from salesdesk.ui.forms_gen.customer_editor import Ui_CustomerEditor
from salesdesk.ui.pages import AppContext, register_page

# service field -> widget name prefix in forms/customer_editor.ui
WIDGETS = {"name": "name", "short_name": "shortName", "level": "level", "industry": "industry",
           "region": "region", "address": "address", "phone": "phone", "website": "website",
           "source": "source", "credit_limit": "creditLimit", "notes": "notes", "owner_id": "owner"}


def detail_values(d: CustomerDetail) -> dict[str, str]:
    """The form's text for each static field of a stored customer."""
    out = {}
    for key in CUSTOMER_FIELDS:
        value = getattr(d, key)
        out[key] = "" if value is None else str(value)
    return out


def save_existing(db: Any, customer_id: int, version: int, changes: dict[str, Any],
                  ops: list[Any]) -> CustomerDetail:
    """Worker: the customer's changed fields, then the contact edits; returns the fresh record."""
    if changes:
        customers.update_customer(db, customer_id, version, changes)
    for op in ops:
        if op.kind == "delete":
            contact_service.delete_contact(db, op.contact_id, op.version)
        elif op.kind == "update":
            contact_service.update_contact(db, op.contact_id, op.version, op.values)
        else:
            from salesdesk.services.customer_types import ContactInput

            contact_service.add_contact(db, customer_id, ContactInput(**op.values))
    return customers.get_customer(db, customer_id)


class CustomerEditor(LiveUpdates, QWidget):
    """One customer in full; `open("new")` starts a new one."""

    loaded = Signal()
    saved = Signal(object)  # CustomerDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.session.database
        self.ui = Ui_CustomerEditor()
        self.ui.setupUi(self)
        self.detail: CustomerDetail | None = None
        self.customer_id: int | None = None
        self.version: int | None = None
        self._baseline: dict[str, str] = {}
        self._loaded = False
        self._saving = False
        self._live_pending = False
        self._incoming: CustomerDetail | None = None
        self._allow_duplicate = False
        self.duplicates: list[Any] = []
        self.conflict_dialog: ConflictDialog | None = None
        self.tables = CustomerTabs(ctx, self.ui, lambda: self.customer_id, self)
        self.tables.history_loaded.connect(self._history_loaded)
        self.tables.shares_changed.connect(self.load)
        # the tables' models, by the names the live updates and the tests use
        self.contacts, self.shares = self.tables.contacts, self.tables.shares
        self.ownership, self.audit = self.tables.ownership, self.tables.audit
        self.ui.basicContents.setMaximumWidth(900)  # long lines of fields are hard to read
        self.ui.levelCombo.addItem("", "")
        for level in LEVELS:
            self.ui.levelCombo.addItem(level, level)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(self.revert)
        self.ui.openExistingButton.clicked.connect(self._open_existing)
        self.ui.saveAnywayButton.clicked.connect(self._save_anyway)
        self.ui.liveReloadButton.clicked.connect(self._live_reload)
        self.ui.liveKeepButton.clicked.connect(self._live_keep)
        for key in WIDGETS:
            widget = self._widget(key)
            signal = getattr(widget, "textChanged", None) or widget.currentIndexChanged
            signal.connect(lambda *_a, k=key: self._field_edited(k))

    # -- page protocol ------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._loaded

    def open(self, arg: str) -> None:
        if arg == "new":
            self.new()
        elif arg.isdigit():
            self.load(int(arg))

    def new(self) -> None:
        self.customer_id, self.version, self.detail = None, None, None
        self._allow_duplicate = False
        self._fill({k: "" for k in CUSTOMER_FIELDS}, baseline=True)
        self.ui.levelCombo.setCurrentIndex(0)
        self.tables.clear()
        self.ui.tabs.setCurrentIndex(0)
        self._set_editable(True)
        self._show_owner_picker(True)
        self._hide_bars()
        self._set_title()
        self.ctx.tasks.run(org.assignable_employees, self.db, on_success=self._owners_arrived)
        self.ui.nameEdit.setFocus()

    def load(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self._loaded = False
        self.ctx.tasks.run(customers.get_customer, self.db, customer_id, on_success=self._show,
                           on_error=self._load_failed)

    def refresh(self) -> None:
        if self.customer_id is not None and not self.has_unsaved_changes():
            self.load(self.customer_id)

    def has_unsaved_changes(self) -> bool:
        return self.form_values() != self._baseline or self.contacts.is_dirty()

    # -- showing --------------------------------------------------------------------------------
    def _show(self, d: CustomerDetail) -> None:
        self.detail, self.customer_id, self.version = d, d.id, d.version
        self._fill(detail_values(d), baseline=True)
        self.tables.show(d)
        self._set_editable(d.can_edit)
        self.tables.set_can_manage(d.can_manage)
        self._show_owner_picker(False)
        self._hide_bars()
        self._set_title()
        self.tables.load_history(d.id)

    def _history_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._loaded = True  # the error is what is shown
        self.ui.statusLabel.setText(ui_errors.error_text(exc))
        self.loaded.emit()

    def _fill(self, values: dict[str, str], baseline: bool = False) -> None:
        for key, value in values.items():
            widget = self._widget(key)
            if key == "level":
                widget.setCurrentIndex(max(0, widget.findData(value or "")))
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            else:
                widget.setText(value)
        if baseline:
            self._baseline = {k: values.get(k, "") for k in CUSTOMER_FIELDS}
        self._clear_errors()

    def _set_title(self) -> None:
        d = self.detail
        if d is None:
            self.ui.titleLabel.setText(self.tr("New customer"))
            self.ui.stampLabel.setText("")
            return
        self.ui.titleLabel.setText(d.name + (self.tr(" (archived)") if d.archived_at else ""))
        where = owner_text(d) if d.owner_id else self.tr("Pool: {pool}").format(pool=d.pool_name or "")
        if d.updated_by_name:
            stamp = self.tr("Owner: {owner} · changed {when} by {who}").format(
                owner=where, when=fmt_datetime(d.updated_at), who=d.updated_by_name)
        else:
            stamp = self.tr("Owner: {owner} · changed {when}").format(
                owner=where, when=fmt_datetime(d.updated_at))
        self.ui.stampLabel.setText(stamp)

    def _set_editable(self, editable: bool) -> None:
        for key in WIDGETS:
            widget = self._widget(key)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        for button in (self.ui.saveButton, self.ui.revertButton):
            button.setEnabled(editable)
        self.tables.set_editable(editable)
        if not editable:
            self.ui.statusLabel.setText(self.tr("You can read this customer but not change it."))

    def _show_owner_picker(self, show: bool) -> None:
        self.ui.ownerLabel.setVisible(show)
        self.ui.ownerCombo.setVisible(show)

    def _owners_arrived(self, people: list[Any]) -> None:
        combo = self.ui.ownerCombo
        combo.blockSignals(True)
        combo.clear()
        me = self.ctx.session.me.employee_id
        for p in people:
            combo.addItem(f"{p.name} · {p.unit_name}", p.id)
        combo.setCurrentIndex(max(0, combo.findData(me)))
        combo.blockSignals(False)

    def _widget(self, key: str) -> Any:
        prefix = WIDGETS[key]
        return getattr(self.ui, prefix + "Combo", None) or getattr(self.ui, prefix + "Edit")

    def form_values(self) -> dict[str, str]:
        """What the user sees in the static fields (text, untrimmed)."""
        out = {}
        for key in CUSTOMER_FIELDS:
            widget = self._widget(key)
            if key == "level":
                out[key] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out

    # -- errors ---------------------------------------------------------------------------------
    def _field_edited(self, key: str) -> None:
        self._error_label(key).setVisible(False)

    def _error_label(self, key: str) -> Any:
        return getattr(self.ui, WIDGETS.get(key, "name") + "Error")

    def _clear_errors(self) -> None:
        for key in WIDGETS:
            self._error_label(key).setVisible(False)
        self.contacts.clear_errors()
        self.ui.statusLabel.setText("")

    def show_validation(self, err: ValidationError) -> None:
        """Each problem next to its field; contact problems on their line; the input stays as typed."""
        other: list[str] = []
        per_contact: dict[int, dict[str, str]] = {}
        first: Any = None
        for key, problem in err.fields.items():
            text = problem.text(ui_errors.translate)
            if key.startswith("contacts["):
                row = int(key[len("contacts["):key.index("]")])
                per_contact.setdefault(row, {})[key.split(".", 1)[1]] = text
            elif key in WIDGETS:
                label = self._error_label(key)
                label.setText(text)
                label.setVisible(True)
                first = first or self._widget(key)
            else:
                other.append(text)
        for row, problems in per_contact.items():
            self.contacts.set_errors(row, problems)
        if per_contact and first is None:
            self.ui.tabs.setCurrentIndex(1)
        else:
            self.ui.tabs.setCurrentIndex(0)
            if first is not None:
                first.setFocus()
        self.ui.statusLabel.setText(" ".join([err.text(ui_errors.translate), *other]))

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._clear_errors()
        values = self.form_values()
        if self.customer_id is None:
            data = CustomerInput(**values, contacts=self.contacts.inputs())  # type: ignore[arg-type]
            owner = self.ui.ownerCombo.currentData()
            task = (customers.create_customer, self.db, data, owner)
            kwargs: dict[str, Any] = {"check_duplicates": not self._allow_duplicate}
        else:
            changes = {k: v for k, v in values.items() if v != self._baseline.get(k)}
            task = (save_existing, self.db, self.customer_id, self.version, changes,
                    self.contacts.operations())
            kwargs = {}
        self._saving = True
        self.ui.saveButton.setEnabled(False)
        self.ctx.tasks.run(*task, on_success=self._saved, on_error=self._save_failed, **kwargs)

    def _saved(self, d: CustomerDetail) -> None:
        self._saving = False
        self._show(d)
        self.ui.statusLabel.setText(self.tr("Saved."))
        self.saved.emit(d)
        if self._live_pending:
            self._live_pending = False
            self.on_live_change({"root_kind": "customer", "root_id": d.id})

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.ui.saveButton.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
        elif isinstance(exc, DuplicateError):
            self._show_duplicates(exc)
        elif isinstance(exc, ConflictError) and isinstance(exc.current, CustomerDetail):
            self._show_conflict(exc)
        else:
            self.ui.statusLabel.setText(ui_errors.error_text(exc))
            if isinstance(exc, ConflictError) and self.customer_id is not None:
                self._reload_keeping_form()  # a contact changed underneath: re-read, keep typing
            elif is_connection_lost(exc) and self.ctx.tasks.default_error_handler:
                self.ctx.tasks.default_error_handler(exc)  # the window reconnects; the form is kept
            elif not ui_errors.is_expected(exc):
                ui_errors.log_unexpected(exc, "saving a customer")

    def _show_duplicates(self, err: DuplicateError) -> None:
        self.duplicates = list(err.matches)
        names = "; ".join(
            f"{m.name} ({m.owner_name or m.pool_name or '—'})" for m in self.duplicates[:3])
        text = self.tr("This customer may already exist: {names}").format(names=names)
        self.ui.duplicateLabel.setText(text)
        self.ui.duplicateBar.setVisible(True)

    def _open_existing(self) -> None:
        if self.duplicates:
            self._hide_bars()
            self.load(self.duplicates[0].customer_id)

    def _save_anyway(self) -> None:
        self._allow_duplicate = True
        self.ui.duplicateBar.setVisible(False)
        self.save()

    def _show_conflict(self, err: ConflictError) -> None:
        theirs = detail_values(err.current)
        dialog = ConflictDialog(err.changed_by, err.changed_at, self.form_values(), theirs, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _r: self._conflict_answered(dialog, err.current))
        dialog.open()

    def _conflict_answered(self, dialog: ConflictDialog, current: CustomerDetail) -> None:
        self.conflict_dialog = None
        if dialog.choice == RELOAD:
            self._show(current)
            self.load(current.id)  # contacts and history too
        elif dialog.choice == KEEP:
            self._rebase(current)

    def _rebase(self, current: CustomerDetail) -> None:
        """Their version becomes the base; my edited fields stay as I typed them."""
        mine, base = self.form_values(), dict(self._baseline)
        merged = merge_keep_editing(mine, base, detail_values(current))
        self.detail, self.version = current, current.version
        self._baseline = detail_values(current)
        self._fill(merged)
        self._set_title()
        self.ui.statusLabel.setText(self.tr("Your changes are kept on top of the current version. "
                                            "Save again when ready."))

    def _reload_keeping_form(self) -> None:
        self.ctx.tasks.run(customers.get_customer, self.db, self.customer_id, on_success=self._rebase)

    def revert(self) -> None:
        if self.customer_id is None:
            self.new()
        else:
            self.load(self.customer_id)

    def _hide_bars(self) -> None:
        self.ui.liveBar.setVisible(False)
        self.ui.duplicateBar.setVisible(False)
        self._incoming = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_title()
            self.tables.retranslate()
        super().changeEvent(event)


register_page("customer", QT_TRANSLATE_NOOP("pages", "Customer"), "customers", CustomerEditor,
              order=11, in_navigation=False)

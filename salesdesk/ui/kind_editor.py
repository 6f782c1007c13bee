"""A kind's editor dialog from its declaration: the Designer form, the field spec, the KindService.

    class ProjectEditor(KindEditor):
        ui_class = Ui_ProjectEditor          # forms/project_editor.ui, compiled (ui/forms.py)
        service = PROJECTS                   # the kind's KindService: its spec types the fields
        choices = {"status": STATUS_WORDS}   # a Choice field's combo: value -> words

    saved = ProjectEditor.ask(page, ctx=ctx, record=project)   # None when cancelled

Fields bind to widgets by objectName: the spec's `due_on` is the form's `dueOnEdit` (or
`dueOnCombo`, `dueOnCheck`, `dueOnDate`), its problem shows in `dueOnError`; the form has a
`buttons` box (Save, Cancel) and a `messageLabel`. Typed line edits parse by their field type
(money, quantity, percentage, date, phone, e-mail) and refuse bad text at the field before
anything is sent; the service's and the database's refusals show at their fields with the typing
kept. Saving is the record editor's (ui/record_editor.py, inside as `self.form_editor`): a new
record is created with every field (and `fixed` columns), an existing one sends its changed fields
with the version it was read at, and a save that meets someone else's merges their changes with
the typing (only fields both changed are asked about). Ctrl+S saves; Esc and Cancel close, asking
first when something typed is not saved. What the user may only read opens read-only (Close).

A kind with child lines (a quote's product lines) declares its tables in `line_tables()` (the
service's problem prefix -> view and ui/lines_model.LinesModel), fills them in `show_lines()`,
gives the stored ones in `lines_of()` (for merging a conflicting save line by line) and sends the
models' edits in its `save_job()`; a cell's problem shows at the cell, like the record editor's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from salesdesk.services.kind_service import KindService
from salesdesk.services.picks import Pick
from salesdesk.services.validation import Choice
from salesdesk.ui import words
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.kind_screen import camel
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.record_editor import RecordEditor
from salesdesk.ui.record_picker import RecordPicker
from salesdesk.ui.words import word

translate = QCoreApplication.translate
SUFFIXES = ("Edit", "Combo", "Check", "Date", "Picker")


def widget_names(ui: Any, fields: Any) -> dict[str, str]:
    """Each field that has a widget on the form, by objectName: `due_on` -> `dueOnEdit`."""
    found = {}
    for key in fields:
        stem = camel(key)
        name = next((stem + s for s in SUFFIXES if hasattr(ui, stem + s)), None)
        if name is not None:
            found[key] = name
    return found


class KindForm(RecordEditor):
    """The record editor inside a KindEditor: the form is set up on this widget."""

    def __init__(self, ctx: Any, dialog: KindEditor) -> None:
        super().__init__(ctx, dialog)
        self.dialog = dialog
        self.live_kind = dialog.service.kind
        self.ui = dialog.ui_class()
        self.ui.setupUi(self)  # its buttons box calls accept() and reject() on this widget

    def accept(self) -> None:
        """The Save button saves (setup_editor connects it); nothing more here."""

    def reject(self) -> None:
        self.dialog.reject()

    def read(self, record_id: int) -> Any:
        return self.dialog.service.get(self.db, record_id)

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        return self.dialog.save_job()

    def show_lines(self, record: Any) -> None:
        self.dialog.show_lines(record)

    def lines_of(self, record: Any) -> Mapping[str, Iterable[Any]]:
        return self.dialog.lines_of(record)

    def local_problems(self) -> Mapping[str, Any]:
        return self.dialog.local_problems()

    def start_new(self) -> None:
        self.form.show(self.dialog.defaults())
        self.dialog.show_lines(None)
        self.set_editable(self.dialog.may_edit)
        self.update_title()

    def set_editable(self, editable: bool) -> None:
        dialog = self.dialog
        editable = editable and dialog.may_edit and (self.record is None or dialog.editable(self.record))
        super().set_editable(editable)
        self.dialog.show_editable(editable)

    def record_title(self) -> str:
        return self.dialog.record_title(self.form.values())

    def update_title(self) -> None:
        self.dialog.update_title()

    def read_only_text(self) -> str:
        return self.dialog.read_only_text()


class KindEditor(QDialog):
    """One record of a kind, new (`record=None`) or as read; see the module docstring.

    A subclass declares `ui_class`, `service`, `kind` (the RecordKind, for its nouns) and
    `choices`, and may override `prepare()` (fill combos before the record is shown),
    `defaults()`, `editable(record)`, `shown(record)` and `values()`."""

    ui_class: ClassVar[type[Any]]
    service: ClassVar[KindService[Any, Any]]
    kind: ClassVar[RecordKind | None] = None
    choices: ClassVar[Mapping[str, Mapping[Any, Any]]] = {}
    pickers: ClassVar[Mapping[str, tuple[Callable[..., list[Pick]], str]]] = {}  # field: (search, its text)

    def __init__(self, parent: QWidget | None = None, *, ctx: Any = None, record: Any = None,
                 may_edit: bool = True, fixed: Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(parent)
        self.ctx, self.record, self.may_edit, self.fixed = ctx, record, may_edit, dict(fixed or {})
        self.options = kwargs
        self.result_value: Any = None
        self.form_editor = KindForm(ctx, self)
        self.ui = self.form_editor.ui
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_editor)
        self.resize(self.form_editor.size())
        self.fill_choices()
        self.add_pickers()
        self.prepare()
        self.form = FormBinding(self.ui, widget_names(self.ui, self.service.spec), types=self.service.spec,
                                pick_texts={k: text for k, (_s, text) in self.pickers.items()}, parent=self)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setText(word(words.SAVE))
        self.ui.messageLabel.setVisible(True)
        self.form_editor.setup_editor(self.form, save_button=self.save_button, revert_button=None,
                                      status_label=self.ui.messageLabel, lines=self.line_tables())
        self.form_editor.saved.connect(self._saved)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.form_editor.save)
        if record is not None:
            self.form_editor.show_record(record)
        else:
            self.form_editor.start_new()

    # -- what a subclass may declare ------------------------------------------------------------
    @classmethod
    def inputs(cls, db: Any, record_id: int | None) -> dict[str, Any]:
        """Worker: what the editor opens with (`record`: as it is now; a subclass adds its lists)."""
        return {"record": cls.service.get(db, record_id) if record_id is not None else None}

    def prepare(self) -> None:
        """Fill the form's own combos (a picklist, extra choices) before a record is shown."""

    def defaults(self) -> Any:
        """What a new record's form starts with (None: every field empty, a combo on its first item)."""
        return None

    def editable(self, record: Any) -> bool:
        """Whether this record may be changed at all (beyond the rights the database sends)."""
        return True

    def shown(self, record: Any) -> None:
        """After a stored record is shown (extra labels)."""

    def line_tables(self) -> Mapping[str, tuple[Any, Any]]:
        """The editor's line tables (made in `prepare()`): problem prefix -> (view, LinesModel)."""
        return {}

    def show_lines(self, record: Any) -> None:
        """Fill the line models from a stored record (None: a new record's empty lines)."""

    def lines_of(self, record: Any) -> Mapping[str, Iterable[Any]]:
        """A stored record's lines by their table's prefix, for merging a conflicting save."""
        return {}

    def local_problems(self) -> Mapping[str, Any]:
        """Problems found without the server (a cell whose text is no value of its type)."""
        return {}

    def values(self) -> dict[str, Any]:
        """What to save: every field of a new record, the changed ones of a stored one ('' is None)."""
        values = self.form.values() if self.form_editor.record is None else self.form.changes()
        return {k: (None if v == "" else v) for k, v in values.items()}

    def new_title(self) -> str:
        return self.say(translate("KindEditor", "New {noun}"))

    def read_only_text(self) -> str:
        return self.say(translate("KindEditor", "You can read this {noun} but not change it."))

    # -- the declaration at work ---------------------------------------------------------------
    def say(self, text: str) -> str:
        return self.kind.say(text) if self.kind is not None else text.format(noun="record", nouns="records")

    def fill_choices(self) -> None:
        """A Choice field's empty combo gets its values, in the words of `choices`."""
        for key, name in widget_names(self.ui, self.service.spec).items():
            combo, field = getattr(self.ui, name), self.service.spec[key]
            if isinstance(combo, QComboBox) and isinstance(field, Choice) and not combo.count():
                texts = self.choices.get(key, {})
                for value in field.values:
                    text = texts.get(value)
                    combo.addItem(text() if callable(text) else str(text or value), value)

    def add_pickers(self) -> None:
        """A record picker for each reference field, in the form's `<field>Holder` placeholder; it
        searches the referenced kind's list (its `search`, e.g. customer_list.search_customers)."""
        for key, (search, _text) in self.pickers.items():
            holder = getattr(self.ui, camel(key) + "Holder")
            find = lambda t, n, s=search: s(self.form_editor.db, t, n)  # noqa: E731
            picker = RecordPicker(self.ctx.tasks, find, parent=holder)
            picker.setObjectName(camel(key) + "Picker")
            layout = holder.layout() or QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(picker)
            holder.setFocusProxy(picker)
            setattr(self.ui, picker.objectName(), picker)

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        editor, values = self.form_editor, self.values()
        if editor.record is None:
            return self.service.create, (editor.db, values), dict(self.fixed)
        if not values:  # nothing changed: done
            self._saved(editor.record)
            return None
        return self.service.save, (editor.db, editor.record.id, editor.version, values), {}

    def _saved(self, record: Any) -> None:
        self.result_value = record
        self.accept()

    def show_editable(self, editable: bool) -> None:
        """Read-only looks read-only: no Save, and Cancel says Close."""
        self.save_button.setVisible(editable)
        self.cancel_button.setText(word(words.CANCEL) if editable else translate("ProductEditor", "Close"))
        if self.form_editor.record is not None:
            self.shown(self.form_editor.record)

    def record_title(self, values: Mapping[str, Any]) -> str:
        """The first field's text (a name, a title)."""
        first = next(iter(self.form.widgets), "")
        return str(values.get(first) or "")

    def update_title(self) -> None:
        record = self.form_editor.record
        title = self.record_title(self.form.values_of(record)) if record is not None else ""
        self.setWindowTitle(title or self.new_title())

    def reject(self) -> None:
        """Esc and Cancel: close, asking first when something typed is not saved yet."""
        if self.form_editor._saving:
            return  # the save's answer decides
        if self.form_editor.maybe_leave() and self.isVisible():
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> Any | None:
        """Show the editor and wait: the record as saved, or None when closed without saving."""
        dialog = cls(parent, **kwargs)
        try:
            return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

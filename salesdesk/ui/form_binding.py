"""Form binding: a typed record's fields shown in `.ui` widgets, read back, compared, marked.

    form = FormBinding(self.ui, {"name": "nameEdit", "level": "levelCombo", "notes": "notesEdit"})
    form = FormBinding(self.ui, WIDGETS, types=SPEC)   # typed line edits parsed by their field type
    form.show(record)          # fills the widgets; what they show now is the baseline
    form.values(), form.changes(), form.is_dirty()
    form.set_errors({"name": "Required."})   # next to the field: `nameError`, if the form has one
    form.set_read_only(True)   # looks read-only too: the `readonly` property styles it (salesdesk.qss)

Supported widgets: QLineEdit and QPlainTextEdit (text; None shows as ''),
A RecordPicker (ui/record_picker.py) holds a referenced record's id; `pick_texts` names the
record's attribute with its text (`customer_id` -> `customer_name`), read where the id is read.
QComboBox (item data; an editable combo without a match keeps the text; a combo
with the `keepsUnknown` property adds a value it does not offer as an item of its
own, so a deactivated picklist value still shows and reads back),
QCheckBox (bool) and QDateEdit (a date, shown yyyy-MM-dd; the minimum date with
a special value text stands for "none"). A QLineEdit given a field type in `types`
(services/validation.py: Money, Quantity, Percentage, DateField, Phone, Mobile, Email)
is parsed by it: a money field reads back a Decimal (None when empty), shows
"¥60,000.00" once the user leaves it, and accepts what people type (60,000, ６００００,
6.5万, ¥60,000); a quantity "2.5", a percentage "35%", a phone its stored form.
Text the type refuses stays as typed, is marked at once with the type's message, and
`input_errors()` names it so the editor does not send it. `money=(...)` is short for
`types={key: Money(rounds=False)}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from salesdesk.services.errors import FieldError
from salesdesk.services.picks import Pick
from salesdesk.services.validation import FieldType, Money
from salesdesk.ui.formats import DATE_FORMAT, EXACT_MONEY, MoneyInputError, fmt_value, parse_typed
from salesdesk.ui.record_picker import RecordPicker

_SUFFIXES = ("Edit", "Combo", "Check", "Date", "Picker")


def error_label_name(widget_name: str) -> str:
    """`phoneEdit` -> `phoneError`: where a field's problem is shown."""
    for suffix in _SUFFIXES:
        if widget_name.endswith(suffix):
            return widget_name[: -len(suffix)] + "Error"
    return widget_name + "Error"


def restyle(widget: QWidget, name: str, on: bool) -> None:
    """Set a dynamic property the style sheet selects on, and re-apply the style."""
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def reveal(widget: QWidget) -> None:
    """Bring a widget into sight: switch every tab widget above it to its tab, scroll to it, focus it."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is child or page.isAncestorOf(widget):
                    parent.setCurrentIndex(i)
        elif isinstance(parent, QScrollArea) and not isinstance(widget, QAbstractScrollArea):
            parent.ensureWidgetVisible(widget)
        child, parent = parent, parent.parentWidget()
    widget.setFocus()


class FormBinding(QObject):
    """Fields of one record kind bound to widgets of a generated form (`self.ui`)."""

    edited = Signal(str)  # a field the user (or code) changed

    def __init__(self, ui: Any, fields: Mapping[str, str], *, error_only: Mapping[str, str] | None = None,
                 money: Iterable[str] = (), types: Mapping[str, FieldType] | None = None,
                 pick_texts: Mapping[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pick_texts = dict(pick_texts or {})
        self._picked: dict[tuple[str, Any], str] = {}  # (field, id) -> the text a record gave it
        self.widgets: dict[str, QWidget] = {k: getattr(ui, name) for k, name in fields.items()}
        # the line edits whose text a field type parses (the others keep their widget's value)
        self.typed: dict[str, FieldType] = {
            **{k: t for k, t in (types or {}).items()
               if t.typed and isinstance(self.widgets.get(k), QLineEdit)},
            **{k: EXACT_MONEY for k in money}}
        every = {**fields, **(error_only or {})}
        self.field_widgets: dict[str, QWidget] = {k: getattr(ui, name) for k, name in every.items()}
        self.error_labels: dict[str, Any] = {k: getattr(ui, error_label_name(name), None)
                                             for k, name in every.items()}
        for key, widget in self.widgets.items():
            self._signal(widget).connect(lambda *_a, k=key: self._edited(k))
            if isinstance(widget, QDateEdit):
                widget.setDisplayFormat(DATE_FORMAT)
            if key in self.typed:
                widget.editingFinished.connect(lambda k=key: self._typed_left(k))
        self.baseline: dict[str, Any] = self.values()  # an untouched form has nothing unsaved

    @staticmethod
    def _signal(widget: QWidget) -> Any:
        if isinstance(widget, RecordPicker):
            return widget.picked
        if isinstance(widget, QComboBox):
            return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged
        if isinstance(widget, QCheckBox):
            return widget.toggled
        if isinstance(widget, QDateEdit):
            return widget.dateChanged
        return widget.textChanged

    # -- values ---------------------------------------------------------------------------------
    def represent(self, key: str, value: Any) -> Any:
        """A stored value as the field's widget would read it back."""
        widget = self.widgets[key]
        if isinstance(widget, RecordPicker):
            return None if value == "" else value
        if key in self.typed:
            if value is None or not isinstance(value, str):
                return value
            try:
                return parse_typed(self.typed[key], value)
            except MoneyInputError:
                return value  # typed text that is no value of its type stays what it is
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value in (None, ""):
                index = max(widget.findData(""), widget.findData(None))
            if index >= 0:
                data = widget.itemData(index)
                return "" if data is None else data
            keeps = widget.isEditable() or bool(widget.property("keepsUnknown"))
            return ("" if value is None else str(value)) if keeps else ""
        if isinstance(widget, QCheckBox):
            return bool(value)
        if isinstance(widget, QDateEdit):
            return value if isinstance(value, date) else None
        return "" if value is None else str(value)

    def values_of(self, record: Any) -> dict[str, Any]:
        """What the widgets would show for `record` (missing fields count as empty)."""
        for key, attribute in self.pick_texts.items():
            if getattr(record, key, None) is not None:
                self._picked[(key, getattr(record, key))] = getattr(record, attribute, None) or ""
        return {k: self.represent(k, getattr(record, k, None)) for k in self.widgets}

    def value(self, key: str) -> Any:
        """What the field holds; a typed field its type refuses gives its text (see `input_errors`)."""
        widget = self.widgets[key]
        if isinstance(widget, RecordPicker):
            return widget.value()
        if key in self.typed:
            try:
                return parse_typed(self.typed[key], widget.text())
            except MoneyInputError:
                return widget.text()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if widget.isEditable() and (data is None or widget.currentText() != widget.itemText(
                    widget.currentIndex())):
                return widget.currentText()
            return "" if data is None else data
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QDateEdit):
            empty = widget.date() == widget.minimumDate() and bool(widget.specialValueText())
            return None if empty else widget.date().toPython()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def values(self) -> dict[str, Any]:
        return {k: self.value(k) for k in self.widgets}

    def set_value(self, key: str, value: Any) -> None:
        if key in self.typed:
            shown = self.represent(key, value)
            text = shown if isinstance(shown, str) else fmt_value(self.typed[key], shown)
            if self.widgets[key].text() != text:
                self.widgets[key].setText(text)
            return
        widget, shown = self.widgets[key], self.represent(key, value)
        if isinstance(widget, RecordPicker):
            if widget.value() != shown:
                widget.set_value(None if shown is None else Pick(shown, self._picked.get((key, shown), "")))
        elif isinstance(widget, QComboBox):
            index = widget.findData(shown)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setEditText(str(shown))
            elif widget.property("keepsUnknown") and shown != "":
                widget.addItem(str(shown), shown)
                widget.setCurrentIndex(widget.count() - 1)
            else:
                widget.setCurrentIndex(0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(shown))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate(shown) if shown is not None else widget.minimumDate())
        elif isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != shown:
                widget.setPlainText(shown)
        elif isinstance(widget, QLineEdit) and widget.text() != shown:
            widget.setText(shown)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key in self.widgets:
                self.set_value(key, value)

    def show(self, record: Any | None) -> None:
        """Fill the widgets from `record` (None: empty) and make that the baseline."""
        values = self.values_of(record) if record is not None else {k: self.represent(k, None)
                                                                    for k in self.widgets}
        self.set_values(values)
        self.baseline = self.values()
        self.clear_errors()
        self.clear_marks()

    def display_text(self, key: str, value: Any) -> str:
        """A value of this field as the user reads it (money with ¥ and separators)."""
        if key in self.typed and value is not None and not isinstance(value, str):
            return fmt_value(self.typed[key], value)
        if (key, value) in self._picked:  # a referenced record: its name, not its id
            return self._picked[(key, value)]
        return "" if value is None else str(value)

    @property
    def money(self) -> frozenset[str]:
        """The fields that hold an amount."""
        return frozenset(k for k, t in self.typed.items() if isinstance(t, Money))

    def input_errors(self) -> dict[str, FieldError]:
        """Fields whose text their type refuses (an amount that does not parse): key -> problem."""
        problems: dict[str, FieldError] = {}
        for key, field in self.typed.items():
            try:
                parse_typed(field, self.widgets[key].text())
            except MoneyInputError as err:
                problems[key] = FieldError(err.message, err.params or None, field.label)
        return problems

    def _typed_left(self, key: str) -> None:
        """The user left a typed field: a value is shown in its one form, anything else is marked and kept."""
        widget = self.widgets[key]
        try:
            value = parse_typed(self.typed[key], widget.text())
        except MoneyInputError:
            self.set_errors({key: self.input_errors()[key].text(QCoreApplication.translate)})
            return
        if not widget.isReadOnly():
            self.set_value(key, value)

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self.baseline.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    # -- look -----------------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QDateEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
            restyle(widget, "readonly", read_only)

    def set_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each problem next to its field; returns the keys this form has no place for."""
        unknown = []
        for key, text in errors.items():
            widget = self.field_widgets.get(key)
            if widget is None:
                unknown.append(key)
                continue
            label = self.error_labels.get(key)
            if label is not None:
                label.setText(text)
                label.setVisible(True)
            widget.setToolTip(text)
            restyle(widget, "invalid", True)
        return unknown

    def first_bad(self, keys: Mapping[str, Any]) -> QWidget | None:
        """The first of these fields in the form's order."""
        return next((w for k, w in self.field_widgets.items() if k in keys), None)

    def clear_error(self, key: str) -> None:
        label, widget = self.error_labels.get(key), self.field_widgets.get(key)
        if label is not None:
            label.setVisible(False)
        if widget is not None and widget.property("invalid"):
            widget.setToolTip("")
            restyle(widget, "invalid", False)

    def clear_errors(self) -> None:
        for key in self.field_widgets:
            self.clear_error(key)

    def mark_conflicts(self, theirs: Mapping[str, str]) -> None:
        """Fields both sides changed: marked, with their value in the tooltip."""
        for key, tip in theirs.items():
            widget = self.field_widgets.get(key)
            if widget is not None:
                widget.setToolTip(tip)
                restyle(widget, "conflict", True)

    def clear_marks(self) -> None:
        for widget in self.field_widgets.values():
            if widget.property("conflict"):
                widget.setToolTip("")
                restyle(widget, "conflict", False)

    def marked(self) -> list[str]:
        return [k for k, w in self.field_widgets.items() if w.property("conflict")]

    def _edited(self, key: str) -> None:
        self.clear_error(key)
        self.edited.emit(key)

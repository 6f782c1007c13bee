"""Dialogs built from `forms/`, asked one way, and the two questions every editor asks.

    reason = ReasonDialog.ask(parent, title=…, prompt=…, draft=self.draft)   # None when cancelled

`FormDialog.ask()` shows the dialog modally and returns its result or None
(tests answer it by finding the open dialog, see tests/ui_support.py, or by
replacing `ask`). A dialog checks its input before it closes and, given a
`submit` callable, runs it off the GUI thread and stays open with the typing
kept when the service refuses. A `Draft` passed in keeps what was typed when
the user closes with Esc, so opening again shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from salesdesk.services.errors import ValidationError
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.form_binding import FormBinding

translate = QCoreApplication.translate
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Draft:
    """What the user typed into a dialog, kept by the caller between openings."""

    def __init__(self, **values: Any) -> None:
        self.values: dict[str, Any] = dict(values)

    def get(self, key: str, default: Any = "") -> Any:
        return self.values.get(key, default)

    def clear(self) -> None:
        self.values.clear()


class FormDialog(QDialog):
    """A dialog whose widgets come from `forms/<name>.ui` (`ui_class`), with an OK that can refuse.

    Subclasses implement `value()`, `keep_draft()` and optionally `check(value)`
    (problems by field), `show_problems(problems, message)`. `self.ui.buttons`
    is the form's QDialogButtonBox when it has one.
    """

    ui_class: ClassVar[type[Any]]

    def __init__(self, parent: QWidget | None = None, *, draft: Draft | None = None,
                 submit: Callable[[Any], Any] | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.draft = draft if draft is not None else Draft()
        self.submit, self.runner = submit, runner
        self.result_value: Any = None
        self.busy = False

    # -- what a subclass provides -----------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def keep_draft(self) -> None:
        """Copy the typing into `self.draft`."""

    def check(self, value: Any) -> Mapping[str, str]:
        """Problems with the input by field name (empty: fine)."""
        return {}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        raise NotImplementedError

    # -- closing ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.busy:
            return
        self.keep_draft()
        value = self.value()
        problems = self.check(value)
        if problems:
            self.show_problems(problems)
            return
        if self.submit is None:
            self._done(value)
            return
        self._set_busy(True)
        self.runner.run(self.submit, value, on_success=self._done, on_error=self._refused)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.draft.clear()  # used: the next opening starts empty
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_problems({k: p.text(ui_errors.translate) for k, p in exc.fields.items()},
                               exc.text(ui_errors.translate))
            return
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, type(self).__name__)
        self.show_problems({}, ui_errors.error_text(exc))

    def reject(self) -> None:
        if self.busy:
            return  # the work is on its way; its answer decides
        self.keep_draft()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        buttons = getattr(self.ui, "buttons", None)
        if isinstance(buttons, QDialogButtonBox):
            buttons.setEnabled(not busy)

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> Any | None:
        """Show the dialog and wait: its result, or None when cancelled."""
        dialog = cls(parent, **kwargs)
        try:
            return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def show_form_problems(form: FormBinding, label: QLabel, problems: Mapping[str, str],
                       message: str = "") -> None:
    """A bound form's problems: each at its field, the rest (and the message when no field is
    named) in `label`; the first bad field gets the focus."""
    unknown = form.set_errors(problems)
    text = " ".join(x for x in [message if unknown or not problems else "",
                                *(problems[k] for k in unknown)] if x)
    label.setText(text)
    label.setVisible(bool(text))
    bad = form.first_bad(problems)
    if bad is not None:
        bad.setFocus()


def ask_unsaved(parent: QWidget, text: str) -> str:
    """Save / Discard / Cancel for unsaved input; Cancel is the default and Esc."""
    box = QMessageBox(QMessageBox.Icon.Question, words.word(words.UNSAVED_CHANGES), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedBox")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return {QMessageBox.StandardButton.Save: SAVE,
            QMessageBox.StandardButton.Discard: DISCARD}.get(QMessageBox.StandardButton(answer), CANCEL)


def confirm_discard(parent: QWidget, text: str) -> bool:
    """Ask before throwing input away; Cancel is the default and Esc."""
    box = QMessageBox(QMessageBox.Icon.Warning, words.word(words.DISCARD_CHANGES), text,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("discardBox")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    box.deleteLater()
    return QMessageBox.StandardButton(answer) == QMessageBox.StandardButton.Discard

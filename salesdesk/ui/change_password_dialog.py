"""File > Change password: current, new and repeated, checked here first, changed off the GUI thread.

The form refuses what the service would refuse (too short, repeated wrongly,
unchanged) before anything is sent; a wrong current password comes back from
the server and is shown at that field. The typing stays in every case. A
password remembered in the OS keyring for this login is replaced by the new one.
Nothing is kept as a draft: passwords do not outlive the dialog.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from salesdesk.services import auth, profiles
from salesdesk.services.auth import MIN_PASSWORD_LENGTH, SignedIn, WrongPasswordError
from salesdesk.services.errors import REQUIRED
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.dialogs import FormDialog
from salesdesk.ui.forms_gen.change_password_dialog import Ui_ChangePasswordDialog

FIELDS = ("current", "new", "repeated")


class PasswordChange(NamedTuple):
    current: str
    new: str
    repeated: str


def change_and_remember(session: SignedIn, change: PasswordChange) -> bool:
    """Worker: change the password; replace a remembered one in the keyring. True when it was replaced."""
    auth.change_password(session, change.current, change.new, change.repeated)
    login = session.me.login
    if profiles.load_password(session.profile, login) is None:
        return False
    return profiles.save_password(session.profile, login, change.new)


def password_problems(change: PasswordChange) -> dict[str, str]:
    """What the form refuses before asking the server (the service's own rules, same constant)."""
    problems: dict[str, str] = {}
    if not change.current:
        problems["current"] = ui_errors.translate("errors", REQUIRED)
    if len(change.new) < MIN_PASSWORD_LENGTH:
        problems["new"] = ui_errors.translate("errors", auth.PASSWORD_TOO_SHORT).format(
            min=MIN_PASSWORD_LENGTH)
    elif change.new == change.current:
        problems["new"] = ui_errors.translate("errors", auth.PASSWORD_UNCHANGED)
    if change.new != change.repeated and "new" not in problems:
        problems["repeated"] = ui_errors.translate("errors", auth.PASSWORDS_DIFFER)
    return problems


class ChangePasswordDialog(FormDialog):
    """`ask(parent, session=…, runner=…)` returns True/False (keyring updated or not), None when cancelled."""

    ui_class = Ui_ChangePasswordDialog

    def __init__(self, parent: QWidget | None = None, *, session: SignedIn | None = None,
                 given_password: str | None = None, **kwargs: Any) -> None:
        """`given_password`: first sign-in with a password from IT, which is filled in as the
        current one; the dialog then asks for the employee's own."""
        if session is not None and "submit" not in kwargs:
            kwargs["submit"] = lambda change: change_and_remember(session, change)
        self.first_sign_in = given_password is not None
        super().__init__(parent, **kwargs)
        self.setObjectName("changePasswordDialog")
        self.edits: dict[str, QLineEdit] = {"current": self.ui.currentEdit, "new": self.ui.newEdit,
                                            "repeated": self.ui.repeatEdit}
        self.error_labels: dict[str, QLabel] = {"current": self.ui.currentError, "new": self.ui.newError,
                                                "repeated": self.ui.repeatError}
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, n=name: self._clear_problem(n))
        for label in (*self.error_labels.values(), self.ui.messageLabel):
            label.setProperty("role", "fieldError")
        if given_password is not None:
            self.ui.currentEdit.setText(given_password)
            self.ui.newEdit.setFocus()
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def retranslate(self) -> None:
        intro = self.tr("Choose a new password of at least {min} characters.").format(min=MIN_PASSWORD_LENGTH)
        if self.first_sign_in:
            intro = self.tr("You signed in with a password from IT. Please choose your own password now; "
                            "the one you were given then stops working.") + " " + intro
        self.ui.introLabel.setText(intro)

    def value(self) -> PasswordChange:
        return PasswordChange(self.ui.currentEdit.text(), self.ui.newEdit.text(), self.ui.repeatEdit.text())

    def check(self, value: PasswordChange) -> Mapping[str, str]:
        return password_problems(value)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPasswordError):  # the server's answer concerns the current password only
            self._set_busy(False)
            self.show_problems({"current": self.tr("The current password is not correct.")})
            return
        super()._refused(exc)

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        for name, label in self.error_labels.items():
            label.setText(problems.get(name, ""))
            label.setVisible(bool(problems.get(name)))
        unplaced = [text for name, text in problems.items() if name not in self.error_labels]
        general = " ".join([message, *unplaced]).strip() if (unplaced or not problems) else ""
        self.ui.messageLabel.setText(general)
        self.ui.messageLabel.setVisible(bool(general))
        first = next((n for n in FIELDS if n in problems), None)
        if first is not None:
            self.edits[first].setFocus()
            self.edits[first].selectAll()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _clear_problem(self, name: str) -> None:
        self.error_labels[name].setVisible(False)
        self.ui.messageLabel.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "edits"):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

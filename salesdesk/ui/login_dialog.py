"""The sign-in dialog: pick a connection profile, type login and password, sign in off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from salesdesk.services import profiles
from salesdesk.services.profiles import Profile
from salesdesk.ui import errors, words
from salesdesk.ui.forms_gen.login_dialog import Ui_LoginDialog
from salesdesk.ui.resources import icon
from salesdesk.ui.tasks import TaskRunner
from salesdesk.ui.tls_modes import tls_mode_name

if TYPE_CHECKING:  # the services behind signing in load on a worker thread, after the dialog shows
    from salesdesk.services.auth import SignedIn


def sign_in_and_remember(profile: Profile, login: str, password: str, remember: bool) -> SignedIn:
    """Worker: sign in, then keep or forget the password in the keyring (both may block for a while)."""
    from salesdesk.services import auth

    session = auth.sign_in(profile, login, password)
    if remember and profiles.keyring_available()[0]:
        profiles.save_password(profile, login, password)
    else:
        profiles.forget_password(profile, login)
    return session


class LoginDialog(QDialog):
    """On success `signed_in` holds the session and the dialog is accepted."""

    failed = Signal(str)  # the message shown (tests wait for it)

    def __init__(self, parent: QWidget | None = None, *, profile_name: str | None = None,
                 switching: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("salesdesk"))
        self.ui.logoLabel.setPixmap(icon("salesdesk").pixmap(48, 48))
        self.ui.titleLabel.setObjectName("loginTitle")
        self.ui.messageLabel.setObjectName("loginMessage")
        self.ui.messageLabel.hide()
        self.ui.busyBar.hide()
        self.tasks = TaskRunner(self, max_threads=1)
        self.signed_in: SignedIn | None = None
        self._recalled_for: str | None = None  # the login whose remembered password is in the field
        # after File > Sign out the last login is only a hint: its password is offered again only
        # once the user picks a profile or types a login
        self._hide_remembered = switching
        self.store = profiles.load_profiles()
        self._fill_profiles(profile_name or self.store.last_profile)
        self.ui.profileCombo.currentIndexChanged.connect(self._offer_remembered)
        self.ui.loginEdit.textEdited.connect(self._offer_remembered)
        self.ui.profileCombo.currentIndexChanged.connect(self._profile_changed)
        self.ui.editProfilesButton.clicked.connect(self.edit_profiles)
        self.ui.loginEdit.editingFinished.connect(self._recall_password)
        self.ui.buttonBox.accepted.connect(self.sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._keyring_ok: bool | None = None  # None: still asking (a worker asks, once per process)
        self._keyring_reason = ""
        known = profiles.known_keyring_status()
        if known is None:
            self.tasks.run(profiles.keyring_available, on_success=self._keyring_known,
                           on_error=lambda _exc: self._keyring_known((False, profiles.NO_KEYRING)))
        else:
            self._keyring_ok, self._keyring_reason = known
        self._profile_changed()
        self.retranslate()
        self.resize(460, self.sizeHint().height())  # no empty band while the message is hidden
        if switching:  # after File > Sign out: someone else signs in next; the last login is only a hint
            self.ui.passwordEdit.clear()
            self.ui.loginEdit.selectAll()
            self.ui.loginEdit.setFocus()

    # -- profiles -------------------------------------------------------------

    def _fill_profiles(self, select: str) -> None:
        combo = self.ui.profileCombo
        combo.blockSignals(True)
        combo.clear()
        for p in self.store.profiles:
            combo.addItem(p.name, p.name)
        combo.setCurrentIndex(max(0, combo.findData(select)))
        combo.blockSignals(False)

    def profile(self) -> Profile | None:
        return self.store.get(str(self.ui.profileCombo.currentData() or ""))

    def _profile_changed(self, *_args: object) -> None:
        profile = self.profile()
        if profile is not None and profile.last_login:
            self.ui.loginEdit.setText(profile.last_login)
        self._recall_password()
        (self.ui.passwordEdit if self.ui.loginEdit.text() else self.ui.loginEdit).setFocus()

    def edit_profiles(self) -> None:
        from salesdesk.ui.profile_editor import ProfileEditor

        editor = ProfileEditor(self.store, self, current=str(self.ui.profileCombo.currentData() or ""))
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.store = editor.store
            profiles.save_profiles(self.store)
            self._fill_profiles(editor.selected_name() or self.store.last_profile)
            self._profile_changed()

    # -- keyring --------------------------------------------------------------

    def _keyring_known(self, status: tuple[bool, str]) -> None:
        self._keyring_ok, self._keyring_reason = status
        self._retranslate_remember()
        self._recall_password()

    def _recall_password(self) -> None:
        """The password remembered for the login typed (read by a worker); another login does not
        keep someone's."""
        profile = self.profile()
        login = self.ui.loginEdit.text().strip()
        if self._recalled_for is not None and self._recalled_for != login:
            self.ui.passwordEdit.clear()
            self.ui.rememberCheck.setChecked(False)
            self._recalled_for = None
        if self._keyring_ok and profile is not None and login:
            self.tasks.run(profiles.load_password, profile, login,
                           on_success=lambda stored: self._recalled(login, stored),
                           on_error=lambda _exc: None)

    def _offer_remembered(self, *_args: object) -> None:
        self._hide_remembered = False

    def _recalled(self, login: str, stored: str | None) -> None:
        if not stored or self._hide_remembered or login != self.ui.loginEdit.text().strip():
            return
        if self.ui.passwordEdit.text() and self._recalled_for is None:
            return  # typed while the keyring was read: the typing stays
        self.ui.passwordEdit.setText(stored)
        self.ui.rememberCheck.setChecked(True)
        self._recalled_for = login

    # -- language ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(words.word(words.CANCEL))
        self._retranslate_remember()
        self.ui.profileCombo.setToolTip(self._profile_tooltip())

    def _retranslate_remember(self) -> None:
        remember = self.ui.rememberCheck
        remember.setEnabled(bool(self._keyring_ok))
        if self._keyring_ok is None:
            remember.setToolTip("")
        elif not self._keyring_ok:
            remember.setChecked(False)
            remember.setToolTip(errors.translate("errors", self._keyring_reason))
        else:
            remember.setToolTip(self.tr("The password is kept in the system's password store (keyring)."))

    def _profile_tooltip(self) -> str:
        p = self.profile()
        return "" if p is None else f"{p.host}:{p.port}/{p.database} · {tls_mode_name(p.sslmode)}"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_keyring_ok"):
            self.retranslate()
        super().changeEvent(event)

    # -- signing in -------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow with a wrapped message: a top-level window does not follow its layout's
        height-for-width, so the fields were squeezed (12 px for the login) to make room."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        for w in (self.ui.profileCombo, self.ui.editProfilesButton, self.ui.loginEdit, self.ui.passwordEdit):
            w.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def sign_in(self) -> None:
        profile = self.profile()
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if profile is None:
            self.show_message(self.tr("Please create a connection profile first."))
            return
        if not login or not password:
            self.show_message(self.tr("Please enter your login name and password."))
            (self.ui.loginEdit if not login else self.ui.passwordEdit).setFocus()
            return
        self.show_message(self.tr("Signing in…"))
        self._set_busy(True)
        remember = self.ui.rememberCheck.isChecked() and self._keyring_ok is not False
        self.tasks.run(sign_in_and_remember, profile, login, password, remember,
                       on_success=lambda s: self._signed_in(s, login, password), on_error=self._failed)

    def _signed_in(self, session: SignedIn, login: str, password: str) -> None:
        self._set_busy(False)
        try:
            profiles.remember_login(session.profile, login)
        except OSError as exc:  # an unwritable config folder must not block signing in
            errors.log_unexpected(exc, "saving the last login")
        if session.must_change_password:  # asked from the event loop, not inside the task's delivery
            QTimer.singleShot(0, self, lambda: self._first_sign_in(session, password))
            return
        self._done(session)

    def _first_sign_in(self, session: SignedIn, password: str) -> None:
        if not self._choose_own_password(session, password):
            session.close()
            self.show_message(self.tr("Please choose your own password to continue: the password from IT "
                                      "is for the first sign-in only."))
            return
        self._done(session)

    def _done(self, session: SignedIn) -> None:
        self.signed_in = session
        self.show_message("")
        self.accept()

    def _choose_own_password(self, session: SignedIn, given: str) -> bool:
        """First sign-in with a password from IT: the change-password dialog, before anything else."""
        from salesdesk.ui.change_password_dialog import ChangePasswordDialog

        return ChangePasswordDialog.ask(self, session=session, runner=self.tasks, given_password=given) \
            is not None

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not errors.is_expected(exc):
            errors.log_unexpected(exc, "sign in")
        text = errors.error_text(exc)
        self.show_message(text)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
        self.failed.emit(text)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing the dialog waits for a running sign-in so no thread outlives it."""
        self.tasks.shutdown(5000)
        super().done(result)

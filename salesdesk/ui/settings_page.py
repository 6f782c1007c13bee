"""The settings page: interface language (applied at once), notifications, connection facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.approval_rules import PERMISSION as MAINTAIN_APPROVAL_RULES
from salesdesk.services.permissions import MAINTAIN_COMPANY_PROFILE, MAINTAIN_PICKLISTS
from salesdesk.services.profiles import keyring_available, known_keyring_status
from salesdesk.ui import errors
from salesdesk.ui.company_profile_editor import edit_company_profile
from salesdesk.ui.forms_gen.settings_page import Ui_SettingsPage
from salesdesk.ui.i18n import (
    LANGUAGE_NAMES,
    LANGUAGES,
    configured_language,
    install_language,
    set_configured_language,
)
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.settings import settings
from salesdesk.ui.tls_modes import tls_mode_name


class SettingsPage(QWidget):
    """User preferences. A language change retranslates every open window without a restart."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.headingLabel.setObjectName("pageHeading")
        for group in (self.ui.appearanceGroup, self.ui.notificationsGroup, self.ui.picklistsGroup,
                      self.ui.companyGroup, self.ui.approvalRulesGroup, self.ui.connectionGroup):
            group.setMaximumWidth(760)  # a form stretched over a wide screen is hard to read
        self.ui.languageCombo.addItem("", "")  # "follow the system", text set in retranslate()
        for lang in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[lang], lang)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(configured_language())))
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.notifyCheck.setChecked(settings().value("ui/notify", True, type=bool))
        self.ui.notifyCheck.toggled.connect(lambda on: settings().setValue("ui/notify", on))
        self.ui.picklistsGroup.setVisible(ctx.session.me.may(MAINTAIN_PICKLISTS))
        self.ui.picklistsButton.clicked.connect(lambda: ctx.show_page("picklists"))
        self.ui.companyGroup.setVisible(ctx.session.me.may(MAINTAIN_COMPANY_PROFILE))
        self.ui.companyButton.clicked.connect(lambda: edit_company_profile(ctx, self))
        self.ui.approvalRulesGroup.setVisible(ctx.session.me.may(MAINTAIN_APPROVAL_RULES))
        self.ui.approvalRulesButton.clicked.connect(lambda: ctx.show_page("approval_rules"))
        profile = ctx.session.profile
        self.ui.profileValue.setText(profile.name)
        self.ui.logValue.setText(str(errors.log_dir()))
        if known_keyring_status() is None:  # asked once per process, on a worker: it can take a while
            ctx.tasks.run(keyring_available, busy=False, on_success=lambda _status: self._show_keyring(),
                          on_error=lambda _exc: None)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        profile = self.ctx.session.profile
        self.ui.serverValue.setText(f"{profile.host}:{profile.port}/{profile.database} · "
                                    f"{tls_mode_name(profile.sslmode)}")
        self.ui.languageCombo.setItemText(0, self.tr("System default"))
        self._show_keyring()

    def is_loaded(self) -> bool:
        """Everything is shown once the keyring's answer is (screenshot mode waits for it)."""
        return known_keyring_status() is not None

    def _show_keyring(self) -> None:
        status = known_keyring_status()
        if status is None:
            self.ui.keyringValue.setText("…")
            return
        ok, reason = status
        self.ui.keyringValue.setText(self.tr("stored in the system keyring") if ok
                                     else QCoreApplication.translate("errors", reason))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, index: int) -> None:
        lang = str(self.ui.languageCombo.itemData(index) or "")
        set_configured_language(lang)
        install_language(lang or None)


register_page("settings", QT_TRANSLATE_NOOP("pages", "Settings"), "settings", SettingsPage, order=900)

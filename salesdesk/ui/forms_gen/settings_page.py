# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(640, 420)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(SettingsPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.appearanceGroup = QGroupBox(SettingsPage)
        self.appearanceGroup.setObjectName(u"appearanceGroup")
        self.appearanceLayout = QFormLayout(self.appearanceGroup)
        self.appearanceLayout.setObjectName(u"appearanceLayout")
        self.languageLabel = QLabel(self.appearanceGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.appearanceGroup)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.appearanceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)


        self.mainLayout.addWidget(self.appearanceGroup)

        self.notificationsGroup = QGroupBox(SettingsPage)
        self.notificationsGroup.setObjectName(u"notificationsGroup")
        self.notificationsLayout = QVBoxLayout(self.notificationsGroup)
        self.notificationsLayout.setObjectName(u"notificationsLayout")
        self.notifyCheck = QCheckBox(self.notificationsGroup)
        self.notifyCheck.setObjectName(u"notifyCheck")

        self.notificationsLayout.addWidget(self.notifyCheck)


        self.mainLayout.addWidget(self.notificationsGroup)

        self.picklistsGroup = QGroupBox(SettingsPage)
        self.picklistsGroup.setObjectName(u"picklistsGroup")
        self.picklistsLayout = QHBoxLayout(self.picklistsGroup)
        self.picklistsLayout.setObjectName(u"picklistsLayout")
        self.picklistsHint = QLabel(self.picklistsGroup)
        self.picklistsHint.setObjectName(u"picklistsHint")
        self.picklistsHint.setWordWrap(True)

        self.picklistsLayout.addWidget(self.picklistsHint)

        self.picklistsButton = QPushButton(self.picklistsGroup)
        self.picklistsButton.setObjectName(u"picklistsButton")

        self.picklistsLayout.addWidget(self.picklistsButton)


        self.mainLayout.addWidget(self.picklistsGroup)

        self.companyGroup = QGroupBox(SettingsPage)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyLayout = QHBoxLayout(self.companyGroup)
        self.companyLayout.setObjectName(u"companyLayout")
        self.companyHint = QLabel(self.companyGroup)
        self.companyHint.setObjectName(u"companyHint")
        self.companyHint.setWordWrap(True)

        self.companyLayout.addWidget(self.companyHint)

        self.companyButton = QPushButton(self.companyGroup)
        self.companyButton.setObjectName(u"companyButton")

        self.companyLayout.addWidget(self.companyButton)


        self.mainLayout.addWidget(self.companyGroup)

        self.approvalRulesGroup = QGroupBox(SettingsPage)
        self.approvalRulesGroup.setObjectName(u"approvalRulesGroup")
        self.approvalRulesLayout = QHBoxLayout(self.approvalRulesGroup)
        self.approvalRulesLayout.setObjectName(u"approvalRulesLayout")
        self.approvalRulesHint = QLabel(self.approvalRulesGroup)
        self.approvalRulesHint.setObjectName(u"approvalRulesHint")
        self.approvalRulesHint.setWordWrap(True)

        self.approvalRulesLayout.addWidget(self.approvalRulesHint)

        self.approvalRulesButton = QPushButton(self.approvalRulesGroup)
        self.approvalRulesButton.setObjectName(u"approvalRulesButton")

        self.approvalRulesLayout.addWidget(self.approvalRulesButton)


        self.mainLayout.addWidget(self.approvalRulesGroup)

        self.connectionGroup = QGroupBox(SettingsPage)
        self.connectionGroup.setObjectName(u"connectionGroup")
        self.connectionLayout = QFormLayout(self.connectionGroup)
        self.connectionLayout.setObjectName(u"connectionLayout")
        self.profileCaption = QLabel(self.connectionGroup)
        self.profileCaption.setObjectName(u"profileCaption")

        self.connectionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileCaption)

        self.profileValue = QLabel(self.connectionGroup)
        self.profileValue.setObjectName(u"profileValue")

        self.connectionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profileValue)

        self.serverCaption = QLabel(self.connectionGroup)
        self.serverCaption.setObjectName(u"serverCaption")

        self.connectionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverValue = QLabel(self.connectionGroup)
        self.serverValue.setObjectName(u"serverValue")

        self.connectionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.passwordCaption = QLabel(self.connectionGroup)
        self.passwordCaption.setObjectName(u"passwordCaption")

        self.connectionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordCaption)

        self.keyringValue = QLabel(self.connectionGroup)
        self.keyringValue.setObjectName(u"keyringValue")
        self.keyringValue.setWordWrap(True)

        self.connectionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keyringValue)

        self.logCaption = QLabel(self.connectionGroup)
        self.logCaption.setObjectName(u"logCaption")

        self.connectionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logCaption)

        self.logValue = QLabel(self.connectionGroup)
        self.logValue.setObjectName(u"logValue")
        self.logValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.connectionLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.logValue)


        self.mainLayout.addWidget(self.connectionGroup)

        self.bottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.headingLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.appearanceGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language:", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsPage", u"The new language is applied at once.", None))
        self.notificationsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Live updates", None))
        self.notifyCheck.setText(QCoreApplication.translate("SettingsPage", u"Show a notification when a customer is assigned or shared to me", None))
        self.picklistsGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Company lists", None))
        self.picklistsHint.setText(QCoreApplication.translate("SettingsPage", u"The values of industry, source and region that everyone chooses from.", None))
        self.picklistsButton.setText(QCoreApplication.translate("SettingsPage", u"&Picklists\u2026", None))
        self.companyGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Our company", None))
        self.companyHint.setText(QCoreApplication.translate("SettingsPage", u"The name, address, tax number and bank printed on quotes and contracts.", None))
        self.companyButton.setText(QCoreApplication.translate("SettingsPage", u"Company &details\u2026", None))
        self.approvalRulesGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Approval workflow", None))
        self.approvalRulesHint.setText(QCoreApplication.translate("SettingsPage", u"Which requests need approval, above which amount or discount, and who approves them in which steps.", None))
        self.approvalRulesButton.setText(QCoreApplication.translate("SettingsPage", u"Appro&val rules\u2026", None))
        self.connectionGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Connection", None))
        self.profileCaption.setText(QCoreApplication.translate("SettingsPage", u"Profile:", None))
        self.serverCaption.setText(QCoreApplication.translate("SettingsPage", u"Server:", None))
        self.passwordCaption.setText(QCoreApplication.translate("SettingsPage", u"Saved passwords:", None))
        self.logCaption.setText(QCoreApplication.translate("SettingsPage", u"Log folder:", None))
        pass
    # retranslateUi

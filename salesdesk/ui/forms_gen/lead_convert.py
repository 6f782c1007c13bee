# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_convert.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadConvert(object):
    def setupUi(self, LeadConvert):
        if not LeadConvert.objectName():
            LeadConvert.setObjectName(u"LeadConvert")
        LeadConvert.resize(520, 560)
        self.mainLayout = QVBoxLayout(LeadConvert)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(LeadConvert)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.customerNameLabel = QLabel(LeadConvert)
        self.customerNameLabel.setObjectName(u"customerNameLabel")

        self.formLayout.addWidget(self.customerNameLabel, 0, 0, 1, 1)

        self.customerNameEdit = QLineEdit(LeadConvert)
        self.customerNameEdit.setObjectName(u"customerNameEdit")

        self.formLayout.addWidget(self.customerNameEdit, 0, 1, 1, 1)

        self.customerNameError = QLabel(LeadConvert)
        self.customerNameError.setObjectName(u"customerNameError")
        self.customerNameError.setVisible(False)
        self.customerNameError.setWordWrap(True)
        self.customerNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.customerNameError, 1, 1, 1, 1)

        self.customerPhoneLabel = QLabel(LeadConvert)
        self.customerPhoneLabel.setObjectName(u"customerPhoneLabel")

        self.formLayout.addWidget(self.customerPhoneLabel, 2, 0, 1, 1)

        self.customerPhoneEdit = QLineEdit(LeadConvert)
        self.customerPhoneEdit.setObjectName(u"customerPhoneEdit")

        self.formLayout.addWidget(self.customerPhoneEdit, 2, 1, 1, 1)

        self.customerPhoneError = QLabel(LeadConvert)
        self.customerPhoneError.setObjectName(u"customerPhoneError")
        self.customerPhoneError.setVisible(False)
        self.customerPhoneError.setWordWrap(True)
        self.customerPhoneError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.customerPhoneError, 3, 1, 1, 1)

        self.contactNameLabel = QLabel(LeadConvert)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.formLayout.addWidget(self.contactNameLabel, 4, 0, 1, 1)

        self.contactNameEdit = QLineEdit(LeadConvert)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.formLayout.addWidget(self.contactNameEdit, 4, 1, 1, 1)

        self.contactNameError = QLabel(LeadConvert)
        self.contactNameError.setObjectName(u"contactNameError")
        self.contactNameError.setVisible(False)
        self.contactNameError.setWordWrap(True)
        self.contactNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.contactNameError, 5, 1, 1, 1)

        self.contactMobileLabel = QLabel(LeadConvert)
        self.contactMobileLabel.setObjectName(u"contactMobileLabel")

        self.formLayout.addWidget(self.contactMobileLabel, 6, 0, 1, 1)

        self.contactMobileEdit = QLineEdit(LeadConvert)
        self.contactMobileEdit.setObjectName(u"contactMobileEdit")

        self.formLayout.addWidget(self.contactMobileEdit, 6, 1, 1, 1)

        self.contactMobileError = QLabel(LeadConvert)
        self.contactMobileError.setObjectName(u"contactMobileError")
        self.contactMobileError.setVisible(False)
        self.contactMobileError.setWordWrap(True)
        self.contactMobileError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.contactMobileError, 7, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.duplicatePanel = QWidget(LeadConvert)
        self.duplicatePanel.setObjectName(u"duplicatePanel")
        self.duplicatePanel.setVisible(False)
        self.duplicateLayout = QVBoxLayout(self.duplicatePanel)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLayout.setContentsMargins(0, 0, 0, 0)
        self.matchLabel = QLabel(self.duplicatePanel)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setWordWrap(True)

        self.duplicateLayout.addWidget(self.matchLabel)

        self.matchList = QListWidget(self.duplicatePanel)
        self.matchList.setObjectName(u"matchList")
        self.matchList.setMaximumSize(QSize(16777215, 110))

        self.duplicateLayout.addWidget(self.matchList)

        self.linkButton = QPushButton(self.duplicatePanel)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setEnabled(False)

        self.duplicateLayout.addWidget(self.linkButton)


        self.mainLayout.addWidget(self.duplicatePanel)

        self.linkedLabel = QLabel(LeadConvert)
        self.linkedLabel.setObjectName(u"linkedLabel")
        self.linkedLabel.setWordWrap(True)
        self.linkedLabel.setVisible(False)

        self.mainLayout.addWidget(self.linkedLabel)

        self.opportunityGroup = QGroupBox(LeadConvert)
        self.opportunityGroup.setObjectName(u"opportunityGroup")
        self.opportunityGroup.setCheckable(True)
        self.opportunityGroup.setChecked(False)
        self.opportunityLayout = QGridLayout(self.opportunityGroup)
        self.opportunityLayout.setObjectName(u"opportunityLayout")
        self.oppTitleLabel = QLabel(self.opportunityGroup)
        self.oppTitleLabel.setObjectName(u"oppTitleLabel")

        self.opportunityLayout.addWidget(self.oppTitleLabel, 0, 0, 1, 1)

        self.oppTitleEdit = QLineEdit(self.opportunityGroup)
        self.oppTitleEdit.setObjectName(u"oppTitleEdit")

        self.opportunityLayout.addWidget(self.oppTitleEdit, 0, 1, 1, 1)

        self.oppTitleError = QLabel(self.opportunityGroup)
        self.oppTitleError.setObjectName(u"oppTitleError")
        self.oppTitleError.setVisible(False)
        self.oppTitleError.setWordWrap(True)
        self.oppTitleError.setStyleSheet(u"color: #c62828;")

        self.opportunityLayout.addWidget(self.oppTitleError, 1, 1, 1, 1)

        self.oppAmountLabel = QLabel(self.opportunityGroup)
        self.oppAmountLabel.setObjectName(u"oppAmountLabel")

        self.opportunityLayout.addWidget(self.oppAmountLabel, 2, 0, 1, 1)

        self.oppAmountEdit = QLineEdit(self.opportunityGroup)
        self.oppAmountEdit.setObjectName(u"oppAmountEdit")

        self.opportunityLayout.addWidget(self.oppAmountEdit, 2, 1, 1, 1)

        self.oppAmountError = QLabel(self.opportunityGroup)
        self.oppAmountError.setObjectName(u"oppAmountError")
        self.oppAmountError.setVisible(False)
        self.oppAmountError.setWordWrap(True)
        self.oppAmountError.setStyleSheet(u"color: #c62828;")

        self.opportunityLayout.addWidget(self.oppAmountError, 3, 1, 1, 1)

        self.oppCloseLabel = QLabel(self.opportunityGroup)
        self.oppCloseLabel.setObjectName(u"oppCloseLabel")

        self.opportunityLayout.addWidget(self.oppCloseLabel, 4, 0, 1, 1)

        self.oppCloseEdit = QLineEdit(self.opportunityGroup)
        self.oppCloseEdit.setObjectName(u"oppCloseEdit")

        self.opportunityLayout.addWidget(self.oppCloseEdit, 4, 1, 1, 1)

        self.oppCloseError = QLabel(self.opportunityGroup)
        self.oppCloseError.setObjectName(u"oppCloseError")
        self.oppCloseError.setVisible(False)
        self.oppCloseError.setWordWrap(True)
        self.oppCloseError.setStyleSheet(u"color: #c62828;")

        self.opportunityLayout.addWidget(self.oppCloseError, 5, 1, 1, 1)

        self.oppStageLabel = QLabel(self.opportunityGroup)
        self.oppStageLabel.setObjectName(u"oppStageLabel")

        self.opportunityLayout.addWidget(self.oppStageLabel, 6, 0, 1, 1)

        self.oppStageCombo = QComboBox(self.opportunityGroup)
        self.oppStageCombo.setObjectName(u"oppStageCombo")

        self.opportunityLayout.addWidget(self.oppStageCombo, 6, 1, 1, 1)

        self.oppStageError = QLabel(self.opportunityGroup)
        self.oppStageError.setObjectName(u"oppStageError")
        self.oppStageError.setVisible(False)
        self.oppStageError.setWordWrap(True)
        self.oppStageError.setStyleSheet(u"color: #c62828;")

        self.opportunityLayout.addWidget(self.oppStageError, 7, 1, 1, 1)


        self.mainLayout.addWidget(self.opportunityGroup)

        self.messageLabel = QLabel(LeadConvert)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(LeadConvert)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.customerNameLabel.setBuddy(self.customerNameEdit)
        self.customerPhoneLabel.setBuddy(self.customerPhoneEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactMobileLabel.setBuddy(self.contactMobileEdit)
        self.matchLabel.setBuddy(self.matchList)
        self.oppTitleLabel.setBuddy(self.oppTitleEdit)
        self.oppAmountLabel.setBuddy(self.oppAmountEdit)
        self.oppCloseLabel.setBuddy(self.oppCloseEdit)
        self.oppStageLabel.setBuddy(self.oppStageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeadConvert)
        self.buttons.accepted.connect(LeadConvert.accept)
        self.buttons.rejected.connect(LeadConvert.reject)

        QMetaObject.connectSlotsByName(LeadConvert)
    # setupUi

    def retranslateUi(self, LeadConvert):
        LeadConvert.setWindowTitle(QCoreApplication.translate("LeadConvert", u"Convert lead", None))
        self.customerNameLabel.setText(QCoreApplication.translate("LeadConvert", u"Customer &name:", None))
        self.customerPhoneLabel.setText(QCoreApplication.translate("LeadConvert", u"Customer p&hone:", None))
        self.contactNameLabel.setText(QCoreApplication.translate("LeadConvert", u"&Contact:", None))
        self.contactMobileLabel.setText(QCoreApplication.translate("LeadConvert", u"Contact &mobile:", None))
        self.matchLabel.setText(QCoreApplication.translate("LeadConvert", u"&Existing customers with this name or phone:", None))
        self.linkButton.setText(QCoreApplication.translate("LeadConvert", u"&Link to the selected customer", None))
        self.opportunityGroup.setTitle(QCoreApplication.translate("LeadConvert", u"Also create an &opportunity", None))
        self.oppTitleLabel.setText(QCoreApplication.translate("LeadConvert", u"Deal &title:", None))
        self.oppAmountLabel.setText(QCoreApplication.translate("LeadConvert", u"&Amount:", None))
        self.oppCloseLabel.setText(QCoreApplication.translate("LeadConvert", u"E&xpected close:", None))
        self.oppStageLabel.setText(QCoreApplication.translate("LeadConvert", u"&Stage:", None))
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_editor.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeadEditor(object):
    def setupUi(self, LeadEditor):
        if not LeadEditor.objectName():
            LeadEditor.setObjectName(u"LeadEditor")
        LeadEditor.resize(480, 560)
        self.mainLayout = QVBoxLayout(LeadEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.convertedLabel = QLabel(LeadEditor)
        self.convertedLabel.setObjectName(u"convertedLabel")
        self.convertedLabel.setWordWrap(True)
        self.convertedLabel.setVisible(False)

        self.mainLayout.addWidget(self.convertedLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.companyNameLabel = QLabel(LeadEditor)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.formLayout.addWidget(self.companyNameLabel, 0, 0, 1, 1)

        self.companyNameEdit = QLineEdit(LeadEditor)
        self.companyNameEdit.setObjectName(u"companyNameEdit")

        self.formLayout.addWidget(self.companyNameEdit, 0, 1, 1, 1)

        self.companyNameError = QLabel(LeadEditor)
        self.companyNameError.setObjectName(u"companyNameError")
        self.companyNameError.setVisible(False)
        self.companyNameError.setWordWrap(True)
        self.companyNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.companyNameError, 1, 1, 1, 1)

        self.contactNameLabel = QLabel(LeadEditor)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.formLayout.addWidget(self.contactNameLabel, 2, 0, 1, 1)

        self.contactNameEdit = QLineEdit(LeadEditor)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.formLayout.addWidget(self.contactNameEdit, 2, 1, 1, 1)

        self.contactNameError = QLabel(LeadEditor)
        self.contactNameError.setObjectName(u"contactNameError")
        self.contactNameError.setVisible(False)
        self.contactNameError.setWordWrap(True)
        self.contactNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.contactNameError, 3, 1, 1, 1)

        self.phoneLabel = QLabel(LeadEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.addWidget(self.phoneLabel, 4, 0, 1, 1)

        self.phoneEdit = QLineEdit(LeadEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.phoneError = QLabel(LeadEditor)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.phoneError, 5, 1, 1, 1)

        self.mobileLabel = QLabel(LeadEditor)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.formLayout.addWidget(self.mobileLabel, 6, 0, 1, 1)

        self.mobileEdit = QLineEdit(LeadEditor)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.formLayout.addWidget(self.mobileEdit, 6, 1, 1, 1)

        self.mobileError = QLabel(LeadEditor)
        self.mobileError.setObjectName(u"mobileError")
        self.mobileError.setVisible(False)
        self.mobileError.setWordWrap(True)
        self.mobileError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.mobileError, 7, 1, 1, 1)

        self.emailLabel = QLabel(LeadEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.addWidget(self.emailLabel, 8, 0, 1, 1)

        self.emailEdit = QLineEdit(LeadEditor)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.addWidget(self.emailEdit, 8, 1, 1, 1)

        self.emailError = QLabel(LeadEditor)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setVisible(False)
        self.emailError.setWordWrap(True)
        self.emailError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.emailError, 9, 1, 1, 1)

        self.sourceLabel = QLabel(LeadEditor)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.addWidget(self.sourceLabel, 10, 0, 1, 1)

        self.sourceCombo = QComboBox(LeadEditor)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setProperty(u"keepsUnknown", True)

        self.formLayout.addWidget(self.sourceCombo, 10, 1, 1, 1)

        self.sourceError = QLabel(LeadEditor)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setVisible(False)
        self.sourceError.setWordWrap(True)
        self.sourceError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.sourceError, 11, 1, 1, 1)

        self.statusLabel = QLabel(LeadEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.addWidget(self.statusLabel, 12, 0, 1, 1)

        self.statusCombo = QComboBox(LeadEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.addWidget(self.statusCombo, 12, 1, 1, 1)

        self.statusError = QLabel(LeadEditor)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setVisible(False)
        self.statusError.setWordWrap(True)
        self.statusError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.statusError, 13, 1, 1, 1)

        self.disqualifyReasonLabel = QLabel(LeadEditor)
        self.disqualifyReasonLabel.setObjectName(u"disqualifyReasonLabel")

        self.formLayout.addWidget(self.disqualifyReasonLabel, 14, 0, 1, 1)

        self.disqualifyReasonEdit = QLineEdit(LeadEditor)
        self.disqualifyReasonEdit.setObjectName(u"disqualifyReasonEdit")

        self.formLayout.addWidget(self.disqualifyReasonEdit, 14, 1, 1, 1)

        self.disqualifyReasonError = QLabel(LeadEditor)
        self.disqualifyReasonError.setObjectName(u"disqualifyReasonError")
        self.disqualifyReasonError.setVisible(False)
        self.disqualifyReasonError.setWordWrap(True)
        self.disqualifyReasonError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.disqualifyReasonError, 15, 1, 1, 1)

        self.notesLabel = QLabel(LeadEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.addWidget(self.notesLabel, 16, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(LeadEditor)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.notesEdit, 16, 1, 1, 1)

        self.notesError = QLabel(LeadEditor)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.notesError, 17, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(LeadEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(LeadEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyNameEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.disqualifyReasonLabel.setBuddy(self.disqualifyReasonEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeadEditor)
        self.buttons.accepted.connect(LeadEditor.accept)
        self.buttons.rejected.connect(LeadEditor.reject)

        QMetaObject.connectSlotsByName(LeadEditor)
    # setupUi

    def retranslateUi(self, LeadEditor):
        LeadEditor.setWindowTitle(QCoreApplication.translate("LeadEditor", u"Lead", None))
        self.companyNameLabel.setText(QCoreApplication.translate("LeadEditor", u"&Company:", None))
        self.contactNameLabel.setText(QCoreApplication.translate("LeadEditor", u"Contact &person:", None))
        self.phoneLabel.setText(QCoreApplication.translate("LeadEditor", u"&Telephone:", None))
        self.mobileLabel.setText(QCoreApplication.translate("LeadEditor", u"&Mobile:", None))
        self.emailLabel.setText(QCoreApplication.translate("LeadEditor", u"&E-mail:", None))
        self.sourceLabel.setText(QCoreApplication.translate("LeadEditor", u"Lead so&urce:", None))
        self.statusLabel.setText(QCoreApplication.translate("LeadEditor", u"St&atus:", None))
        self.disqualifyReasonLabel.setText(QCoreApplication.translate("LeadEditor", u"&Reason disqualified:", None))
        self.notesLabel.setText(QCoreApplication.translate("LeadEditor", u"&Notes:", None))
    # retranslateUi

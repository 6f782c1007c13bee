# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_profile_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CompanyProfileEditor(object):
    def setupUi(self, CompanyProfileEditor):
        if not CompanyProfileEditor.objectName():
            CompanyProfileEditor.setObjectName(u"CompanyProfileEditor")
        CompanyProfileEditor.resize(560, 460)
        self.mainLayout = QVBoxLayout(CompanyProfileEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(CompanyProfileEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.legalNameLabel = QLabel(CompanyProfileEditor)
        self.legalNameLabel.setObjectName(u"legalNameLabel")

        self.formLayout.addWidget(self.legalNameLabel, 0, 0, 1, 1)

        self.legalNameEdit = QLineEdit(CompanyProfileEditor)
        self.legalNameEdit.setObjectName(u"legalNameEdit")

        self.formLayout.addWidget(self.legalNameEdit, 0, 1, 1, 1)

        self.legalNameError = QLabel(CompanyProfileEditor)
        self.legalNameError.setObjectName(u"legalNameError")
        self.legalNameError.setVisible(False)
        self.legalNameError.setWordWrap(True)
        self.legalNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.legalNameError, 1, 1, 1, 1)

        self.shortNameLabel = QLabel(CompanyProfileEditor)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.addWidget(self.shortNameLabel, 2, 0, 1, 1)

        self.shortNameEdit = QLineEdit(CompanyProfileEditor)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.addWidget(self.shortNameEdit, 2, 1, 1, 1)

        self.shortNameError = QLabel(CompanyProfileEditor)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setVisible(False)
        self.shortNameError.setWordWrap(True)
        self.shortNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.shortNameError, 3, 1, 1, 1)

        self.addressLabel = QLabel(CompanyProfileEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.addWidget(self.addressLabel, 4, 0, 1, 1)

        self.addressEdit = QLineEdit(CompanyProfileEditor)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.addWidget(self.addressEdit, 4, 1, 1, 1)

        self.addressError = QLabel(CompanyProfileEditor)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setVisible(False)
        self.addressError.setWordWrap(True)
        self.addressError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.addressError, 5, 1, 1, 1)

        self.phoneLabel = QLabel(CompanyProfileEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phoneEdit = QLineEdit(CompanyProfileEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.addWidget(self.phoneEdit, 6, 1, 1, 1)

        self.phoneError = QLabel(CompanyProfileEditor)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.phoneError, 7, 1, 1, 1)

        self.taxNumberLabel = QLabel(CompanyProfileEditor)
        self.taxNumberLabel.setObjectName(u"taxNumberLabel")

        self.formLayout.addWidget(self.taxNumberLabel, 8, 0, 1, 1)

        self.taxNumberEdit = QLineEdit(CompanyProfileEditor)
        self.taxNumberEdit.setObjectName(u"taxNumberEdit")

        self.formLayout.addWidget(self.taxNumberEdit, 8, 1, 1, 1)

        self.taxNumberError = QLabel(CompanyProfileEditor)
        self.taxNumberError.setObjectName(u"taxNumberError")
        self.taxNumberError.setVisible(False)
        self.taxNumberError.setWordWrap(True)
        self.taxNumberError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.taxNumberError, 9, 1, 1, 1)

        self.bankNameLabel = QLabel(CompanyProfileEditor)
        self.bankNameLabel.setObjectName(u"bankNameLabel")

        self.formLayout.addWidget(self.bankNameLabel, 10, 0, 1, 1)

        self.bankNameEdit = QLineEdit(CompanyProfileEditor)
        self.bankNameEdit.setObjectName(u"bankNameEdit")

        self.formLayout.addWidget(self.bankNameEdit, 10, 1, 1, 1)

        self.bankNameError = QLabel(CompanyProfileEditor)
        self.bankNameError.setObjectName(u"bankNameError")
        self.bankNameError.setVisible(False)
        self.bankNameError.setWordWrap(True)
        self.bankNameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.bankNameError, 11, 1, 1, 1)

        self.bankAccountLabel = QLabel(CompanyProfileEditor)
        self.bankAccountLabel.setObjectName(u"bankAccountLabel")

        self.formLayout.addWidget(self.bankAccountLabel, 12, 0, 1, 1)

        self.bankAccountEdit = QLineEdit(CompanyProfileEditor)
        self.bankAccountEdit.setObjectName(u"bankAccountEdit")

        self.formLayout.addWidget(self.bankAccountEdit, 12, 1, 1, 1)

        self.bankAccountError = QLabel(CompanyProfileEditor)
        self.bankAccountError.setObjectName(u"bankAccountError")
        self.bankAccountError.setVisible(False)
        self.bankAccountError.setWordWrap(True)
        self.bankAccountError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.bankAccountError, 13, 1, 1, 1)

        self.websiteLabel = QLabel(CompanyProfileEditor)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.formLayout.addWidget(self.websiteLabel, 14, 0, 1, 1)

        self.websiteEdit = QLineEdit(CompanyProfileEditor)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.formLayout.addWidget(self.websiteEdit, 14, 1, 1, 1)

        self.websiteError = QLabel(CompanyProfileEditor)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setVisible(False)
        self.websiteError.setWordWrap(True)
        self.websiteError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.websiteError, 15, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.updatedLabel = QLabel(CompanyProfileEditor)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.mainLayout.addWidget(self.updatedLabel)

        self.messageLabel = QLabel(CompanyProfileEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(CompanyProfileEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.legalNameLabel.setBuddy(self.legalNameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.taxNumberLabel.setBuddy(self.taxNumberEdit)
        self.bankNameLabel.setBuddy(self.bankNameEdit)
        self.bankAccountLabel.setBuddy(self.bankAccountEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.legalNameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.taxNumberEdit)
        QWidget.setTabOrder(self.taxNumberEdit, self.bankNameEdit)
        QWidget.setTabOrder(self.bankNameEdit, self.bankAccountEdit)
        QWidget.setTabOrder(self.bankAccountEdit, self.websiteEdit)

        self.retranslateUi(CompanyProfileEditor)
        self.buttons.accepted.connect(CompanyProfileEditor.accept)
        self.buttons.rejected.connect(CompanyProfileEditor.reject)

        QMetaObject.connectSlotsByName(CompanyProfileEditor)
    # setupUi

    def retranslateUi(self, CompanyProfileEditor):
        CompanyProfileEditor.setWindowTitle(QCoreApplication.translate("CompanyProfileEditor", u"Company details", None))
        self.hintLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"Printed as the seller's header of every quote and contract.", None))
        self.legalNameLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"&Legal name (as registered)", None))
        self.shortNameLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"S&hort name", None))
        self.addressLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"Registered a&ddress", None))
        self.phoneLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"Tele&phone", None))
        self.taxNumberLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"&Tax number (unified social credit code)", None))
        self.bankNameLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"&Bank and branch", None))
        self.bankAccountLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"Account n&umber", None))
        self.websiteLabel.setText(QCoreApplication.translate("CompanyProfileEditor", u"&Web address", None))
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invoice_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_InvoiceDialog(object):
    def setupUi(self, InvoiceDialog):
        if not InvoiceDialog.objectName():
            InvoiceDialog.setObjectName(u"InvoiceDialog")
        InvoiceDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(InvoiceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.contractLabel = QLabel(InvoiceDialog)
        self.contractLabel.setObjectName(u"contractLabel")
        self.contractLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contractLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.numberLabel = QLabel(InvoiceDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.addWidget(self.numberLabel, 0, 0, 1, 1)

        self.numberEdit = QLineEdit(InvoiceDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.addWidget(self.numberEdit, 0, 1, 1, 1)

        self.numberError = QLabel(InvoiceDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setVisible(False)
        self.numberError.setWordWrap(True)
        self.numberError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.numberError, 1, 1, 1, 1)

        self.issued_onLabel = QLabel(InvoiceDialog)
        self.issued_onLabel.setObjectName(u"issued_onLabel")

        self.formLayout.addWidget(self.issued_onLabel, 2, 0, 1, 1)

        self.issued_onDate = QDateEdit(InvoiceDialog)
        self.issued_onDate.setObjectName(u"issued_onDate")
        self.issued_onDate.setCalendarPopup(True)
        self.issued_onDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.addWidget(self.issued_onDate, 2, 1, 1, 1)

        self.issued_onError = QLabel(InvoiceDialog)
        self.issued_onError.setObjectName(u"issued_onError")
        self.issued_onError.setVisible(False)
        self.issued_onError.setWordWrap(True)
        self.issued_onError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.issued_onError, 3, 1, 1, 1)

        self.invoice_typeLabel = QLabel(InvoiceDialog)
        self.invoice_typeLabel.setObjectName(u"invoice_typeLabel")

        self.formLayout.addWidget(self.invoice_typeLabel, 4, 0, 1, 1)

        self.invoice_typeCombo = QComboBox(InvoiceDialog)
        self.invoice_typeCombo.setObjectName(u"invoice_typeCombo")

        self.formLayout.addWidget(self.invoice_typeCombo, 4, 1, 1, 1)

        self.invoice_typeError = QLabel(InvoiceDialog)
        self.invoice_typeError.setObjectName(u"invoice_typeError")
        self.invoice_typeError.setVisible(False)
        self.invoice_typeError.setWordWrap(True)
        self.invoice_typeError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.invoice_typeError, 5, 1, 1, 1)

        self.amountLabel = QLabel(InvoiceDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.addWidget(self.amountLabel, 6, 0, 1, 1)

        self.amountEdit = QLineEdit(InvoiceDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.addWidget(self.amountEdit, 6, 1, 1, 1)

        self.amountError = QLabel(InvoiceDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setVisible(False)
        self.amountError.setWordWrap(True)
        self.amountError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.amountError, 7, 1, 1, 1)

        self.tax_amountLabel = QLabel(InvoiceDialog)
        self.tax_amountLabel.setObjectName(u"tax_amountLabel")

        self.formLayout.addWidget(self.tax_amountLabel, 8, 0, 1, 1)

        self.tax_amountEdit = QLineEdit(InvoiceDialog)
        self.tax_amountEdit.setObjectName(u"tax_amountEdit")

        self.formLayout.addWidget(self.tax_amountEdit, 8, 1, 1, 1)

        self.tax_amountError = QLabel(InvoiceDialog)
        self.tax_amountError.setObjectName(u"tax_amountError")
        self.tax_amountError.setVisible(False)
        self.tax_amountError.setWordWrap(True)
        self.tax_amountError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.tax_amountError, 9, 1, 1, 1)

        self.noteLabel = QLabel(InvoiceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.addWidget(self.noteLabel, 10, 0, 1, 1)

        self.noteEdit = QLineEdit(InvoiceDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.addWidget(self.noteEdit, 10, 1, 1, 1)

        self.noteError = QLabel(InvoiceDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setVisible(False)
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.noteError, 11, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(InvoiceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(InvoiceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.issued_onLabel.setBuddy(self.issued_onDate)
        self.invoice_typeLabel.setBuddy(self.invoice_typeCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.tax_amountLabel.setBuddy(self.tax_amountEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvoiceDialog)
        self.buttons.accepted.connect(InvoiceDialog.accept)
        self.buttons.rejected.connect(InvoiceDialog.reject)

        QMetaObject.connectSlotsByName(InvoiceDialog)
    # setupUi

    def retranslateUi(self, InvoiceDialog):
        self.numberLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Number", None))
        self.issued_onLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Issued on", None))
        self.invoice_typeLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Type", None))
        self.amountLabel.setText(QCoreApplication.translate("InvoiceDialog", u"&Amount before tax", None))
        self.tax_amountLabel.setText(QCoreApplication.translate("InvoiceDialog", u"Ta&x", None))
        self.noteLabel.setText(QCoreApplication.translate("InvoiceDialog", u"Not&e", None))
        pass
    # retranslateUi

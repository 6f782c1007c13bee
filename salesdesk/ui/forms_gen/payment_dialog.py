# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(440, 300)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.contractLabel = QLabel(PaymentDialog)
        self.contractLabel.setObjectName(u"contractLabel")
        self.contractLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contractLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.received_onLabel = QLabel(PaymentDialog)
        self.received_onLabel.setObjectName(u"received_onLabel")

        self.formLayout.addWidget(self.received_onLabel, 0, 0, 1, 1)

        self.received_onDate = QDateEdit(PaymentDialog)
        self.received_onDate.setObjectName(u"received_onDate")
        self.received_onDate.setCalendarPopup(True)
        self.received_onDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.addWidget(self.received_onDate, 0, 1, 1, 1)

        self.received_onError = QLabel(PaymentDialog)
        self.received_onError.setObjectName(u"received_onError")
        self.received_onError.setVisible(False)
        self.received_onError.setWordWrap(True)
        self.received_onError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.received_onError, 1, 1, 1, 1)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.addWidget(self.amountLabel, 2, 0, 1, 1)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.addWidget(self.amountEdit, 2, 1, 1, 1)

        self.amountError = QLabel(PaymentDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setVisible(False)
        self.amountError.setWordWrap(True)
        self.amountError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.amountError, 3, 1, 1, 1)

        self.methodLabel = QLabel(PaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.addWidget(self.methodLabel, 4, 0, 1, 1)

        self.methodCombo = QComboBox(PaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.addWidget(self.methodCombo, 4, 1, 1, 1)

        self.methodError = QLabel(PaymentDialog)
        self.methodError.setObjectName(u"methodError")
        self.methodError.setVisible(False)
        self.methodError.setWordWrap(True)
        self.methodError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.methodError, 5, 1, 1, 1)

        self.referenceLabel = QLabel(PaymentDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.addWidget(self.referenceLabel, 6, 0, 1, 1)

        self.referenceEdit = QLineEdit(PaymentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.addWidget(self.referenceEdit, 6, 1, 1, 1)

        self.referenceError = QLabel(PaymentDialog)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setVisible(False)
        self.referenceError.setWordWrap(True)
        self.referenceError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.referenceError, 7, 1, 1, 1)

        self.noteLabel = QLabel(PaymentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.addWidget(self.noteLabel, 8, 0, 1, 1)

        self.noteEdit = QLineEdit(PaymentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.addWidget(self.noteEdit, 8, 1, 1, 1)

        self.noteError = QLabel(PaymentDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setVisible(False)
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.noteError, 9, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PaymentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(PaymentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.received_onLabel.setBuddy(self.received_onDate)
        self.amountLabel.setBuddy(self.amountEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
        self.buttons.accepted.connect(PaymentDialog.accept)
        self.buttons.rejected.connect(PaymentDialog.reject)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        self.received_onLabel.setText(QCoreApplication.translate("PaymentDialog", u"Received &on", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Method", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Reference", None))
        self.noteLabel.setText(QCoreApplication.translate("PaymentDialog", u"No&te", None))
        pass
    # retranslateUi

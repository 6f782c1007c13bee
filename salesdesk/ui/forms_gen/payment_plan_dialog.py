# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_plan_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PaymentPlanDialog(object):
    def setupUi(self, PaymentPlanDialog):
        if not PaymentPlanDialog.objectName():
            PaymentPlanDialog.setObjectName(u"PaymentPlanDialog")
        PaymentPlanDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(PaymentPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.contractLabel = QLabel(PaymentPlanDialog)
        self.contractLabel.setObjectName(u"contractLabel")
        self.contractLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contractLabel)

        self.linesTable = QTableWidget(PaymentPlanDialog)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setColumnCount(3)

        self.mainLayout.addWidget(self.linesTable)

        self.lineButtons = QHBoxLayout()
        self.lineButtons.setObjectName(u"lineButtons")
        self.addButton = QPushButton(PaymentPlanDialog)
        self.addButton.setObjectName(u"addButton")

        self.lineButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(PaymentPlanDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.lineButtons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lineButtons.addItem(self.buttonSpacer)

        self.sumLabel = QLabel(PaymentPlanDialog)
        self.sumLabel.setObjectName(u"sumLabel")

        self.lineButtons.addWidget(self.sumLabel)


        self.mainLayout.addLayout(self.lineButtons)

        self.messageLabel = QLabel(PaymentPlanDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(PaymentPlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)


        self.retranslateUi(PaymentPlanDialog)
        self.buttons.accepted.connect(PaymentPlanDialog.accept)
        self.buttons.rejected.connect(PaymentPlanDialog.reject)

        QMetaObject.connectSlotsByName(PaymentPlanDialog)
    # setupUi

    def retranslateUi(self, PaymentPlanDialog):
        self.addButton.setText(QCoreApplication.translate("PaymentPlanDialog", u"&Add instalment", None))
        self.removeButton.setText(QCoreApplication.translate("PaymentPlanDialog", u"&Remove instalment", None))
        pass
    # retranslateUi

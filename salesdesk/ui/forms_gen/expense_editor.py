# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_editor.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ExpenseEditor(object):
    def setupUi(self, ExpenseEditor):
        if not ExpenseEditor.objectName():
            ExpenseEditor.setObjectName(u"ExpenseEditor")
        ExpenseEditor.resize(500, 480)
        ExpenseEditor.setWindowTitle(u"Expense")
        self.mainLayout = QVBoxLayout(ExpenseEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.statusLabel = QLabel(ExpenseEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.spentOnLabel = QLabel(ExpenseEditor)
        self.spentOnLabel.setObjectName(u"spentOnLabel")

        self.formLayout.addWidget(self.spentOnLabel, 0, 0, 1, 1)

        self.spentOnEdit = QDateEdit(ExpenseEditor)
        self.spentOnEdit.setObjectName(u"spentOnEdit")
        self.spentOnEdit.setCalendarPopup(True)
        self.spentOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.addWidget(self.spentOnEdit, 0, 1, 1, 1)

        self.spentOnError = QLabel(ExpenseEditor)
        self.spentOnError.setObjectName(u"spentOnError")
        self.spentOnError.setVisible(False)
        self.spentOnError.setWordWrap(True)
        self.spentOnError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.spentOnError, 1, 1, 1, 1)

        self.categoryLabel = QLabel(ExpenseEditor)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.addWidget(self.categoryLabel, 2, 0, 1, 1)

        self.categoryCombo = QComboBox(ExpenseEditor)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setProperty(u"keepsUnknown", True)

        self.formLayout.addWidget(self.categoryCombo, 2, 1, 1, 1)

        self.categoryError = QLabel(ExpenseEditor)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setVisible(False)
        self.categoryError.setWordWrap(True)
        self.categoryError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.categoryError, 3, 1, 1, 1)

        self.amountLabel = QLabel(ExpenseEditor)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.addWidget(self.amountLabel, 4, 0, 1, 1)

        self.amountEdit = QLineEdit(ExpenseEditor)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.addWidget(self.amountEdit, 4, 1, 1, 1)

        self.amountError = QLabel(ExpenseEditor)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setVisible(False)
        self.amountError.setWordWrap(True)
        self.amountError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.amountError, 5, 1, 1, 1)

        self.customerLabel = QLabel(ExpenseEditor)
        self.customerLabel.setObjectName(u"customerLabel")

        self.formLayout.addWidget(self.customerLabel, 6, 0, 1, 1)

        self.customerHolder = QWidget(ExpenseEditor)
        self.customerHolder.setObjectName(u"customerHolder")

        self.formLayout.addWidget(self.customerHolder, 6, 1, 1, 1)

        self.customer_idError = QLabel(ExpenseEditor)
        self.customer_idError.setObjectName(u"customer_idError")
        self.customer_idError.setVisible(False)
        self.customer_idError.setWordWrap(True)
        self.customer_idError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.customer_idError, 7, 1, 1, 1)

        self.opportunityLabel = QLabel(ExpenseEditor)
        self.opportunityLabel.setObjectName(u"opportunityLabel")

        self.formLayout.addWidget(self.opportunityLabel, 8, 0, 1, 1)

        self.opportunityHolder = QWidget(ExpenseEditor)
        self.opportunityHolder.setObjectName(u"opportunityHolder")

        self.formLayout.addWidget(self.opportunityHolder, 8, 1, 1, 1)

        self.opportunity_idError = QLabel(ExpenseEditor)
        self.opportunity_idError.setObjectName(u"opportunity_idError")
        self.opportunity_idError.setVisible(False)
        self.opportunity_idError.setWordWrap(True)
        self.opportunity_idError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.opportunity_idError, 9, 1, 1, 1)

        self.receiptLabel = QLabel(ExpenseEditor)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.addWidget(self.receiptLabel, 10, 0, 1, 1)

        self.receiptEdit = QLineEdit(ExpenseEditor)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.formLayout.addWidget(self.receiptEdit, 10, 1, 1, 1)

        self.receiptError = QLabel(ExpenseEditor)
        self.receiptError.setObjectName(u"receiptError")
        self.receiptError.setVisible(False)
        self.receiptError.setWordWrap(True)
        self.receiptError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.receiptError, 11, 1, 1, 1)

        self.noteLabel = QLabel(ExpenseEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.addWidget(self.noteLabel, 12, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(ExpenseEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.noteEdit, 12, 1, 1, 1)

        self.noteError = QLabel(ExpenseEditor)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setVisible(False)
        self.noteError.setWordWrap(True)
        self.noteError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.noteError, 13, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ExpenseEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ExpenseEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.spentOnLabel.setBuddy(self.spentOnEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExpenseEditor)
        self.buttons.accepted.connect(ExpenseEditor.accept)
        self.buttons.rejected.connect(ExpenseEditor.reject)

        QMetaObject.connectSlotsByName(ExpenseEditor)
    # setupUi

    def retranslateUi(self, ExpenseEditor):
        self.spentOnLabel.setText(QCoreApplication.translate("ExpenseEditor", u"&Date:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ExpenseEditor", u"Ca&tegory:", None))
        self.amountLabel.setText(QCoreApplication.translate("ExpenseEditor", u"Am&ount:", None))
        self.customerLabel.setText(QCoreApplication.translate("ExpenseEditor", u"Custo&mer:", None))
        self.opportunityLabel.setText(QCoreApplication.translate("ExpenseEditor", u"D&eal:", None))
        self.receiptLabel.setText(QCoreApplication.translate("ExpenseEditor", u"&Receipt no.:", None))
        self.noteLabel.setText(QCoreApplication.translate("ExpenseEditor", u"&Note:", None))
        pass
    # retranslateUi

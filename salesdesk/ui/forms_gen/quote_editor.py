# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quote_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)
class Ui_QuoteEditor(object):
    def setupUi(self, QuoteEditor):
        if not QuoteEditor.objectName():
            QuoteEditor.setObjectName(u"QuoteEditor")
        QuoteEditor.resize(760, 560)
        self.mainLayout = QVBoxLayout(QuoteEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(QuoteEditor)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(QuoteEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.formLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(QuoteEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(QuoteEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.titleError, 1, 1, 1, 1)

        self.customerIdLabel = QLabel(QuoteEditor)
        self.customerIdLabel.setObjectName(u"customerIdLabel")
        self.customerIdLabel.setText(u"")

        self.formLayout.addWidget(self.customerIdLabel, 2, 0, 1, 1)

        self.customerIdHolder = QWidget(QuoteEditor)
        self.customerIdHolder.setObjectName(u"customerIdHolder")

        self.formLayout.addWidget(self.customerIdHolder, 2, 1, 1, 1)

        self.customerIdError = QLabel(QuoteEditor)
        self.customerIdError.setObjectName(u"customerIdError")
        self.customerIdError.setVisible(False)
        self.customerIdError.setWordWrap(True)
        self.customerIdError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.customerIdError, 3, 1, 1, 1)

        self.validUntilLabel = QLabel(QuoteEditor)
        self.validUntilLabel.setObjectName(u"validUntilLabel")

        self.formLayout.addWidget(self.validUntilLabel, 4, 0, 1, 1)

        self.validUntilEdit = QLineEdit(QuoteEditor)
        self.validUntilEdit.setObjectName(u"validUntilEdit")

        self.formLayout.addWidget(self.validUntilEdit, 4, 1, 1, 1)

        self.validUntilError = QLabel(QuoteEditor)
        self.validUntilError.setObjectName(u"validUntilError")
        self.validUntilError.setVisible(False)
        self.validUntilError.setWordWrap(True)
        self.validUntilError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.validUntilError, 5, 1, 1, 1)

        self.notesLabel = QLabel(QuoteEditor)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.addWidget(self.notesLabel, 6, 0, 1, 1)

        self.notesEdit = QLineEdit(QuoteEditor)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.addWidget(self.notesEdit, 6, 1, 1, 1)

        self.notesError = QLabel(QuoteEditor)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.notesError, 7, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.linesView = QTableView(QuoteEditor)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.mainLayout.addWidget(self.linesView)

        self.linesButtons = QHBoxLayout()
        self.linesButtons.setObjectName(u"linesButtons")
        self.addProductLabel = QLabel(QuoteEditor)
        self.addProductLabel.setObjectName(u"addProductLabel")

        self.linesButtons.addWidget(self.addProductLabel)

        self.productBox = QWidget(QuoteEditor)
        self.productBox.setObjectName(u"productBox")

        self.linesButtons.addWidget(self.productBox)

        self.removeLineButton = QPushButton(QuoteEditor)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.linesButtons.addWidget(self.removeLineButton)

        self.linesButtons.setStretch(1, 1)

        self.mainLayout.addLayout(self.linesButtons)

        self.totalsLabel = QLabel(QuoteEditor)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.mainLayout.addWidget(self.totalsLabel)

        self.versionsLabel = QLabel(QuoteEditor)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.versionsLabel)

        self.messageLabel = QLabel(QuoteEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(QuoteEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.customerIdLabel.setBuddy(self.customerIdHolder)
        self.validUntilLabel.setBuddy(self.validUntilEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuoteEditor)
        self.buttons.accepted.connect(QuoteEditor.accept)
        self.buttons.rejected.connect(QuoteEditor.reject)

        QMetaObject.connectSlotsByName(QuoteEditor)
    # setupUi

    def retranslateUi(self, QuoteEditor):
        QuoteEditor.setWindowTitle(QCoreApplication.translate("QuoteEditor", u"Quote", None))
        self.validUntilLabel.setText(QCoreApplication.translate("QuoteEditor", u"&Valid until:", None))
        self.notesLabel.setText(QCoreApplication.translate("QuoteEditor", u"&Notes:", None))
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ProductEditor(object):
    def setupUi(self, ProductEditor):
        if not ProductEditor.objectName():
            ProductEditor.setObjectName(u"ProductEditor")
        ProductEditor.resize(460, 420)
        self.mainLayout = QVBoxLayout(ProductEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(ProductEditor)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(ProductEditor)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.codeError = QLabel(ProductEditor)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setVisible(False)
        self.codeError.setWordWrap(True)
        self.codeError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.codeError, 1, 1, 1, 1)

        self.nameLabel = QLabel(ProductEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.addWidget(self.nameLabel, 2, 0, 1, 1)

        self.nameEdit = QLineEdit(ProductEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.addWidget(self.nameEdit, 2, 1, 1, 1)

        self.nameError = QLabel(ProductEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.nameError, 3, 1, 1, 1)

        self.categoryLabel = QLabel(ProductEditor)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.addWidget(self.categoryLabel, 4, 0, 1, 1)

        self.categoryCombo = QComboBox(ProductEditor)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.addWidget(self.categoryCombo, 4, 1, 1, 1)

        self.categoryError = QLabel(ProductEditor)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setVisible(False)
        self.categoryError.setWordWrap(True)
        self.categoryError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.categoryError, 5, 1, 1, 1)

        self.specificationLabel = QLabel(ProductEditor)
        self.specificationLabel.setObjectName(u"specificationLabel")

        self.formLayout.addWidget(self.specificationLabel, 6, 0, 1, 1)

        self.specificationEdit = QLineEdit(ProductEditor)
        self.specificationEdit.setObjectName(u"specificationEdit")

        self.formLayout.addWidget(self.specificationEdit, 6, 1, 1, 1)

        self.specificationError = QLabel(ProductEditor)
        self.specificationError.setObjectName(u"specificationError")
        self.specificationError.setVisible(False)
        self.specificationError.setWordWrap(True)
        self.specificationError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.specificationError, 7, 1, 1, 1)

        self.unitLabel = QLabel(ProductEditor)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.addWidget(self.unitLabel, 8, 0, 1, 1)

        self.unitEdit = QLineEdit(ProductEditor)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.addWidget(self.unitEdit, 8, 1, 1, 1)

        self.unitError = QLabel(ProductEditor)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setVisible(False)
        self.unitError.setWordWrap(True)
        self.unitError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.unitError, 9, 1, 1, 1)

        self.listPriceLabel = QLabel(ProductEditor)
        self.listPriceLabel.setObjectName(u"listPriceLabel")

        self.formLayout.addWidget(self.listPriceLabel, 10, 0, 1, 1)

        self.listPriceEdit = QLineEdit(ProductEditor)
        self.listPriceEdit.setObjectName(u"listPriceEdit")

        self.formLayout.addWidget(self.listPriceEdit, 10, 1, 1, 1)

        self.listPriceError = QLabel(ProductEditor)
        self.listPriceError.setObjectName(u"listPriceError")
        self.listPriceError.setVisible(False)
        self.listPriceError.setWordWrap(True)
        self.listPriceError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.listPriceError, 11, 1, 1, 1)

        self.costPriceLabel = QLabel(ProductEditor)
        self.costPriceLabel.setObjectName(u"costPriceLabel")

        self.formLayout.addWidget(self.costPriceLabel, 12, 0, 1, 1)

        self.costPriceEdit = QLineEdit(ProductEditor)
        self.costPriceEdit.setObjectName(u"costPriceEdit")

        self.formLayout.addWidget(self.costPriceEdit, 12, 1, 1, 1)

        self.costPriceError = QLabel(ProductEditor)
        self.costPriceError.setObjectName(u"costPriceError")
        self.costPriceError.setVisible(False)
        self.costPriceError.setWordWrap(True)
        self.costPriceError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.costPriceError, 13, 1, 1, 1)

        self.taxRateLabel = QLabel(ProductEditor)
        self.taxRateLabel.setObjectName(u"taxRateLabel")

        self.formLayout.addWidget(self.taxRateLabel, 14, 0, 1, 1)

        self.taxRateEdit = QLineEdit(ProductEditor)
        self.taxRateEdit.setObjectName(u"taxRateEdit")

        self.formLayout.addWidget(self.taxRateEdit, 14, 1, 1, 1)

        self.taxRateError = QLabel(ProductEditor)
        self.taxRateError.setObjectName(u"taxRateError")
        self.taxRateError.setVisible(False)
        self.taxRateError.setWordWrap(True)
        self.taxRateError.setStyleSheet(u"color: #c62828;")

        self.formLayout.addWidget(self.taxRateError, 15, 1, 1, 1)

        self.activeCheck = QCheckBox(ProductEditor)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.addWidget(self.activeCheck, 16, 1, 1, 1)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(ProductEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setVisible(False)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttons = QDialogButtonBox(ProductEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.specificationLabel.setBuddy(self.specificationEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.listPriceLabel.setBuddy(self.listPriceEdit)
        self.costPriceLabel.setBuddy(self.costPriceEdit)
        self.taxRateLabel.setBuddy(self.taxRateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductEditor)
        self.buttons.accepted.connect(ProductEditor.accept)
        self.buttons.rejected.connect(ProductEditor.reject)

        QMetaObject.connectSlotsByName(ProductEditor)
    # setupUi

    def retranslateUi(self, ProductEditor):
        ProductEditor.setWindowTitle(QCoreApplication.translate("ProductEditor", u"Product", None))
        self.codeLabel.setText(QCoreApplication.translate("ProductEditor", u"&Code", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductEditor", u"&Name", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProductEditor", u"Cat&egory", None))
        self.specificationLabel.setText(QCoreApplication.translate("ProductEditor", u"S&pecification", None))
        self.unitLabel.setText(QCoreApplication.translate("ProductEditor", u"&Unit", None))
        self.listPriceLabel.setText(QCoreApplication.translate("ProductEditor", u"&List price", None))
        self.costPriceLabel.setText(QCoreApplication.translate("ProductEditor", u"C&ost price", None))
        self.taxRateLabel.setText(QCoreApplication.translate("ProductEditor", u"&Tax rate (%)", None))
        self.activeCheck.setText(QCoreApplication.translate("ProductEditor", u"Acti&ve (offered for new deals)", None))
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'picklist_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PicklistPage(object):
    def setupUi(self, PicklistPage):
        if not PicklistPage.objectName():
            PicklistPage.setObjectName(u"PicklistPage")
        PicklistPage.resize(640, 480)
        self.mainLayout = QVBoxLayout(PicklistPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(PicklistPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.mainLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(PicklistPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(PicklistPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(PicklistPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.mainLayout.addLayout(self.kindLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.entriesList = QListWidget(PicklistPage)
        self.entriesList.setObjectName(u"entriesList")

        self.bodyLayout.addWidget(self.entriesList)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.nameLabel = QLabel(PicklistPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.buttonsLayout.addWidget(self.nameLabel)

        self.nameEdit = QLineEdit(PicklistPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.buttonsLayout.addWidget(self.nameEdit)

        self.nameError = QLabel(PicklistPage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c62828;")

        self.buttonsLayout.addWidget(self.nameError)

        self.addButton = QPushButton(PicklistPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(PicklistPage)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.activeButton = QPushButton(PicklistPage)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)

        self.upButton = QPushButton(PicklistPage)
        self.upButton.setObjectName(u"upButton")

        self.buttonsLayout.addWidget(self.upButton)

        self.downButton = QPushButton(PicklistPage)
        self.downButton.setObjectName(u"downButton")

        self.buttonsLayout.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.statusLabel = QLabel(PicklistPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PicklistPage)

        QMetaObject.connectSlotsByName(PicklistPage)
    # setupUi

    def retranslateUi(self, PicklistPage):
        self.headingLabel.setText(QCoreApplication.translate("PicklistPage", u"Picklists", None))
        self.introLabel.setText(QCoreApplication.translate("PicklistPage", u"The values a customer's industry, source and region are chosen from, for the whole company. A deactivated value is no longer offered but stays on the customers that have it; a new name reaches every customer that has the value.", None))
        self.kindLabel.setText(QCoreApplication.translate("PicklistPage", u"&List:", None))
        self.nameLabel.setText(QCoreApplication.translate("PicklistPage", u"&Name:", None))
        self.addButton.setText(QCoreApplication.translate("PicklistPage", u"&Add", None))
        self.renameButton.setText(QCoreApplication.translate("PicklistPage", u"&Rename", None))
        self.activeButton.setText(QCoreApplication.translate("PicklistPage", u"&Deactivate", None))
        self.upButton.setText(QCoreApplication.translate("PicklistPage", u"Move &up", None))
        self.downButton.setText(QCoreApplication.translate("PicklistPage", u"Move do&wn", None))
        pass
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(640, 400)
        ConflictDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headlineLabel = QLabel(ConflictDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setStyleSheet(u"font-weight: 600;")

        self.mainLayout.addWidget(self.headlineLabel)

        self.explainLabel = QLabel(ConflictDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.diffTable = QTableWidget(ConflictDialog)
        if (self.diffTable.columnCount() < 3):
            self.diffTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.diffTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.diffTable.setObjectName(u"diffTable")
        self.diffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diffTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.diffTable.setAlternatingRowColors(True)
        self.diffTable.setWordWrap(True)

        self.mainLayout.addWidget(self.diffTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.reloadButton = QPushButton(ConflictDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonLayout.addWidget(self.reloadButton)

        self.keepButton = QPushButton(ConflictDialog)
        self.keepButton.setObjectName(u"keepButton")

        self.buttonLayout.addWidget(self.keepButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConflictDialog)

        self.keepButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Someone else changed this customer", None))
        self.explainLabel.setText(QCoreApplication.translate("ConflictDialog", u"Your changes were not saved. Compare them with the current version, then reload it (your changes are discarded) or keep editing (your changes are applied on top of the current version and you can save again).", None))
        ___qtablewidgetitem = self.diffTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        ___qtablewidgetitem1 = self.diffTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"Your value", None))
        ___qtablewidgetitem2 = self.diffTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Their current value", None))
        self.reloadButton.setText(QCoreApplication.translate("ConflictDialog", u"&Reload (discard my changes)", None))
        self.keepButton.setText(QCoreApplication.translate("ConflictDialog", u"&Keep editing", None))
    # retranslateUi

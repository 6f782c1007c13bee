# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contract_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ContractEditor(object):
    def setupUi(self, ContractEditor):
        if not ContractEditor.objectName():
            ContractEditor.setObjectName(u"ContractEditor")
        ContractEditor.resize(860, 640)
        self.mainLayout = QVBoxLayout(ContractEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ContractEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.stampLabel = QLabel(ContractEditor)
        self.stampLabel.setObjectName(u"stampLabel")
        self.stampLabel.setStyleSheet(u"color: #6b7280;")

        self.headerLayout.addWidget(self.stampLabel)

        self.headerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.factsLabel = QLabel(ContractEditor)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setStyleSheet(u"color: #374151;")

        self.mainLayout.addWidget(self.factsLabel)

        self.stateLabel = QLabel(ContractEditor)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setStyleSheet(u"QLabel { background: #eef2ff; border-radius: 4px; padding: 4px 8px; }")

        self.mainLayout.addWidget(self.stateLabel)

        self.flowLayout = QHBoxLayout()
        self.flowLayout.setObjectName(u"flowLayout")
        self.flowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flowLayout.addItem(self.flowSpacer)


        self.mainLayout.addLayout(self.flowLayout)

        self.liveBar = QFrame(ContractEditor)
        self.liveBar.setObjectName(u"liveBar")
        self.liveBar.setVisible(False)
        self.liveBar.setStyleSheet(u"QFrame#liveBar { background: #fff8e1; border: 1px solid #ffca28; border-radius: 4px; }")
        self.liveBarLayout = QHBoxLayout(self.liveBar)
        self.liveBarLayout.setObjectName(u"liveBarLayout")
        self.liveLabel = QLabel(self.liveBar)
        self.liveLabel.setObjectName(u"liveLabel")
        self.liveLabel.setWordWrap(True)

        self.liveBarLayout.addWidget(self.liveLabel)

        self.liveReloadButton = QPushButton(self.liveBar)
        self.liveReloadButton.setObjectName(u"liveReloadButton")
        self.liveReloadButton.setText(u"Reload")

        self.liveBarLayout.addWidget(self.liveReloadButton)

        self.liveKeepButton = QPushButton(self.liveBar)
        self.liveKeepButton.setObjectName(u"liveKeepButton")
        self.liveKeepButton.setText(u"Keep editing")

        self.liveBarLayout.addWidget(self.liveKeepButton)


        self.mainLayout.addWidget(self.liveBar)

        self.tabs = QTabWidget(ContractEditor)
        self.tabs.setObjectName(u"tabs")
        self.contractTab = QWidget()
        self.contractTab.setObjectName(u"contractTab")
        self.contractLayout = QVBoxLayout(self.contractTab)
        self.contractLayout.setObjectName(u"contractLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(2)
        self.customerLabel = QLabel(self.contractTab)
        self.customerLabel.setObjectName(u"customerLabel")

        self.fieldsLayout.addWidget(self.customerLabel, 0, 0, 1, 1)

        self.customerBox = QWidget(self.contractTab)
        self.customerBox.setObjectName(u"customerBox")

        self.fieldsLayout.addWidget(self.customerBox, 0, 1, 1, 1)

        self.customerBoxError = QLabel(self.contractTab)
        self.customerBoxError.setObjectName(u"customerBoxError")
        self.customerBoxError.setVisible(False)
        self.customerBoxError.setWordWrap(True)
        self.customerBoxError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.customerBoxError, 1, 1, 1, 1)

        self.titleFieldLabel = QLabel(self.contractTab)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.fieldsLayout.addWidget(self.titleFieldLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(self.contractTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(self.contractTab)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.titleError, 3, 1, 1, 1)

        self.signedOnLabel = QLabel(self.contractTab)
        self.signedOnLabel.setObjectName(u"signedOnLabel")

        self.fieldsLayout.addWidget(self.signedOnLabel, 4, 0, 1, 1)

        self.signedOnDate = QDateEdit(self.contractTab)
        self.signedOnDate.setObjectName(u"signedOnDate")
        self.signedOnDate.setCalendarPopup(True)
        self.signedOnDate.setSpecialValueText(u"\u2014")
        self.signedOnDate.setMinimumDate(QDate(2000, 1, 1))
        self.signedOnDate.setDate(QDate(2000, 1, 1))

        self.fieldsLayout.addWidget(self.signedOnDate, 4, 1, 1, 1)

        self.signedOnError = QLabel(self.contractTab)
        self.signedOnError.setObjectName(u"signedOnError")
        self.signedOnError.setVisible(False)
        self.signedOnError.setWordWrap(True)
        self.signedOnError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.signedOnError, 5, 1, 1, 1)

        self.startsOnLabel = QLabel(self.contractTab)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.fieldsLayout.addWidget(self.startsOnLabel, 6, 0, 1, 1)

        self.startsOnDate = QDateEdit(self.contractTab)
        self.startsOnDate.setObjectName(u"startsOnDate")
        self.startsOnDate.setCalendarPopup(True)
        self.startsOnDate.setSpecialValueText(u"\u2014")
        self.startsOnDate.setMinimumDate(QDate(2000, 1, 1))
        self.startsOnDate.setDate(QDate(2000, 1, 1))

        self.fieldsLayout.addWidget(self.startsOnDate, 6, 1, 1, 1)

        self.startsOnError = QLabel(self.contractTab)
        self.startsOnError.setObjectName(u"startsOnError")
        self.startsOnError.setVisible(False)
        self.startsOnError.setWordWrap(True)
        self.startsOnError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.startsOnError, 7, 1, 1, 1)

        self.endsOnLabel = QLabel(self.contractTab)
        self.endsOnLabel.setObjectName(u"endsOnLabel")

        self.fieldsLayout.addWidget(self.endsOnLabel, 8, 0, 1, 1)

        self.endsOnDate = QDateEdit(self.contractTab)
        self.endsOnDate.setObjectName(u"endsOnDate")
        self.endsOnDate.setCalendarPopup(True)
        self.endsOnDate.setSpecialValueText(u"\u2014")
        self.endsOnDate.setMinimumDate(QDate(2000, 1, 1))
        self.endsOnDate.setDate(QDate(2000, 1, 1))

        self.fieldsLayout.addWidget(self.endsOnDate, 8, 1, 1, 1)

        self.endsOnError = QLabel(self.contractTab)
        self.endsOnError.setObjectName(u"endsOnError")
        self.endsOnError.setVisible(False)
        self.endsOnError.setWordWrap(True)
        self.endsOnError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.endsOnError, 9, 1, 1, 1)

        self.notesLabel = QLabel(self.contractTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 10, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.contractTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumHeight(60)

        self.fieldsLayout.addWidget(self.notesEdit, 10, 1, 1, 1)

        self.notesError = QLabel(self.contractTab)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.notesError, 11, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.contractLayout.addLayout(self.fieldsLayout)

        self.linesView = QTableView(self.contractTab)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.contractLayout.addWidget(self.linesView)

        self.linesButtons = QHBoxLayout()
        self.linesButtons.setObjectName(u"linesButtons")
        self.addProductLabel = QLabel(self.contractTab)
        self.addProductLabel.setObjectName(u"addProductLabel")

        self.linesButtons.addWidget(self.addProductLabel)

        self.productBox = QWidget(self.contractTab)
        self.productBox.setObjectName(u"productBox")

        self.linesButtons.addWidget(self.productBox)

        self.removeLineButton = QPushButton(self.contractTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.linesButtons.addWidget(self.removeLineButton)

        self.linesButtons.setStretch(1, 1)

        self.contractLayout.addLayout(self.linesButtons)

        self.totalsLabel = QLabel(self.contractTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.contractLayout.addWidget(self.totalsLabel)

        self.tabs.addTab(self.contractTab, "")
        self.approvalTab = QWidget()
        self.approvalTab.setObjectName(u"approvalTab")
        self.approvalLayout = QVBoxLayout(self.approvalTab)
        self.approvalLayout.setObjectName(u"approvalLayout")
        self.trailView = QTableView(self.approvalTab)
        self.trailView.setObjectName(u"trailView")
        self.trailView.setAlternatingRowColors(True)

        self.approvalLayout.addWidget(self.trailView)

        self.tabs.addTab(self.approvalTab, "")
        self.versionsTab = QWidget()
        self.versionsTab.setObjectName(u"versionsTab")
        self.versionsLayout = QVBoxLayout(self.versionsTab)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsView = QTableView(self.versionsTab)
        self.versionsView.setObjectName(u"versionsView")
        self.versionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versionsView.setAlternatingRowColors(True)

        self.versionsLayout.addWidget(self.versionsView)

        self.versionLinesView = QTableView(self.versionsTab)
        self.versionLinesView.setObjectName(u"versionLinesView")
        self.versionLinesView.setAlternatingRowColors(True)

        self.versionsLayout.addWidget(self.versionLinesView)

        self.tabs.addTab(self.versionsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = QLabel(ContractEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.statusLabel)

        self.revertButton = QPushButton(ContractEditor)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setText(u"Discard changes")

        self.footerLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(ContractEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setText(u"&Save")

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customerBox)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.signedOnLabel.setBuddy(self.signedOnDate)
        self.startsOnLabel.setBuddy(self.startsOnDate)
        self.endsOnLabel.setBuddy(self.endsOnDate)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ContractEditor)
    # setupUi

    def retranslateUi(self, ContractEditor):
        self.customerLabel.setText(QCoreApplication.translate("ContractEditor", u"&Customer:", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("ContractEditor", u"&Title:", None))
        self.signedOnLabel.setText(QCoreApplication.translate("ContractEditor", u"Si&gned on:", None))
        self.startsOnLabel.setText(QCoreApplication.translate("ContractEditor", u"&Starts on:", None))
        self.endsOnLabel.setText(QCoreApplication.translate("ContractEditor", u"&Ends on:", None))
        self.notesLabel.setText(QCoreApplication.translate("ContractEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contractTab), QCoreApplication.translate("ContractEditor", u"C&ontract", None))
        self.tabs.setTabText(self.tabs.indexOf(self.approvalTab), QCoreApplication.translate("ContractEditor", u"A&pproval", None))
        self.tabs.setTabText(self.tabs.indexOf(self.versionsTab), QCoreApplication.translate("ContractEditor", u"&Versions", None))
        pass
    # retranslateUi

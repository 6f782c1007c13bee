# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opportunity_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_OpportunityEditor(object):
    def setupUi(self, OpportunityEditor):
        if not OpportunityEditor.objectName():
            OpportunityEditor.setObjectName(u"OpportunityEditor")
        OpportunityEditor.resize(760, 620)
        self.mainLayout = QVBoxLayout(OpportunityEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(OpportunityEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.stampLabel = QLabel(OpportunityEditor)
        self.stampLabel.setObjectName(u"stampLabel")
        self.stampLabel.setStyleSheet(u"color: #6b7280;")

        self.headerLayout.addWidget(self.stampLabel)

        self.headerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.factsLabel = QLabel(OpportunityEditor)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setStyleSheet(u"color: #374151;")

        self.mainLayout.addWidget(self.factsLabel)

        self.liveBar = QFrame(OpportunityEditor)
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

        self.tabs = QTabWidget(OpportunityEditor)
        self.tabs.setObjectName(u"tabs")
        self.dealTab = QWidget()
        self.dealTab.setObjectName(u"dealTab")
        self.dealLayout = QVBoxLayout(self.dealTab)
        self.dealLayout.setObjectName(u"dealLayout")
        self.dealScroll = QScrollArea(self.dealTab)
        self.dealScroll.setObjectName(u"dealScroll")
        self.dealScroll.setWidgetResizable(True)
        self.dealScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dealContents = QWidget()
        self.dealContents.setObjectName(u"dealContents")
        self.dealContents.setMaximumWidth(900)
        self.fieldsLayout = QGridLayout(self.dealContents)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(2)
        self.customerLabel = QLabel(self.dealContents)
        self.customerLabel.setObjectName(u"customerLabel")

        self.fieldsLayout.addWidget(self.customerLabel, 0, 0, 1, 1)

        self.customerBox = QWidget(self.dealContents)
        self.customerBox.setObjectName(u"customerBox")

        self.fieldsLayout.addWidget(self.customerBox, 0, 1, 1, 1)

        self.customerBoxError = QLabel(self.dealContents)
        self.customerBoxError.setObjectName(u"customerBoxError")
        self.customerBoxError.setVisible(False)
        self.customerBoxError.setWordWrap(True)
        self.customerBoxError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.customerBoxError, 1, 1, 1, 1)

        self.titleFieldLabel = QLabel(self.dealContents)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.fieldsLayout.addWidget(self.titleFieldLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(self.dealContents)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(self.dealContents)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)
        self.titleError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.titleError, 3, 1, 1, 1)

        self.stageLabel = QLabel(self.dealContents)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fieldsLayout.addWidget(self.stageLabel, 4, 0, 1, 1)

        self.stageCombo = QComboBox(self.dealContents)
        self.stageCombo.setObjectName(u"stageCombo")

        self.fieldsLayout.addWidget(self.stageCombo, 4, 1, 1, 1)

        self.stageError = QLabel(self.dealContents)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setVisible(False)
        self.stageError.setWordWrap(True)
        self.stageError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.stageError, 5, 1, 1, 1)

        self.probabilityLabel = QLabel(self.dealContents)
        self.probabilityLabel.setObjectName(u"probabilityLabel")

        self.fieldsLayout.addWidget(self.probabilityLabel, 6, 0, 1, 1)

        self.probabilityEdit = QLineEdit(self.dealContents)
        self.probabilityEdit.setObjectName(u"probabilityEdit")

        self.fieldsLayout.addWidget(self.probabilityEdit, 6, 1, 1, 1)

        self.probabilityError = QLabel(self.dealContents)
        self.probabilityError.setObjectName(u"probabilityError")
        self.probabilityError.setVisible(False)
        self.probabilityError.setWordWrap(True)
        self.probabilityError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.probabilityError, 7, 1, 1, 1)

        self.forecastLabel = QLabel(self.dealContents)
        self.forecastLabel.setObjectName(u"forecastLabel")

        self.fieldsLayout.addWidget(self.forecastLabel, 8, 0, 1, 1)

        self.forecastEdit = QLineEdit(self.dealContents)
        self.forecastEdit.setObjectName(u"forecastEdit")
        self.forecastEdit.setReadOnly(True)

        self.fieldsLayout.addWidget(self.forecastEdit, 8, 1, 1, 1)

        self.amountLabel = QLabel(self.dealContents)
        self.amountLabel.setObjectName(u"amountLabel")

        self.fieldsLayout.addWidget(self.amountLabel, 10, 0, 1, 1)

        self.amountEdit = QLineEdit(self.dealContents)
        self.amountEdit.setObjectName(u"amountEdit")

        self.fieldsLayout.addWidget(self.amountEdit, 10, 1, 1, 1)

        self.amountError = QLabel(self.dealContents)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setVisible(False)
        self.amountError.setWordWrap(True)
        self.amountError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.amountError, 11, 1, 1, 1)

        self.expectedCloseLabel = QLabel(self.dealContents)
        self.expectedCloseLabel.setObjectName(u"expectedCloseLabel")

        self.fieldsLayout.addWidget(self.expectedCloseLabel, 12, 0, 1, 1)

        self.expectedCloseDate = QDateEdit(self.dealContents)
        self.expectedCloseDate.setObjectName(u"expectedCloseDate")
        self.expectedCloseDate.setCalendarPopup(True)
        self.expectedCloseDate.setSpecialValueText(u"\u2014")
        self.expectedCloseDate.setMinimumDate(QDate(2000, 1, 1))
        self.expectedCloseDate.setDate(QDate(2000, 1, 1))

        self.fieldsLayout.addWidget(self.expectedCloseDate, 12, 1, 1, 1)

        self.expectedCloseError = QLabel(self.dealContents)
        self.expectedCloseError.setObjectName(u"expectedCloseError")
        self.expectedCloseError.setVisible(False)
        self.expectedCloseError.setWordWrap(True)
        self.expectedCloseError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.expectedCloseError, 13, 1, 1, 1)

        self.sourceLabel = QLabel(self.dealContents)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.fieldsLayout.addWidget(self.sourceLabel, 14, 0, 1, 1)

        self.sourceCombo = QComboBox(self.dealContents)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.fieldsLayout.addWidget(self.sourceCombo, 14, 1, 1, 1)

        self.sourceError = QLabel(self.dealContents)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setVisible(False)
        self.sourceError.setWordWrap(True)
        self.sourceError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.sourceError, 15, 1, 1, 1)

        self.competitorsLabel = QLabel(self.dealContents)
        self.competitorsLabel.setObjectName(u"competitorsLabel")

        self.fieldsLayout.addWidget(self.competitorsLabel, 16, 0, 1, 1)

        self.competitorsEdit = QLineEdit(self.dealContents)
        self.competitorsEdit.setObjectName(u"competitorsEdit")

        self.fieldsLayout.addWidget(self.competitorsEdit, 16, 1, 1, 1)

        self.competitorsError = QLabel(self.dealContents)
        self.competitorsError.setObjectName(u"competitorsError")
        self.competitorsError.setVisible(False)
        self.competitorsError.setWordWrap(True)
        self.competitorsError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.competitorsError, 17, 1, 1, 1)

        self.nextStepLabel = QLabel(self.dealContents)
        self.nextStepLabel.setObjectName(u"nextStepLabel")

        self.fieldsLayout.addWidget(self.nextStepLabel, 18, 0, 1, 1)

        self.nextStepEdit = QLineEdit(self.dealContents)
        self.nextStepEdit.setObjectName(u"nextStepEdit")

        self.fieldsLayout.addWidget(self.nextStepEdit, 18, 1, 1, 1)

        self.nextStepError = QLabel(self.dealContents)
        self.nextStepError.setObjectName(u"nextStepError")
        self.nextStepError.setVisible(False)
        self.nextStepError.setWordWrap(True)
        self.nextStepError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.nextStepError, 19, 1, 1, 1)

        self.wonLostReasonLabel = QLabel(self.dealContents)
        self.wonLostReasonLabel.setObjectName(u"wonLostReasonLabel")

        self.fieldsLayout.addWidget(self.wonLostReasonLabel, 20, 0, 1, 1)

        self.wonLostReasonEdit = QLineEdit(self.dealContents)
        self.wonLostReasonEdit.setObjectName(u"wonLostReasonEdit")

        self.fieldsLayout.addWidget(self.wonLostReasonEdit, 20, 1, 1, 1)

        self.wonLostReasonError = QLabel(self.dealContents)
        self.wonLostReasonError.setObjectName(u"wonLostReasonError")
        self.wonLostReasonError.setVisible(False)
        self.wonLostReasonError.setWordWrap(True)
        self.wonLostReasonError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.wonLostReasonError, 21, 1, 1, 1)

        self.notesLabel = QLabel(self.dealContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 22, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.dealContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumHeight(90)

        self.fieldsLayout.addWidget(self.notesEdit, 22, 1, 1, 1)

        self.notesError = QLabel(self.dealContents)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.notesError, 23, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)
        self.dealScroll.setWidget(self.dealContents)

        self.dealLayout.addWidget(self.dealScroll)

        self.tabs.addTab(self.dealTab, "")
        self.linesTab = QWidget()
        self.linesTab.setObjectName(u"linesTab")
        self.linesLayout = QVBoxLayout(self.linesTab)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesView = QTableView(self.linesTab)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.linesLayout.addWidget(self.linesView)

        self.linesLayoutButtons = QHBoxLayout()
        self.linesLayoutButtons.setObjectName(u"linesLayoutButtons")
        self.addProductLabel = QLabel(self.linesTab)
        self.addProductLabel.setObjectName(u"addProductLabel")

        self.linesLayoutButtons.addWidget(self.addProductLabel)

        self.productBox = QWidget(self.linesTab)
        self.productBox.setObjectName(u"productBox")

        self.linesLayoutButtons.addWidget(self.productBox)

        self.linesNote = QLabel(self.linesTab)
        self.linesNote.setObjectName(u"linesNote")

        self.linesLayoutButtons.addWidget(self.linesNote)

        self.removeLineButton = QPushButton(self.linesTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.linesLayoutButtons.addWidget(self.removeLineButton)

        self.linesLayoutButtons.setStretch(1, 1)

        self.linesLayout.addLayout(self.linesLayoutButtons)

        self.tabs.addTab(self.linesTab, "")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamView = QTableView(self.teamTab)
        self.teamView.setObjectName(u"teamView")
        self.teamView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.teamLayout.addWidget(self.teamView)

        self.teamLayoutButtons = QHBoxLayout()
        self.teamLayoutButtons.setObjectName(u"teamLayoutButtons")
        self.addMemberLabel = QLabel(self.teamTab)
        self.addMemberLabel.setObjectName(u"addMemberLabel")

        self.teamLayoutButtons.addWidget(self.addMemberLabel)

        self.memberBox = QWidget(self.teamTab)
        self.memberBox.setObjectName(u"memberBox")

        self.teamLayoutButtons.addWidget(self.memberBox)

        self.creditTotalLabel = QLabel(self.teamTab)
        self.creditTotalLabel.setObjectName(u"creditTotalLabel")

        self.teamLayoutButtons.addWidget(self.creditTotalLabel)

        self.removeMemberButton = QPushButton(self.teamTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.teamLayoutButtons.addWidget(self.removeMemberButton)

        self.teamLayoutButtons.setStretch(1, 1)

        self.teamLayout.addLayout(self.teamLayoutButtons)

        self.tabs.addTab(self.teamTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setAlternatingRowColors(True)

        self.historyLayout.addWidget(self.historyView)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = QLabel(OpportunityEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.statusLabel)

        self.revertButton = QPushButton(OpportunityEditor)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setText(u"Discard changes")

        self.footerLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(OpportunityEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setText(u"&Save")

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customerBox)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.stageLabel.setBuddy(self.stageCombo)
        self.probabilityLabel.setBuddy(self.probabilityEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.expectedCloseLabel.setBuddy(self.expectedCloseDate)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.competitorsLabel.setBuddy(self.competitorsEdit)
        self.nextStepLabel.setBuddy(self.nextStepEdit)
        self.wonLostReasonLabel.setBuddy(self.wonLostReasonEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpportunityEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(OpportunityEditor)
    # setupUi

    def retranslateUi(self, OpportunityEditor):
        self.customerLabel.setText(QCoreApplication.translate("OpportunityEditor", u"&Customer:", None))
        self.titleFieldLabel.setText(QCoreApplication.translate("OpportunityEditor", u"&Title:", None))
        self.stageLabel.setText(QCoreApplication.translate("OpportunityEditor", u"St&age:", None))
        self.probabilityLabel.setText(QCoreApplication.translate("OpportunityEditor", u"&Probability:", None))
        self.forecastLabel.setText(QCoreApplication.translate("OpportunityEditor", u"Forecast:", None))
        self.amountLabel.setText(QCoreApplication.translate("OpportunityEditor", u"Amo&unt:", None))
        self.expectedCloseLabel.setText(QCoreApplication.translate("OpportunityEditor", u"Expected c&lose:", None))
        self.sourceLabel.setText(QCoreApplication.translate("OpportunityEditor", u"Sou&rce:", None))
        self.competitorsLabel.setText(QCoreApplication.translate("OpportunityEditor", u"C&ompetitors:", None))
        self.nextStepLabel.setText(QCoreApplication.translate("OpportunityEditor", u"Ne&xt step:", None))
        self.wonLostReasonLabel.setText(QCoreApplication.translate("OpportunityEditor", u"&Won/lost reason:", None))
        self.notesLabel.setText(QCoreApplication.translate("OpportunityEditor", u"&Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dealTab), QCoreApplication.translate("OpportunityEditor", u"&Deal", None))
        self.tabs.setTabText(self.tabs.indexOf(self.linesTab), QCoreApplication.translate("OpportunityEditor", u"Product l&ines", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamTab), QCoreApplication.translate("OpportunityEditor", u"Deal tea&m", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("OpportunityEditor", u"Stage histor&y", None))
        pass
    # retranslateUi

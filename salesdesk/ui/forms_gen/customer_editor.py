# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CustomerEditor(object):
    def setupUi(self, CustomerEditor):
        if not CustomerEditor.objectName():
            CustomerEditor.setObjectName(u"CustomerEditor")
        CustomerEditor.resize(760, 620)
        self.mainLayout = QVBoxLayout(CustomerEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(CustomerEditor)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.headerLayout.addWidget(self.titleLabel)

        self.factsLabel = QLabel(CustomerEditor)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setStyleSheet(u"color: #374151; padding-left: 12px;")

        self.headerLayout.addWidget(self.factsLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stampLabel = QLabel(CustomerEditor)
        self.stampLabel.setObjectName(u"stampLabel")
        self.stampLabel.setStyleSheet(u"color: #6b7280;")

        self.headerLayout.addWidget(self.stampLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.liveBar = QFrame(CustomerEditor)
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

        self.liveBarLayout.addWidget(self.liveReloadButton)

        self.liveKeepButton = QPushButton(self.liveBar)
        self.liveKeepButton.setObjectName(u"liveKeepButton")

        self.liveBarLayout.addWidget(self.liveKeepButton)


        self.mainLayout.addWidget(self.liveBar)

        self.duplicateBar = QFrame(CustomerEditor)
        self.duplicateBar.setObjectName(u"duplicateBar")
        self.duplicateBar.setVisible(False)
        self.duplicateBar.setStyleSheet(u"QFrame#duplicateBar { background: #fff3e0; border: 1px solid #fb8c00; border-radius: 4px; }")
        self.duplicateBarLayout = QHBoxLayout(self.duplicateBar)
        self.duplicateBarLayout.setObjectName(u"duplicateBarLayout")
        self.duplicateLabel = QLabel(self.duplicateBar)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)

        self.duplicateBarLayout.addWidget(self.duplicateLabel)

        self.openExistingButton = QPushButton(self.duplicateBar)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.duplicateBarLayout.addWidget(self.openExistingButton)

        self.saveAnywayButton = QPushButton(self.duplicateBar)
        self.saveAnywayButton.setObjectName(u"saveAnywayButton")

        self.duplicateBarLayout.addWidget(self.saveAnywayButton)

        self.duplicateBackButton = QPushButton(self.duplicateBar)
        self.duplicateBackButton.setObjectName(u"duplicateBackButton")

        self.duplicateBarLayout.addWidget(self.duplicateBackButton)

        self.duplicateBarLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.duplicateBar)

        self.tabs = QTabWidget(CustomerEditor)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QVBoxLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicScroll = QScrollArea(self.basicTab)
        self.basicScroll.setObjectName(u"basicScroll")
        self.basicScroll.setWidgetResizable(True)
        self.basicScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.basicContents = QWidget()
        self.basicContents.setObjectName(u"basicContents")
        self.fieldsLayout = QGridLayout(self.basicContents)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(2)
        self.nameLabel = QLabel(self.basicContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.basicContents)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(self.basicContents)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setVisible(False)
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.shortNameLabel = QLabel(self.basicContents)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.fieldsLayout.addWidget(self.shortNameLabel, 2, 0, 1, 1)

        self.shortNameEdit = QLineEdit(self.basicContents)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.fieldsLayout.addWidget(self.shortNameEdit, 2, 1, 1, 1)

        self.shortNameError = QLabel(self.basicContents)
        self.shortNameError.setObjectName(u"shortNameError")
        self.shortNameError.setVisible(False)
        self.shortNameError.setWordWrap(True)
        self.shortNameError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.shortNameError, 3, 1, 1, 1)

        self.levelLabel = QLabel(self.basicContents)
        self.levelLabel.setObjectName(u"levelLabel")

        self.fieldsLayout.addWidget(self.levelLabel, 4, 0, 1, 1)

        self.levelCombo = QComboBox(self.basicContents)
        self.levelCombo.setObjectName(u"levelCombo")

        self.fieldsLayout.addWidget(self.levelCombo, 4, 1, 1, 1)

        self.levelError = QLabel(self.basicContents)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setVisible(False)
        self.levelError.setWordWrap(True)
        self.levelError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.levelError, 5, 1, 1, 1)

        self.industryLabel = QLabel(self.basicContents)
        self.industryLabel.setObjectName(u"industryLabel")

        self.fieldsLayout.addWidget(self.industryLabel, 6, 0, 1, 1)

        self.industryCombo = QComboBox(self.basicContents)
        self.industryCombo.setObjectName(u"industryCombo")
        self.industryCombo.setProperty(u"keepsUnknown", True)

        self.fieldsLayout.addWidget(self.industryCombo, 6, 1, 1, 1)

        self.industryError = QLabel(self.basicContents)
        self.industryError.setObjectName(u"industryError")
        self.industryError.setVisible(False)
        self.industryError.setWordWrap(True)
        self.industryError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.industryError, 7, 1, 1, 1)

        self.regionLabel = QLabel(self.basicContents)
        self.regionLabel.setObjectName(u"regionLabel")

        self.fieldsLayout.addWidget(self.regionLabel, 8, 0, 1, 1)

        self.regionCombo = QComboBox(self.basicContents)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setProperty(u"keepsUnknown", True)

        self.fieldsLayout.addWidget(self.regionCombo, 8, 1, 1, 1)

        self.regionError = QLabel(self.basicContents)
        self.regionError.setObjectName(u"regionError")
        self.regionError.setVisible(False)
        self.regionError.setWordWrap(True)
        self.regionError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.regionError, 9, 1, 1, 1)

        self.addressLabel = QLabel(self.basicContents)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.addWidget(self.addressLabel, 10, 0, 1, 1)

        self.addressEdit = QLineEdit(self.basicContents)
        self.addressEdit.setObjectName(u"addressEdit")

        self.fieldsLayout.addWidget(self.addressEdit, 10, 1, 1, 1)

        self.addressError = QLabel(self.basicContents)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setVisible(False)
        self.addressError.setWordWrap(True)
        self.addressError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.addressError, 11, 1, 1, 1)

        self.phoneLabel = QLabel(self.basicContents)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.addWidget(self.phoneLabel, 12, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.basicContents)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fieldsLayout.addWidget(self.phoneEdit, 12, 1, 1, 1)

        self.phoneError = QLabel(self.basicContents)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.phoneError, 13, 1, 1, 1)

        self.websiteLabel = QLabel(self.basicContents)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.fieldsLayout.addWidget(self.websiteLabel, 14, 0, 1, 1)

        self.websiteEdit = QLineEdit(self.basicContents)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.fieldsLayout.addWidget(self.websiteEdit, 14, 1, 1, 1)

        self.websiteError = QLabel(self.basicContents)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setVisible(False)
        self.websiteError.setWordWrap(True)
        self.websiteError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.websiteError, 15, 1, 1, 1)

        self.sourceLabel = QLabel(self.basicContents)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.fieldsLayout.addWidget(self.sourceLabel, 16, 0, 1, 1)

        self.sourceCombo = QComboBox(self.basicContents)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setProperty(u"keepsUnknown", True)

        self.fieldsLayout.addWidget(self.sourceCombo, 16, 1, 1, 1)

        self.sourceError = QLabel(self.basicContents)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setVisible(False)
        self.sourceError.setWordWrap(True)
        self.sourceError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.sourceError, 17, 1, 1, 1)

        self.creditLimitLabel = QLabel(self.basicContents)
        self.creditLimitLabel.setObjectName(u"creditLimitLabel")

        self.fieldsLayout.addWidget(self.creditLimitLabel, 18, 0, 1, 1)

        self.creditLimitEdit = QLineEdit(self.basicContents)
        self.creditLimitEdit.setObjectName(u"creditLimitEdit")
        self.creditLimitEdit.setMaximumSize(QSize(260, 16777215))
        self.creditLimitEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.fieldsLayout.addWidget(self.creditLimitEdit, 18, 1, 1, 1)

        self.creditLimitError = QLabel(self.basicContents)
        self.creditLimitError.setObjectName(u"creditLimitError")
        self.creditLimitError.setVisible(False)
        self.creditLimitError.setWordWrap(True)
        self.creditLimitError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.creditLimitError, 19, 1, 1, 1)

        self.ownerLabel = QLabel(self.basicContents)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.fieldsLayout.addWidget(self.ownerLabel, 20, 0, 1, 1)

        self.ownerCombo = QComboBox(self.basicContents)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.fieldsLayout.addWidget(self.ownerCombo, 20, 1, 1, 1)

        self.ownerError = QLabel(self.basicContents)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setVisible(False)
        self.ownerError.setWordWrap(True)
        self.ownerError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.ownerError, 21, 1, 1, 1)

        self.notesLabel = QLabel(self.basicContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 22, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.basicContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.addWidget(self.notesEdit, 22, 1, 1, 1)

        self.notesError = QLabel(self.basicContents)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setStyleSheet(u"color: #c62828;")

        self.fieldsLayout.addWidget(self.notesError, 23, 1, 1, 1)

        self.fieldsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsLayout.addItem(self.fieldsSpacer, 24, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)
        self.basicScroll.setWidget(self.basicContents)

        self.basicLayout.addWidget(self.basicScroll)

        self.tabs.addTab(self.basicTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsButtons = QHBoxLayout()
        self.contactsButtons.setObjectName(u"contactsButtons")
        self.addContactButton = QPushButton(self.contactsTab)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactsButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsTab)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactsButtons.addWidget(self.removeContactButton)

        self.primaryContactButton = QPushButton(self.contactsTab)
        self.primaryContactButton.setObjectName(u"primaryContactButton")

        self.contactsButtons.addWidget(self.primaryContactButton)

        self.contactsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactsButtons.addItem(self.contactsSpacer)


        self.contactsLayout.addLayout(self.contactsButtons)

        self.contactsView = QTableView(self.contactsTab)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsView.setAlternatingRowColors(True)

        self.contactsLayout.addWidget(self.contactsView)

        self.tabs.addTab(self.contactsTab, "")
        self.sharesTab = QWidget()
        self.sharesTab.setObjectName(u"sharesTab")
        self.sharesLayout = QVBoxLayout(self.sharesTab)
        self.sharesLayout.setObjectName(u"sharesLayout")
        self.sharesButtons = QHBoxLayout()
        self.sharesButtons.setObjectName(u"sharesButtons")
        self.addShareButton = QPushButton(self.sharesTab)
        self.addShareButton.setObjectName(u"addShareButton")
        self.addShareButton.setText(u"Share\u2026")

        self.sharesButtons.addWidget(self.addShareButton)

        self.removeShareButton = QPushButton(self.sharesTab)
        self.removeShareButton.setObjectName(u"removeShareButton")
        self.removeShareButton.setText(u"Stop sharing")

        self.sharesButtons.addWidget(self.removeShareButton)

        self.sharesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharesButtons.addItem(self.sharesSpacer)


        self.sharesLayout.addLayout(self.sharesButtons)

        self.sharesView = QTableView(self.sharesTab)
        self.sharesView.setObjectName(u"sharesView")
        self.sharesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sharesView.setAlternatingRowColors(True)

        self.sharesLayout.addWidget(self.sharesView)

        self.tabs.addTab(self.sharesTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.sharesTab), u"Shares")
        self.ownershipTab = QWidget()
        self.ownershipTab.setObjectName(u"ownershipTab")
        self.ownershipLayout = QVBoxLayout(self.ownershipTab)
        self.ownershipLayout.setObjectName(u"ownershipLayout")
        self.ownershipView = QTableView(self.ownershipTab)
        self.ownershipView.setObjectName(u"ownershipView")
        self.ownershipView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ownershipView.setAlternatingRowColors(True)

        self.ownershipLayout.addWidget(self.ownershipView)

        self.tabs.addTab(self.ownershipTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.ownershipTab), u"Ownership history")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditView = QTableView(self.auditTab)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditView.setAlternatingRowColors(True)

        self.auditLayout.addWidget(self.auditView)

        self.tabs.addTab(self.auditTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), u"Audit history")

        self.mainLayout.addWidget(self.tabs)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.statusLabel = QLabel(CustomerEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.statusLabel)

        self.revertButton = QPushButton(CustomerEditor)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setText(u"Discard changes")

        self.footerLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(CustomerEditor)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setText(u"&Save")

        self.footerLayout.addWidget(self.saveButton)

        self.footerLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.industryLabel.setBuddy(self.industryCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.creditLimitLabel.setBuddy(self.creditLimitEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(CustomerEditor)
    # setupUi

    def retranslateUi(self, CustomerEditor):
        self.liveReloadButton.setText(QCoreApplication.translate("CustomerEditor", u"Reload", None))
        self.liveKeepButton.setText(QCoreApplication.translate("CustomerEditor", u"Keep editing", None))
        self.openExistingButton.setText(QCoreApplication.translate("CustomerEditor", u"Open the existing customer", None))
        self.saveAnywayButton.setText(QCoreApplication.translate("CustomerEditor", u"Create anyway", None))
        self.duplicateBackButton.setText(QCoreApplication.translate("CustomerEditor", u"Go back and edit", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Name:", None))
        self.shortNameLabel.setText(QCoreApplication.translate("CustomerEditor", u"Short na&me:", None))
        self.levelLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Level:", None))
        self.industryLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Industry:", None))
        self.regionLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Region:", None))
        self.addressLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Address:", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Phone:", None))
        self.websiteLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Website:", None))
        self.sourceLabel.setText(QCoreApplication.translate("CustomerEditor", u"So&urce:", None))
        self.creditLimitLabel.setText(QCoreApplication.translate("CustomerEditor", u"&Credit limit:", None))
        self.creditLimitEdit.setPlaceholderText(QCoreApplication.translate("CustomerEditor", u"e.g. 60000, 60,000 or 6.5\u4e07", None))
        self.ownerLabel.setText(QCoreApplication.translate("CustomerEditor", u"Owner:", None))
        self.notesLabel.setText(QCoreApplication.translate("CustomerEditor", u"No&tes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("CustomerEditor", u"&Basic information", None))
        self.addContactButton.setText(QCoreApplication.translate("CustomerEditor", u"A&dd contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("CustomerEditor", u"Remo&ve contact", None))
        self.primaryContactButton.setText(QCoreApplication.translate("CustomerEditor", u"Set as primar&y", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("CustomerEditor", u"C&ontacts", None))
        pass
    # retranslateUi

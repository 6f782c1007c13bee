# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowupDialog(object):
    def setupUi(self, FollowupDialog):
        if not FollowupDialog.objectName():
            FollowupDialog.setObjectName(u"FollowupDialog")
        FollowupDialog.resize(520, 520)
        self.mainLayout = QVBoxLayout(FollowupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(FollowupDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(FollowupDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.customerLabel = QLabel(FollowupDialog)
        self.customerLabel.setObjectName(u"customerLabel")

        self.form.addWidget(self.customerLabel, 1, 0, 1, 1)

        self.customerHolder = QWidget(FollowupDialog)
        self.customerHolder.setObjectName(u"customerHolder")

        self.form.addWidget(self.customerHolder, 1, 1, 1, 1)

        self.customerError = QLabel(FollowupDialog)
        self.customerError.setObjectName(u"customerError")
        self.customerError.setVisible(False)
        self.customerError.setWordWrap(True)
        self.customerError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.customerError, 2, 1, 1, 1)

        self.contactLabel = QLabel(FollowupDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.addWidget(self.contactLabel, 3, 0, 1, 1)

        self.contactCombo = QComboBox(FollowupDialog)
        self.contactCombo.setObjectName(u"contactCombo")

        self.form.addWidget(self.contactCombo, 3, 1, 1, 1)

        self.contact_idError = QLabel(FollowupDialog)
        self.contact_idError.setObjectName(u"contact_idError")
        self.contact_idError.setVisible(False)
        self.contact_idError.setWordWrap(True)
        self.contact_idError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.contact_idError, 4, 1, 1, 1)

        self.opportunityLabel = QLabel(FollowupDialog)
        self.opportunityLabel.setObjectName(u"opportunityLabel")

        self.form.addWidget(self.opportunityLabel, 5, 0, 1, 1)

        self.opportunityHolder = QWidget(FollowupDialog)
        self.opportunityHolder.setObjectName(u"opportunityHolder")

        self.form.addWidget(self.opportunityHolder, 5, 1, 1, 1)

        self.opportunity_idError = QLabel(FollowupDialog)
        self.opportunity_idError.setObjectName(u"opportunity_idError")
        self.opportunity_idError.setVisible(False)
        self.opportunity_idError.setWordWrap(True)
        self.opportunity_idError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.opportunity_idError, 6, 1, 1, 1)

        self.happenedLabel = QLabel(FollowupDialog)
        self.happenedLabel.setObjectName(u"happenedLabel")

        self.form.addWidget(self.happenedLabel, 7, 0, 1, 1)

        self.happenedEdit = QDateTimeEdit(FollowupDialog)
        self.happenedEdit.setObjectName(u"happenedEdit")
        self.happenedEdit.setCalendarPopup(True)
        self.happenedEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.addWidget(self.happenedEdit, 7, 1, 1, 1)

        self.happened_atError = QLabel(FollowupDialog)
        self.happened_atError.setObjectName(u"happened_atError")
        self.happened_atError.setVisible(False)
        self.happened_atError.setWordWrap(True)
        self.happened_atError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.happened_atError, 8, 1, 1, 1)

        self.summaryLabel = QLabel(FollowupDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.addWidget(self.summaryLabel, 9, 0, 1, 1)

        self.summaryEdit = QPlainTextEdit(FollowupDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 110))

        self.form.addWidget(self.summaryEdit, 9, 1, 1, 1)

        self.summaryError = QLabel(FollowupDialog)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setVisible(False)
        self.summaryError.setWordWrap(True)
        self.summaryError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.summaryError, 10, 1, 1, 1)

        self.outcomeLabel = QLabel(FollowupDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.addWidget(self.outcomeLabel, 11, 0, 1, 1)

        self.outcomeEdit = QLineEdit(FollowupDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.form.addWidget(self.outcomeEdit, 11, 1, 1, 1)

        self.outcomeError = QLabel(FollowupDialog)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setVisible(False)
        self.outcomeError.setWordWrap(True)
        self.outcomeError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.outcomeError, 12, 1, 1, 1)

        self.nextCheck = QCheckBox(FollowupDialog)
        self.nextCheck.setObjectName(u"nextCheck")

        self.form.addWidget(self.nextCheck, 13, 0, 1, 1)

        self.nextEdit = QDateEdit(FollowupDialog)
        self.nextEdit.setObjectName(u"nextEdit")
        self.nextEdit.setCalendarPopup(True)
        self.nextEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.addWidget(self.nextEdit, 13, 1, 1, 1)

        self.next_followup_onError = QLabel(FollowupDialog)
        self.next_followup_onError.setObjectName(u"next_followup_onError")
        self.next_followup_onError.setVisible(False)
        self.next_followup_onError.setWordWrap(True)
        self.next_followup_onError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.next_followup_onError, 14, 1, 1, 1)

        self.satisfactionLabel = QLabel(FollowupDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.addWidget(self.satisfactionLabel, 15, 0, 1, 1)

        self.satisfactionCombo = QComboBox(FollowupDialog)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.form.addWidget(self.satisfactionCombo, 15, 1, 1, 1)

        self.satisfactionError = QLabel(FollowupDialog)
        self.satisfactionError.setObjectName(u"satisfactionError")
        self.satisfactionError.setVisible(False)
        self.satisfactionError.setWordWrap(True)
        self.satisfactionError.setStyleSheet(u"color: #c62828;")

        self.form.addWidget(self.satisfactionError, 16, 1, 1, 1)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(FollowupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(FollowupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contactLabel.setBuddy(self.contactCombo)
        self.happenedLabel.setBuddy(self.happenedEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.satisfactionLabel.setBuddy(self.satisfactionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowupDialog)
        self.buttons.accepted.connect(FollowupDialog.accept)
        self.buttons.rejected.connect(FollowupDialog.reject)

        QMetaObject.connectSlotsByName(FollowupDialog)
    # setupUi

    def retranslateUi(self, FollowupDialog):
        self.kindLabel.setText(QCoreApplication.translate("FollowupDialog", u"T&ype:", None))
        self.customerLabel.setText(QCoreApplication.translate("FollowupDialog", u"C&ustomer:", None))
        self.contactLabel.setText(QCoreApplication.translate("FollowupDialog", u"Co&ntact:", None))
        self.opportunityLabel.setText(QCoreApplication.translate("FollowupDialog", u"&Deal:", None))
        self.happenedLabel.setText(QCoreApplication.translate("FollowupDialog", u"T&ime:", None))
        self.summaryLabel.setText(QCoreApplication.translate("FollowupDialog", u"&Summary:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("FollowupDialog", u"Ou&tcome:", None))
        self.nextCheck.setText(QCoreApplication.translate("FollowupDialog", u"Ne&xt follow-up:", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("FollowupDialog", u"S&atisfaction:", None))
        pass
    # retranslateUi

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ProfileEditor(object):
    def setupUi(self, ProfileEditor):
        if not ProfileEditor.objectName():
            ProfileEditor.setObjectName(u"ProfileEditor")
        ProfileEditor.resize(620, 340)
        self.mainLayout = QVBoxLayout(ProfileEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.profileList = QListWidget(ProfileEditor)
        self.profileList.setObjectName(u"profileList")
        self.profileList.setMaximumSize(QSize(190, 16777215))

        self.listLayout.addWidget(self.profileList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addButton = QPushButton(ProfileEditor)
        self.addButton.setObjectName(u"addButton")

        self.listButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ProfileEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listLayout.addLayout(self.listButtons)


        self.bodyLayout.addLayout(self.listLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ProfileEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProfileEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.hostLabel = QLabel(ProfileEditor)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(ProfileEditor)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(ProfileEditor)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(ProfileEditor)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseLabel = QLabel(ProfileEditor)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseEdit = QLineEdit(ProfileEditor)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.sslLabel = QLabel(ProfileEditor)
        self.sslLabel.setObjectName(u"sslLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sslLabel)

        self.sslCombo = QComboBox(ProfileEditor)
        self.sslCombo.setObjectName(u"sslCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sslCombo)

        self.caLabel = QLabel(ProfileEditor)
        self.caLabel.setObjectName(u"caLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.caLabel)

        self.caLayout = QHBoxLayout()
        self.caLayout.setObjectName(u"caLayout")
        self.caEdit = QLineEdit(ProfileEditor)
        self.caEdit.setObjectName(u"caEdit")

        self.caLayout.addWidget(self.caEdit)

        self.caBrowseButton = QToolButton(ProfileEditor)
        self.caBrowseButton.setObjectName(u"caBrowseButton")

        self.caLayout.addWidget(self.caBrowseButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.caLayout)

        self.hintLabel = QLabel(ProfileEditor)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.bodyLayout.addLayout(self.formLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(ProfileEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.sslLabel.setBuddy(self.sslCombo)
        self.caLabel.setBuddy(self.caEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileEditor)

        QMetaObject.connectSlotsByName(ProfileEditor)
    # setupUi

    def retranslateUi(self, ProfileEditor):
        ProfileEditor.setWindowTitle(QCoreApplication.translate("ProfileEditor", u"Connection profiles", None))
        self.addButton.setText(QCoreApplication.translate("ProfileEditor", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("ProfileEditor", u"Re&move", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileEditor", u"&Name:", None))
        self.hostLabel.setText(QCoreApplication.translate("ProfileEditor", u"&Server:", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ProfileEditor", u"host name or IP address", None))
        self.portLabel.setText(QCoreApplication.translate("ProfileEditor", u"P&ort:", None))
        self.databaseLabel.setText(QCoreApplication.translate("ProfileEditor", u"&Database:", None))
        self.sslLabel.setText(QCoreApplication.translate("ProfileEditor", u"&TLS mode:", None))
        self.caLabel.setText(QCoreApplication.translate("ProfileEditor", u"&CA certificate:", None))
        self.caEdit.setPlaceholderText(QCoreApplication.translate("ProfileEditor", u"root certificate file (.crt / .pem)", None))
        self.caBrowseButton.setText(QCoreApplication.translate("ProfileEditor", u"\u2026", None))
    # retranslateUi

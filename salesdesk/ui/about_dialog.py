"""About salesdesk: client, schema, server and Qt versions."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salesdesk.services.auth import SignedIn
from salesdesk.ui.resources import icon


class AboutDialog(QDialog):
    """Versions of everything the user might be asked about by IT."""

    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About salesdesk"))
        logo = QLabel()
        logo.setPixmap(icon("salesdesk").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel("salesdesk")
        title.setObjectName("aboutTitle")
        rows = [
            (self.tr("Client version"), session.client_version),
            (self.tr("Database schema"), session.schema_version),
            (self.tr("Schema this client needs"), session.required_schema),
            (self.tr("PostgreSQL server"), session.server_version),
            (self.tr("Server"), f"{session.profile.host}:{session.profile.port}/{session.profile.database}"),
            (self.tr("Qt / PySide6"), f"{qVersion()} / {pyside_version}"),
        ]
        table = "".join(f"<tr><td style='padding-right:14px;color:#5a6270'>{k}</td><td>{v}</td></tr>"
                        for k, v in rows)
        body = QLabel(f"<p>{self.tr('Sales management for hierarchical sales forces.')}</p>"
                      f"<table>{table}</table>")
        body.setObjectName("aboutBody")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(body)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 14)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

"""Edit connection profiles: server, port, database and TLS settings (verify-full with a CA file)."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from salesdesk.services.profiles import SSL_MODES, Profile, ProfileStore
from salesdesk.ui.forms_gen.profile_editor import Ui_ProfileEditor
from salesdesk.ui.tls_modes import tls_mode_name


class ProfileEditor(QDialog):
    """Works on a copy of the store; `store` holds the result when accepted (the caller saves it)."""

    def __init__(self, store: ProfileStore, parent: QWidget | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileEditor()
        self.ui.setupUi(self)
        self.store = copy.deepcopy(store)
        for mode in SSL_MODES:
            self.ui.sslCombo.addItem(tls_mode_name(mode), mode)
        self._editing: str | None = None
        self.ui.profileList.currentItemChanged.connect(self._selected)
        self.ui.addButton.clicked.connect(self.add_profile)
        self.ui.removeButton.clicked.connect(self.remove_profile)
        self.ui.caBrowseButton.clicked.connect(self._browse_ca)
        self.ui.sslCombo.currentIndexChanged.connect(self._update_hint)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill(current)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for i in range(self.ui.sslCombo.count()):
            self.ui.sslCombo.setItemText(i, tls_mode_name(str(self.ui.sslCombo.itemData(i))))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "store"):
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, select: str) -> None:
        self.ui.profileList.blockSignals(True)
        self.ui.profileList.clear()
        for p in self.store.profiles:
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.name)
            self.ui.profileList.addItem(item)
        self.ui.profileList.blockSignals(False)
        names = [p.name for p in self.store.profiles]
        row = names.index(select) if select in names else (0 if names else -1)
        self.ui.profileList.setCurrentRow(row)
        if row < 0:
            self._load(None)

    def selected_name(self) -> str | None:
        return self._editing

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._commit()
        name = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._load(self.store.get(name) if name else None)

    def _load(self, p: Profile | None) -> None:
        self._editing = p.name if p else None
        for w in (self.ui.nameEdit, self.ui.hostEdit, self.ui.portSpin, self.ui.databaseEdit,
                  self.ui.sslCombo, self.ui.caEdit, self.ui.caBrowseButton, self.ui.removeButton):
            w.setEnabled(p is not None)
        if p is None:
            return
        self.ui.nameEdit.setText(p.name)
        self.ui.hostEdit.setText(p.host)
        self.ui.portSpin.setValue(p.port)
        self.ui.databaseEdit.setText(p.database)
        self.ui.sslCombo.setCurrentIndex(max(0, self.ui.sslCombo.findData(p.sslmode)))
        self.ui.caEdit.setText(p.sslrootcert)
        # the demo profile follows the bundled server: only its name is the user's to change
        for w in (self.ui.hostEdit, self.ui.portSpin, self.ui.databaseEdit, self.ui.sslCombo,
                  self.ui.caEdit, self.ui.caBrowseButton):
            w.setEnabled(not p.demo)
        self._update_hint()

    def _commit(self) -> None:
        """Write the form back into the store copy (renames included)."""
        if self._editing is None:
            return
        old = self.store.get(self._editing)
        if old is None:
            return
        name = self.ui.nameEdit.text().strip() or old.name
        if name != old.name and self.store.get(name) is not None:
            name = old.name  # names are keys: never merge two profiles silently
        new = replace(old, name=name, host=self.ui.hostEdit.text().strip() or old.host,
                      port=self.ui.portSpin.value(),
                      database=self.ui.databaseEdit.text().strip() or old.database,
                      sslmode=str(self.ui.sslCombo.currentData()), sslrootcert=self.ui.caEdit.text().strip())
        self.store.remove(old.name)
        self.store.put(new)
        if self.store.last_profile == old.name:
            self.store.last_profile = name
        self._editing = name
        item = self.ui.profileList.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == old.name:
            item.setText(name)
            item.setData(Qt.ItemDataRole.UserRole, name)

    def add_profile(self) -> None:
        self._commit()
        base = self.tr("New connection")
        name, n = base, 2
        while self.store.get(name) is not None:
            name, n = f"{base} {n}", n + 1
        self.store.put(Profile(name=name, host="", sslmode="verify-full"))
        self._editing = None
        self._fill(name)
        self.ui.hostEdit.setFocus()

    def remove_profile(self) -> None:
        if self._editing is None:
            return
        self.store.remove(self._editing)
        self._editing = None
        self._fill(self.store.last_profile)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), self.ui.caEdit.text(),
                                              self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ui.caEdit.setText(path)

    def _update_hint(self, *_args: object) -> None:
        mode = str(self.ui.sslCombo.currentData() or "")
        hints = {
            "verify-full": self.tr("Encrypted, and the server's certificate and name are checked against "
                                   "the CA certificate. Recommended over a WAN."),
            "verify-ca": self.tr("Encrypted; the certificate is checked, the server name is not."),
            "require": self.tr("Encrypted, but the server's identity is not checked."),
            "disable": self.tr("Not encrypted. Use only on this computer or a trusted network."),
        }
        self.ui.hintLabel.setText(hints.get(mode, self.tr("Encrypted when the server offers it.")))

    def accept(self) -> None:
        self._commit()
        super().accept()

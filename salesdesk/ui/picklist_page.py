"""The picklists page (Settings → Picklists, for positions with maintain_picklists): the values of industry,
source and region — add, rename, deactivate or activate, reorder — and below them the expense
categories (ui/expense_categories.py: a code and two names each).

The database decides who may change them (maintain_picklists); for anyone else the page
is read-only. A problem shows next to the name field and the typing stays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QListWidgetItem, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import picklists
from salesdesk.services.errors import ValidationError
from salesdesk.services.permissions import MAINTAIN_PICKLISTS
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.combos import set_combo_items
from salesdesk.ui.expense_categories import ExpenseCategoriesSection
from salesdesk.ui.forms_gen.picklist_page import Ui_PicklistPage
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.words import word


class PicklistPage(QWidget):
    """One list at a time; the selected entry's name fills the name field for a rename."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.session.database
        self.ui = Ui_PicklistPage()
        self.ui.setupUi(self)
        self.ui.headingLabel.setObjectName("pageHeading")
        # a short list and a column of buttons: stretched over a wide screen they are hard to read
        self.ui.entriesList.setMaximumWidth(420)
        for w in (self.ui.nameEdit, self.ui.nameError, self.ui.addButton, self.ui.renameButton,
                  self.ui.activeButton, self.ui.upButton, self.ui.downButton):
            w.setMaximumWidth(260)
        self.ui.bodyLayout.addStretch(1)
        self.ui.introLabel.setMaximumWidth(700)
        self.expense_categories = ExpenseCategoriesSection(ctx, self)  # issue 13 §5
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.statusLabel) + 1,
                                        self.expense_categories)
        self.entries: list[picklists.PicklistEntry] = []
        self._loaded = False
        self.may_change = ctx.session.me.may(MAINTAIN_PICKLISTS)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.entriesList.currentRowChanged.connect(self._selected)
        self.ui.nameEdit.returnPressed.connect(self.add)
        self.ui.nameEdit.textEdited.connect(lambda _t: self._problem(None))
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.upButton.clicked.connect(lambda: self.move(-1))
        self.ui.downButton.clicked.connect(lambda: self.move(1))
        self.retranslate()
        self.reload()

    @property
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData() or "industry")

    def current(self) -> picklists.PicklistEntry | None:
        row = self.ui.entriesList.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- reading ----------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else (self.current().id if self.current() else None)
        self.ctx.tasks.run(picklists.entries, self.db, self.kind,
                           on_success=lambda rows: self._arrived(rows, keep), on_error=self._failed)

    def is_loaded(self) -> bool:
        return self._loaded

    def _arrived(self, rows: list[picklists.PicklistEntry], select: int | None) -> None:
        self.entries, self._loaded = rows, True
        view = self.ui.entriesList
        view.blockSignals(True)
        view.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for e in rows:
            text = e.name if e.active else self.tr("{name} (deactivated)").format(name=e.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            if not e.active:
                item.setForeground(grey)
            view.addItem(item)
        view.setCurrentRow(next((i for i, e in enumerate(rows) if e.id == select), -1))
        view.blockSignals(False)
        self._update_buttons()

    def _selected(self, _row: int) -> None:
        entry = self.current()
        if entry is not None:
            self.ui.nameEdit.setText(entry.name)
            self._problem(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry, row = self.current(), self.ui.entriesList.currentRow()
        self.ui.nameEdit.setReadOnly(not self.may_change)
        self.ui.addButton.setEnabled(self.may_change)
        for button in (self.ui.renameButton, self.ui.activeButton):
            button.setEnabled(self.may_change and entry is not None)
        self.ui.upButton.setEnabled(self.may_change and row > 0)
        self.ui.downButton.setEnabled(self.may_change and 0 <= row < len(self.entries) - 1)
        self.ui.activeButton.setText(self.tr("Ac&tivate") if entry is not None and not entry.active
                                     else self.tr("&Deactivate"))

    # -- writing ----------------------------------------------------------------------------------
    def _write(self, fn: Any, *args: Any, select: int | None = None, done: str = "") -> None:
        def succeeded(result: Any) -> None:
            self.ui.statusLabel.setText(done)
            self.reload(select if select is not None else result if isinstance(result, int) else None)

        self.ctx.tasks.run(fn, self.db, *args, on_success=succeeded, on_error=self._failed)

    def add(self) -> None:
        if self.may_change:
            self._write(picklists.add_entry, self.kind, self.ui.nameEdit.text(), done=self.tr("Added."))

    def rename(self) -> None:
        entry = self.current()
        if self.may_change and entry is not None:
            self._write(picklists.rename_entry, entry.id, self.ui.nameEdit.text(), select=entry.id,
                        done=self.tr("Renamed, on every customer that has it too."))

    def toggle_active(self) -> None:
        entry = self.current()
        if self.may_change and entry is not None:
            done = self.tr("Offered again.") if not entry.active else self.tr(
                "No longer offered; customers that have it keep it.")
            self._write(picklists.set_active, entry.id, not entry.active, select=entry.id, done=done)

    def move(self, step: int) -> None:
        row = self.ui.entriesList.currentRow()
        if not self.may_change or not 0 <= row + step < len(self.entries) or row < 0:
            return
        ids = [e.id for e in self.entries]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self._write(picklists.reorder, self.kind, ids, select=ids[row + step], done="")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and "name" in exc.fields:
            self._problem(exc.fields["name"].text(ui_errors.translate))
            return
        self.ui.statusLabel.setText(ui_errors.error_text(exc))

    def _problem(self, text: str | None) -> None:
        self.ui.nameError.setText(text or "")
        self.ui.nameError.setVisible(bool(text))
        if text:
            self.ui.nameEdit.setFocus()

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        set_combo_items(self.ui.kindCombo, [("industry", word(words.INDUSTRY)),
                                            ("source", word(words.SOURCE)), ("region", word(words.REGION))])
        if self.entries:
            self._arrived(self.entries, self.current().id if self.current() else None)
        else:
            self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


register_page("picklists", QT_TRANSLATE_NOOP("pages", "Picklists"), "settings", PicklistPage, order=910,
              in_navigation=False)

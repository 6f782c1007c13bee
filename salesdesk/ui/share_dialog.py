"""Share records of any kind with anyone in the company: read or read-write, optionally until a date."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import org, sharing
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.customer_models import problem_text
from salesdesk.ui.formats import DATE_FORMAT
from salesdesk.ui.pages import AppContext
from salesdesk.ui.person_picker import PickerKeys, choose_single
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.status_bar import position_text


def share_all(db: Any, kind: str, ids: list[int], employee_id: int, access: str,
              expires_at: datetime | None) -> list[int]:
    """Worker: share every record in one transaction (an existing share of one is updated)."""
    sharing.share(db, kind, ids, employee_id, access, expires_at)
    return list(ids)


class ShareDialog(QDialog):
    """Directory search → person; access; optional end date."""

    done_sharing = Signal()

    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None,
                 *, kind: RecordKind) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.ctx, self.ids, self.kind = ctx, list(ids), kind
        self.changed_ids: list[int] = []
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setObjectName("peopleList")
        self.read = QRadioButton()
        self.write = QRadioButton()
        self.read.setChecked(True)
        self.expires = QCheckBox()
        self.expires.setObjectName("expiresCheck")
        self.date = QDateEdit(QDate.currentDate().addMonths(1))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumDate(QDate.currentDate().addDays(1))
        self.date.setEnabled(False)
        self.expires.toggled.connect(self.date.setEnabled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.person_label, self.access_label = QLabel(), QLabel()
        access = QHBoxLayout()
        access.addWidget(self.read)
        access.addWidget(self.write)
        access.addStretch(1)
        until = QHBoxLayout()
        until.addWidget(self.expires)
        until.addWidget(self.date)
        until.addStretch(1)
        form = QFormLayout()
        form.addRow(self.person_label, self.search)
        form.addRow("", self.people)
        form.addRow(self.access_label, access)
        form.addRow("", until)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.find)
        self.search.textChanged.connect(self.timer.start)
        self.people.currentItemChanged.connect(lambda *_a: self._validate())
        self.keys = PickerKeys(self.search, self.people, self.submit)
        self._task: Any = None
        self.retranslate()
        self._validate()
        self.resize(440, 420)
        self.find()

    def retranslate(self) -> None:
        self.setWindowTitle(self.kind.say(self.tr("Share %n {nouns}", "", len(self.ids))))
        self.person_label.setText(self.tr("&Person:"))
        self.person_label.setBuddy(self.search)
        self.search.setPlaceholderText(words.word(words.SEARCH_PEOPLE))
        self.access_label.setText(self.tr("Access:"))
        self.read.setText(self.tr("&Read only"))
        self.write.setText(self.tr("Read and &write"))
        self.expires.setText(self.tr("&Until"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def find(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task = self.ctx.tasks.run(org.directory, self.ctx.session.database, self.search.text(),
                                        busy=False, on_success=self._found, on_error=self._failed)

    def _found(self, people: list[Any]) -> None:
        self._task = None
        self.people.clear()
        me = self.ctx.session.me.employee_id
        for p in people:
            if p.id == me:
                continue
            item = QListWidgetItem(f"{p.name} · {position_text(p)} · {p.unit_name}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(item)
        choose_single(self.people)
        self._validate()

    def choose(self, employee_id: int) -> bool:
        for i in range(self.people.count()):
            if self.people.item(i).data(Qt.ItemDataRole.UserRole) == employee_id:
                self.people.setCurrentRow(i)
                return True
        return False

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.people.currentItem() is not None)

    def submit(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        expires = None
        if self.expires.isChecked():
            expires = datetime.combine(self.date.date().toPython(), time(23, 59)).astimezone()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(share_all, self.ctx.session.database, self.kind.kind, self.ids,
                           item.data(Qt.ItemDataRole.UserRole), "write" if self.write.isChecked() else "read",
                           expires, on_success=self._done, on_error=self._failed)

    def _done(self, ids: list[int]) -> None:
        self.changed_ids = ids
        self.ctx.notify(self.tr("Shared."))
        self.done_sharing.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._validate()
        self.message.setText(problem_text(exc))
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, f"sharing {self.kind.kind} records")

"""Reassign (hand on) records of any owned kind to anyone in the company directory; a reason is required.

Who may receive them is the database's rule (any active employee); the picker
searches the directory on a worker thread as the user types (name, login or
unit; people in one's scope first, each group in pinyin order). When every
selected record has the same owner, that owner is not offered: handing a
record to its owner is refused anyway, and a mixed selection hears it from
the database in a translated message.

Keyboard: type to filter, Down into the list, Enter picks the person and moves
to the reason, Enter there reassigns.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import org, ownership
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.customer_models import problem_text
from salesdesk.ui.formats import in_brackets
from salesdesk.ui.pages import AppContext
from salesdesk.ui.person_picker import PickerKeys, choose_single
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.status_bar import position_text

PAGE = 100  # people shown per search; typing narrows it
ID_ROLE = Qt.ItemDataRole.UserRole
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def reassign_all(db: Any, kind: str, ids: list[int], owner_id: int, reason: str) -> list[int]:
    """Worker: move every record in one transaction (all or none)."""
    ownership.reassign(db, kind, ids, owner_id, reason)
    return list(ids)


def person_text(p: org.EmployeeRef) -> str:
    """One directory entry: name (login) · position · unit."""
    return f"{p.name}{in_brackets(p.login)} · {position_text(p)} · {p.unit_name}"


class ReassignDialog(QDialog):
    """Search the directory → a person; a reason; OK reassigns all `ids` of `kind` in one go.

    `owner_ids` are the selected records' owners (None for a pool): one shared owner is left out.
    """

    def __init__(self, ctx: AppContext, ids: list[int], parent: QWidget | None = None,
                 owner_ids: Iterable[int | None] = (), *, kind: RecordKind) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.ctx, self.ids, self.kind = ctx, list(ids), kind
        owners = set(owner_ids)
        self.excluded: int | None = next(iter(owners)) if len(owners) == 1 else None
        self.changed_ids: list[int] = []
        self.loaded_once = False
        self._task: Any = None
        self._busy = False
        self._full = False  # the last search filled a whole page: there may be more
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setObjectName("peopleList")
        self.hint = QLabel()
        self.hint.setObjectName("hintLabel")
        self.hint.setStyleSheet("color: #6b7280;")
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.owner_label, self.reason_label = QLabel(), QLabel()
        self.owner_label.setBuddy(self.search)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.owner_label, self.search)
        form.addRow("", self.people)
        form.addRow("", self.hint)
        form.addRow(self.reason_label, self.reason)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)  # one search per pause in the typing
        self.timer.timeout.connect(self.find)
        self.search.textChanged.connect(self.timer.start)
        self.keys = PickerKeys(self.search, self.people, self._picked, self._search_pending)
        self.people.currentItemChanged.connect(lambda *_a: self._validate())
        self.people.itemActivated.connect(lambda _i: self._picked())
        self.reason.textChanged.connect(lambda _t: self._validate())
        self.retranslate()
        self._validate()
        self.resize(480, 460)
        self.find()

    def retranslate(self) -> None:
        self.setWindowTitle(self.kind.say(self.tr("Reassign {nouns}")))
        self.intro.setText(self.kind.say(self.tr("Give %n {nouns} to anyone in the company. The ownership "
                                                 "history keeps who had them and why.", "", len(self.ids))))
        self.owner_label.setText(self.tr("New &owner:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.search.setPlaceholderText(words.word(words.SEARCH_PEOPLE))
        self.reason.setPlaceholderText(self.tr("Required, e.g. territory change"))
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the directory --------------------------------------------------------------------------
    def find(self) -> None:
        """Search the directory off the GUI thread; only the newest search is shown."""
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()
        self._task = self.ctx.tasks.run(org.directory, self.ctx.session.database, self.search.text(), PAGE,
                                        busy=False, on_success=self._found, on_error=self._failed)

    def _found(self, people: list[org.EmployeeRef]) -> None:
        self._task = None
        chosen = self.chosen_id()
        self.people.clear()
        for p in people:
            if p.id == self.excluded:
                continue
            item = QListWidgetItem(person_text(p))
            item.setData(ID_ROLE, p.id)
            self.people.addItem(item)
            if p.id == chosen:
                self.people.setCurrentItem(item)
        choose_single(self.people)
        self._full = len(people) >= PAGE
        self.loaded_once = True
        self._show_hint()
        self._validate()

    def _show_hint(self) -> None:
        if not self.loaded_once:
            self.hint.setText(self.tr("Searching…"))
        elif self.people.count() == 0:
            self.hint.setText(self.tr("Nobody found. Try part of a name, a login or a unit."))
        elif self._full:
            self.hint.setText(self.tr("Showing the first %n; type to narrow the list.", "", PAGE))
        else:
            self.hint.setText("")

    def offered_ids(self) -> list[int]:
        """The employee ids the picker shows now."""
        return [self.people.item(i).data(ID_ROLE) for i in range(self.people.count())]

    def chosen_id(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def choose(self, employee_id: int) -> bool:
        for i in range(self.people.count()):
            if self.people.item(i).data(ID_ROLE) == employee_id:
                self.people.setCurrentRow(i)
                return True
        return False

    def _search_pending(self) -> bool:
        """Enter right after typing: search now rather than pick from an old list."""
        if self.timer.isActive():
            self.find()
            return True
        return False

    def _picked(self) -> None:
        """A person is chosen: on to the reason, or reassign when it is already given."""
        if self.chosen_id() is None:
            return
        if self.reason.text().strip():
            self.submit()
        else:
            self.reason.setFocus()

    # -- reassigning ----------------------------------------------------------------------------
    def _validate(self) -> None:
        ok = not self._busy and self.chosen_id() is not None and bool(self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        owner_id = self.chosen_id()
        if self._busy or owner_id is None or not self.reason.text().strip():
            return
        self._busy = True
        self.message.setText("")
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(reassign_all, self.ctx.session.database, self.kind.kind, self.ids, owner_id,
                           self.reason.text().strip(), on_success=self._done, on_error=self._failed)

    def _done(self, ids: list[int]) -> None:
        self._busy = False
        self.changed_ids = ids
        self.ctx.notify(self.kind.say(self.tr("%n {nouns} reassigned.", "", len(ids))))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self._validate()
        self.message.setText(problem_text(exc))
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, f"reassigning {self.kind.kind} records")

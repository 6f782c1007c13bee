"""A record picker: a line edit whose list searches any kind's list API as you type.

    picker = RecordPicker(ctx.tasks, functools.partial(customer_list.search_customers, db))
    picker.picked.connect(...)       # a Pick (id, text, detail), or None when the text is changed again
    picker.value()                   # the id picked, or None

The search runs off the GUI thread (ui/tasks.py), 250 ms after the last key, and only the answer
to the latest text is shown; the server's search decides what matches (names, pinyin initials,
phone digits) and row-level security what may be seen. Keyboard first, with the keys of the
person pickers (ui/person_picker.PickerKeys): Down goes into the list, Up from its top back, Enter
picks (in the line: the first match), Esc closes the list, Tab leaves. Below `min_chars` it says
"Type at least N characters"; a search with no result says "No match". The list lies over the
form (a child of the window, not a separate window), so focus and keys stay ordinary.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services.picks import PICK_LIMIT, Pick, SearchFn
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.person_picker import PickerKeys
from salesdesk.ui.tasks import Task, TaskRunner

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
DELAY_MS = 250  # a search once typing pauses, not on every key


class RecordPicker(QWidget):
    """A line edit and the list of records matching what is typed; see the module docstring."""

    picked = Signal(object)  # the Pick chosen, or None once the text no longer is the picked record
    searched = Signal()      # an answer (records, "no match" or a problem) is shown: for tests

    def __init__(self, tasks: TaskRunner, search: SearchFn, *, min_chars: int = 2, limit: int = PICK_LIMIT,
                 delay_ms: int = DELAY_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.search, self.min_chars, self.limit = tasks, search, min_chars, limit
        self.current: Pick | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerEdit")
        self.edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.popup = QFrame()  # parented to the window when shown: it lies over the form
        self.popup.setObjectName("pickerPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAutoFillBackground(True)
        self.list = QListWidget(self.popup)
        self.list.setObjectName("pickerList")
        self.note = QLabel(self.popup)
        self.note.setObjectName("pickerNote")
        self.note.setWordWrap(True)
        inner = QVBoxLayout(self.popup)
        inner.setContentsMargins(2, 2, 2, 2)
        inner.addWidget(self.note)
        inner.addWidget(self.list)
        self.popup.hide()
        self.destroyed.connect(self.popup.deleteLater)  # it lives in the window, not in this widget
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.find)
        self.edit.textEdited.connect(self._typed)
        self.list.itemClicked.connect(lambda _item: self.pick())
        self.keys = PickerKeys(self.edit, self.list, self.pick, before_enter=self._search_now)
        self.edit.installEventFilter(self)
        self.list.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._task: Task | None = None
        self._asked = ""  # the text of the search in flight
        self._note: Any = None  # the note shown, re-rendered on a language switch

    # -- value ----------------------------------------------------------------------------------
    def value(self) -> int | None:
        return self.current.id if self.current is not None else None

    def set_value(self, pick: Pick | None) -> None:
        """Show a record as picked (or none), without searching."""
        self.current = pick
        self.edit.setText(pick.text if pick is not None else "")
        self.close_popup()

    # -- searching ------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        if self.current is not None:
            self.current = None
            self.picked.emit(None)
        self.timer.start()

    def _search_now(self) -> bool:
        """Enter while a search waits for its answer: search now, and take this Enter for it."""
        if self.timer.isActive():
            self.timer.stop()
            self.find()
            return True
        return self._task is not None

    def find(self) -> None:
        """Search for what is typed now (stale answers are dropped)."""
        text = self.edit.text().strip()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if not text:
            self.list.clear()
            self.close_popup()
            return
        if len(text) < self.min_chars:
            self.list.clear()
            n = self.min_chars
            self._show_note(lambda: translate("RecordPicker", "Type at least %n character(s).", "", n))
            return
        self._asked = text
        self._task = self.tasks.run(self.search, text, self.limit, busy=False,
                                    on_success=lambda rows, t=text: self._found(t, rows),
                                    on_error=lambda exc, t=text: self._failed(t, exc))

    def _found(self, text: str, rows: list[Pick]) -> None:
        if text != self._asked:
            return
        self._task = None
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.text}    {row.detail}" if row.detail else row.text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.list.addItem(item)
        self._show_note(None if rows else lambda: translate("RecordPicker", "No match."))

    def _failed(self, text: str, exc: BaseException) -> None:
        if text != self._asked:
            return
        self._task = None
        self.list.clear()
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, "record picker")
        self._show_note(lambda: ui_errors.error_text(exc))

    def _show_note(self, note: Any) -> None:
        self._note = note
        self.note.setText(note() if note is not None else "")
        self.note.setVisible(note is not None)
        self.list.setVisible(self.list.count() > 0)
        self.open_popup()
        self.searched.emit()

    # -- picking --------------------------------------------------------------------------------
    def pick(self) -> None:
        """Take the record chosen in the list (PickerKeys chooses the first on Enter in the line)."""
        item = self.list.currentItem()
        if item is None:
            return
        row: Pick = item.data(Qt.ItemDataRole.UserRole)
        self.set_value(row)
        self.edit.setFocus()
        self.picked.emit(row)

    # -- the list over the form -----------------------------------------------------------------
    def open_popup(self) -> None:
        window = self.window()
        if self.popup.parentWidget() is not window:
            self.popup.setParent(window)
        below = self.edit.mapTo(window, QPoint(0, self.edit.height()))
        rows = max(1, min(self.list.count(), 8))
        height = (self.note.sizeHint().height() if self.note.isVisible() else 0) + (
            self.list.sizeHintForRow(0) * rows + 6 if self.list.count() else 0) + 8
        self.popup.setGeometry(below.x(), below.y(), max(self.edit.width(), 260), height)
        self.popup.show()
        self.popup.raise_()

    def close_popup(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.popup.hide()

    def is_open(self) -> bool:
        # a focus change can still reach a picker whose window (and so its list) is gone
        return shiboken6.isValid(self.popup) and self.popup.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and self.is_open():
            self.close_popup()
            self.edit.setFocus()
            return True
        return False

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab (or a click) out of the line and its list closes the list."""
        if self.is_open() and new is not None and new is not self.edit and new is not self.list:
            self.close_popup()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._note is not None:
            self.note.setText(self._note())
        super().changeEvent(event)

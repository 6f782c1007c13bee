"""The keyboard of a search box over a list (the share and reassign dialogs' person pickers, and
every record picker, ui/record_picker.py).

Down in the search goes into the list (its first person chosen), Up from the list's top goes
back, Enter picks: in the search it takes the chosen person, or the first. A search that
finds one person chooses them at once (`choose_single`), so OK is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PickerKeys(QObject):
    """Installed on `search` and `people`; `pick()` is called on Enter. `before_enter()` may take
    an Enter in the search first (e.g. to search now what was just typed) by returning True."""

    def __init__(self, search: QLineEdit, people: QListWidget, pick: Callable[[], None],
                 before_enter: Callable[[], bool] | None = None) -> None:
        super().__init__(search)
        self.search, self.people, self.pick, self.before_enter = search, people, pick, before_enter
        search.installEventFilter(self)
        people.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, people = event.key(), self.people
        if watched is self.search and key == Qt.Key.Key_Down and people.count():
            people.setFocus()
            if people.currentRow() < 0:
                people.setCurrentRow(0)
            return True
        if watched is self.search and key in _ENTER:
            if self.before_enter is not None and self.before_enter():
                return True
            if people.count() and people.currentRow() < 0:
                people.setCurrentRow(0)
            self.pick()
            return True
        if watched is people and key == Qt.Key.Key_Up and people.currentRow() <= 0:
            self.search.setFocus()
            return True
        if watched is people and key in _ENTER:
            self.pick()
            return True
        return False


def choose_single(people: QListWidget) -> None:
    """One person found and nobody chosen: that person is chosen."""
    if people.count() == 1 and people.currentRow() < 0:
        people.setCurrentRow(0)

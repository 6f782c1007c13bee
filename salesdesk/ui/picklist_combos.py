"""Picklist combos: a customer's industry, source and region chosen from the company's lists.

    fill_picklist(combo, entries)   # a blank first item, then the active entries; the value shown stays
    PinyinTypeAhead(combo)          # typing `gz` picks 广州, `xd` 信德 (助记码), also in the open list

A value the combo shows that the list no longer offers (a deactivated entry a customer still
holds) stays as an item of its own, so the record reads back what it holds. The pinyin and
initials come from the database with the entries (one reading for the whole product).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

PINYIN_ROLE = Qt.ItemDataRole.UserRole + 1  # (initials, pinyin) of an item
TYPE_AHEAD_MS = 1000  # letters typed within this time of each other build one search


def fill_picklist(combo: QComboBox, entries: Sequence[Any], *, blank: str = "",
                  include_inactive: bool = False) -> None:
    """Offer `entries` (PicklistEntry) after a first item (`blank`, data None for filters or "" for a
    form), keeping the chosen value; without signals, so neither the form nor a filter sees an edit."""
    combo.blockSignals(True)
    current = combo.currentData()
    first = combo.itemData(0) if combo.count() else ""
    combo.clear()
    combo.addItem(blank, first)
    for e in entries:
        if e.active or include_inactive:
            combo.addItem(e.name, e.name)
            combo.setItemData(combo.count() - 1, (e.initials.lower(), e.pinyin.lower()), PINYIN_ROLE)
    if current not in (None, "") and combo.findData(current) < 0:
        combo.addItem(str(current), current)  # held by the record, no longer offered
    combo.setCurrentIndex(max(0, combo.findData(current)) if current not in (None, "") else 0)
    combo.blockSignals(False)


def find_typed(combo: QComboBox, typed: str) -> int:
    """The first item whose initials, pinyin or text start with `typed` (lower case); -1 if none."""
    for test in (lambda ini, py, text: ini.startswith(typed), lambda ini, py, text: py.startswith(typed),
                 lambda ini, py, text: text.startswith(typed)):
        for i in range(1, combo.count()):
            initials, pinyin = combo.itemData(i, PINYIN_ROLE) or ("", "")
            if test(initials, pinyin, combo.itemText(i).lower()):
                return i
    return -1


class PinyinTypeAhead(QObject):
    """Letters typed on a combo (closed or open) select the first item they start (initials first)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self.clock = QElapsedTimer()
        combo.installEventFilter(self)
        combo.view().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text().lower()
        if len(text) != 1 or not ("a" <= text <= "z") or \
                event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if not self.clock.isValid() or self.clock.elapsed() > TYPE_AHEAD_MS:
            self.typed = ""
        self.clock.restart()
        index = find_typed(self.combo, self.typed + text)
        if index < 0 and self.typed:  # a new start
            self.typed, index = "", find_typed(self.combo, text)
        if index < 0:
            return True  # nothing starts so: stay where we are
        self.typed += text
        if watched is self.combo.view():
            self.combo.view().setCurrentIndex(self.combo.model().index(index, 0))
        else:
            self.combo.setCurrentIndex(index)
        return True

"""Filter combo helpers: retranslate items without firing a reload; refill choices keeping the chosen one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox


def set_combo_items(combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
    """Replace a combo's texts, keeping the selection and not firing a reload."""
    current = combo.currentIndex()
    combo.blockSignals(True)
    if combo.count() == len(items):
        for i, (_data, text) in enumerate(items):
            combo.setItemText(i, text)
    else:
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
    combo.setCurrentIndex(max(0, current))
    combo.blockSignals(False)


def fill_combo(combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
    """Put choices after the combo's first ("any …") item, keeping the chosen one when it is still there."""
    combo.blockSignals(True)
    current = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)

"""A one-line label that gives way with "…" instead of cutting a character in half.

`text()` stays the whole text (tooltips, tests and copying see it); only the painting is
shortened to the width there is. `elided(label)` puts one in the place of a Designer label.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Paints its text elided at the right end when narrower than the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What the label shows at its current width."""
        rect = self.contentsRect()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())


def elided(label: QLabel) -> ElidedLabel:
    """An ElidedLabel in `label`'s place in its layout (name, style sheet and text kept)."""
    new = ElidedLabel(label.parentWidget())
    new.setObjectName(label.objectName())
    new.setStyleSheet(label.styleSheet())
    new.setText(label.text())
    layout = label.parentWidget().layout() if label.parentWidget() is not None else None
    item = layout.replaceWidget(label, new, Qt.FindChildOption.FindChildrenRecursively) if layout else None
    if item is not None:
        del item
    label.hide()
    label.deleteLater()
    return new

"""Where the main window goes on the screen it opens on: never larger than that screen.

A first run (nothing saved) takes the preferred size, at most ~90% of the screen's
available area (a 1366×768 laptop then still shows the status bar), centred. A saved
geometry from another monitor is shrunk to the available area and moved onto it.
Pure QRect arithmetic, so the rule is tested with any screen size.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize

PREFERRED = QSize(1320, 760)  # the customer list's default columns beside the navigation
FIRST_RUN_SHARE = 0.9
# the window manager's frame around the client area (title bar, borders): unknown before showing
FRAME = QMargins(8, 32, 8, 8)


def first_run_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size, at most FIRST_RUN_SHARE of `available`, centred in it."""
    size = QSize(min(preferred.width(), int(available.width() * FIRST_RUN_SHARE)),
                 min(preferred.height(), int(available.height() * FIRST_RUN_SHARE)))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def clamped_geometry(saved: QRect, available: QRect) -> QRect:
    """`saved` when it fits on `available` with its frame; else shrunk to fit and moved onto it."""
    inner = available.marginsRemoved(FRAME)
    if inner.contains(saved):
        return QRect(saved)
    size = saved.size().boundedTo(inner.size())
    left = min(max(saved.left(), inner.left()), inner.right() + 1 - size.width())
    top = min(max(saved.top(), inner.top()), inner.bottom() + 1 - size.height())
    return QRect(QPoint(left, top), size)

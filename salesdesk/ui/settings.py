"""The client's QSettings: one INI file in the user's config folder (next to profiles.json)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView

from salesdesk.services.profiles import config_dir


def settings() -> QSettings:
    """Settings object for the current user (follows $SALESDESK_CONFIG_DIR like the profiles)."""
    return QSettings(str(config_dir() / "salesdesk.ini"), QSettings.Format.IniFormat)


def remember_header(header: QHeaderView, key: str) -> None:
    """Restore a table header's columns (order, widths, hidden, sort) and keep saving them.

    Pages call this once per view, e.g. `remember_header(view.horizontalHeader(), "customers/list")`.
    """
    state = settings().value(f"columns/{key}")
    if isinstance(state, QByteArray | bytes) and state:
        header.restoreState(QByteArray(state))
    timer = QTimer(header)  # writes are coalesced: resizing fires many signals
    timer.setSingleShot(True)
    timer.setInterval(400)
    timer.timeout.connect(lambda: settings().setValue(f"columns/{key}", header.saveState()))
    for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged,
                   header.sectionCountChanged):  # not what the client sets itself (property "fitting")
        signal.connect(lambda *_a: None if header.property("fitting") else timer.start())

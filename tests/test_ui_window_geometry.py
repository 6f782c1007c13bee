"""The main window fits the screen it opens on: first run at most ~90% of it, a saved geometry clamped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.settings import settings
from salesdesk.ui.window_geometry import FRAME, PREFERRED, clamped_geometry, first_run_geometry
from tests.ui_support import main_window

pytestmark = pytest.mark.gui
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar


def test_first_run_takes_at_most_ninety_percent_centred() -> None:
    rect = first_run_geometry(LAPTOP)
    assert rect.width() <= 1366 * 0.9 and rect.height() <= 728 * 0.9
    assert LAPTOP.contains(rect) and abs(rect.center().x() - LAPTOP.center().x()) <= 1
    big = QRect(0, 0, 2560, 1400)
    assert first_run_geometry(big).size() == PREFERRED  # a big screen: the preferred size


def test_a_saved_geometry_from_a_bigger_monitor_is_clamped_and_one_that_fits_kept() -> None:
    inner = LAPTOP.marginsRemoved(FRAME)
    for saved in (QRect(1900, 60, 1800, 1000), QRect(-500, -300, 900, 600), QRect(100, 900, 800, 500)):
        fitted = clamped_geometry(saved, LAPTOP)
        assert inner.contains(fitted), (saved, fitted)
    fits = QRect(100, 80, 1000, 600)
    assert clamped_geometry(fits, LAPTOP) == fits


def _fresh_settings() -> None:
    s = settings()
    for key in ("window/geometry", "window/state"):
        s.remove(key)
    s.sync()


def _status_bar_shown_inside(window: MainWindow, area: QRect) -> None:
    assert area.contains(window.geometry()), (area, window.geometry())
    bar = window.statusBar()
    assert bar.isVisible() and window.rect().contains(bar.geometry())


def test_first_run_on_a_1366x768_laptop_shows_the_status_bar(qtbot, company, monkeypatch) -> None:
    _fresh_settings()
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(LAPTOP))
    with main_window(qtbot, company, "sp_e1a") as window:
        assert window.height() <= 728 * 0.9 + 1 and window.width() <= 1366 * 0.9 + 1
        _status_bar_shown_inside(window, LAPTOP)


def test_a_geometry_saved_on_a_big_monitor_is_clamped_to_the_laptop(qtbot, company, monkeypatch) -> None:
    _fresh_settings()
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(0, 0, 3840, 2100))
    with main_window(qtbot, company, "sp_e1a") as window:
        window.setGeometry(QRect(1900, 100, 1800, 1100))
        window.save_state()
    monkeypatch.setattr(MainWindow, "available_geometry", lambda self: QRect(LAPTOP))
    with main_window(qtbot, company, "sp_e1a") as window:
        _status_bar_shown_inside(window, LAPTOP)


def test_first_run_fits_the_offscreen_screen(qtbot, company) -> None:
    _fresh_settings()
    with main_window(qtbot, company, "sp_e1a") as window:
        area = window.screen().availableGeometry()
        _status_bar_shown_inside(window, area)
        assert window.width() <= area.width() * 0.9 + 1

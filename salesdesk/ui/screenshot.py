"""Screenshot mode: sign in, open a page, wait until its data is shown, save a PNG, exit.

The picture is taken once the page stops changing (its charts drawn). Exit codes: 0 saved;
1 sign-in failed; 2 unknown page; 3 the page did not finish loading in time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from salesdesk.services import auth, profiles
from salesdesk.services.errors import DomainError
from salesdesk.ui import errors
from salesdesk.ui.pages import load_pages, page_spec, page_specs

SPECIAL_PAGES = ("about", "change_password")  # dialogs drawn over the window
LOAD_TIMEOUT_S = 60.0
STEADY_MS = 300  # a picture unchanged for this long is the page at rest
STEADY_TIMEOUT_S = 15.0


def demo_password() -> str:
    try:
        from salesdesk.admin.demo_data import PASSWORD
    except ImportError:  # a client installed without the admin tools
        return "Demo-2026-pass"
    return PASSWORD


def _settle(ms: int = 150) -> None:
    """Let layouts, timers and repaints run."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def _wait(condition, timeout: float) -> bool:  # noqa: ANN001 - a zero-argument predicate
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    return True


def _steady(take: Callable[[], QPixmap], timeout: float = STEADY_TIMEOUT_S) -> QPixmap:
    """The picture once it stops changing: a page's data can be in while its charts are still being
    made (matplotlib loads off the GUI thread the first time, a new canvas grows its section).
    Two pictures a settle apart that are the same pixels are what a user sees; after `timeout` the
    last one is taken as it is."""
    _settle()
    shot = take()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _settle(STEADY_MS)
        again = take()
        if again.toImage() == shot.toImage():
            return again
        shot = again
    return shot


def _composite(window: QWidget, dialog: QWidget) -> QPixmap:
    """The main window with a dialog drawn centred over it (what a user sees)."""
    shot = window.grab()
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # dim the window behind the dialog
    corner = QPoint((shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 3)
    painter.drawPixmap(corner, inner)
    painter.end()
    return shot


def take_screenshot(args: argparse.Namespace) -> int:
    from salesdesk.ui.main_window import MainWindow

    load_pages()
    key = args.page.partition(":")[0]
    if key not in SPECIAL_PAGES and page_spec(key) is None:
        known = ", ".join([*(s.key for s in page_specs()), *SPECIAL_PAGES])
        print(f"salesdesk: unknown page {args.page!r}; known pages: {known}", file=sys.stderr)
        return 2
    profile = profiles.profile_from_url(args.server) if args.server else profiles.demo_profile()
    password = os.environ.get("SALESDESK_PASSWORD") or demo_password()
    try:
        session = auth.sign_in(profile, args.login, password)
    except DomainError as exc:
        print(f"salesdesk: {errors.error_text(exc)}", file=sys.stderr)
        return 1
    QApplication.setCursorFlashTime(0)  # a blinking caret would never let the page be at rest
    window = MainWindow(session, live=False)
    try:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        dialog: QWidget | None = None
        if key == "about":
            from salesdesk.ui.about_dialog import AboutDialog

            dialog = AboutDialog(session, window)
            dialog.show()
        elif key == "change_password":
            from salesdesk.ui.change_password_dialog import ChangePasswordDialog

            window.show_page(window.nav_specs[0].key)
            dialog = ChangePasswordDialog(window, session=session, runner=window.tasks)
            dialog.show()
        else:
            window.show_page(args.page)
            if not _wait(lambda: window.is_page_loaded(key), LOAD_TIMEOUT_S):
                print(f"salesdesk: page {args.page!r} did not finish loading within {LOAD_TIMEOUT_S:.0f} s",
                      file=sys.stderr)
                return 3
        pixmap = _steady(lambda: _composite(window, dialog) if dialog is not None else window.grab())
        target = Path(args.screenshot)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(target), "PNG"):
            print(f"salesdesk: cannot write {target}", file=sys.stderr)
            return 1
        print(f"saved {target} ({pixmap.width()}x{pixmap.height()})")
        return 0
    finally:
        window.shutdown()
        window.deleteLater()

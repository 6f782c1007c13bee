"""Helpers for the GUI tests: sign in as a company member, open the main window, answer dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from salesdesk.services.auth import SignedIn, sign_in
from salesdesk.services.profiles import Profile
from tests.factories import Company

WAIT_MS = 10_000


def session_for(company: Company, key: str) -> SignedIn:
    """Sign in through the product's own auth service, as the company member `key`."""
    url = make_url(company.url_for(key))
    profile = Profile(name="test", host=url.host or "127.0.0.1", port=url.port or 5432,
                      database=url.database or "", sslmode="disable")
    return sign_in(profile, company.login(key), company.password)


@contextmanager
def main_window(qtbot, company: Company, key: str, live: bool = False) -> Iterator:  # noqa: ANN001
    """The shell signed in as `key`; shut down (connections closed) afterwards."""
    from salesdesk.ui.main_window import MainWindow

    window = MainWindow(session_for(company, key), live=live)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.shutdown()


def wait_loaded(qtbot, window, key: str) -> object:  # noqa: ANN001
    """Show page `key` (or `key:arg`) and wait until its data is there."""
    page = window.show_page(key)
    qtbot.waitUntil(lambda: window.is_page_loaded(key.partition(":")[0]), timeout=WAIT_MS)
    return page


def names_in(model) -> list[str]:  # noqa: ANN001
    return [r.name for r in model.rows()]


@contextmanager
def answering(cls: type, act: Callable[[object], object], timeout_ms: int = WAIT_MS) -> Iterator[list]:
    """Answer the next dialog of type `cls` that the code inside the block opens (modally) with `act(dialog)`.

    The dialog is found while its own event loop runs; if `act` fails, the dialog is
    rejected so nothing is left blocking, and the error fails the test. The list
    yielded holds the dialogs answered.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    answered: list = []
    timer = QTimer()
    timer.setInterval(10)
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        if time.monotonic() > deadline:
            timer.stop()
            return
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()
                       and w not in answered), None)
        if dialog is None:
            return
        timer.stop()
        answered.append(dialog)
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise

    timer.timeout.connect(poll)
    timer.start()
    try:
        yield answered
    finally:
        timer.stop()
    assert answered, f"no {cls.__name__} was shown"


def click(box, button) -> None:  # noqa: ANN001 - a QMessageBox and one of its standard buttons
    box.button(button).click()


def choose(qtbot, combo, text: str) -> None:  # noqa: ANN001
    """Pick `text` in a combo whose choices load in the background (a picklist), as a user would."""
    qtbot.waitUntil(lambda: combo.findText(text) >= 0, timeout=WAIT_MS)
    combo.setCurrentIndex(combo.findText(text))

"""Load what signing in needs on a worker thread while the user types the password.

The sign-in dialog is built without the database layer (sqlalchemy, psycopg, alembic), the main
window or any page module, so it shows fast. Once it has been painted, one thread imports them;
by the time Sign in is pressed, building the main window imports nothing on the GUI thread.
Importing on another thread is safe here: these modules create no widgets at import time (pages
only register themselves), and Python's import locks make a GUI-thread import of the same module
wait for the worker instead of running twice.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtWidgets import QWidget

from salesdesk.ui import gc_guard
from salesdesk.ui.first_paint import after_first_paint

log = logging.getLogger(__name__)

# besides the page modules (salesdesk.ui.pages.PAGE_MODULES)
MODULES = ("salesdesk.services.auth", "salesdesk.ui.main_window")

_started = threading.Event()
finished = threading.Event()  # set when the thread is done (tests wait for it)


def _load() -> None:
    try:
        for name in MODULES:
            importlib.import_module(name)
        from salesdesk.ui.pages import load_pages

        load_pages()
        gc_guard.freeze_long_lived()  # full collections on the GUI thread skip the modules just loaded
    except Exception:  # noqa: BLE001 - the GUI thread imports again and reports a real problem
        log.exception("preloading the client's modules failed")
    finally:
        finished.set()


def start() -> threading.Thread | None:
    """Start loading (once per process); the thread, or None when it was started before."""
    if _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=_load, name="salesdesk-preload")
    thread.start()
    return thread


def start_when_painted(widget: QWidget) -> None:
    """Start loading once `widget` (the sign-in dialog) has been painted for the first time."""
    if not _started.is_set():
        after_first_paint(widget, start)

"""Errors as messages: domain errors translated, anything unexpected logged to a file.

    error_text(exc, kind)      -> the text to show (translated; never a traceback), naming the
                                  record kind ("This product was not found…") when the error does not
    show_error(parent, exc, kind=…) -> a message box with that text (and logs unexpected ones)
    install_excepthook()       -> uncaught exceptions: logged + a polite dialog
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salesdesk.services.errors import ConnectionLostError, DomainError, FieldError

log = logging.getLogger("salesdesk")
_log_file: Path | None = None


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("salesdesk", appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to `<user log dir>/salesdesk.log` (rotated); returns the file. Safe to call twice."""
    global _log_file
    if _log_file is not None:
        return _log_file
    path = log_dir() / "salesdesk.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # a read-only home must not stop the client
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _log_file = path
    return path


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def problem_text(problem: FieldError | str) -> str:
    """One field's problem in the user's language: a FieldError (named field, parameters) or a message."""
    return problem.text(translate) if isinstance(problem, FieldError) else translate("errors", problem)


def is_expected(exc: BaseException) -> bool:
    """Domain errors are expected (shown as they are); everything else is a bug or an outage."""
    return isinstance(exc, DomainError)


def error_text(exc: BaseException, kind: str | None = None) -> str:
    """What to tell the user about `exc`, in their language; generic errors name the record `kind`
    (services/errors.KIND_NAMES) unless the service already said which kind it concerns."""
    if isinstance(exc, DomainError):
        return exc.text(translate, kind)
    from salesdesk.services.auth import is_connection_lost  # no Qt there; imported late to stay light

    if is_connection_lost(exc):
        return ConnectionLostError().text(translate)
    return translate("errors", "Something went wrong that salesdesk did not expect. The details were "
                               "written to the log file {path}.").format(path=str(setup_logging()))


def log_unexpected(exc: BaseException, where: str = "") -> None:
    setup_logging()
    log.error("unexpected error%s", f" in {where}" if where else "",
              exc_info=(type(exc), exc, exc.__traceback__))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None,
               kind: str | None = None) -> None:
    """A message box for `exc`; unexpected errors are logged first (with the traceback, to the file)."""
    if not is_expected(exc):
        log_unexpected(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("errors", "salesdesk"),
                      error_text(exc, kind), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    if QApplication.instance() is not None and parent is not None and not parent.isVisible():
        box.show()  # no modal loop for a hidden parent (screenshot mode, tests)
    else:
        box.exec()


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    setup_logging()
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None:
        return
    try:
        text = error_text(exc) if isinstance(exc, DomainError) else translate(
            "errors", "Sorry, something went wrong. Your work in open windows is kept; if the problem "
                      "comes back, please send the log file {path} to IT.").format(path=str(setup_logging()))
        QMessageBox.warning(QApplication.activeWindow(), translate("errors", "salesdesk"), text)
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        pass


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and a dialog."""
    sys.excepthook = _hook

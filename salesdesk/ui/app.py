"""`salesdesk`: the desktop client's entry point (and screenshot mode)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory

from salesdesk import __version__
from salesdesk.ui import errors, gc_guard
from salesdesk.ui.i18n import LANGUAGES, install_cjk_font, install_language
from salesdesk.ui.resources import icon, stylesheet


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="salesdesk", description="salesdesk desktop client")
    parser.add_argument("--profile", help="preselect this connection profile")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    shots = parser.add_argument_group("screenshot mode")
    shots.add_argument("--screenshot", metavar="FILE", help="sign in, open --page, save a PNG and exit")
    shots.add_argument("--page", help="page to open: customers, customer:<id>, pool, org, archived, "
                                      "settings, about, change_password, …")
    shots.add_argument("--login", help="login name to sign in with (password: $SALESDESK_PASSWORD, "
                                       "else the demo password)")
    shots.add_argument("--server", metavar="URL", help="libpq URL whose host, port and database are used "
                                                       "(its user and password are ignored); default: the "
                                                       "demo server")
    shots.add_argument("--size", default="1280x800", help="window size in screenshot mode (default 1280x800)")
    probe = parser.add_argument_group("heartbeat probe (how long the GUI thread stalls)")
    probe.add_argument("--probe-heartbeat", action="store_true",
                       help="sign in (--login, default sales_sh1; --server), open every page, Settings, "
                            "switch the language both ways; print the GUI thread's longest stall per step "
                            "and the cold start time; exit 1 when one is over its budget")
    probe.add_argument("--cold-runs", type=int, default=3, help="fresh processes timed for the cold start")
    probe.add_argument("--probe-run", choices=("cold", "steps"), help=argparse.SUPPRESS)  # a probed child
    args = parser.parse_args(argv)
    if args.probe_heartbeat and not args.lang:
        args.lang = "zh_CN"
    if args.screenshot and not (args.page and args.login):
        parser.error("--screenshot needs --page and --login")
    return args


def light_palette() -> QPalette:
    """A calm light palette, the same on every platform (Fusion does not follow a dark desktop)."""
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f4f5f7", QPalette.ColorRole.WindowText: "#1f2329",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f7f8fa",
        QPalette.ColorRole.Text: "#1f2329", QPalette.ColorRole.Button: "#f4f5f7",
        QPalette.ColorRole.ButtonText: "#1f2329", QPalette.ColorRole.Highlight: "#2f6fdf",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2329", QPalette.ColorRole.PlaceholderText: "#8a919c",
        QPalette.ColorRole.Link: "#2f6fdf", QPalette.ColorRole.Mid: "#c9cdd4",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a6b0"))
    return p


def setup_application(app: QApplication, lang: str | None = None) -> str:
    """Style, palette, fonts and language for `app`; returns the language installed."""
    QCoreApplication.setOrganizationName("salesdesk")
    QCoreApplication.setApplicationName("salesdesk")
    QCoreApplication.setApplicationVersion(__version__)
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    app.setPalette(light_palette())
    install_cjk_font(app)
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon("salesdesk"))
    gc_guard.install(app)  # Qt objects die on the GUI thread, never in a worker's garbage collection
    return install_language(lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "report":  # `salesdesk report monthly …`: a report without a window
        from salesdesk.ui.report_command import main as report

        return report(argv[1:])
    args = parse_args(argv)
    if args.probe_heartbeat:
        from salesdesk.ui.probe import run_probe

        return run_probe(args)
    errors.setup_logging()
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if args.probe_run:
        from salesdesk.ui.probe_driver import attach

        attach(app, args.probe_run, args.login)
    setup_application(app, args.lang)
    errors.install_excepthook()
    if args.screenshot:
        from salesdesk.ui.screenshot import take_screenshot

        return take_screenshot(args)

    from salesdesk.ui import preload
    from salesdesk.ui.login_dialog import LoginDialog

    profile, switching = args.profile, False
    while True:  # File > Sign out / switch user closes the window and signs in again
        dialog = LoginDialog(profile_name=profile, switching=switching)
        preload.start_when_painted(dialog)  # the main window's modules load while the user types
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
            return 0
        from salesdesk.ui.main_window import MainWindow

        window = MainWindow(dialog.signed_in)
        asked: list[bool] = []
        window.switchUserRequested.connect(lambda a=asked: a.append(True))
        window.show()
        code = app.exec()
        profile = dialog.signed_in.profile.name
        window.deleteLater()
        switching = bool(asked)
        if not switching:
            return code


if __name__ == "__main__":
    sys.exit(main())

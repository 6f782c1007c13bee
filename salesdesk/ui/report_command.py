"""`salesdesk report monthly --month YYYY-MM --out FILE --login LOGIN [--server URL]`: the caller's
own node's monthly workbook (a manager's unit, the director's company) written without a window.

The server as in screenshot mode (`--server`: a libpq URL whose host, port and database are used;
default the demo profile); the password from $SALESDESK_PASSWORD, else the keyring (what the
client remembered). Any failure is one plain line on stderr and exit status 1 (2 for bad usage).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.ui import errors
from salesdesk.ui.i18n import LANGUAGES, install_language

NO_PASSWORD = QT_TRANSLATE_NOOP("report", "No password: set SALESDESK_PASSWORD or let the client remember "
                                           "it for this login.")
MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="salesdesk report", description="write a report without a window")
    kinds = parser.add_subparsers(dest="report", required=True)
    monthly = kinds.add_parser("monthly", help="the monthly Excel report of your own scope")
    monthly.add_argument("--month", required=True, help="the month, YYYY-MM")
    monthly.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    monthly.add_argument("--login", required=True, help="login name (password: $SALESDESK_PASSWORD, "
                                                        "else the keyring)")
    monthly.add_argument("--server", metavar="URL", help="libpq URL whose host, port and database are used "
                                                         "(its user and password are ignored); default: the "
                                                         "demo server")
    monthly.add_argument("--lang", choices=LANGUAGES, help="the report's language")
    args = parser.parse_args(argv)
    if not MONTH.match(args.month):
        parser.error(f"--month {args.month!r} is not a month (YYYY-MM)")
    return args


def say(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def main(argv: Sequence[str]) -> int:
    args = parse(argv)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    assert app is not None
    install_language(args.lang)
    try:
        return _write(args)
    except Exception as exc:  # noqa: BLE001 - one line for any failure, never a traceback
        print(f"salesdesk: {errors.error_text(exc)}", file=sys.stderr)
        return 1


def _write(args: argparse.Namespace) -> int:
    from salesdesk.reports.monthly import write_monthly
    from salesdesk.services import auth, month_close, profiles

    profile = profiles.profile_from_url(args.server) if args.server else profiles.demo_profile()
    password = os.environ.get("SALESDESK_PASSWORD") or profiles.load_password(profile, args.login)
    if not password:
        print("salesdesk: " + say("report", NO_PASSWORD), file=sys.stderr)
        return 1
    session = auth.sign_in(profile, args.login, password)
    try:
        db = session.database
        month = month_close.load_month(db, month_close.my_node(db), args.month)
    finally:
        session.database.close()
    try:
        write_monthly(month, args.out, translate=say)
    except OSError as exc:
        print("salesdesk: " + say("errors", "The file {path} could not be written: {reason}").format(
            path=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(args.out)
    return 0

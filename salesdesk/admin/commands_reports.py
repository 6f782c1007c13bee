"""`salesdesk-admin reports monthly --dsn URL --folder DIR [--month YYYY-MM]`: every manager's
monthly workbook for the month just closed (default: last month), one file per unit, for cron or
Task Scheduler.

Each report is read AS that manager: the connection takes their identity (SET SESSION
AUTHORIZATION, which the policies read through session_user), so the database decides the scope
exactly as when they sign in; nothing is filtered here. One plain line per failure, exit 1 when
any report failed.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

import psycopg
from psycopg import sql

from salesdesk.admin.commands_users import DSN_HELP, _admin, emit
from salesdesk.admin.errors import AdminError, plain_database_error
from salesdesk.reports.monthly import write_monthly
from salesdesk.services.month_close import last_month, month_from
from salesdesk.services.nodes import Node

MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("reports", help="scheduled reports: the managers' monthly workbooks")
    kinds = group.add_subparsers(dest="report", metavar="REPORT", required=True)
    p = kinds.add_parser("monthly", help="write every manager's monthly report into a folder",
                         description="Write every active manager's monthly report (their unit, as they "
                                     "would see it) into FOLDER, one file per unit: "
                                     "<month>_<unit code>.xlsx.")
    p.add_argument("--dsn", required=True, help=DSN_HELP)
    p.add_argument("--folder", required=True, type=Path, help="where the workbooks go (it must exist)")
    p.add_argument("--month", help="YYYY-MM (default: last month)")
    p.set_defaults(func=_monthly)


def _monthly(args: argparse.Namespace) -> int:
    month = args.month or last_month(date.today())
    if not MONTH.match(month):
        raise AdminError(f"--month {month!r} is not a month (YYYY-MM)")
    if not args.folder.is_dir():
        raise AdminError(f"--folder {args.folder} is not a folder")
    failed = 0
    with _admin(args.dsn) as conn:
        conn.autocommit = True
        managers = conn.execute(
            "select e.login, e.unit_id, u.code from sales.employees e "
            "join sales.positions p on p.id = e.position_id join sales.org_units u on u.id = e.unit_id "
            "where e.active and p.level = 'manager' order by u.code, e.login").fetchall()
        for login, unit_id, code in managers:
            out = args.folder / f"{month}_{_safe(code)}.xlsx"
            try:
                conn.execute(sql.SQL("set session authorization {}").format(sql.Identifier(login)))
                try:
                    found = conn.execute("select api.month_report('unit', %s, %s)",
                                         (unit_id, month)).fetchone()
                finally:
                    conn.execute("reset session authorization")
                assert found is not None
                write_monthly(month_from(Node("unit", unit_id), month, found[0]), out)
                emit(str(out))
            except psycopg.Error as exc:
                failed += 1
                print(f"salesdesk-admin: {login} ({code}): {plain_database_error(exc)[1]}", file=sys.stderr)
            except OSError as exc:
                failed += 1
                print(f"salesdesk-admin: {login} ({code}): {out} could not be written: {exc.strerror or exc}",
                      file=sys.stderr)
    return 1 if failed else 0


def _safe(code: str) -> str:
    """A unit code as a file name on every system."""
    return re.sub(r"[^\w.-]", "_", code)

"""`salesdesk-admin user import FILE`: units and people from one spreadsheet (see people_import)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from salesdesk.admin import people_import
from salesdesk.admin.accounts import AccountError, connect_admin
from salesdesk.admin.errors import AdminError

Command = Callable[..., argparse.ArgumentParser]


def register(actions: argparse._SubParsersAction, command: Command) -> None:
    imp = command(
        actions, "import", "add units and people from one spreadsheet (CSV or XLSX)",
        "Add org units and employees from one CSV or XLSX file with the columns "
        + ", ".join(people_import.COLUMNS) + " (one row per person; a row without login only "
        "defines a unit). Managers may come after their reports. All or nothing: any bad row and "
        "nothing is created, with one line per problem. Each new login gets a generated password, "
        "written to the result file (readable by you only), and must change it at first sign-in.",
        _user_import)
    imp.add_argument("file", metavar="FILE", type=Path, help="the spreadsheet (.csv or .xlsx)")
    imp.add_argument("--dry-run", action="store_true",
                     help="check everything and print what would be created; change nothing")
    imp.add_argument("--out", type=Path, metavar="FILE",
                     help="result file with the initial passwords (.csv or .xlsx; default: "
                          "<FILE>-passwords-<time>.csv next to FILE); must not exist yet")


def _result_path(args: argparse.Namespace) -> Path:
    out: Path = args.out or args.file.with_name(
        f"{args.file.stem}-passwords-{datetime.now():%Y%m%d-%H%M%S}.csv")
    out = out.expanduser()
    if out.exists():
        raise AdminError(f"{out} already exists; name a new result file with --out")
    if not out.parent.is_dir():
        raise AdminError(f"the folder {out.parent} does not exist; create it first or choose "
                         "another --out")
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise AdminError("--out must end in .csv or .xlsx")
    return out


def _user_import(args: argparse.Namespace) -> int:
    out = None if args.dry_run else _result_path(args)
    try:
        rows = people_import.read_rows(args.file.expanduser())
        with connect_admin(args.dsn) as conn:
            plan = people_import.plan(conn, rows)
            people_import.apply(conn, plan)  # checked again by the database itself
            if args.dry_run:
                conn.rollback()
            else:
                assert out is not None
                # Passwords written before the commit: a failed write creates nobody.
                people_import.write_result(out, plan.people)
                try:
                    conn.commit()
                except BaseException:
                    out.unlink(missing_ok=True)
                    raise
    except people_import.ImportFailed as exc:
        for line in exc.problems:
            print(f"salesdesk-admin: {args.file.name}: {line}", file=sys.stderr)
        raise AdminError(f"{args.file.name}: {exc}") from exc
    except AccountError as exc:
        raise AdminError(f"{args.file.name}: {exc}; nothing was imported") from exc
    from salesdesk.admin.commands_users import emit  # registers this module: imported late

    verb = "would add" if args.dry_run else "added"
    for u in plan.units:
        emit(f"{verb} unit {u.code} ({u.name}, {u.kind}" + (f", under {u.parent}" if u.parent else "")
              + (", with a customer pool" if u.pool else "") + ")")
    for p in plan.people:
        emit(f"{verb} {p.login} ({p.name}), {p.position} in {p.unit}"
              + (f", reporting to {p.manager}" if p.manager else ""))
    summary = f"{len(plan.units)} unit(s) and {len(plan.people)} people"
    if args.dry_run:
        emit(f"dry run: {summary} would be added; nothing was changed")
    else:
        emit(f"imported {summary}; they must change their password at first sign-in")
        emit(f"initial passwords: {out} (readable by you only; hand each person theirs, then delete it)")
    return 0

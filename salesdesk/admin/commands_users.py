"""`salesdesk-admin unit add|rename|move|remove|list` and `user add|import|edit|leave|move|list|passwd`."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import psycopg

from salesdesk.admin import commands_import, users
from salesdesk.admin import targets as admin_targets
from salesdesk.admin.accounts import (
    AccountError,
    NewEmployee,
    check_password,
    connect_admin,
    create_employee,
    generate_password,
    require_password_change,
    set_password,
)
from salesdesk.admin.errors import AdminError

DSN_HELP = "superuser URL of the salesdesk database, e.g. postgresql://postgres:…@host:5432/salesdesk"


def register(sub: argparse._SubParsersAction) -> None:
    _register_units(sub)
    _register_users(sub)


def _command(group: argparse._SubParsersAction, name: str, help_text: str, description: str,
             func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    p = group.add_parser(name, help=help_text, description=description)
    p.add_argument("--dsn", required=True, help=DSN_HELP)
    p.set_defaults(func=func)
    return p


def _register_units(sub: argparse._SubParsersAction) -> None:
    unit = sub.add_parser("unit", help="org units: add, rename, move, remove, list",
                          description="The organisation tree: head office, regions, branches, teams.")
    actions = unit.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _command(actions, "add", "add an org unit",
                   "Add an org unit under a parent; --pool also gives it a customer pool (公海).",
                   _unit_add)
    add.add_argument("--code", required=True, help="short unique code, e.g. EAST_SH1")
    add.add_argument("--name", required=True, help="display name, e.g. 上海一组")
    add.add_argument("--kind", required=True, choices=users.UNIT_KINDS)
    add.add_argument("--parent", metavar="CODE", help="parent unit's code (all but the head office)")
    add.add_argument("--pool", action="store_true", help="also create this unit's customer pool")
    move = _command(actions, "move", "move a unit under another parent",
                    "Move an org unit, with its sub-units and people, under another parent unit. "
                    "Access follows at once.", _unit_move)
    move.add_argument("--code", required=True, help="the unit to move")
    move.add_argument("--parent", required=True, metavar="CODE", help="its new parent unit")
    rename = _command(actions, "rename", "give a unit a new name", "Give an org unit a new display "
                      "name (its code stays).", _unit_rename)
    rename.add_argument("--code", required=True, help="the unit to rename")
    rename.add_argument("--name", required=True, help="its new name")
    remove = _command(actions, "remove", "remove an empty unit",
                      "Remove an org unit that is empty: no people (leavers included), no sub-units, no "
                      "customers in its pool. Its empty pool goes with it.", _unit_remove)
    remove.add_argument("--code", required=True, help="the unit to remove")
    lst = _command(actions, "list", "list org units", "List the org units, parents first.", _unit_list)
    lst.add_argument("--json", action="store_true", help="print a JSON array")


def _register_users(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="employees: add, import, edit, leave, move, list, passwd",
                          description="Employees. Each one is a PostgreSQL login role; what they see "
                                      "follows their position, unit and manager.")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = _command(actions, "add", "add an employee (a login role)",
                   "Add an employee and their login. Without --password or --password-stdin a strong "
                   "password is generated and printed as PASSWORD=<password>. They must change it "
                   "when they first sign in.", _user_add)
    add.add_argument("--login", required=True, help="login name: lower-case letters, digits, '_', '.'")
    add.add_argument("--name", required=True, help="full name, e.g. 张伟")
    add.add_argument("--unit", required=True, metavar="CODE", help="org unit code")
    add.add_argument("--position", required=True, metavar="CODE",
                     help="position code: director, manager, supervisor, salesperson, assistant, admin, …")
    add.add_argument("--manager", metavar="LOGIN", help="the person they report to")
    add.add_argument("--email")
    add.add_argument("--phone")
    add.add_argument("--connection-limit", type=int, default=None, metavar="N",
                     help="most connections this login may hold at once (default 10; the client "
                          "uses up to 5)")
    pw = add.add_mutually_exclusive_group()
    pw.add_argument("--password", metavar="P", help="initial password (visible in the process list; "
                                                   "prefer --password-stdin)")
    pw.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    commands_import.register(actions, _command)

    edit = _command(actions, "edit", "change someone's name, e-mail or phone",
                    "Change an employee's name, e-mail or phone (an empty value clears e-mail or "
                    "phone). --position changes what they see, like `user move --position`.", _user_edit)
    edit.add_argument("login", metavar="LOGIN")
    edit.add_argument("--name")
    edit.add_argument("--email")
    edit.add_argument("--phone")
    edit.add_argument("--position", metavar="CODE")

    leave = _command(actions, "leave", "someone leaves: hand over their records, disable the login",
                     "In one transaction: hand the person's customers (with contacts), other records and "
                     "received shares to a successor, or their records to their unit's customer pool; "
                     "reassign their direct reports; mark them as left and disable the login. Then end "
                     "their open sessions. Every owner change is recorded in the ownership history.",
                     _user_leave)
    leave.add_argument("--login", required=True)
    to = leave.add_mutually_exclusive_group(required=True)
    to.add_argument("--successor", metavar="LOGIN",
                    help="who takes over their records, shares and direct reports")
    to.add_argument("--to-pool", action="store_true",
                    help="release their customers to their unit's pool (or the nearest above); "
                         "direct reports go to the leaver's own manager")
    leave.add_argument("--reason", metavar="TEXT", help="reason written to the ownership history")
    _target_flags(leave)

    move = _command(actions, "move", "change someone's manager, unit or position",
                    "Change the reporting line, unit or position. Access follows at once: the next "
                    "transaction of every user sees the new scope.", _user_move)
    move.add_argument("--login", required=True)
    mgr = move.add_mutually_exclusive_group()
    mgr.add_argument("--manager", metavar="LOGIN", help="new manager")
    mgr.add_argument("--no-manager", action="store_true", help="report to nobody")
    move.add_argument("--unit", metavar="CODE", help="new org unit")
    move.add_argument("--position", metavar="CODE", help="new position")
    _target_flags(move)

    lst = _command(actions, "list", "list employees",
                   "List all employees (leavers too). --json prints an array of objects with login, "
                   "name, level, manager, unit, active, position, unit_name, data_scope, email, phone, "
                   "left_at.", _user_list)
    lst.add_argument("--json", action="store_true", help="print a JSON array")

    passwd = _command(actions, "passwd", "reset someone's password",
                      "Set a new password. Without --password-stdin one is generated and printed as "
                      "PASSWORD=<password>. They must change it when they next sign in.", _user_passwd)
    passwd.add_argument("--login", required=True)
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from stdin")


# -- plumbing ----------------------------------------------------------------

@contextmanager
def _admin(dsn: str) -> Iterator[psycopg.Connection]:
    """A superuser connection; AccountError becomes a one-line AdminError."""
    try:
        with connect_admin(dsn) as conn:
            yield conn
    except AccountError as exc:
        raise AdminError(str(exc)) from exc


def _read_password_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise AdminError("no password on stdin")
    return line


def emit(text: str) -> None:
    """Print, even to a console whose code page lacks some characters (e.g. CJK on cp1252)."""
    try:
        print(text)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding))


def emit_json(items: object) -> None:
    emit(json.dumps(items, ensure_ascii=False, indent=2))


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """An aligned plain-text table (CJK-aware)."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for row in [list(headers), ["-" * w for w in widths], *cells]:
        emit("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip())


# -- units -------------------------------------------------------------------

def _unit_add(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        users.add_unit(conn, args.code, args.name, args.kind, args.parent, args.pool)
        conn.commit()
    emit(f"added unit {args.code} ({args.name})" + (" with a customer pool" if args.pool else ""))
    return 0


def _unit_move(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        users.move_unit(conn, args.code, args.parent)
        conn.commit()
    emit(f"moved unit {args.code} under {args.parent} (access follows now)")
    return 0


def _unit_rename(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        old = users.rename_unit(conn, args.code, args.name)
        conn.commit()
    emit(f"renamed unit {args.code}: {old} -> {args.name.strip()}")
    return 0


def _unit_remove(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        users.remove_unit(conn, args.code)
        conn.commit()
    emit(f"removed unit {args.code}")
    return 0


def _unit_list(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        units = users.list_units(conn)
    if args.json:
        emit_json([dataclasses.asdict(u) for u in units])
    else:
        print_table(["code", "name", "kind", "parent", "pool", "people"],
                    [(u.code, u.name, u.kind, u.parent or "", u.pool or "", u.people) for u in units])
    return 0


# -- users -------------------------------------------------------------------

def _user_add(args: argparse.Namespace) -> int:
    generated = not (args.password or args.password_stdin)
    password = args.password or (_read_password_stdin() if args.password_stdin else generate_password())
    with _admin(args.dsn) as conn:
        create_employee(conn, NewEmployee(
            login=args.login, name=args.name, unit_code=args.unit, position_code=args.position,
            password=password, manager_login=args.manager, email=args.email, phone=args.phone,
            connection_limit=args.connection_limit))
        require_password_change(conn, args.login)
        conn.commit()
    emit(f"added {args.login} ({args.name}), {args.position} in {args.unit}"
          + (f", reporting to {args.manager}" if args.manager else ""))
    if generated:
        emit(f"PASSWORD={password}")
    return 0


def _plural(kind: str) -> str:
    return kind[:-1] + "ies" if kind.endswith("y") else kind + "s"


def _counted(counts: dict[str, int]) -> str:
    """"3 customers, 1 opportunity": the kinds the leaver held any of (customers always)."""
    return ", ".join(f"{n} {kind if n == 1 else _plural(kind)}" for kind, n in counts.items()
                     if n or kind == "customer")


def _target_flags(parser: argparse.ArgumentParser) -> None:
    """Optional: where the person's remaining targets of the open months go (a new published version)."""
    targets_to = parser.add_mutually_exclusive_group()
    targets_to.add_argument("--targets-to", metavar="LOGIN",
                            help="give their remaining targets (from this month on) to a colleague "
                                 "in their unit")
    targets_to.add_argument("--targets-even", action="store_true",
                            help="share their remaining targets evenly among the other people of their unit")


def _move_targets(conn: psycopg.Connection, args: argparse.Namespace, why: str) -> None:
    if args.targets_to or args.targets_even:
        n = admin_targets.rebalance(conn, args.login, args.targets_to, args.reason or why)
        emit(f"targets of {args.login}: {n} new published version(s) moving the open months to "
             f"{args.targets_to or 'their unit, evenly'}")


def _user_leave(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        _move_targets(conn, args, f"{args.login} left")
        r = users.leave(conn, args.login, None if args.to_pool else args.successor, args.reason)
    moved = f"{_counted(r.moved) or 'nothing'} to {r.to}"
    if r.to_manager:  # kinds declared to go to the leaver's manager rather than to the pool
        moved += f", {_counted(r.to_manager)} to {r.reports_to}"
    emit(f"{r.login} has left: moved {moved} (recorded in the ownership history)")
    if r.shares_passed or r.shares_dropped:
        emit(f"shares received: {r.shares_passed} passed to {r.to}, {r.shares_dropped} removed")
    if r.successor_promoted:
        emit(f"{r.to} worked under {r.login} and now takes their place in the reporting line")
    if r.reports:
        emit(f"{len(r.reports)} direct report(s) now report to {r.reports_to or 'nobody'}: "
              + ", ".join(r.reports))
    emit(f"login disabled; {r.sessions_ended} open session(s) ended")
    return 0


def _user_move(args: argparse.Namespace) -> int:
    manager: object = users.UNCHANGED
    if args.no_manager:
        manager = None
    elif args.manager:
        manager = args.manager
    with _admin(args.dsn) as conn:
        args.reason = None
        _move_targets(conn, args, f"{args.login} moved")
        result = users.move_user(conn, args.login, manager, args.unit, args.position)
        conn.commit()
    emit(f"moved {result.login}: " + "; ".join(result.changes) + " (access follows now)")
    return 0


def _user_edit(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        changes = users.edit_user(conn, args.login, name=args.name, email=args.email, phone=args.phone)
        if args.position is not None and args.position != users.get_user(conn, args.login).position:
            changes += users.move_user(conn, args.login, position=args.position).changes
        if not changes:
            raise AdminError(f"nothing to change for {args.login} (give --name, --email, --phone or "
                             "--position with a new value)")
        conn.commit()
    emit(f"changed {args.login}: " + "; ".join(changes))
    return 0


def _user_list(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        people = users.list_users(conn)
    if args.json:
        out = []
        for p in people:
            d = dataclasses.asdict(p)
            d["left_at"] = p.left_at.isoformat() if p.left_at else None
            out.append(d)
        emit_json(out)
    else:
        print_table(["login", "name", "level", "position", "unit", "manager", "active"],
                    [(p.login, p.name, p.level, p.position, p.unit, p.manager or "",
                      "yes" if p.active else f"left {p.left_at:%Y-%m-%d}" if p.left_at else "no")
                     for p in people])
    return 0


def _user_passwd(args: argparse.Namespace) -> int:
    password = _read_password_stdin() if args.password_stdin else generate_password()
    with _admin(args.dsn) as conn:
        check_password(password)
        user = users.get_user(conn, args.login)
        set_password(conn, args.login, password)
        require_password_change(conn, args.login)
        conn.commit()
    emit(f"password of {args.login} changed" + ("" if user.active else " (they have left: the login "
                                                 "stays disabled)"))
    if not args.password_stdin:
        emit(f"PASSWORD={password}")
    return 0

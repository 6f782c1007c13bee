"""`salesdesk-admin picklist list|add|rename|deactivate|activate --kind industry|source|region`."""

from __future__ import annotations

import argparse
import dataclasses

from salesdesk.admin import picklists
from salesdesk.admin.commands_users import DSN_HELP, _admin, emit, emit_json, print_table
from salesdesk.services.picklists import KINDS


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("picklist", help="the values of industry, source and region: list, add, rename, "
                                            "deactivate, activate",
                           description="The lists a customer's industry, source and region are chosen from. "
                                       "A deactivated value is no longer offered but stays on the customers "
                                       "that have it; a rename reaches every customer.")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    def command(name: str, help_text: str, func, *, value: bool = True) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        p.add_argument("--dsn", required=True, help=DSN_HELP)
        p.add_argument("--kind", required=True, choices=KINDS)
        if value:
            p.add_argument("--name", required=True, help="the entry, e.g. 上海")
        p.set_defaults(func=func)
        return p

    lst = command("list", "list a picklist's entries with how many customers hold each", _list, value=False)
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    command("add", "add an entry at the end of a picklist", _add)
    rename = command("rename", "rename an entry (on every customer that holds it too)", _rename)
    rename.add_argument("--to", required=True, metavar="NAME", help="the new name")
    command("deactivate", "stop offering an entry (customers keep it)", _deactivate)
    command("activate", "offer a deactivated entry again", _activate)


def _list(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        rows = picklists.list_entries(conn, args.kind)
    if args.json:
        emit_json([dataclasses.asdict(r) for r in rows])
    else:
        print_table(["name", "active", "customers"],
                    [(r.name, "yes" if r.active else "no", r.customers) for r in rows])
    return 0


def _add(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        name = picklists.add_entry(conn, args.kind, args.name)
        conn.commit()
    emit(f"added {name} to the {args.kind} list")
    return 0


def _rename(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        customers = picklists.rename_entry(conn, args.kind, args.name, args.to)
        conn.commit()
    emit(f"renamed {args.name.strip()} to {args.to.strip()} in the {args.kind} list ({customers} customers)")
    return 0


def _set_active(args: argparse.Namespace, active: bool) -> int:
    with _admin(args.dsn) as conn:
        picklists.set_active(conn, args.kind, args.name, active)
        conn.commit()
    state = "offered again" if active else "no longer offered (customers keep it)"
    emit(f"{args.name.strip()} in the {args.kind} list is {state}")
    return 0


def _deactivate(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def _activate(args: argparse.Namespace) -> int:
    return _set_active(args, True)

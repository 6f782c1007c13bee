"""`salesdesk-admin position list|grant|revoke`: which permissions each position holds."""

from __future__ import annotations

import argparse
import dataclasses

from salesdesk.admin import positions
from salesdesk.admin.commands_users import DSN_HELP, _admin, emit, emit_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("position", help="positions' permissions: list, grant, revoke",
                           description="Which permissions each position holds (maintain_products, see_cost, "
                                       "approve, export, …); the database checks them. Takes effect at the "
                                       "employees' next statement.")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list the positions with their permissions",
                             description="List the positions with their permissions.")
    lst.add_argument("--dsn", required=True, help=DSN_HELP)
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=_list)
    for name, func, text in (("grant", _grant, "grant a permission to a position"),
                             ("revoke", _revoke, "revoke a permission from a position")):
        p = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        p.add_argument("position", help="the position's code, e.g. manager")
        p.add_argument("permission", help="the permission's code, e.g. see_cost")
        p.add_argument("--dsn", required=True, help=DSN_HELP)
        p.set_defaults(func=func)


def _list(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        rows = positions.list_positions(conn)
    if args.json:
        emit_json([dataclasses.asdict(r) for r in rows])
    else:
        print_table(["position", "name", "permissions"],
                    [(r.code, r.name, ", ".join(r.permissions) or "-") for r in rows])
    return 0


def _grant(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        changed = positions.grant(conn, args.position, args.permission)
        conn.commit()
    emit(f"granted {args.permission.strip()} to {args.position.strip()}" if changed
         else f"{args.position.strip()} already holds {args.permission.strip()}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        changed = positions.revoke(conn, args.position, args.permission)
        conn.commit()
    emit(f"revoked {args.permission.strip()} from {args.position.strip()}" if changed
         else f"{args.position.strip()} does not hold {args.permission.strip()}")
    return 0

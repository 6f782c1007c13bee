"""`salesdesk-admin company show|set`: the company's details printed on quotes and contracts.

The same table, constraint and rules the client's Settings → Company details… reaches through the
API (sql/0025), written on the admin's superuser connection; input is checked by the client's field
types (services/company_profile.SPEC) first, so a mistyped tax number is one plain line.
"""

from __future__ import annotations

import argparse

from salesdesk.admin.commands_users import DSN_HELP, _admin, emit, emit_json, print_table
from salesdesk.admin.errors import AdminError
from salesdesk.services.company_profile import FIELDS, SPEC
from salesdesk.services.errors import ValidationError
from salesdesk.services.validation import clean


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("company", help="the company's details on quotes and contracts: show, set",
                           description="The company's own details: the seller's header of every quote "
                                       "and contract (the admin position edits them in the client too).")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="show the details", description="Show the company's details.")
    show.add_argument("--dsn", required=True, help=DSN_HELP)
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(func=_show)
    put = actions.add_parser("set", help="enter or change details (the fields given; '' clears one)",
                             description="Enter or change the company's details: the fields given.")
    put.add_argument("--dsn", required=True, help=DSN_HELP)
    for field in FIELDS:
        put.add_argument("--" + field.replace("_", "-"), dest=field, metavar="TEXT")
    put.set_defaults(func=_set)


def _show(args: argparse.Namespace) -> int:
    with _admin(args.dsn) as conn:
        row = conn.execute(f"select {', '.join(FIELDS)} from sales.company_profile").fetchone()
    if row is None:
        raise AdminError("no company details yet: enter them with "
                         "`salesdesk-admin company set --legal-name …`")
    details = dict(zip(FIELDS, row, strict=True))
    if args.json:
        emit_json(details)
    else:
        print_table(["field", "value"], [(k, v or "") for k, v in details.items()])
    return 0


def _set(args: argparse.Namespace) -> int:
    given = {f: getattr(args, f) for f in FIELDS if getattr(args, f) is not None}
    if not given:
        raise AdminError("nothing to set: give at least one of " + ", ".join("--" + f.replace("_", "-")
                                                                              for f in FIELDS))
    try:
        values = clean(given, SPEC, partial=True)
    except ValidationError as err:
        raise AdminError("; ".join(f"--{k.replace('_', '-')}: {p.message.format(**(p.params or {}))}"
                                   for k, p in err.fields.items())) from None
    with _admin(args.dsn) as conn:
        exists = conn.execute("select 1 from sales.company_profile").fetchone() is not None
        if not exists and "legal_name" not in values:
            raise AdminError("the first time, give the legal name too (--legal-name)")
        columns = list(values)
        placeholders = ", ".join(["%s"] * len(columns))
        if exists:
            conn.execute("update sales.company_profile set "  # noqa: S608 - the spec's field names
                         + ", ".join(f"{c} = %s" for c in columns), list(values.values()))
        else:
            conn.execute(f"insert into sales.company_profile ({', '.join(columns)}) "  # noqa: S608
                         f"values ({placeholders})", list(values.values()))
        conn.commit()
    emit("company details " + ("changed: " if exists else "entered: ") + ", ".join(columns))
    return 0

"""`salesdesk-admin demo --dsn URL [--prefix P]`: load the demo company.

Prints exactly one `PASSWORD=<shared demo password>` line on stdout (scripts
read it); everything else goes to stderr. Loading twice does not duplicate.
"""

from __future__ import annotations

import argparse
import sys

import psycopg

from salesdesk.admin.demo_data import PASSWORD
from salesdesk.admin.demo_loader import DemoState, check_prefix, demo_state, load_demo
from salesdesk.db.urls import libpq_url


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help="load the demo company (prints PASSWORD=<shared demo password>)",
        description="Load the demo company into a salesdesk database that `init` has set up: HQ and "
                    "three regions with branches and teams, a director, managers, supervisors, "
                    "salespeople, an admin and assistants (each a login sharing one password), "
                    "about 3,000 customers with contacts, customer pools and cross-region shares. "
                    "Running it again changes nothing.")
    demo.add_argument("--dsn", required=True, help="superuser URL of the salesdesk database")
    demo.add_argument("--prefix", default="",
                      help="put this before every login and unit code (e.g. t1_), to load several "
                           "demo companies into one PostgreSQL cluster; default: none")
    demo.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    check_prefix(args.prefix)
    with psycopg.connect(libpq_url(args.dsn)) as conn:
        if demo_state(conn, args.prefix) is DemoState.LOADED:
            print("the demo company is already loaded in this database; nothing changed",
                  file=sys.stderr)
        else:
            summary = load_demo(conn, args.prefix)
            conn.commit()
            print(f"demo company loaded in {summary.seconds:.1f} s: {summary.units} units, "
                  f"{summary.people} logins, {summary.pools} customer pools, "
                  f"{summary.customers} customers, {summary.contacts} contacts, "
                  f"{summary.shares} shares", file=sys.stderr)
            print(f"log in as e.g. {args.prefix}director, {args.prefix}mgr_east, {args.prefix}sup_sh "
                  f"or {args.prefix}sales_sh1", file=sys.stderr)
    print(f"PASSWORD={PASSWORD}", flush=True)
    return 0

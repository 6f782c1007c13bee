"""`salesdesk-admin demo --dsn URL [--database NAME]`: load the demo company.

Prints exactly one `PASSWORD=<shared demo password>` line on stdout (scripts
read it); everything else goes to stderr. Loading twice does not duplicate.
A company is a database: a second demo company goes into a database of its own.
"""

from __future__ import annotations

import argparse
import sys

import psycopg

from salesdesk.admin.demo_data import PASSWORD
from salesdesk.admin.demo_loader import DemoState, check_database_name, demo_state, load_demo
from salesdesk.admin.errors import AdminError
from salesdesk.db import migrate
from salesdesk.db.urls import libpq_url, with_database

PREFIX_GONE = ("--prefix is gone: a company is a database, and two companies never share one; "
               "load another demo company with --database NAME (its logins are NAME_director, …)")


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help="load the demo company (prints PASSWORD=<shared demo password>)",
        description="Load the demo company into a salesdesk database that `init` has set up: HQ and "
                    "three regions with branches and teams, a director, managers, supervisors, "
                    "salespeople, an admin and assistants (each a login sharing one password), "
                    "about 3,000 customers with contacts, customer pools and cross-region shares, and "
                    "twelve months of leads, opportunities (teams, product lines, stage history) and "
                    "follow-ups. "
                    "Running it again changes nothing. A company is a database: the demo goes only "
                    "into a database that holds no company yet.")
    demo.add_argument("--dsn", required=True, help="superuser URL of the salesdesk database")
    demo.add_argument("--database", metavar="NAME",
                      help="load another demo company into database NAME of the same server instead "
                           "(created and initialised if needed); logins are cluster-wide, so its "
                           "logins are NAME_director, NAME_sales_sh1, …")
    demo.add_argument("--prefix", help=argparse.SUPPRESS)  # refused with a pointer to --database
    demo.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    if args.prefix is not None:
        raise AdminError(PREFIX_GONE)
    dsn, prefix = libpq_url(args.dsn), ""
    if args.database is not None:
        check_database_name(args.database)
        dsn, prefix = with_database(args.dsn, args.database), args.database + "_"
        migrate.init(dsn)
    with psycopg.connect(dsn) as conn:
        if demo_state(conn, prefix) is DemoState.LOADED:
            print(f"the demo company is already loaded in database {conn.info.dbname}; nothing changed",
                  file=sys.stderr)
        else:
            summary = load_demo(conn, prefix)
            conn.commit()
            print(f"demo company loaded into database {conn.info.dbname} in {summary.seconds:.1f} s: "
                  f"{summary.units} units, {summary.people} logins, {summary.pools} customer pools, "
                  f"{summary.customers} customers, {summary.contacts} contacts, "
                  f"{summary.shares} shares, {summary.products} products, {summary.leads} leads, "
                  f"{summary.deals} opportunities, {summary.followups} follow-ups, "
                  f"{summary.expenses} expenses", file=sys.stderr)
            print(f"log in as e.g. {prefix}director, {prefix}mgr_east, {prefix}sup_sh "
                  f"or {prefix}sales_sh1", file=sys.stderr)
    print(f"PASSWORD={PASSWORD}", flush=True)
    return 0

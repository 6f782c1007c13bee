"""`salesdesk-admin`: IT's command line for the central server.

Each area registers its own sub-commands (`register(subparsers)` in its
module); a command returns an exit code and raises AdminError for a clear,
non-traceback failure message.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import psycopg
from sqlalchemy.exc import ArgumentError

from salesdesk.admin import commands_db, commands_server
from salesdesk.admin.errors import AdminError

MODULES = [commands_server, commands_db]
for _optional in ("commands_users", "commands_picklists", "commands_demo", "commands_backup",
                  "commands_bench"):
    try:
        MODULES.append(__import__(f"salesdesk.admin.{_optional}", fromlist=["register"]))
    except ModuleNotFoundError as _exc:  # areas land one at a time
        if _exc.name != f"salesdesk.admin.{_optional}":
            raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salesdesk-admin",
        description="Set up and run the salesdesk central PostgreSQL server: roles, schema, "
                    "users, demo data, backups and benchmarks.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in MODULES:
        module.register(sub)
    return parser


def _one_line(exc: Exception) -> str:
    """libpq spreads a message over lines (hint, one line per address tried): keep one line."""
    return " ".join(str(exc).split())


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except AdminError as exc:
        print(f"salesdesk-admin: {exc}", file=sys.stderr)
        return 1
    except ArgumentError:  # sqlalchemy could not parse --dsn
        print("salesdesk-admin: --dsn is not a database URL (expected "
              "postgresql://user:password@host:port/database)", file=sys.stderr)
        return 2
    except psycopg.OperationalError as exc:
        print(f"salesdesk-admin: cannot reach the database: {_one_line(exc)}", file=sys.stderr)
        return 2
    except psycopg.Error as exc:
        print(f"salesdesk-admin: the database refused: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

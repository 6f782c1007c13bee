"""`salesdesk-admin`: IT's command line for the central server.

Each area registers its own sub-commands (`register(subparsers)` in its
module); a command returns an exit code and raises AdminError for a clear,
non-traceback failure message.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

import psycopg
from sqlalchemy.exc import ArgumentError

from salesdesk.admin import commands_db, commands_server
from salesdesk.admin.errors import AdminError, plain_database_error
from salesdesk.db.urls import UnsupportedUrlError

MODULES = [commands_server, commands_db]
for _optional in ("commands_users", "commands_picklists", "commands_positions", "commands_demo",
                  "commands_backup", "commands_bench",
                  "commands_company",  # the company's details on documents (sql/0025)
                  "commands_reports"):  # the managers' monthly reports (issue 15)
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


def _quiet_broken_pipe() -> int:
    """The reader went away (`user list --json | head`): stop quietly, like any Unix tool.

    Python would otherwise complain again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    args = build_parser().parse_args(argv)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except AdminError as exc:
        print(f"salesdesk-admin: {exc}", file=sys.stderr)
        return 1
    except UnsupportedUrlError as exc:
        print(f"salesdesk-admin: {exc}", file=sys.stderr)
        return 2
    except ArgumentError:  # sqlalchemy could not parse --dsn
        print("salesdesk-admin: --dsn is not a database URL (expected "
              "postgresql://user:password@host:port/database)", file=sys.stderr)
        return 2
    except psycopg.Error as exc:
        code, line = plain_database_error(exc)
        print(f"salesdesk-admin: {line}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())

"""`salesdesk-admin init|migrate --dsn URL`: roles, hardening and schema migrations."""

from __future__ import annotations

import argparse

from salesdesk.admin.errors import AdminError
from salesdesk.db import migrate
from salesdesk.db.employee_sessions import LockBusy


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="create the database, roles and schema (idempotent)",
                          description="Create the database if needed, the salesdesk roles, the "
                                      "per-database hardening and the newest schema. Safe to re-run. "
                                      "Needs a superuser URL.")
    init.add_argument("--dsn", required=True, help="superuser URL, e.g. postgresql://postgres:…@host/salesdesk")
    init.set_defaults(func=_init)
    mig = sub.add_parser("migrate", help="upgrade the schema to this version (keeps all data)",
                         description="Apply the schema migrations not yet applied; data is kept.")
    mig.add_argument("--dsn", required=True, help="superuser URL of the salesdesk database")
    mig.add_argument("--revision", default="head", help="target revision (default: newest)")
    mig.set_defaults(func=_migrate)


def _init(args: argparse.Namespace) -> int:
    try:
        migrate.init(args.dsn)
    except LockBusy as exc:
        raise AdminError(str(exc)) from exc
    print(f"schema at revision {migrate.current_revision(args.dsn)}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    before = migrate.current_revision(args.dsn)
    try:
        migrate.upgrade(args.dsn, args.revision)
    except LockBusy as exc:
        raise AdminError(str(exc)) from exc
    print(f"schema at revision {migrate.current_revision(args.dsn)} (was {before or 'empty'})")
    return 0

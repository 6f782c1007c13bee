"""`salesdesk-admin backup --out FILE` / `restore --in FILE`: roles and data in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.admin import backup
from salesdesk.admin.errors import AdminError


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser(
        "backup", help="write roles and the whole database to one file",
        description="Write the salesdesk roles (salesdesk_owner, salesdesk_user and every employee's "
                    "login, with password hashes and memberships) and the whole database to one file "
                    "(a zip: manifest.json, roles.sql, db.dump). The file holds password hashes: it is "
                    "created readable by you only; keep it safe.")
    b.add_argument("--dsn", required=True, help="superuser URL of the salesdesk database")
    b.add_argument("--out", required=True, type=Path, metavar="FILE", help="backup file to write")
    b.set_defaults(func=_backup)
    r = sub.add_parser(
        "restore", help="restore a backup into a new or empty database",
        description="Create the roles of the backup that do not exist on this server yet (with their "
                    "old passwords), then restore the database into the URL's database, which must "
                    "not exist (it is created) or be empty. All or nothing.")
    r.add_argument("--dsn", required=True,
                   help="superuser URL naming the target database, e.g. …/salesdesk_restored")
    r.add_argument("--in", required=True, type=Path, metavar="FILE", dest="src", help="backup file")
    r.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    try:
        info = backup.backup(args.dsn, args.out)
    except backup.BackupError as exc:
        raise AdminError(str(exc)) from exc
    m = info.manifest
    print(f"wrote {info.path} ({info.size / 1e6:.1f} MB): database {m['database']} at schema revision "
          f"{m['schema_revision']}, PostgreSQL {m['server_version']}, {m['employees']} employees, "
          f"{m['customers']} customers, {len(m['roles'])} roles")  # type: ignore[arg-type]
    return 0


def _restore(args: argparse.Namespace) -> int:
    try:
        info = backup.restore(args.dsn, args.src)
    except backup.BackupError as exc:
        raise AdminError(str(exc)) from exc
    m = info.manifest
    print(f"restored {args.src} into database {info.database}"
          f"{' (created)' if info.created_database else ''}: schema revision {m['schema_revision']}, "
          f"backup of {m['created_at']}")
    print(f"roles: {len(info.roles_created)} created, {len(info.roles_existing)} already existed "
          "(left unchanged)")
    return 0

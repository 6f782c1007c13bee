"""Write sql/current/: the current definition of every schema object, one file each.

    .venv/bin/python installer/tools/current_schema.py [--dsn SUPERUSER_URL] [--out FOLDER]

Runs a fresh `init` (every migration in sql/) in a new database -- on a throwaway bundled
PostgreSQL 18 unless --dsn names a server -- and writes what the catalog then holds
(salesdesk/db/schema_reference.py): functions/, views/, tables/ (with their policies),
types/, schemas.sql. Files of objects that no longer exist are removed. Run it after
adding or changing a migration; tests/test_current_schema.py fails until you do.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.paths import sql_dir
from salesdesk.db.schema_reference import render
from salesdesk.db.urls import libpq_url, with_database

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUTPUT = REPO / "sql" / "current"


@contextmanager
def fresh_database(dsn: str | None) -> Iterator[str]:
    """Superuser URL of a new database at the newest schema, dropped (or its server removed) after."""
    if dsn is None:
        root = Path(tempfile.mkdtemp(prefix="salesdesk-current-schema-"))
        server = LocalServer(root)
        try:
            url = with_database(server.start(), "salesdesk")
            migrate.init(url)
            yield url
        finally:
            server.stop()
            shutil.rmtree(root, ignore_errors=True)
        return
    name = "current_schema_" + secrets.token_hex(4)
    url = with_database(dsn, name)
    try:
        migrate.init(url)
        yield url
    finally:
        with psycopg.connect(libpq_url(with_database(dsn, "postgres")), autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def write(files: dict[str, str], out: Path) -> int:
    """Make `out` hold exactly `files`; returns how many files were added, changed or removed."""
    changed = 0
    for old in sorted(out.rglob("*.sql")) if out.is_dir() else []:
        if old.relative_to(out).as_posix() not in files:
            old.unlink()
            changed += 1
    for relative, text in sorted(files.items()):
        path = out / relative
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        changed += 1
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", help="superuser URL of a PostgreSQL to init a scratch database on "
                                      "(default: a throwaway bundled server)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help="default: sql/current")
    args = parser.parse_args(argv)
    with fresh_database(args.dsn) as url, psycopg.connect(libpq_url(url)) as conn:
        files = render(conn, sql_dir())
    changed = write(files, args.out)
    print(f"{len(files)} files in {args.out} ({changed} added, changed or removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

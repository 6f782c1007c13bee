"""Regenerate tests/data/landed_0002.sql, the stored schema of the first landed release.

Run from the repository's top folder, on a throwaway PostgreSQL 15:

    installer/ci/pg15.sh .venv/bin/python tests/data/make_landed_dump.py

How the file is made:

1. `git archive` extracts commit 5df2eefb8acb54922ea96164cadebdfdcadc1543 (the first
   landed release, schema revision 0002) into a temporary folder.
2. That commit's own `salesdesk.db.migrate.init` runs, in a subprocess whose `salesdesk`
   package and `sql/` folder are the extracted ones (checked), against a new database on
   the PostgreSQL 15 server named by $SALESDESK_TEST_DSN (a superuser URL; pg15.sh sets
   it). So the landed code did exactly what it did for the first real databases: it
   created the database, ran sql/roles.sql and sql/database.sql as the superuser
   (`migrate.bootstrap`), then Alembic applied revisions 0001 (sql/0001_core.sql) and
   0002 (sql/0002_customers.sql) and created private.alembic_version = '0002'.
   No business data is added: the only rows are the ones init writes (the seeded
   positions, private.record_kinds, the revision).
3. PostgreSQL 15's pg_dump (`salesdesk.admin.backup.pg_dump_exe(15)`) dumps that
   database as plain SQL with `--inserts` (no COPY ... FROM stdin), keeping owners and
   privileges. pg_dump 15.14+ brackets its output with `\\restrict KEY` /
   `\\unrestrict KEY` psql meta-commands: those two lines are removed, nothing else is
   changed, and a header naming the commit is put on top. The result loads with
   psycopg's `conn.execute(text)` on PostgreSQL 15 and newer, once the cluster roles
   salesdesk_owner and salesdesk_user exist.
4. The database is dropped (the cluster roles stay; pg15.sh deletes the whole cluster).

Regenerating gives the same file except for the seeded rows' created_at/updated_at
times and pg_dump's random restrict key (removed anyway). The landed release never
changes, so there is normally no reason to run this again.
"""

from __future__ import annotations

import io
import os
import secrets
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from salesdesk.admin.backup import pg_dump_exe  # noqa: E402
from salesdesk.db.urls import libpq_url, sqlalchemy_url, with_database  # noqa: E402

COMMIT = "5df2eefb8acb54922ea96164cadebdfdcadc1543"
REVISION = "0002"
OUT = ROOT / "tests" / "data" / f"landed_{REVISION}.sql"
SERVER_MAJOR = 15

# Runs inside the extracted landed commit: its own package, its own sql/ folder.
LANDED_INIT = """
import os, pathlib, salesdesk
here = pathlib.Path.cwd().resolve()
assert pathlib.Path(salesdesk.__file__).resolve().is_relative_to(here), salesdesk.__file__
from salesdesk.db import migrate, paths
assert paths.sql_dir().resolve() == here / "sql", paths.sql_dir()
migrate.init(os.environ["LANDED_URL"])
print(migrate.current_revision(os.environ["LANDED_URL"]))
"""


def extract_commit(dest: Path) -> None:
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", COMMIT],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        tf.extractall(dest, filter="data")


def landed_init(tree: Path, url: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SALESDESK_SQL_DIR", "PYTHONPATH")}
    env["PYTHONPATH"] = str(tree)
    env["LANDED_URL"] = url
    out = subprocess.run([sys.executable, "-c", LANDED_INIT], cwd=tree, env=env,
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"landed init failed:\n{out.stderr}")
    if out.stdout.strip() != REVISION:
        sys.exit(f"landed init ended at revision {out.stdout.strip()!r}, not {REVISION}")


def dump(url: str) -> tuple[str, str]:
    """(plain SQL dump, pg_dump version line) of the URL's database."""
    exe = pg_dump_exe(SERVER_MAJOR)
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    u = sqlalchemy_url(url)
    env = dict(os.environ, PGPASSWORD=str(u.password or ""))
    out = subprocess.run([str(exe), "--inserts", f"--dbname={libpq_url(u.set(password=None))}"],
                         env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"pg_dump failed:\n{out.stderr}")
    return out.stdout, version


def clean(text: str) -> str:
    lines = [line for line in text.splitlines()
             if not line.startswith(("\\restrict ", "\\unrestrict "))]
    for line in lines:
        if line.startswith("\\") or (line.startswith("COPY ") and line.endswith("FROM stdin;")):
            sys.exit(f"the dump still holds something psycopg cannot run: {line}")
    return "\n".join(lines) + "\n"


def main() -> None:
    # pg15.sh names one URL per cluster it started (PG15_CLUSTERS): the first will do
    dsn = (os.environ.get("SALESDESK_TEST_DSN") or (sys.argv[1] if len(sys.argv) > 1 else "")).split(" ")[0]
    if not dsn:
        sys.exit("give a PostgreSQL 15 superuser URL in $SALESDESK_TEST_DSN (installer/ci/pg15.sh "
                 "sets it) or as the argument")
    with psycopg.connect(libpq_url(dsn), autocommit=True) as conn:
        major = conn.info.server_version // 10000
        server_version = conn.execute("show server_version").fetchone()[0]
    if major != SERVER_MAJOR:
        sys.exit(f"the server runs PostgreSQL {major}: make the dump on PostgreSQL {SERVER_MAJOR} "
                 "(older dumps load into newer servers, not the other way round)")
    name = "landed_" + secrets.token_hex(4)
    url = with_database(dsn, name)
    try:
        with tempfile.TemporaryDirectory(prefix="salesdesk-landed-") as tmp:
            tree = Path(tmp)
            extract_commit(tree)
            landed_init(tree, url)
        text, tool = dump(url)
    finally:
        with psycopg.connect(with_database(dsn, "postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))
    header = (
        f"-- salesdesk: the schema of the first landed release, commit {COMMIT}\n"
        f"-- (schema revision {REVISION}), as `salesdesk-admin init` of that commit creates it:\n"
        "-- sql/roles.sql, sql/database.sql, sql/0001_core.sql, sql/0002_customers.sql and\n"
        "-- private.alembic_version, with the rows init writes and no business data.\n"
        "-- Made by tests/data/make_landed_dump.py (see its docstring); never edit it by hand.\n"
        f"-- Server: PostgreSQL {server_version}\n"
        f"-- Tool:   {tool} --inserts, owners and privileges kept;\n"
        "--         its \\restrict/\\unrestrict lines removed.\n"
        "-- Needs the cluster roles salesdesk_owner and salesdesk_user (sql/roles.sql) first.\n"
    )
    OUT.write_text(header + clean(text), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

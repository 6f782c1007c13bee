"""Backup and restore of a salesdesk database with its roles, as one file.

The file is a zip holding
  manifest.json  format, schema revision, server version, time, counts;
  roles.sql      salesdesk_owner, salesdesk_user and every employee's login role,
                 with password hashes and memberships, as idempotent SQL that only
                 creates what is missing;
  db.dump        `pg_dump --format=custom` of the whole database.
Roles are cluster-wide, so pg_dump alone would lose the logins and passwords.

Tools (salesdesk.admin.pg_tools): pg_dump of the server's own major version when
installed (/usr/lib/postgresql/<major>/bin), else the oldest newer one, e.g. the bundled
PostgreSQL 18 tools. Restore always turns the archive into SQL with the bundled
pg_restore (it reads every archive version) and runs it with psql in one transaction
that stops at the first error. The bundled tools have no SSL: for a URL that needs TLS
(sslmode=require/verify-ca/verify-full) pg_dump and psql come from tools built with it
(Debian's postgresql-client-<N>), or the command says which package to install.
PG 17+ tools write `SET transaction_timeout = 0;`, which older servers reject: that one
line, outside data, is dropped for them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from salesdesk.admin import pg_tools
from salesdesk.db import migrate
from salesdesk.db.urls import libpq_url, sqlalchemy_url, with_database

FORMAT = "salesdesk-backup"
FORMAT_VERSION = 1
GROUP_ROLES = ("salesdesk_owner", "salesdesk_api", "salesdesk_user")
_TIMEOUT_LINE = b"SET transaction_timeout = 0;"


class BackupError(RuntimeError):
    """A backup or restore failed or was refused; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    manifest: dict[str, object]


@dataclass(frozen=True)
class RestoreInfo:
    database: str
    created_database: bool
    roles_created: list[str]
    roles_existing: list[str]
    manifest: dict[str, object]


# -- tools -------------------------------------------------------------------

def dump_tool_dir(server_major: int, tls: bool = False) -> Path:
    """Where to take pg_dump from for a server of that major version (see pg_tools.dump_dir)."""
    try:
        return pg_tools.dump_dir(server_major, tls)
    except pg_tools.ToolsMissing as exc:
        raise BackupError(str(exc)) from exc


def pg_dump_exe(server_major: int, tls: bool = False) -> Path:
    """The pg_dump to use for a server of that major version."""
    return pg_tools.exe(dump_tool_dir(server_major, tls), "pg_dump")


def _env_and_url(url: str) -> tuple[dict[str, str], str]:
    """libpq URL without the password (kept out of the process list) + env carrying it."""
    u = sqlalchemy_url(url)
    env = dict(os.environ)
    if u.password is not None:
        env["PGPASSWORD"] = str(u.password)
    return env, libpq_url(u.set(password=None))


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {_tail(result.stderr)}")


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(line for line in text.strip().splitlines()[-lines:]) or "(no message)"


def _value(conn: psycopg.Connection, query: str, params: tuple[object, ...] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    row = conn.execute(query, params).fetchone()
    return row[0] if row else None


# -- roles -------------------------------------------------------------------

def _our_roles(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute("""
        select r.rolname from pg_roles r
        where r.rolname = any (%s)
           or r.rolname in (select login from sales.employees)
        order by r.rolname <> 'salesdesk_owner', r.rolname <> 'salesdesk_api', r.rolname <> 'salesdesk_user',
                 r.rolname
    """, (list(GROUP_ROLES),)).fetchall()
    return [r[0] for r in rows]


def roles_sql(conn: psycopg.Connection) -> str:
    """Idempotent SQL recreating our roles (missing ones only) with password hashes."""
    roles = _our_roles(conn)
    attrs = conn.execute("""
        select rolname, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls,
               rolconnlimit, rolpassword, rolvaliduntil
        from pg_authid where rolname = any (%s)
    """, (roles,)).fetchall()
    members = conn.execute("""
        select g.rolname, m.rolname, am.admin_option
        from pg_auth_members am
            join pg_roles g on g.oid = am.roleid
            join pg_roles m on m.oid = am.member
        where g.rolname = any (%s) and m.rolname = any (%s)
        order by 1, 2
    """, (roles, roles)).fetchall()
    by_name = {a[0]: a for a in attrs}
    tag = "$r" + secrets.token_hex(4) + "$"
    out = ["-- salesdesk roles. Creates the roles that do not exist yet (with their password",
           "-- hashes) and the memberships that are missing; leaves existing roles alone.",
           "-- Needs a superuser.", ""]
    for name in roles:
        _, inherit, createrole, createdb, login, bypass, connlimit, password, valid = by_name[name]
        options: list[sql.Composable] = [
            sql.SQL("nosuperuser"), sql.SQL("inherit" if inherit else "noinherit"),
            sql.SQL("createrole" if createrole else "nocreaterole"),
            sql.SQL("createdb" if createdb else "nocreatedb"),
            sql.SQL("login" if login else "nologin"), sql.SQL("noreplication"),
            sql.SQL("bypassrls" if bypass else "nobypassrls"),
            sql.SQL(f"connection limit {int(connlimit)}")]
        if password:
            options.append(sql.SQL("password {}").format(sql.Literal(password)))
        if valid:
            options.append(sql.SQL("valid until {}").format(sql.Literal(valid.isoformat())))
        create = sql.SQL("create role {} with {}").format(sql.Identifier(name), sql.SQL(" ").join(options))
        out.append(f"do {tag} begin if not exists (select from pg_catalog.pg_roles where rolname = "
                   f"{sql.Literal(name).as_string(conn)}) then {create.as_string(conn)}; end if; end {tag};")
    out.append("")
    for group, member, admin in members:
        grant = sql.SQL("grant {} to {}{}").format(sql.Identifier(group), sql.Identifier(member),
                                                   sql.SQL(" with admin option" if admin else ""))
        out.append(
            f"do {tag} begin if not exists (select from pg_catalog.pg_auth_members am "
            f"join pg_catalog.pg_roles g on g.oid = am.roleid "
            f"join pg_catalog.pg_roles m on m.oid = am.member "
            f"where g.rolname = {sql.Literal(group).as_string(conn)} "
            f"and m.rolname = {sql.Literal(member).as_string(conn)}) then {grant.as_string(conn)}; "
            f"end if; end {tag};")
    return "\n".join(out) + "\n"


# -- backup ------------------------------------------------------------------

def _superuser(conn: psycopg.Connection) -> None:
    row = conn.execute("select rolsuper from pg_roles where rolname = current_user").fetchone()
    if not (row and row[0]):
        raise BackupError("backup and restore need a superuser URL")


def check_out_path(out: Path) -> Path:
    """The absolute path to write; its folder must exist (a typo in it should not quietly create
    a tree of folders somewhere the next backup is not looked for)."""
    out = out.expanduser().resolve()
    if out.is_dir():
        raise BackupError(f"{out} is a folder; give the backup file's name, e.g. {out / 'salesdesk.backup'}")
    if not out.parent.is_dir():
        raise BackupError(f"the folder {out.parent} does not exist; create it first (mkdir -p) or choose "
                          "another --out")
    return out


def backup(dsn: str, out: Path) -> BackupInfo:
    """Write roles + database of the URL's database to `out` (one zip file, mode 0600)."""
    url = libpq_url(dsn)
    out = check_out_path(out)
    with psycopg.connect(url) as conn:
        _superuser(conn)
        if _value(conn, "select to_regclass('sales.employees')") is None:
            raise BackupError(f"database {conn.info.dbname} has no salesdesk schema")
        major = conn.info.server_version // 10000
        revision = _value(conn, "select string_agg(version_num, ',') from private.alembic_version")
        manifest: dict[str, object] = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": conn.info.dbname,
            "schema_revision": revision,
            "server_version": _value(conn, "show server_version"),
            "server_version_num": conn.info.server_version,
            "employees": _value(conn, "select count(*) from sales.employees"),
            "customers": _value(conn, "select count(*) from sales.customers"),
        }
        roles = roles_sql(conn)
        manifest["roles"] = _our_roles(conn)
    pg_dump = pg_dump_exe(major, pg_tools.needs_tls(url))
    manifest["pg_dump_version"] = pg_tools.tool_version(pg_dump)
    with tempfile.TemporaryDirectory(prefix="salesdesk-backup-", dir=out.parent) as tmp:
        dump = Path(tmp) / "db.dump"
        env, bare = _env_and_url(url)
        # salesdesk_auth belongs to the cluster's superuser; restore recreates it (database.sql)
        _run([str(pg_dump), "--format=custom", "--no-sync", "--exclude-schema=salesdesk_auth",
              f"--file={dump}", f"--dbname={bare}"], env, "pg_dump")
        partial = Path(tmp) / "backup.zip"
        # Password hashes inside: readable by the owner only, from the first byte.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2),
                        compress_type=zipfile.ZIP_DEFLATED)
            zf.writestr("roles.sql", roles, compress_type=zipfile.ZIP_DEFLATED)
            zf.write(dump, "db.dump", compress_type=zipfile.ZIP_STORED)  # already compressed
        os.replace(partial, out)
    return BackupInfo(path=out, size=out.stat().st_size, manifest=manifest)


# -- restore -----------------------------------------------------------------

def read_manifest(zf: zipfile.ZipFile) -> dict[str, object]:
    try:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    except (KeyError, ValueError) as exc:
        raise BackupError("not a salesdesk backup (no readable manifest.json)") from exc
    if manifest.get("format") != FORMAT or not {"roles.sql", "db.dump"} <= names:
        raise BackupError("not a salesdesk backup")
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError("this backup was written by a newer salesdesk; update salesdesk-admin first")
    return manifest


def _is_empty(conn: psycopg.Connection) -> bool:
    """No schemas besides public, and nothing in public."""
    return _value(conn, """
        select (select count(*) from pg_namespace
                where nspname not in ('public', 'information_schema') and nspname !~ '^pg_')
             + (select count(*) from pg_class where relnamespace = 'public'::regnamespace)
             + (select count(*) from pg_proc where pronamespace = 'public'::regnamespace)
             + (select count(*) from pg_type where typnamespace = 'public'::regnamespace)
    """) == 0


def _prepare_target(url: str) -> tuple[str, bool, int]:
    """Create the target database if missing; refuse one that holds anything.

    Returns (database name, created?, server major)."""
    name = sqlalchemy_url(url).database or "postgres"
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        _superuser(conn)
        major = conn.info.server_version // 10000
        if conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone() is None:
            conn.execute(sql.SQL("create database {} encoding 'UTF8' template template0").format(
                sql.Identifier(name)))
            return name, True, major
    with psycopg.connect(url) as conn:
        if not _is_empty(conn):
            raise BackupError(f"database {name} is not empty: restore into a new database (it is "
                              "created for you) or an empty one")
    return name, False, major


def _drop_database(url: str, name: str) -> None:
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


_CATALOG_ACL = re.compile(rb"^(GRANT|REVOKE) .* ON (FUNCTION|TABLE) pg_catalog\.")


def filter_script(lines: Iterable[bytes], target_major: int) -> Iterator[bytes]:
    """The restore script, minus (outside table data) `SET transaction_timeout = 0;` for
    servers older than 17, which reject that setting, and the per-database privileges on
    pg_catalog objects (the statistics functions differ between major versions; the
    restore re-applies the hardening of database.sql for the target server instead)."""
    in_copy = False
    for line in lines:
        bare = line.rstrip(b"\r\n")
        if in_copy:  # table data: passed on untouched up to its end marker
            in_copy = bare != b"\\."
        elif bare.startswith(b"COPY ") and bare.endswith(b"FROM stdin;"):
            in_copy = True
        elif target_major < 17 and bare == _TIMEOUT_LINE or _CATALOG_ACL.match(bare):
            continue
        yield line


def _restore_tools(url: str, target_major: int) -> tuple[Path, Path]:
    try:
        return pg_tools.restore_tools(pg_tools.needs_tls(url), target_major)
    except pg_tools.ToolsMissing as exc:
        raise BackupError(str(exc)) from exc


def _load_dump(dump: Path, url: str, target_major: int, tools: tuple[Path, Path]) -> None:
    """pg_restore → SQL → psql, in one transaction that stops at the first error."""
    pg_restore, psql = tools
    env, bare = _env_and_url(url)
    with tempfile.TemporaryFile() as restore_err, tempfile.TemporaryFile() as psql_err:
        producer = subprocess.Popen([str(pg_restore), "--file=-", str(dump)],
                                    stdout=subprocess.PIPE, stderr=restore_err, env=env)
        consumer = subprocess.Popen([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                     "--single-transaction", "-f", "-", f"--dbname={bare}"],
                                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=psql_err,
                                    env=env)
        assert producer.stdout is not None and consumer.stdin is not None
        try:
            for line in filter_script(producer.stdout, target_major):
                consumer.stdin.write(line)
            consumer.stdin.close()
        except BrokenPipeError:
            pass  # psql stopped at an error; its message follows
        finally:
            with contextlib.suppress(BrokenPipeError):
                consumer.stdin.close()
            producer.stdout.close()
            producer.wait()
            consumer.wait()
        # psql first: when it stops at an error, pg_restore then dies of the closed pipe.
        if consumer.returncode != 0:
            psql_err.seek(0)
            raise BackupError("restoring the database failed (nothing was restored): "
                              f"{_tail(psql_err.read().decode(errors='replace'))}")
        if producer.returncode != 0:
            restore_err.seek(0)
            raise BackupError(f"pg_restore failed: {_tail(restore_err.read().decode(errors='replace'))}")


def restore(dsn: str, src: Path) -> RestoreInfo:
    """Recreate missing roles and restore the backup into the URL's (new or empty) database."""
    url = libpq_url(dsn)
    src = src.expanduser()
    if not src.is_file():
        raise BackupError(f"no such file: {src}")
    try:
        zf = zipfile.ZipFile(src)
    except zipfile.BadZipFile as exc:
        raise BackupError(f"{src} is not a salesdesk backup") from exc
    with zf, tempfile.TemporaryDirectory(prefix="salesdesk-restore-") as tmp:
        manifest = read_manifest(zf)
        name, created, major = _prepare_target(url)
        try:
            tools = _restore_tools(url, major)  # before anything is created in the cluster
            with psycopg.connect(url) as conn:
                listed = manifest.get("roles", [])
                wanted = [str(r) for r in listed] if isinstance(listed, list) else []
                existing = {r[0] for r in conn.execute(
                    "select rolname from pg_roles where rolname = any (%s)", (wanted,))}
                conn.execute(zf.read("roles.sql").decode())
                conn.commit()
            zf.extract("db.dump", tmp)
            _load_dump(Path(tmp) / "db.dump", url, major, tools)
            # Database-level settings (CONNECT/TEMP grants, this database's CONNECT group and the
            # hardening of pg_catalog) are not in pg_dump's archive.
            migrate.bootstrap(url)
            migrate.configure_logins(url)
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("analyze")
        except BaseException:
            if created:
                _drop_database(url, name)
            raise
    return RestoreInfo(database=name, created_database=created,
                       roles_created=[r for r in wanted if r not in existing],
                       roles_existing=[r for r in wanted if r in existing], manifest=manifest)

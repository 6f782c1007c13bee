"""Schema history: what the released migrations created must upgrade into exactly what a
fresh init creates today.

A database is built from tests/data/landed_0002.sql (the first landed release, stored as
pg_dump made it: see tests/data/make_landed_dump.py), upgraded with today's `migrate.init`
and compared, as `pg_dump --schema-only` with owners and privileges, with a database
from a fresh `migrate.init`. Editing a released sql/ file cannot show up here (the
landed database never ran the edit), so sql/RELEASED pins those files by hash.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import secrets
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from alembic.script import ScriptDirectory
from psycopg import sql

from salesdesk.admin.backup import pg_dump_exe
from salesdesk.db import migrate
from salesdesk.db.paths import read_sql, sql_dir
from salesdesk.db.urls import libpq_url, sqlalchemy_url, with_database, with_login

LANDED_DUMP = Path(__file__).resolve().parent / "data" / "landed_0002.sql"
LANDED_REVISION = "0002"
PASSWORD = "History-pass-2026"
DIFF_LINES = 80
NUMBERED = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


# -- databases -----------------------------------------------------------------

@pytest.fixture(scope="module")
def empty_db(pg_admin_url: str) -> Iterator[Callable[[], str]]:
    """Creates empty databases: `empty_db() -> superuser URL`; like conftest's db_factory,
    they are dropped at the end only on a server the session did not start itself."""
    created: list[str] = []

    def make() -> str:
        name = "t_hist_" + secrets.token_hex(5)
        url = with_database(pg_admin_url, name)
        migrate.ensure_database(url)
        created.append(name)
        return url

    yield make
    if not os.environ.get("SALESDESK_TEST_DSN"):
        return
    with psycopg.connect(with_database(pg_admin_url, "postgres"), autocommit=True) as conn:
        for name in created:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def landed_db(empty_db: Callable[[], str]) -> str:
    """A database as the first landed release created it (revision 0002, no business data)."""
    url = empty_db()
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        # the dump names the cluster roles: create them the way init does (today's roles.sql)
        conn.execute(read_sql("roles.sql"))
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute(LANDED_DUMP.read_text(encoding="utf-8"))
        conn.commit()
    assert migrate.current_revision(url) == LANDED_REVISION
    return url


# -- schema dumps --------------------------------------------------------------

def schema_dump(url: str) -> str:
    """`pg_dump --schema-only` (owners and privileges kept) with the pg_dump backups use."""
    with psycopg.connect(libpq_url(url)) as conn:
        major = conn.info.server_version // 10000
    u = sqlalchemy_url(url)
    env = dict(os.environ, PGPASSWORD=str(u.password or ""))
    result = subprocess.run(
        [str(pg_dump_exe(major)), "--schema-only", f"--dbname={libpq_url(u.set(password=None))}"],
        env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"pg_dump failed: {result.stderr}"
    return result.stdout


_SESSION_SETTING = re.compile(r"^(SET [a-z_]+ = .*|SELECT pg_catalog\.set_config\(.*\));$")


def normalise(dump: str) -> list[str]:
    """The dump minus what says nothing about the schema: comment lines, blank lines,
    pg_dump's \\restrict/\\unrestrict lines and its session settings (top-level
    `SET name = value;` and `SELECT pg_catalog.set_config(...);`). Nothing else."""
    return [line for line in dump.splitlines()
            if line.strip()
            and not line.startswith("--")
            and not line.startswith(("\\restrict ", "\\unrestrict "))
            and not _SESSION_SETTING.match(line)]


def assert_same_schema(upgraded: str, fresh: str) -> None:
    a, b = normalise(schema_dump(upgraded)), normalise(schema_dump(fresh))
    if a != b:
        diff = list(difflib.unified_diff(a, b, "landed 0002 upgraded to head", "fresh init at head",
                                         lineterm="", n=2))
        shown = "\n".join(diff[:DIFF_LINES])
        more = f"\n... {len(diff) - DIFF_LINES} more diff lines" if len(diff) > DIFF_LINES else ""
        pytest.fail("a database created by the landed release and upgraded differs from a fresh "
                    f"init:\n{shown}{more}", pytrace=False)


def test_upgraded_landed_database_equals_fresh_init(landed_db: str, db_factory) -> None:
    migrate.init(landed_db)
    assert migrate.current_revision(landed_db) == migrate.head_revision()
    assert_same_schema(landed_db, db_factory())


def test_normalise_keeps_everything_but_comments_and_session_settings() -> None:
    dump = "\n".join([
        "\\restrict abc", "--", "-- Name: t; Type: TABLE", "", "SET statement_timeout = 0;",
        "SELECT pg_catalog.set_config('search_path', '', false);",
        "CREATE FUNCTION f() RETURNS void", "    SET search_path TO 'pg_catalog'",
        "    AS $$ select 1 $$;", "GRANT SELECT ON TABLE t TO salesdesk_user;",
        "ALTER TABLE t OWNER TO salesdesk_owner;", "\\unrestrict abc"])
    assert normalise(dump) == [
        "CREATE FUNCTION f() RETURNS void", "    SET search_path TO 'pg_catalog'",
        "    AS $$ select 1 $$;", "GRANT SELECT ON TABLE t TO salesdesk_user;",
        "ALTER TABLE t OWNER TO salesdesk_owner;"]


# -- data kept through the upgrade ----------------------------------------------

# What the landed release's business tables hold, compared on the landed columns (later
# revisions may add columns; they may not lose or change these rows).
TABLES = ("sales.org_units", "sales.employees", "sales.customer_pools", "sales.customers",
          "sales.contacts", "sales.record_shares", "sales.ownership_history", "sales.audit_log")


def landed_columns(conn: psycopg.Connection, table: str) -> list[str]:
    schema, name = table.split(".")
    rows = conn.execute("""
        select column_name from information_schema.columns
        where table_schema = %s and table_name = %s and is_generated = 'NEVER'
        order by ordinal_position""", (schema, name)).fetchall()
    assert rows, table
    return [r[0] for r in rows]


def snapshot(url: str, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    with psycopg.connect(libpq_url(url)) as conn:
        return {table: conn.execute(sql.SQL("select {} from {} order by id").format(
                    sql.SQL(", ").join(map(sql.Identifier, cols)),
                    sql.Identifier(*table.split(".")))).fetchall()
                for table, cols in columns.items()}


def add_landed_company(url: str, tag: str) -> dict[str, int]:
    """A unit tree, four people with logins, a pool, customers with contacts and a share,
    in plain SQL against the landed (0002) schema as the superuser."""
    ids: dict[str, int] = {}
    with psycopg.connect(libpq_url(url)) as conn:
        def one(query: str, *params: object) -> int:
            row = conn.execute(query, params).fetchone()
            assert row is not None
            return int(row[0])

        for code, parent, kind, name in (("HQ", None, "hq", "总部"), ("EAST", "HQ", "region", "华东大区"),
                                         ("EAST_T1", "EAST", "team", "上海一组")):
            ids[code] = one("insert into sales.org_units (code, name, kind, parent_id) "
                            "values (%s, %s, %s, %s) returning id",
                            f"{tag}_{code}", name, kind, ids.get(parent) if parent else None)
        for key, position, unit, manager, name in (
                ("mgr", "manager", "EAST", None, "李经理"),
                ("sup", "supervisor", "EAST_T1", "mgr", "张主管"),
                ("sp1", "salesperson", "EAST_T1", "sup", "赵一"),
                ("sp2", "salesperson", "EAST_T1", "sup", "钱二")):
            login = f"{tag}_{key}"
            conn.execute(sql.SQL("create role {} login password {} in role salesdesk_user").format(
                sql.Identifier(login), sql.Literal(PASSWORD)))
            ids[key] = one("insert into sales.employees (login, name, unit_id, position_id, manager_id) "
                           "values (%s, %s, %s, (select id from sales.positions where code = %s), %s) "
                           "returning id", login, name, ids[unit], position,
                           ids[manager] if manager else None)
        ids["pool"] = one("insert into sales.customer_pools (unit_id, name) values (%s, '华东公海') "
                          "returning id", ids["EAST"])
        ids["c1"] = one("insert into sales.customers (name, phone, owner_id, level, region) "
                        "values ('上海华联有限公司', '021-60000001', %s, 'A', '上海') returning id",
                        ids["sp1"])
        ids["c2"] = one("insert into sales.customers (name, pool_id, level) values ('杭州公海客户', %s, 'C') "
                        "returning id", ids["pool"])
        ids["k1"] = one("insert into sales.contacts (customer_id, name, mobile, is_primary) "
                        "values (%s, '王联系', '13800000001', true) returning id", ids["c1"])
        conn.execute("insert into sales.contacts (customer_id, name, email) "
                     "values (%s, '李采购', 'li@example.com')", (ids["c1"],))
        conn.execute("update sales.customers set notes = '老客户' where id = %s", (ids["c1"],))
        conn.execute("insert into sales.record_shares (kind, record_id, employee_id, access) "
                     "values ('customer', %s, %s, 'read')", (ids["c1"], ids["sp2"]))
        conn.commit()
    return ids


def test_landed_data_survives_the_upgrade(landed_db: str) -> None:
    tag = "h" + secrets.token_hex(3)
    ids = add_landed_company(landed_db, tag)
    with psycopg.connect(libpq_url(landed_db)) as conn:
        columns = {table: landed_columns(conn, table) for table in TABLES}
    before = snapshot(landed_db, columns)
    assert len(before["sales.employees"]) == 4
    assert len(before["sales.customers"]) == 2 and len(before["sales.contacts"]) == 2
    assert before["sales.audit_log"], "the landed triggers audit the inserts"

    migrate.init(landed_db)

    assert migrate.current_revision(landed_db) == migrate.head_revision()
    assert snapshot(landed_db, columns) == before
    # the people still sign in, and the upgraded policies give each their scope
    seen = {}
    for key in ("sp1", "sp2", "sup", "mgr"):
        with psycopg.connect(with_login(landed_db, f"{tag}_{key}", PASSWORD)) as conn:
            assert conn.execute("select login from api.whoami()").fetchone()[0] == f"{tag}_{key}"
            seen[key] = {r[0] for r in conn.execute("select id from api.customers")}
            if key == "sp1":
                assert {r[0] for r in conn.execute("select name from api.contacts")} == {"王联系", "李采购"}
    assert seen == {"sp1": {ids["c1"], ids["c2"]}, "sp2": {ids["c1"], ids["c2"]},
                    "sup": {ids["c1"], ids["c2"]}, "mgr": {ids["c1"], ids["c2"]}}


# -- released files --------------------------------------------------------------

def released() -> dict[str, str]:
    """sql/RELEASED as {file name: sha256} (sha256sum's format: `<hash>  <name>`)."""
    listed: dict[str, str] = {}
    for number, line in enumerate((sql_dir() / "RELEASED").read_text(encoding="utf-8").splitlines(), 1):
        found = re.fullmatch(r"([0-9a-f]{64})  (\S+)", line)
        assert found, f"sql/RELEASED line {number} is not `<sha256>  <file>`: {line!r}"
        assert found.group(2) not in listed, f"sql/RELEASED lists {found.group(2)} twice"
        listed[found.group(2)] = found.group(1)
    return listed


def migration_files() -> set[str]:
    """The sql/ files the Alembic revisions run."""
    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    used: set[str] = set()
    for rev in script.walk_revisions():
        assert rev.path is not None
        used.update(re.findall(r"\b\d{4}_[a-z0-9_]+\.sql\b", Path(rev.path).read_text(encoding="utf-8")))
    return used


def test_released_files_are_unchanged() -> None:
    listed = released()
    assert {"0001_core.sql", "0002_customers.sql"} <= set(listed)
    for name, digest in listed.items():
        assert NUMBERED.match(name), f"sql/RELEASED lists {name}: only numbered migration files are released"
        path = sql_dir() / name
        assert path.is_file(), f"sql/{name} was released and must not be deleted"
        # as git stores it: a Windows checkout with CRLF line ends has the same content
        content = path.read_bytes().replace(b"\r\n", b"\n")
        assert hashlib.sha256(content).hexdigest() == digest, (
            f"sql/{name} was released and must not be edited; put the change in a new numbered file")


def test_new_migration_files_come_after_the_released_ones() -> None:
    listed = released()
    used = migration_files()
    assert set(listed) <= used, f"released files no revision runs: {sorted(set(listed) - used)}"
    newest = max(int(NUMBERED.match(name).group(1)) for name in listed)  # type: ignore[union-attr]
    for name in sorted(used):
        found = NUMBERED.match(name)
        assert found and (sql_dir() / name).is_file(), f"a revision runs sql/{name}, which is not there"
        assert name in listed or int(found.group(1)) > newest, (
            f"sql/{name} is numbered before the newest released file ({newest:04d}) but is not "
            "listed in sql/RELEASED: new migrations go after the released ones")

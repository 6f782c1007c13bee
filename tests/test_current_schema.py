"""sql/current/ (one file per function, view, table with its policies, type) is exactly what a
fresh `init` creates, so a newcomer can read the current schema there instead of taking the
highest-numbered `create or replace` from the migrations.

The files are generated on the bundled PostgreSQL 18 and compared exactly there. PostgreSQL 15
prints a view over a single function or table with every column qualified (`customer_rows.id`
where 16 and later print `id`); on servers before 16 view files are compared with qualifiers
removed on both sides. Functions, tables and policies print alike on 15 and 18.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from salesdesk.db.paths import sql_dir
from salesdesk.db.schema_reference import COMMAND, render
from salesdesk.db.schema_sources import Sources
from salesdesk.db.urls import libpq_url

REPO = Path(__file__).resolve().parents[1]
CURRENT = REPO / "sql" / "current"
TOOL = REPO / "installer" / "tools" / "current_schema.py"
DIFF_LINES = 60
QUALIFIER = re.compile(r"\b[a-z_][a-z0-9_]*\.(?=[a-z_])")


@dataclass(frozen=True)
class Reference:
    url: str
    major: int
    made: dict[str, str]


@pytest.fixture(scope="module")
def reference(db_factory) -> Reference:
    """One fresh init (not changed by the tests) and the reference rendered from it."""
    url = db_factory()
    with psycopg.connect(libpq_url(url)) as conn:
        return Reference(url, conn.info.server_version // 10000, render(conn, sql_dir()))


def committed_files(folder: Path) -> dict[str, str]:
    # read_text turns a Windows checkout's CRLF into LF
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*.sql"))}


def differences(committed: dict[str, str], made: dict[str, str], loose_views: bool) -> list[str]:
    """Readable differences, committed → what the database holds now."""
    lines: list[str] = []
    for name in sorted(committed.keys() - made.keys()):
        lines.append(f"sql/current/{name}: no such object in a fresh init any more")
    for name in sorted(made.keys() - committed.keys()):
        lines.append(f"sql/current/{name}: missing (a new object)")
    for name in sorted(committed.keys() & made.keys()):
        old, new = committed[name], made[name]
        if loose_views and name.startswith("views/"):
            old, new = QUALIFIER.sub("", old), QUALIFIER.sub("", new)
        if old != new:
            lines += difflib.unified_diff(old.splitlines(), new.splitlines(), f"sql/current/{name}",
                                          "fresh init", lineterm="", n=1)
    return lines


def test_committed_reference_is_what_a_fresh_init_creates(reference: Reference) -> None:
    found = differences(committed_files(CURRENT), reference.made, loose_views=reference.major < 16)
    if found:
        shown = "\n".join(found[:DIFF_LINES])
        more = f"\n... {len(found) - DIFF_LINES} more lines" if len(found) > DIFF_LINES else ""
        pytest.fail(f"sql/current/ is not the schema a fresh init creates. Regenerate it with\n\n"
                    f"    {COMMAND}\n\nand commit the result. Differences:\n{shown}{more}", pytrace=False)


def test_every_function_view_and_policy_has_its_definition_in_the_reference(reference: Reference) -> None:
    made = reference.made
    with psycopg.connect(libpq_url(reference.url)) as conn:
        functions = conn.execute("""
            select n.nspname, p.proname, p.prokind, pg_get_function_identity_arguments(p.oid)
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname in ('api', 'private', 'sales', 'salesdesk_auth')""").fetchall()
        views = conn.execute("select schemaname, viewname from pg_views "
                             "where schemaname in ('api', 'private', 'sales')").fetchall()
        policies = conn.execute("select schemaname, tablename, policyname, cmd from pg_policies").fetchall()
    assert len(functions) > 100 and views and len(policies) > 20
    for schema, name, kind, args in functions:
        word = "PROCEDURE" if kind == "p" else "FUNCTION"
        text = made[f"functions/{schema}.{name}.sql"]
        assert f"CREATE OR REPLACE {word} {schema}.{name}(" in text, (schema, name)
        assert (text.count(f"\nalter {word.lower()} {schema}.{name}({args}) owner to ") == 1
                or schema == "salesdesk_auth"), (schema, name, args)
    for schema, name in views:
        assert f"create view {schema}.{name} as\n" in made[f"views/{schema}.{name}.sql"]
    for schema, table, policy, command in policies:
        text = made[f"tables/{schema}.{table}.sql"]
        assert re.search(rf'create policy "?{re.escape(policy)}"? on {schema}\.{table}\n'
                         rf"    for {command.lower()} to ", text), (table, policy)
    assert sum(text.count("\ncreate policy ") for text in made.values()) == len(policies)


def test_headers_name_the_migrations_that_write_an_object(reference: Reference, tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("create or replace function private.f(x int) returns int\n"
                                         "create table if not exists sales.t (id int);\n")
    (tmp_path / "0002_b.sql").write_text("-- create or replace function private.f(\n"
                                         "CREATE FUNCTION private.f (x int, y int)\n"
                                         "create or replace function private.f_other(\n"
                                         "alter table only sales.t add column y int;\n"
                                         "create policy \"someone's rule\" on sales.t\n"
                                         f'create policy "{"x" * 70}" on sales.t\n')
    (tmp_path / "0003_c.sql").write_text("alter table sales.t_other add column z int;\n")
    (tmp_path / "notes.sql").write_text("create or replace function private.f(\n")
    with psycopg.connect(libpq_url(reference.url)) as conn:
        sources = Sources(tmp_path, conn)
    assert sources.function("private", "f") == (
        "Written in: 0001_a.sql, 0002_b.sql (the current text comes from the last)")
    assert sources.function("private", "f_other") == "Written in: 0002_b.sql"
    assert sources.table("sales.t") == "Created or altered in: 0001_a.sql, 0002_b.sql"
    assert sources.policy("someone's rule") == "Written in: 0002_b.sql"
    assert sources.policy("x" * 63) == "Written in: 0002_b.sql"  # PostgreSQL keeps 63 bytes of a name
    # the per-kind policies come from the function that declares kinds, not from a file
    assert sources.policy("the API reads customer rows the caller may see") == (
        "In no file of sql/ by name: made at run time by private.declare_kind")


def test_the_command_writes_the_folder_and_removes_what_no_longer_exists(pg_admin_url: str,
                                                                         tmp_path: Path) -> None:
    out = tmp_path / "current"
    stale = out / "functions" / "private.dropped_long_ago.sql"
    stale.parent.mkdir(parents=True)
    stale.write_text("-- gone\n")
    done = subprocess.run([sys.executable, str(TOOL), "--dsn", pg_admin_url, "--out", str(out)],
                          capture_output=True, text=True, check=False, env=dict(os.environ), timeout=280)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(rf"\d+ files in {re.escape(str(out))} \(\d+ added, changed or removed\)\n",
                        done.stdout)
    assert not stale.exists()
    handover = (out / "functions" / "private.handover.sql").read_text(encoding="utf-8")
    assert handover.startswith("-- private.handover, as every migration in sql/ leaves it.\n")
    assert f"`{COMMAND}`" in handover
    written = committed_files(out)
    assert "tables/sales.customers.sql" in written and "schemas.sql" in written

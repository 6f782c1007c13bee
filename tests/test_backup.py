"""`salesdesk-admin backup` / `restore`: an exact round trip, roles and passwords included."""

from __future__ import annotations

import json
import secrets
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from salesdesk.admin import backup, pg_tools
from salesdesk.admin.cli import main
from salesdesk.db.local_server import LocalServer, bin_path
from salesdesk.db.urls import libpq_url, with_database, with_login
from tests.factories import Company


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def snapshot(url: str) -> dict[str, object]:
    """Every row of every table in sales and private, sequence positions, and the RLS set-up."""
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("set timezone = 'UTC'")
        tables = [r[0] for r in conn.execute(
            "select format('%I.%I', schemaname, tablename) from pg_tables "
            "where schemaname in ('sales', 'private') order by 1")]
        snap: dict[str, object] = {t: [r[0] for r in conn.execute(f"select t::text from {t} t order by 1")]
                                   for t in tables}
        for (seq,) in conn.execute("select format('%I.%I', schemaname, sequencename) from pg_sequences "
                                   "where schemaname in ('sales', 'private') order by 1").fetchall():
            snap[seq] = conn.execute(f"select last_value, is_called from {seq}").fetchone()
        snap["rls"] = conn.execute(
            "select c.oid::regclass::text, c.relrowsecurity, c.relforcerowsecurity, "
            "c.relowner::regrole::text "
            "from pg_class c where c.relnamespace in ('sales'::regnamespace, 'private'::regnamespace) "
            "and c.relkind in ('r', 'v') order by 1").fetchall()
        snap["policies"] = conn.execute(
            "select schemaname, tablename, policyname, cmd, roles::text, qual, with_check "
            "from pg_policies order by 1, 2, 3").fetchall()
        snap["functions"] = conn.execute(
            "select p.oid::regprocedure::text, p.prosecdef, p.proconfig::text, p.proacl::text "
            "from pg_proc p where p.pronamespace in ('sales'::regnamespace, 'private'::regnamespace) "
            "order by 1").fetchall()
        snap["triggers"] = conn.execute(
            "select tgrelid::regclass::text, tgname from pg_trigger where not tgisinternal order by 1, 2"
        ).fetchall()
        snap["user may create temp tables"] = conn.execute(
            "select has_database_privilege('salesdesk_user', current_database(), 'TEMP')").fetchone()
        return snap


def visible_ids(url: str, company: Company, key: str) -> set[int]:
    with psycopg.connect(with_login(url, company.login(key), company.password)) as conn:
        return {r[0] for r in conn.execute("select id from api.customers")}


@pytest.fixture
def other_server() -> Iterator[str]:
    """A second, brand-new cluster: none of the company's roles exist there."""
    # Not under pytest's tmp_path: as root the server runs as another user, and a concurrent
    # pytest session resets /tmp/pytest-of-root to mode 0700, locking that user out.
    root = Path(tempfile.mkdtemp(prefix="salesdesk-test-other-"))
    server = LocalServer(root)
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_round_trip_to_another_server_is_exact(fresh_company: Company, other_server: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    c = fresh_company
    # some history: a leaver (their role becomes NOLOGIN) and their customers in the pool
    assert cli(capsys, "user", "leave", "--dsn", c.admin_url, "--login", c.login("sp_n1a"),
               "--to-pool")[0] == 0
    file = tmp_path / "salesdesk.backup"
    rc, out, err = cli(capsys, "backup", "--dsn", c.admin_url, "--out", str(file))
    assert rc == 0, err
    assert "schema revision" in out
    assert stat.S_IMODE(file.stat().st_mode) == 0o600  # password hashes inside
    with zipfile.ZipFile(file) as zf:
        assert sorted(zf.namelist()) == ["db.dump", "manifest.json", "roles.sql"]
        manifest = json.loads(zf.read("manifest.json"))
        roles_sql = zf.read("roles.sql").decode()
    assert manifest["customers"] == len(c.customers)
    assert set(manifest["roles"]) == {"salesdesk_owner", "salesdesk_api", "salesdesk_user"} | {
        c.login(k) for k in c.people}
    assert c.login("outsider") not in roles_sql and "postgres" not in manifest["roles"]
    assert "SCRAM-SHA-256$" in roles_sql

    target = with_database(other_server, "restored")
    rc, out, err = cli(capsys, "restore", "--dsn", target, "--in", str(file))
    assert rc == 0, err
    assert f"roles: {len(manifest['roles'])} created, 0 already existed" in out

    restored, original = snapshot(target), snapshot(c.admin_url)
    assert len(original["sales.customers"]) == len(c.customers)  # type: ignore[arg-type]
    assert len(original["sales.ownership_history"]) > 0  # type: ignore[arg-type]
    assert restored == original
    # employees log in on the new server with their old passwords and see the same customers
    for key in ("sp_e1a", "sup_e1", "mgr_n", "director"):
        assert visible_ids(target, c, key) == visible_ids(c.admin_url, c, key)
    with pytest.raises(psycopg.OperationalError):  # the leaver stays locked out
        psycopg.connect(with_login(target, c.login("sp_n1a"), c.password))
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(with_login(target, c.login("sp_e1a"), "wrong-password-1"))


def test_restore_with_pg18_tools_into_the_same_server(fresh_company: Company, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Roles exist already; pg_dump 18 even for an older server (the PG 15 case: its dump
    carries settings PG 15 rejects, which restore must drop)."""
    c = fresh_company
    monkeypatch.setattr(backup, "dump_tool_dir", lambda major, tls=False: bin_path())
    file = tmp_path / "b.zip"
    assert cli(capsys, "backup", "--dsn", c.admin_url, "--out", str(file))[0] == 0
    target = with_database(c.admin_url, "r_" + secrets.token_hex(5))
    try:
        rc, out, err = cli(capsys, "restore", "--dsn", target, "--in", str(file))
        assert rc == 0, err
        assert "0 created" in out
        assert snapshot(target) == snapshot(c.admin_url)
        assert visible_ids(target, c, "sp_e1b") == visible_ids(c.admin_url, c, "sp_e1b")
        # the target now holds data: a second restore is refused and changes nothing
        rc, _, err = cli(capsys, "restore", "--dsn", target, "--in", str(file))
        assert rc == 1 and "is not empty" in err
        rc, _, err = cli(capsys, "restore", "--dsn", target, "--in", str(tmp_path / "missing.zip"))
        assert rc == 1 and "no such file" in err
    finally:
        with psycopg.connect(with_database(c.admin_url, "postgres"), autocommit=True) as conn:
            conn.execute(f'drop database if exists "{target.rsplit("/", 1)[1]}" with (force)')


def test_failed_restore_leaves_no_database(fresh_company: Company, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    c = fresh_company
    good = tmp_path / "good.zip"
    assert cli(capsys, "backup", "--dsn", c.admin_url, "--out", str(good))[0] == 0
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in ("manifest.json", "roles.sql"):
            dst.writestr(name, src.read(name))
        dst.writestr("db.dump", b"PGDMP garbage")
    name = "r_" + secrets.token_hex(5)
    rc, _, err = cli(capsys, "restore", "--dsn", with_database(c.admin_url, name), "--in", str(bad))
    assert rc == 1 and "pg_restore failed" in err
    with psycopg.connect(with_database(c.admin_url, "postgres")) as conn:
        assert conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone() is None


def test_script_filter_drops_only_the_timeout_setting_outside_data() -> None:
    script = [b"SET statement_timeout = 0;\n", b"SET transaction_timeout = 0;\n",
              b"COPY sales.customers (id, notes) FROM stdin;\n", b"1\tSET transaction_timeout = 0;\n",
              b"SET transaction_timeout = 0;\n", b"\\.\n", b"SELECT 1;\n"]
    kept = list(backup.filter_script(script, 15))
    assert kept == [script[0], *script[2:]]
    assert list(backup.filter_script(script, 17)) == script


# -- client tools for TLS-only servers (the full round trip: installer/ci/tls_roundtrip.sh) ----

TLS_URL = "postgresql://postgres:x@db.example.com/salesdesk?sslmode=verify-full&sslrootcert=/etc/ca.crt"


def system_tools() -> Path:
    """The distribution's client tools (postgresql-client-<N>, which bootstrap.py installs)."""
    found = [d for d in pg_tools.candidate_dirs() if d != bin_path()]
    assert found, "no postgresql-client-<N>: run python3 installer/bootstrap.py test as root"
    return found[0]


def test_tls_urls_get_client_tools_built_with_ssl() -> None:
    """The bundled tools answer "sslmode value "verify-full" invalid when SSL support is not
    compiled in": a URL that needs TLS must get other tools (Debian's, here)."""
    assert pg_tools.needs_tls(TLS_URL) and not pg_tools.needs_tls(TLS_URL.replace("verify-full", "prefer"))
    assert not pg_tools.has_ssl(bin_path())
    system = system_tools()
    system_major = pg_tools.major(pg_tools.exe(system, "pg_dump"))
    assert pg_tools.has_ssl(system)
    assert backup.dump_tool_dir(system_major, tls=True) == system
    assert backup.dump_tool_dir(system_major, tls=False) == system  # the server's own version first
    pg_restore, psql = pg_tools.restore_tools(tls=True, server_major=system_major)
    assert pg_restore.parent == bin_path()  # turns the archive into SQL; connects nowhere
    assert psql.parent == system
    assert pg_tools.restore_tools(tls=False, server_major=system_major) == (
        pg_tools.exe(bin_path(), "pg_restore"), pg_tools.exe(bin_path(), "psql"))


def test_without_tls_capable_tools_the_command_says_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    system = system_tools()
    monkeypatch.setattr(pg_tools, "candidate_dirs", lambda: [bin_path()])  # only the bundled tools
    with pytest.raises(backup.BackupError) as refused:
        backup.dump_tool_dir(15, tls=True)
    assert "apt-get install postgresql-client-15" in str(refused.value)
    assert "\n" not in str(refused.value)
    with pytest.raises(pg_tools.ToolsMissing, match="apt-get install postgresql-client-16"):
        pg_tools.restore_tools(tls=True, server_major=16)
    # a server newer than every TLS-capable tool: an older pg_dump cannot dump it
    monkeypatch.setattr(pg_tools, "candidate_dirs", lambda: [system, bin_path()])
    with pytest.raises(backup.BackupError, match="postgresql-client-99"):
        backup.dump_tool_dir(99, tls=True)


def test_backup_refuses_a_folder_that_does_not_exist(fresh_company: Company, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A typo in --out used to create a tree of folders quietly, where nobody looks for it."""
    target = tmp_path / "no" / "such" / "dir" / "sd.backup"
    rc, out, err = cli(capsys, "backup", "--dsn", fresh_company.admin_url, "--out", str(target))
    assert (rc, out) == (1, "")
    assert err == f"salesdesk-admin: the folder {target.parent} does not exist; create it first " \
                  "(mkdir -p) or choose another --out\n"
    assert not (tmp_path / "no").exists()
    rc, _, err = cli(capsys, "backup", "--dsn", fresh_company.admin_url, "--out", str(tmp_path))
    assert rc == 1 and "is a folder" in err

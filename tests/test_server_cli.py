"""`salesdesk-admin` as IT runs it: a real process, the bundled server, clean failures."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from salesdesk.admin import cli
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import sqlalchemy_url, with_login


def admin_command() -> list[str]:
    """The installed console script next to this Python (the module form if it is missing)."""
    folder = Path(sys.executable).parent
    script = shutil.which("salesdesk-admin", path=str(folder))
    return [script] if script else [sys.executable, "-m", "salesdesk.admin.cli"]


def admin(*args: str, timeout: float = 120, umask: int = -1) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("XDG_RUNTIME_DIR", None)  # the warning that once leaked out appears without it
    return subprocess.run([*admin_command(), *args], capture_output=True, text=True, timeout=timeout,
                          env=env, check=False, umask=umask)


class Server:
    def __init__(self, data: Path, start: subprocess.CompletedProcess[str]) -> None:
        self.data = data
        self.start = start
        lines = start.stdout.splitlines()
        self.dsn = lines[0].removeprefix("DSN=") if lines else ""


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    # mkdtemp, not tmp_path: as root the server's own user must traverse the folder's parents
    data = Path(tempfile.mkdtemp(prefix="salesdesk-cli-"))
    try:
        # a strict umask once made the server (another OS user, as root) miss its settings file
        umask = 0o077 if os.name == "posix" else -1
        yield Server(data, admin("server", "start", "--data", str(data), umask=umask))
    finally:
        admin("server", "stop", "--data", str(data))
        shutil.rmtree(data, ignore_errors=True)


def test_start_prints_exactly_one_dsn_line(server: Server) -> None:
    assert server.start.returncode == 0, server.start.stderr
    assert server.start.stderr == ""  # no warnings, no log noise
    lines = server.start.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("DSN=postgresql://postgres:")
    url = sqlalchemy_url(server.dsn)
    assert url.host == "127.0.0.1" and url.database == "salesdesk" and url.password
    with psycopg.connect(server.dsn) as conn:
        assert conn.execute("select current_user").fetchone()[0] == "postgres"


def test_start_again_answers_with_the_same_dsn(server: Server) -> None:
    again = admin("server", "start", "--data", str(server.data))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [f"DSN={server.dsn}"]


def test_status_reports_running(server: Server) -> None:
    result = admin("server", "status", "--data", str(server.data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("running on 127.0.0.1:")
    assert f"DSN={server.dsn}" in result.stdout.splitlines()


def test_wrong_password_is_refused(server: Server) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(with_login(server.dsn, "postgres", "not-the-password"), connect_timeout=5)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(with_login(server.dsn, "postgres", ""), connect_timeout=5)


def test_only_password_authentication_is_configured(server: Server) -> None:
    with psycopg.connect(server.dsn) as conn:
        rules = conn.execute("select type, address, auth_method, error, user_name, database "
                             "from pg_hba_file_rules").fetchall()
        listen = conn.execute("show listen_addresses").fetchone()[0]
        port = int(conn.execute("show port").fetchone()[0])
        sockets = conn.execute("show unix_socket_directories").fetchone()[0]
    assert rules, "pg_hba.conf has no rules"
    assert (port, sockets) == (sqlalchemy_url(server.dsn).port, "")  # our settings file was read
    # passwords only; the only other rules refuse employees every database but their company's
    assert {r[2] for r in rules if r[2] != "reject"} == {"scram-sha-256"}, rules
    assert {(tuple(r[4]), tuple(r[5])) for r in rules if r[2] == "reject"} == {
        (("+salesdesk_user",), ("postgres", "template1", "template0"))}, rules
    assert all(r[3] is None for r in rules), rules
    assert listen == "127.0.0.1"


def test_a_restart_keeps_the_port_so_running_clients_reconnect(server: Server) -> None:
    client = psycopg.connect(server.dsn, autocommit=True)  # leaves connections in TIME_WAIT
    client.execute("select 1")
    assert admin("server", "stop", "--data", str(server.data)).returncode == 0
    with pytest.raises(psycopg.OperationalError):
        client.execute("select 1")
    client.close()
    again = admin("server", "start", "--data", str(server.data))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [f"DSN={server.dsn}"]  # the same port
    with psycopg.connect(server.dsn, connect_timeout=5) as conn:  # what a client's reconnect does
        assert conn.execute("select 1").fetchone() == (1,)


def test_the_watchdog_runs_beside_the_server_and_stops_with_it(server: Server) -> None:
    local = LocalServer(server.data)
    pid = local.watchdog_pid()
    assert pid is not None, (server.data / "watchdog.log").read_text()
    with psycopg.connect(server.dsn, autocommit=True) as conn:  # it connects, as a superuser
        deadline = time.monotonic() + 30
        while not conn.execute("select exists (select from pg_stat_activity where usename = 'postgres' "
                               "and application_name = 'salesdesk watchdog')").fetchone()[0]:
            assert time.monotonic() < deadline, (server.data / "watchdog.log").read_text()
            time.sleep(0.1)
    assert "watchdog:" not in (server.data / "watchdog.log").read_text()  # no failing rounds
    assert admin("server", "start", "--data", str(server.data)).returncode == 0
    assert local.watchdog_pid() == pid  # one watchdog, however often `start` runs
    assert admin("server", "stop", "--data", str(server.data)).returncode == 0
    assert local.watchdog_pid() is None
    assert not Path(f"/proc/{pid}").exists() or not Path(f"/proc/{pid}/cmdline").read_bytes()
    assert admin("server", "start", "--data", str(server.data)).returncode == 0
    assert local.watchdog_pid() not in (None, pid)


def test_stop_stops_and_status_says_so(server: Server) -> None:
    stopped = admin("server", "stop", "--data", str(server.data))
    assert stopped.returncode == 0, stopped.stderr
    assert stopped.stdout.strip() == "stopped"
    status = admin("server", "status", "--data", str(server.data))
    assert status.returncode != 0
    assert status.stdout.strip() == "not running"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(server.dsn, connect_timeout=3)
    again = admin("server", "stop", "--data", str(server.data))
    assert (again.returncode, again.stdout.strip()) == (0, "not running")


def test_init_against_an_unreachable_server_fails_in_one_line() -> None:
    result = admin("init", "--dsn", "postgresql://postgres:x@127.0.0.1:1/nope", timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("salesdesk-admin: cannot reach the database")
    assert result.stdout == ""


@pytest.mark.parametrize("dsn", ["", "not a url"])
def test_init_with_a_malformed_dsn_fails_in_one_line(dsn: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["init", "--dsn", dsn]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("salesdesk-admin: --dsn is not a database URL")


def test_status_of_a_folder_without_a_server() -> None:
    data = Path(tempfile.mkdtemp(prefix="salesdesk-cli-empty-"))
    try:
        result = admin("server", "status", "--data", str(data))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    assert result.returncode != 0 and "Traceback" not in result.stderr


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command of the parser, e.g. ('server', 'start')."""
    paths: list[tuple[str, ...]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.append((*prefix, name))
                paths.extend(command_paths(sub, (*prefix, name)))
    return paths


def test_help_works_for_the_program_and_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    top = admin("--help")
    assert top.returncode == 0 and top.stdout.startswith("usage: salesdesk-admin"), top.stderr
    paths = command_paths(cli.build_parser())
    assert {("server", "start"), ("server", "stop"), ("server", "status"), ("init",),
            ("migrate",)} <= set(paths)
    for path in paths:
        with pytest.raises(SystemExit) as exit_info:
            cli.main([*path, "--help"])
        out = capsys.readouterr().out
        assert exit_info.value.code == 0, path
        assert out.startswith(f"usage: salesdesk-admin {' '.join(path)}"), (path, out[:200])

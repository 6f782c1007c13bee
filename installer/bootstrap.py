"""The two set-up commands of the README, with nothing but python3 (standard library only).

    python3 installer/bootstrap.py demo [--data DIR] [--no-client]
    python3 installer/bootstrap.py test [pytest arguments ...]

Both first "prepare everything": on Debian/Ubuntu the system libraries Qt needs, a
CJK font, Xvfb and PostgreSQL's client tools with TLS support (for backup and restore;
the bundled ones have none), for `test` also LibreOffice Calc (headless: it checks the
workbooks the client writes), installed with apt-get when run as root (waiting for another
package manager that holds the dpkg lock), otherwise the exact `sudo apt-get install ...`
line is printed; the virtual environment `<repo>/.venv`;
and `pip install -e ".[test]"` (skipped while pyproject.toml is unchanged).
`demo` then starts the bundled PostgreSQL in a per-user data folder, creates the
schema, loads the demo company once and opens the client; `test` runs pytest
from the virtual environment on every core (pytest-xdist, unless given `-n`) and passes
its exit code through.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".venv"
STAMP = VENV / ".salesdesk-installed"
DEFAULT_DATA = REPO / "var" / "demo"
IS_WINDOWS = platform.system() == "Windows"
MIN_PYTHON = (3, 11)

# Shared libraries the PySide6 wheels link against (and the xcb platform plugin loads),
# a font with Chinese glyphs, and a virtual display for screenshots under Xvfb.
QT_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libx11-xcb1", "libxcb-image0", "libxcb-randr0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-cursor0", "fonts-wqy-microhei", "xvfb",
]
# For `test` only: LibreOffice Calc without a GUI (~110 MB), the check that the workbooks the client
# writes (quotes, contracts) open and print (tests/test_trade_documents.py).
TEST_PACKAGES = ["libreoffice-calc-nogui"]
# pg_dump / pg_restore / psql built with SSL (the distribution's default major version; any
# installed postgresql-client-<N> counts).
PG_CLIENT = "postgresql-client"

# What apt and dpkg lock while they work. A freshly booted machine often runs
# unattended-upgrades for a few minutes: wait for it rather than fail.
DPKG_LOCKS = [Path("/var/lib/dpkg/lock-frontend"), Path("/var/lib/dpkg/lock"),
              Path("/var/lib/apt/lists/lock"), Path("/var/cache/apt/archives/lock")]
LOCK_WAIT_S = 300.0


class BootstrapError(Exception):
    """An expected failure: printed as one clear message, without a traceback."""


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def warn(message: str) -> None:
    print(f"!!  {message}", file=sys.stderr, flush=True)


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, **kwargs)  # type: ignore[call-overload]


# -- system packages (Debian/Ubuntu) ---------------------------------------------

def is_root() -> bool:
    return not IS_WINDOWS and hasattr(os, "geteuid") and os.geteuid() == 0


def has_apt() -> bool:
    return platform.system() == "Linux" and bool(shutil.which("dpkg-query")) and bool(shutil.which("apt-get"))


def installed_packages(names: list[str]) -> set[str]:
    """Which of `names` dpkg reports as installed (a `t64`-renamed library counts as its old name)."""
    query = names + [n + "t64" for n in names if n.startswith("lib")]
    result = run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *query],
                 capture_output=True, text=True)
    present = set()
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1].startswith("ii"):
            present.add(parts[0].split(":")[0].removesuffix("t64"))
    return present


def pg_client_installed() -> bool:
    result = run(["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", "postgresql-client-[0-9]*"],
                 capture_output=True, text=True)
    return any(line.split()[1:2] and line.split()[1].startswith("ii") for line in result.stdout.splitlines())


def lock_holder(locks: list[Path]) -> Path | None:
    """The first of `locks` another process holds (dpkg and apt take fcntl locks on them)."""
    import fcntl

    for path in locks:
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue  # missing, or not ours to open: nothing to wait for
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(fd, fcntl.LOCK_UN)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                return path
        finally:
            os.close(fd)
    return None


def wait_for_package_manager(locks: list[Path] | None = None, timeout: float = LOCK_WAIT_S,
                             poll: float = 2.0) -> None:
    """Wait (saying so once) while another apt/dpkg holds its lock; BootstrapError after `timeout`."""
    locks = DPKG_LOCKS if locks is None else locks
    started = time.monotonic()
    held = lock_holder(locks)
    if held is None:
        return
    say(f"waiting for another package manager to finish (it holds {held}; often unattended-upgrades "
        f"after a boot), up to {timeout / 60:.0f} min…")
    while held is not None:
        if time.monotonic() - started >= timeout:
            raise BootstrapError(f"another package manager still holds {held} after {timeout / 60:.0f} "
                                 "min; let it finish (see `ps aux | grep -E 'apt|dpkg'`), then run this "
                                 "again")
        time.sleep(poll)
        held = lock_holder(locks)
    say("the other package manager has finished")


_apt_updated = False


def apt_install(packages: list[str]) -> bool:
    """apt-get install as root (updating the package lists once first); False on failure."""
    global _apt_updated
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    wait_for_package_manager()
    if not _apt_updated:
        say("apt-get update")
        if run(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL).returncode != 0:
            warn("apt-get update failed")
            return False
        _apt_updated = True
    say("apt-get install " + " ".join(packages))
    # A lock taken between our wait and apt-get's start: apt-get waits for it too.
    result = run(["apt-get", "install", "-y", "-q", "-o", f"DPkg::Lock::Timeout={int(LOCK_WAIT_S)}",
                  "--no-install-recommends", *packages],
                 env=env, stdout=subprocess.DEVNULL)
    return result.returncode == 0


def ensure_system_packages(extra: list[str] | None = None) -> None:
    """Install (root) or name (non-root) the Debian packages Qt, the font and backups need (and
    `extra`: the tests' LibreOffice)."""
    if not has_apt():
        if platform.system() == "Linux":
            say("not a Debian/Ubuntu system: make sure Qt 6's X11/xcb libraries, a CJK font and "
                "PostgreSQL's client tools are installed")
        return
    wanted = QT_PACKAGES + (extra or [])
    missing = [p for p in wanted if p not in installed_packages(wanted)]
    if not pg_client_installed():
        missing.append(PG_CLIENT)
    if not missing:
        say("system libraries for Qt, CJK font, Xvfb and PostgreSQL client tools"
            + (", LibreOffice" if extra else "") + ": present")
        return
    if is_root():
        if not apt_install(missing):
            warn("could not install " + " ".join(missing) + " (the GUI may not start; tests run "
                 "offscreen)")
    else:
        warn("some system packages are missing; install them with:")
        print("    sudo apt-get install -y " + " ".join(missing), flush=True)
        warn("continuing without them (the GUI may not start; tests run offscreen)")


# -- virtual environment ------------------------------------------------------------

def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if IS_WINDOWS else "bin/python")


def venv_script(name: str) -> Path:
    return VENV / ("Scripts" if IS_WINDOWS else "bin") / (name + (".exe" if IS_WINDOWS else ""))


def venv_works() -> bool:
    py = venv_python()
    if not py.exists():
        return False
    check = f"import sys; sys.exit(0 if sys.version_info >= {MIN_PYTHON} else 1)"
    return run([str(py), "-c", check], capture_output=True).returncode == 0


def create_venv() -> None:
    """python -m venv .venv; on Debian without ensurepip, install python3-venv first (root)."""
    if venv_works():
        say(f"virtual environment: {VENV}")
        return
    if VENV.exists():
        say(f"{VENV} is incomplete or too old; recreating it")
        shutil.rmtree(VENV)
    say(f"creating the virtual environment {VENV}")
    result = run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
    if result.returncode == 0 and venv_works():
        return
    shutil.rmtree(VENV, ignore_errors=True)
    if has_apt():
        version = f"python3.{sys.version_info.minor}-venv"
        if not is_root():
            raise BootstrapError("Python cannot create a virtual environment (ensurepip is missing). "
                                 f"Install it with:\n    sudo apt-get install -y python3-venv {version}")
        if not apt_install(["python3-venv", version]):
            raise BootstrapError("could not install python3-venv")
        result = run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if result.returncode == 0 and venv_works():
            return
    raise BootstrapError("could not create the virtual environment:\n"
                         + (result.stderr or result.stdout).strip())


def install_fingerprint() -> str:
    digest = hashlib.sha256((REPO / "pyproject.toml").read_bytes())
    digest.update(str(VENV.resolve()).encode())
    return digest.hexdigest()


def package_importable() -> bool:
    """The venv imports salesdesk from this checkout (editable install still valid)."""
    check = "import salesdesk, sys; print(salesdesk.__file__)"
    result = run([str(venv_python()), "-c", check], capture_output=True, text=True, cwd=str(VENV))
    if result.returncode != 0:
        return False
    return Path(result.stdout.strip()).resolve().is_relative_to(REPO / "salesdesk")


def install_package() -> None:
    """pip install -e ".[test]", unless pyproject.toml is unchanged since the last install."""
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == fingerprint and package_importable():
        say("salesdesk and its dependencies: up to date")
        return
    say('pip install -e ".[test]" (a few minutes the first time)')
    started = time.monotonic()
    result = run([str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                  "-e", ".[test]"], cwd=str(REPO))
    if result.returncode != 0:
        raise BootstrapError("pip install failed (see the messages above); check the network and retry")
    STAMP.write_text(fingerprint + "\n")
    say(f"installed in {time.monotonic() - started:.0f} s")


def prepare(testing: bool = False) -> None:
    if sys.version_info < MIN_PYTHON:
        wanted = ".".join(map(str, MIN_PYTHON))
        raise BootstrapError(f"salesdesk needs Python {wanted} or newer; this is "
                             f"{platform.python_version()}")
    # any LibreOffice will do (the -nogui one would replace a desktop LibreOffice's core)
    ensure_system_packages(TEST_PACKAGES if testing and not shutil.which("soffice") else None)
    create_venv()
    install_package()


# -- commands ---------------------------------------------------------------------

def admin(*args: str) -> subprocess.CompletedProcess:
    """Run salesdesk-admin from the venv, capturing its output."""
    return run([str(venv_python()), "-m", "salesdesk.admin.cli", *args], capture_output=True, text=True,
               cwd=str(REPO))


def admin_checked(what: str, *args: str) -> str:
    result = admin(*args)
    if result.returncode != 0:
        raise BootstrapError(f"{what} failed:\n{(result.stderr or result.stdout).strip()}")
    return result.stdout


def value_line(output: str, key: str) -> str | None:
    for line in output.splitlines():
        if line.startswith(key + "="):
            return line[len(key) + 1:].strip()
    return None


def load_demo(dsn: str) -> str | None:
    """Load the demo company unless it is there already; returns the shared demo password.

    `salesdesk-admin demo` itself checks whether the company is loaded (then it changes
    nothing) and always prints `PASSWORD=...`.
    """
    if admin("demo", "--help").returncode != 0:
        warn("this version has no demo loader (salesdesk-admin demo); the schema is empty")
        return None
    say("demo company (loaded the first time only; that takes a little while)")
    result = admin("demo", "--dsn", dsn)
    if result.returncode != 0:
        raise BootstrapError(f"loading the demo company failed:\n{(result.stderr or result.stdout).strip()}")
    for line in result.stderr.splitlines():
        print("    " + line, flush=True)
    return value_line(result.stdout, "PASSWORD")


def client_available() -> bool:
    script = venv_script("salesdesk")
    return script.exists() and run([str(script), "--help"], capture_output=True).returncode == 0


def has_display() -> bool:
    if platform.system() != "Linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def print_hints(data: Path, dsn: str, password: str | None) -> None:
    result = run([str(venv_python()), "-c", "from salesdesk.db.local_server import bin_path; "
                  "print(bin_path())"], capture_output=True, text=True)
    psql = Path(result.stdout.strip()) / ("psql.exe" if IS_WINDOWS else "psql")
    host_part = dsn.split("@", 1)[-1]
    print()
    print("Admin URL of the demo server (its superuser), the --dsn of salesdesk-admin:")
    print(f"DSN={dsn}")
    if password:
        print(f"Demo password (all demo logins): {password}")
        print("Demo logins by level: README.md, section 'Demo logins'. Log in as one with psql:")
        print(f'    "{psql}" "postgresql://<login>:{password}@{host_part}"')
    print("Stop the server with:")
    print(f"    {venv_script('salesdesk-admin')} server stop --data {data}")


def cmd_demo(args: argparse.Namespace) -> int:
    prepare()
    data: Path = args.data.expanduser().resolve()
    data.mkdir(parents=True, exist_ok=True)
    say(f"starting the bundled PostgreSQL in {data}")
    dsn = value_line(admin_checked("starting the server", "server", "start", "--data", str(data)), "DSN")
    if not dsn:
        raise BootstrapError("the server started but printed no DSN line")
    say("creating or upgrading the schema")
    print("    " + admin_checked("salesdesk-admin init", "init", "--dsn", dsn).strip())
    password = load_demo(dsn)
    print_hints(data, dsn, password)
    if args.no_client:
        return 0
    if not client_available():
        say("the desktop client is not part of this version yet; use psql as shown above")
        return 0
    if not has_display():
        env_part = "" if data == DEFAULT_DATA.resolve() else f"SALESDESK_DEMO_DATA={data} "
        say("no display ($DISPLAY) found: start the client on a desktop with: "
            f"{env_part}{venv_script('salesdesk')} --profile demo")
        return 0
    say("starting the client (profile 'demo')")
    # The client's demo profile finds the server (its port) through the data folder.
    env = dict(os.environ, SALESDESK_DEMO_DATA=str(data))
    return run([str(venv_script("salesdesk")), "--profile", "demo"], env=env).returncode


MAX_TEST_WORKERS = 4


def parallel_arguments(pytest_args: list[str], cores: int | None = None,
                       env: dict[str, str] | None = None) -> list[str]:
    """pytest-xdist's options for a run on every core (at most MAX_TEST_WORKERS), a test file per
    worker at a time so that a file's module fixtures are built once; none when the caller chose
    (`-n`, `--numprocesses`, `-p no:xdist`) or there is one core. Each worker's session starts a
    bundled server of its own; against servers named in SALESDESK_TEST_DSN, one worker per URL."""
    chosen = any(arg == "no:xdist" or arg.startswith(("-n", "--numprocesses")) for arg in pytest_args)
    workers = min(cores if cores is not None else (os.cpu_count() or 1), MAX_TEST_WORKERS)
    external = (env if env is not None else os.environ).get("SALESDESK_TEST_DSN")
    if external:
        workers = min(workers, len(external.split()))
    if chosen or workers < 2:
        return []
    return ["-n", str(workers), "--dist", "loadfile"]


def cmd_test(pytest_args: list[str]) -> int:
    prepare(testing=True)
    pytest_args = parallel_arguments(pytest_args) + pytest_args
    say("python -m pytest " + " ".join(pytest_args))
    started = time.monotonic()
    code = run([str(venv_python()), "-m", "pytest", *pytest_args], cwd=str(REPO)).returncode
    say(f"pytest finished in {time.monotonic() - started:.0f} s with exit code {code}")
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bootstrap.py", description="Prepare a machine for salesdesk, then start the demo or "
                                         "run the tests.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    demo = sub.add_parser("demo", help="prepare, start the bundled server with the demo company, "
                                       "open the client")
    demo.add_argument("--data", type=Path, default=DEFAULT_DATA,
                      help="folder for the demo server's files (default: <repo>/var/demo)")
    demo.add_argument("--no-client", action="store_true", help="do not start the desktop client")
    sub.add_parser("test", help="prepare, then run pytest (any further arguments go to pytest)",
                   add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv[:1] == ["test"]:
            # everything after `test` belongs to pytest, including -h and -x
            return cmd_test(argv[1:])
        return cmd_demo(build_parser().parse_args(argv))
    except BootstrapError as exc:
        warn(str(exc))
        return 1
    except KeyboardInterrupt:
        warn("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""The bundled server's watchdog process (salesdesk/admin/watchdog.py), started beside
PostgreSQL by `LocalServer.start` and ended by `LocalServer.stop`; its pid is kept in a file
in the server's folder."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

_IS_WINDOWS = platform.system() == "Windows"


def _admin_command() -> list[str]:
    """How to run `salesdesk-admin` from here: this Python, or the packaged executable beside the
    packaged client (one folder holds both)."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).with_name("salesdesk-admin" + (".exe" if _IS_WINDOWS else "")))]
    return [sys.executable, "-m", "salesdesk.admin.cli"]


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel32.CloseHandle(handle)


def _is_watchdog(pid: int) -> bool:
    """Is `pid` a running salesdesk watchdog (not a process that reused its number)?"""
    if _IS_WINDOWS:
        return _windows_process_alive(pid)  # no command line to check: a live pid will do
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True  # no /proc (macOS): trust the pid file
    if not cmdline:  # a zombie (a child not yet reaped): gone
        return False
    return b"watchdog" in cmdline


def running(pid_file: Path) -> int | None:
    """The pid of the running watchdog the file names, if any."""
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_watchdog(pid) else None


def start(root: Path, pid_file: Path) -> None:
    """Start `salesdesk-admin watchdog --data root` in the background, unless one runs."""
    if running(pid_file) is not None:
        return
    kwargs: dict[str, object] = {}
    if _IS_WINDOWS:
        kwargs["creationflags"] = 0x00000200 | 0x08000000  # new process group, no window
    else:
        kwargs["start_new_session"] = True  # not ended by the terminal that started it
    with open(root / "watchdog.log", "a", encoding="utf-8") as out:
        # stdout to a file, never a pipe: a caller reading `server start`'s output would wait
        # for the watchdog to close it.
        try:
            proc = subprocess.Popen(  # noqa: S603 - this Python, a fixed module
                [*_admin_command(), "watchdog", "--data", str(root)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, close_fds=True,
                **kwargs)  # type: ignore[call-overload]
        except OSError as exc:  # the server itself is fine: say so where the watchdog logs
            out.write(f"the watchdog could not be started: {exc}\n")
            return
    pid_file.write_text(str(proc.pid), encoding="utf-8")


def stop(pid_file: Path) -> None:
    """End the watchdog the file names (waiting up to 5 s) and remove the file."""
    pid = running(pid_file)
    pid_file.unlink(missing_ok=True)
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return
    deadline = time.monotonic() + 5
    while _is_watchdog(pid) and time.monotonic() < deadline:
        time.sleep(0.05)

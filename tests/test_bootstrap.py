"""installer/bootstrap.py: waits, saying so, for another package manager holding the dpkg lock; runs
the tests on every core."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_bootstrap() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "installer" / "bootstrap.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bootstrap = load_bootstrap()

HOLD = """
import fcntl, sys, time
with open(sys.argv[1], "w") as f:
    fcntl.lockf(f, fcntl.LOCK_EX)  # as dpkg does
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process (fcntl locks are per process) holding `path` like dpkg holds its lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_waits_with_a_message_until_the_lock_is_released(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / "lock-frontend"
    lock.touch()
    holder = hold_lock(lock, 1.5)
    try:
        started = time.monotonic()
        bootstrap.wait_for_package_manager([tmp_path / "absent", lock], timeout=60, poll=0.1)
        waited = time.monotonic() - started
    finally:
        holder.wait()
    out = capsys.readouterr().out
    assert "waiting for another package manager to finish" in out
    assert "the other package manager has finished" in out
    assert waited > 0.5  # it did wait for the holder (who held it about 1.5 s)


def test_gives_up_clearly_when_the_lock_stays_held(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    lock.touch()
    holder = hold_lock(lock, 30)
    try:
        with pytest.raises(bootstrap.BootstrapError) as refused:
            bootstrap.wait_for_package_manager([lock], timeout=0.3, poll=0.1)
    finally:
        holder.kill()
        holder.wait()
    assert f"another package manager still holds {lock}" in str(refused.value)


def test_apt_install_waits_for_the_lock_before_running_apt_get(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    lock = tmp_path / "lock"
    lock.touch()
    calls: list[tuple[list[str], bool]] = []
    holder = hold_lock(lock, 1.0)

    def fake_run(cmd: list[str], **_kwargs: object) -> subprocess.CompletedProcess[str]:
        calls.append((cmd, bootstrap.lock_holder([lock]) is None))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(bootstrap, "DPKG_LOCKS", [lock])
    monkeypatch.setattr(bootstrap, "run", fake_run)
    monkeypatch.setattr(bootstrap, "_apt_updated", False)
    waiter = threading.Thread(target=holder.wait)
    waiter.start()
    try:
        assert bootstrap.apt_install(["xvfb"])
    finally:
        waiter.join()
    assert [c[0][:2] for c in calls] == [["apt-get", "update"], ["apt-get", "install"]]
    assert all(free for _, free in calls)  # apt-get ran only once the lock was free
    assert "DPkg::Lock::Timeout=300" in calls[1][0]


@pytest.mark.parametrize(("args", "cores", "dsn", "expected"), [
    ([], 2, None, ["-n", "2", "--dist", "loadfile"]),
    (["-q", "tests/test_migrations.py"], 16, None, ["-n", "4", "--dist", "loadfile"]),
    ([], 1, None, []),
    (["-n", "0"], 2, None, []),
    (["-n3"], 2, None, []),
    (["--numprocesses=2"], 8, None, []),
    (["-p", "no:xdist"], 2, None, []),
    ([], 4, "postgresql://a/postgres", []),
    ([], 4, "postgresql://a/postgres postgresql://b/postgres", ["-n", "2", "--dist", "loadfile"]),
])
def test_the_tests_run_on_every_core_unless_told_otherwise(args: list[str], cores: int, dsn: str | None,
                                                         expected: list[str]) -> None:
    env = {"SALESDESK_TEST_DSN": dsn} if dsn else {}
    assert bootstrap.parallel_arguments(args, cores=cores, env=env) == expected


def test_the_parallel_arguments_spread_a_run_a_file_per_worker(tmp_path: Path) -> None:
    """pytest takes the arguments: two files run on two workers, each file whole on one."""
    for name in ("a", "b"):
        (tmp_path / f"test_{name}.py").write_text(
            "import os, time\n"
            "def test_one():\n    time.sleep(0.5)\n"
            f"    open({str(tmp_path / name)!r} + '.1', 'w').write(os.environ['PYTEST_XDIST_WORKER'])\n"
            "def test_two():\n"
            f"    open({str(tmp_path / name)!r} + '.2', 'w').write(os.environ['PYTEST_XDIST_WORKER'])\n",
            encoding="utf-8")
    args = bootstrap.parallel_arguments([], cores=2, env={})
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(tmp_path)]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    workers = {name: {(tmp_path / f"{name}.{n}").read_text() for n in (1, 2)} for name in ("a", "b")}
    assert all(len(seen) == 1 for seen in workers.values()), workers  # a file stays on one worker
    assert workers["a"] != workers["b"], workers  # and the two files ran side by side

"""`salesdesk --probe-heartbeat`: how long the GUI thread stalls while someone signs in and works.

    .venv/bin/salesdesk --probe-heartbeat [--login sales_sh1] [--lang zh_CN] [--server URL]

Starts the real client in fresh processes (offscreen unless there is a display), with a
throwaway config folder, against the demo server (or `--server`; the password comes from
$SALESDESK_PASSWORD, else the demo password):

- cold start: from starting the process to the first paint of the sign-in dialog, in
  `--cold-runs` fresh processes (the median is judged; every run is printed);
- in one more process, a 10 ms heartbeat on the GUI thread while the probe signs in, opens every
  page and a customer, opens Settings for the first time and switches the language both ways
  (see probe_driver.py); each step reports its longest gap between two beats.

Prints one line per step and exits 1 when a step is over its budget (100 ms; cold start 1 s) or
did not finish. A measurement, not a test: the figures depend on the machine and its load, which
the first line states.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MS = 100.0
COLD_BUDGET_MS = 1000.0
CHILD_TIMEOUT_S = 180


def _client_command() -> list[str]:
    if getattr(sys, "frozen", False):  # an installed client is its own interpreter
        return [sys.executable]
    return [sys.executable, "-m", "salesdesk.ui.app"]


def _environment(args: argparse.Namespace, config: Path) -> dict[str, str]:
    from salesdesk.services import profiles
    from salesdesk.ui.screenshot import demo_password

    env = dict(os.environ, SALESDESK_CONFIG_DIR=str(config),
               SALESDESK_PASSWORD=os.environ.get("SALESDESK_PASSWORD") or demo_password())
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.server:
        saved = os.environ.get("SALESDESK_CONFIG_DIR")
        os.environ["SALESDESK_CONFIG_DIR"] = str(config)
        try:
            profile = profiles.profile_from_url(args.server, name="probe")
            profiles.save_profiles(profiles.ProfileStore(profiles=[profile], last_profile="probe"))
        finally:
            if saved is None:
                os.environ.pop("SALESDESK_CONFIG_DIR", None)
            else:
                os.environ["SALESDESK_CONFIG_DIR"] = saved
    return env


def _run_child(mode: str, args: argparse.Namespace, env: dict[str, str], out: Path) -> dict:
    """One fresh client process in probe mode `mode`; its JSON result (or {"error": …})."""
    out.unlink(missing_ok=True)
    command = [*_client_command(), "--probe-run", mode, "--lang", args.lang]
    if args.login:
        command += ["--login", args.login]
    child_env = dict(env, SALESDESK_PROBE_OUT=str(out), SALESDESK_PROBE_T0=repr(time.time()))
    try:
        done = subprocess.run(command, env=child_env, capture_output=True, text=True,
                              timeout=CHILD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"the client did not finish within {CHILD_TIMEOUT_S} s"}
    if not out.exists():
        last = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        return {"error": f"the client exited without a result ({last})"}
    return json.loads(out.read_text(encoding="utf-8"))


def _line(name: str, worst: float | None, budget: float, note: str = "") -> tuple[str, bool]:
    ok = worst is not None and worst <= budget
    figure = "   —" if worst is None else f"{worst:6.0f}"
    verdict = "ok" if ok else "OVER BUDGET" if worst is not None else "FAILED"
    return f"{name:<48} {figure} ms  (budget {budget:.0f} ms)  {verdict}{note}", ok


def run_probe(args: argparse.Namespace) -> int:
    """Run the probe; print one line per step; 0 when every step kept its budget."""
    config = Path(tempfile.mkdtemp(prefix="salesdesk-probe-"))
    try:
        env = _environment(args, config)
        out = config / "result.json"
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
        print(f"heartbeat probe: login {args.login or 'sales_sh1'}, language {args.lang}, "
              f"load average {load} on {os.cpu_count()} CPUs", flush=True)
        all_ok = True
        runs = [_run_child("cold", args, env, out) for _ in range(max(1, args.cold_runs))]
        figures = [r["cold_start_ms"] for r in runs if "cold_start_ms" in r]
        errors = [r["error"] for r in runs if r.get("error")]
        note = f"  runs: {', '.join(f'{f:.0f}' for f in figures)}" if figures else f"  {errors[0]}"
        text, ok = _line("cold start to the sign-in dialog (median)",
                         statistics.median(figures) if figures and not errors else None, COLD_BUDGET_MS, note)
        print(text, flush=True)
        all_ok &= ok
        result = _run_child("steps", args, env, out)
        for step in result.get("steps", []):
            text, ok = _line(step["step"], step["worst_ms"], BUDGET_MS, f"  at +{step['at_s']:.2f} s")
            print(text, flush=True)
            all_ok &= ok
        if result.get("error"):
            print(f"probe stopped: {result['error']}", flush=True)
            all_ok = False
        return 0 if all_ok else 1
    finally:
        shutil.rmtree(config, ignore_errors=True)

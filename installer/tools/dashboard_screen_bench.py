"""Time the dashboard on screen for each level on a kept bench company (issue 14 §7: the page with its
data and charts drawn in ≤ 1 s), through the real client: sign in, open the dashboard, wait until every
section has its data, draw the charts. Wall-clock time, so the machine's load counts: run it idle.

    xvfb-run -a .venv/bin/python installer/tools/dashboard_screen_bench.py --data /tmp/fbench --runs 5

The company is one `salesdesk-admin bench --dashboard --data DIR` left behind; the people are the
ones that bench times (the director, the biggest manager, a median salesperson).
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from salesdesk.admin import bench, bench_dashboard, bench_data  # noqa: E402
from salesdesk.db.local_server import LocalServer  # noqa: E402
from salesdesk.db.urls import with_database  # noqa: E402
from salesdesk.services.auth import sign_in  # noqa: E402
from salesdesk.services.profiles import Profile  # noqa: E402

SCREEN_MS = 1000.0


def time_level(app, session, runs: int) -> list[float]:  # noqa: ANN001
    """Open the dashboard `runs` times (a fresh page each time); ms until loaded and drawn."""
    from salesdesk.ui.main_window import MainWindow

    window = MainWindow(session, live=False)
    window.resize(1280, 800)  # the size the screenshots use: the charts have room to lay out
    window.show()
    times = []
    try:
        for _ in range(runs + 1):  # the first opening warms up (matplotlib's import, fonts)
            old = window.pages.pop("dashboard", None)
            if old is not None:
                old.deleteLater()
            started = time.perf_counter()
            page = window.show_page("dashboard")
            while not window.is_page_loaded("dashboard"):
                app.processEvents()
                time.sleep(0.002)
                if time.perf_counter() - started > 60:
                    raise SystemExit("the dashboard did not load within 60 s")
            for body in page.bodies.values():
                canvas = getattr(getattr(body, "chart", None), "canvas", None)
                if canvas is not None:
                    canvas.draw()
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        window.shutdown()
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="/tmp/fbench", help="the kept bench company's folder")
    parser.add_argument("--database", default="salesdesk_bench")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    server = LocalServer(args.data)
    admin_url = server.start()
    password = secrets.token_urlsafe(18)
    try:
        db = with_database(admin_url, args.database)
        with psycopg.connect(db) as admin:
            people = bench._pick_people(admin)
            for level in bench_dashboard.LEVELS:
                login, _id = people[level]
                bench._may_sign_in(admin, login, bench_data.scram_verifier(password))
        url = make_url(db)
        profile = Profile(name="bench", host=url.host or "127.0.0.1", port=url.port or 5432,
                          database=args.database, sslmode="disable")
        print(f"load before: {os.getloadavg()[0]:.2f}")
        ok = True
        for level in bench_dashboard.LEVELS:
            login, _id = people[level]
            session = sign_in(profile, login, password)
            times = sorted(time_level(app, session, args.runs))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            passed = p95 <= SCREEN_MS
            ok &= passed
            verdict = f"{'PASS' if passed else 'FAIL'} <= {SCREEN_MS:.0f} ms"
            print(f"dashboard screen {level} ({login}): p50 {statistics.median(times):.0f} ms, "
                  f"p95 {p95:.0f} ms, {len(times)} runs  {verdict}")
        print(f"load after: {os.getloadavg()[0]:.2f}")
        return 0 if ok else 3
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate docs/screenshots/: every page, in zh_CN and en, as a salesperson and a manager.

    .venv/bin/python installer/tools/screenshots.py [--out docs/screenshots] [--size 1280x800]
    .venv/bin/python installer/tools/screenshots.py --scale 1.5 --size 1366x768 --out /tmp/shots

--scale runs the client at that display scaling (QT_SCALE_FACTOR); --size is then the screen's
size in physical pixels, and the file names end in @125, @150…

Starts a throwaway bundled PostgreSQL, creates the schema and the demo company, then runs the
client's own screenshot mode (`salesdesk --screenshot …`) once per page, language and login,
offscreen (or on $DISPLAY when there is one, e.g. under `xvfb-run -a`). Look at every PNG before
publishing it. Exit code: the number of screenshots that failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

from salesdesk.admin.demo_data import PASSWORD
from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import libpq_url, with_database, with_login

REPO = Path(__file__).resolve().parents[2]
LOGINS = ("sales_sh1", "mgr_east")
LANGUAGES = ("zh_CN", "en")
PAGES = ("customers", "customer", "pool", "products", "org", "archived", "settings", "about",
         "change_password",
         "followups", "customer360")  # issue 12: follow-ups (helper followui)
ADMIN_PAGES = ("settings", "picklists")  # what only the admin position sees


def _first_own_customer(url: str, login: str) -> int:
    with psycopg.connect(with_login(url, login, PASSWORD)) as conn:
        row = conn.execute("select id from api.customer_list('{\"scope\": \"mine\"}', 'name', false, "
                           "null, 1)").fetchone()
    return int(row[0]) if row else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800", help="window size in physical pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.25 or 1.5")
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="salesdesk-shots-"))
    server = LocalServer(root)
    failed = 0
    try:
        url = with_database(server.start(), "salesdesk")
        migrate.init(url)
        subprocess.run([sys.executable, "-m", "salesdesk.admin.cli", "demo", "--dsn", url], check=True,
                       stdout=subprocess.DEVNULL)
        env = dict(os.environ, SALESDESK_PASSWORD=PASSWORD,
                   SALESDESK_CONFIG_DIR=str(root / "config"))
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        suffix, size = "", args.size
        if args.scale != 1.0:
            env["QT_SCALE_FACTOR"] = f"{args.scale:g}"
            width, _, height = args.size.partition("x")
            size = f"{round(int(width) / args.scale)}x{round(int(height) / args.scale)}"  # logical pixels
            suffix = f"@{round(args.scale * 100)}"
        wanted = args.pages.split(",")
        plan = [(login, wanted) for login in LOGINS]
        admin_pages = [p for p in ADMIN_PAGES if p in wanted or args.pages == ",".join(PAGES)]
        if admin_pages:
            plan.append(("admin", admin_pages))
        for login, pages in plan:
            customer = _first_own_customer(url, login)
            for lang in LANGUAGES:
                for page in pages:
                    spec = f"{page}:{customer}" if page in ("customer", "customer360") else page
                    target = args.out / f"{page}_{login}_{lang}{suffix}.png"
                    result = subprocess.run(
                        [sys.executable, "-m", "salesdesk.ui.app", "--screenshot", str(target),
                         "--page", spec, "--login", login, "--lang", lang, "--server", libpq_url(url),
                         "--size", size], env=env, capture_output=True, text=True, timeout=180)
                    status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode})"
                    shown = target.relative_to(REPO) if target.is_relative_to(REPO) else target
                    print(f"{status:12} {shown}")
                    if result.returncode:
                        failed += 1
                        print(result.stderr.strip()[-2000:], file=sys.stderr)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return failed


if __name__ == "__main__":
    sys.exit(main())

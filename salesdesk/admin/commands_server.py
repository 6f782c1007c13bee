"""`salesdesk-admin server start|stop|status --data DIR`: the bundled local PostgreSQL, and
`salesdesk-admin watchdog`: the limits employees cannot lift, beside any salesdesk server."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from salesdesk.admin import watchdog
from salesdesk.admin.errors import AdminError
from salesdesk.db.local_server import LocalServer, ServerError
from salesdesk.db.urls import libpq_url


def register(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser("server", help="run the bundled local PostgreSQL (demo, tests, benchmarks)",
                            description="Run a local PostgreSQL 18 from the bundled wheel, with "
                                        "scram-sha-256 password authentication on 127.0.0.1.")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in (("start", "start it (creating it on first use); prints DSN=<admin URL>"),
                            ("stop", "stop it"),
                            ("status", "say whether it runs, and its DSN")):
        p = actions.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--data", required=True, type=Path, help="folder holding the server's files")
        p.set_defaults(func=_run)
    watch = sub.add_parser(
        "watchdog", help="end employee sessions past their limits (runs until stopped)",
        description="Every few seconds: end employee sessions idle in a transaction or running a "
                    "statement longer than their login's limits (whatever the session or role "
                    "says), end idle listeners holding a filling NOTIFY queue, and put back login "
                    "settings an employee removed. Needs a superuser; covers every salesdesk "
                    "database of the cluster. The bundled server runs one by itself.")
    where = watch.add_mutually_exclusive_group(required=True)
    where.add_argument("--dsn", help="superuser URL of any database of the cluster")
    where.add_argument("--data", type=Path, help="the bundled server's folder (what `server start` runs)")
    watch.add_argument("--interval", type=float, default=watchdog.DEFAULT_INTERVAL, metavar="S",
                       help=f"seconds between rounds (default {watchdog.DEFAULT_INTERVAL:g})")
    watch.set_defaults(func=_watchdog)


def _watchdog(args: argparse.Namespace) -> int:
    if args.interval <= 0:
        raise AdminError("--interval must be more than 0 seconds")
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s", force=True)
    try:
        if args.data:
            watchdog.run_for_local_server(args.data, args.interval)
        else:
            watchdog.run(libpq_url(args.dsn), args.interval)
    except KeyboardInterrupt:
        pass
    except ServerError as exc:
        raise AdminError(str(exc)) from exc
    return 0


def _run(args: argparse.Namespace) -> int:
    server = LocalServer(args.data)
    try:
        if args.action == "start":
            print(f"DSN={server.start()}", flush=True)
        elif args.action == "stop":
            print("stopped" if server.stop() else "not running")
        else:
            status = server.status()
            if not status.running:
                print("not running")
                return 3
            print(f"running on 127.0.0.1:{status.port}")
            print(f"DSN={server.url()}")
    except ServerError as exc:
        raise AdminError(str(exc)) from exc
    return 0

"""`salesdesk-admin server start|stop|status --data DIR`: the bundled local PostgreSQL."""

from __future__ import annotations

import argparse
from pathlib import Path

from salesdesk.admin.errors import AdminError
from salesdesk.db.local_server import LocalServer, ServerError


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

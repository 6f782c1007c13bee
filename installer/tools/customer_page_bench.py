"""Time the receivables by customer (api.receivables_by_customer) per person on a kept bench company,
the page function of sql/0053 and of sql/0057 applied in turn:

    .venv/bin/python installer/tools/customer_page_bench.py --data /tmp/mbench05 \\
        --logins bench_73,bench_21,bench_3,bench_1 --rounds 5

--data is a folder `salesdesk-admin bench --money --keep` left (its server is started and
stopped here). Per person the first page (200 and the totals) and the page after it, ten calls a
round after a warm-up, both functions in every round; it prints the medians and whether the two
functions returned the same rows, and leaves the newest function in place.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import time
from pathlib import Path

import psycopg

from salesdesk.admin import bench_data
from salesdesk.admin.bench import _may_sign_in, with_login
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import with_database

SQL = Path(__file__).resolve().parents[2] / "sql"
QUERY = "select * from api.receivables_by_customer(current_date, %s, 200)"


def page_function(migration: str, marker: str) -> str:
    text = (SQL / migration).read_text(encoding="utf-8")
    text = text[text.index(marker):]
    return text[:text.index("\n$$;") + 4].replace("create function", "create or replace function", 1)


VERSIONS = {
    "0053": page_function("0053_inbox_and_customer_receivables.sql",
                          "create function private.receivables_customer_page"),
    "0057": page_function("0057_receivables_by_customer_kept.sql",
                          "create or replace function private.receivables_customer_page"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--logins", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--database", default="salesdesk_bench")
    args = parser.parse_args()
    logins = args.logins.split(",")
    server = LocalServer(args.data)
    db = with_database(server.start(), args.database)
    password = secrets.token_urlsafe(18)
    verifier = bench_data.scram_verifier(password)
    times: dict[tuple[str, str, str], list[float]] = {}
    rows: dict[tuple[str, str, str], list[tuple]] = {}
    cursors: dict[str, str | None] = {}
    try:
        with psycopg.connect(db, autocommit=True) as admin:
            for login in logins:
                _may_sign_in(admin, login, verifier)
            for _ in range(args.rounds):
                for version, text in VERSIONS.items():
                    with admin.transaction():
                        admin.execute("set local role salesdesk_owner")
                        admin.execute(text)
                    admin.execute("select private.harden_api()")
                    for login in logins:
                        with psycopg.connect(with_login(db, login, password), autocommit=True) as conn:
                            if login not in cursors:
                                first = [r for r in conn.execute(QUERY, (None,)).fetchall()
                                         if r[0] is not None]
                                cursors[login] = first[-1][11] if len(first) == 200 else None
                            for depth, cursor in (("first", None), ("second", cursors[login])):
                                rows[login, depth, version] = conn.execute(QUERY, (cursor,)).fetchall()
                                for _ in range(10):
                                    started = time.perf_counter()
                                    conn.execute(QUERY, (cursor,)).fetchall()
                                    times.setdefault((login, depth, version), []).append(
                                        (time.perf_counter() - started) * 1000)
        for login in logins:
            for depth in ("first", "second"):
                medians = " → ".join(f"{statistics.median(times[login, depth, v]):.2f}" for v in VERSIONS)
                same = rows[login, depth, "0053"] == rows[login, depth, "0057"]
                print(f"{login:10s} {depth:6s} page: 0053 → 0057 medians {medians} ms "
                      f"({'same rows' if same else 'ROWS DIFFER'})")
    finally:
        server.stop()


if __name__ == "__main__":
    main()

"""The API's overhead over its bypass statement for a few kinds' first pages, timed in turns.

`salesdesk-admin bench` times each call 20-50 times and compares p95s, which single spikes decide
on a busy machine. This times one person's first page of each named kind through the API and the
same page run by the BYPASSRLS role (the statement the API printed, with its display columns, as
the bench builds it), alternating call by call, and prints medians and their ratio, which a loaded
machine moves far less. With --followup-save it also times the person logging a follow-up on one of
their deals with a team (rolled back each time), the write that keeps the routes (sql/0051).

    .venv/bin/python installer/tools/api_overhead_bench.py --data /tmp/pbench --login bench_193 \
        --kinds followup,customer --runs 200 --followup-save

--data is a company kept by `salesdesk-admin bench --data DIR --keep` (its server is started and
stopped here); --login one of its salespeople (the bench names the one it measured).
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import time
from collections.abc import Callable

import psycopg

from salesdesk.admin import bench_data, bench_kinds
from salesdesk.admin.bench import _may_sign_in, _statement, with_login
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import with_database


def pages(admin: psycopg.Connection, conn: psycopg.Connection, bypass: psycopg.Connection,
          kinds: list[str]) -> dict[str, Callable[[], object]]:
    calls: dict[str, Callable[[], object]] = {}
    for name in kinds:
        sorts = admin.execute("select sorts from private.record_kinds where kind = %s", (name,)).fetchone()[0]
        admin.commit()
        query = bench_kinds.LIST.format(name)
        # the name sort first, as the bench compares it (a kind without one: its first declared)
        params = {"q": "{}", "sort": "name" if "name" in sorts else min(sorts), "after": None}
        stmt = bench_kinds.decorated(admin, name, _statement(
            admin, conn, query, params, f"api.{name}_list(jsonb,text,boolean,text,integer)"))
        calls[f"api {name}"] = lambda q=query, p=params: conn.execute(q, p).fetchall()
        calls[f"bypass {name}"] = lambda s=stmt: bench_kinds.run_as_planned(bypass, s)
    return calls


def in_turns(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {n: [] for n in calls}
    for call in calls.values():
        call()
    for _ in range(runs):
        for name, call in calls.items():
            t = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - t) * 1000)
    return times


def followup_save(admin: psycopg.Connection, conn: psycopg.Connection, emp_id: int, runs: int) -> list[float]:
    row = admin.execute(
        "select o.id, o.customer_id from sales.opportunities o where o.owner_id = %s and exists "
        "(select 1 from sales.opportunity_members m "
        "where m.opportunity_id = o.id and m.employee_id <> o.owner_id) "
        "order by o.id limit 1", (emp_id,)).fetchone()
    admin.commit()
    if row is None:
        return []
    payload = json.dumps({"customer_id": row[1], "opportunity_id": row[0], "kind": "call",
                          "happened_at": "2026-11-03T09:00:00+08:00", "summary": "bench"})
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        with conn.transaction(force_rollback=True):
            conn.execute("select api.record_create('followup', %s)", (payload,))
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--login", required=True)
    parser.add_argument("--kinds", default="followup,customer")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--database", default="salesdesk_bench")
    parser.add_argument("--followup-save", action="store_true")
    args = parser.parse_args()
    server = LocalServer(args.data)
    db = with_database(server.start(), args.database)
    password = secrets.token_urlsafe(18)
    verifier = bench_data.scram_verifier(password)
    try:
        with psycopg.connect(db) as admin:
            for login in (args.login, "bench_bypass"):
                _may_sign_in(admin, login, verifier)
            emp_id = admin.execute("select id from sales.employees where login = %s",
                                   (args.login,)).fetchone()[0]
            admin.commit()
            with psycopg.connect(with_login(db, args.login, password), autocommit=True,
                                 prepare_threshold=None) as conn, \
                 psycopg.connect(with_login(db, "bench_bypass", password), autocommit=True,
                                 prepare_threshold=None) as bypass:
                kinds = args.kinds.split(",")
                times = in_turns(pages(admin, conn, bypass, kinds), args.runs)
                for name, ts in times.items():
                    ts.sort()
                    p95 = ts[int(len(ts) * 0.95)]
                    print(f"{name:20s} p50 {statistics.median(ts):6.2f} ms  p95 {p95:6.2f} ms")
                for name in kinds:
                    api = statistics.median(times[f"api {name}"])
                    by = statistics.median(times[f"bypass {name}"])
                    print(f"{name}: API {api / by:.2f}x its bypass, +{api - by:.2f} ms "
                          f"(medians of {args.runs})")
            if args.followup_save:
                with psycopg.connect(with_login(db, args.login, password), prepare_threshold=None) as conn:
                    conn.autocommit = True
                    saves = followup_save(admin, conn, emp_id, args.runs)
                if saves:
                    print(f"follow-up saved on a deal with a team: median {statistics.median(saves):.2f} ms")
    finally:
        server.stop()


if __name__ == "__main__":
    main()

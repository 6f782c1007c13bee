"""`salesdesk-admin bench`: generate a large company and measure the scope machinery.

Measures, for a salesperson, a supervisor, a manager and the director signed in
with their own password: the first page and a deep keyset page of the customer
list under row-level security, the same queries as a BYPASSRLS role with the
scope written by hand, and the cost of moving a big manager in the org chart.
"""

from __future__ import annotations

import math
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from salesdesk.admin import bench_data
from salesdesk.admin.bench_data import OrgShape, progress
from salesdesk.admin.errors import AdminError
from salesdesk.db import migrate
from salesdesk.db.urls import sqlalchemy_url, with_database, with_login
from salesdesk.services.scope import NARROW_SCOPE_OWNERS

COLUMNS = "id, name, short_name, industry, level, region, phone, owner_id, pool_id, last_contact_at, version"
FIRST_PAGE = f"select {COLUMNS} from sales.customers {{where}} order by name, id limit 50"
DEEP_PAGE = (f"select {COLUMNS} from sales.customers where (name, id) > (%(n)s, %(id)s) {{and_}}"
             "order by name, id limit 50")
LEVELS = ("salesperson", "supervisor", "manager", "director")
TARGETS = {"salesperson": 20.0, "director": 50.0}
MAX_RATIO = 1.5
MOVE_SECONDS = 1.0
BIG_SUBTREE = 100_000


@dataclass(frozen=True)
class Options:
    employees: int
    customers: int
    runs: int = 50
    dsn: str | None = None
    data: Path | None = None
    keep: bool = False
    verbose: bool = False
    database: str = "salesdesk_bench"
    prefix: str = "bench_"


@dataclass
class LevelResult:
    level: str
    login: str
    visible: int
    first: tuple[float, float]  # the page as the client gets it: scope read + query, under RLS
    deep: tuple[float, float]
    query_first: tuple[float, float]  # the page query alone, under RLS
    query_deep: tuple[float, float]
    bypass_first: tuple[float, float]  # the same query as a BYPASSRLS role
    bypass_deep: tuple[float, float]
    plans: dict[str, str] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        """Worst of RLS p95 / bypass p95 over the two page queries (the same statement)."""
        return max(self.query_first[1] / max(self.bypass_first[1], 1e-6),
                   self.query_deep[1] / max(self.bypass_deep[1], 1e-6))


@dataclass
class MoveResult:
    manager_login: str
    subtree_customers: int
    seconds: float
    business_rows: int
    visibility_added: int
    visibility_removed: int
    pool_visibility_changed: int


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) in ms, nearest-rank."""
    s = sorted(samples)
    rank = lambda q: s[max(0, math.ceil(q * len(s)) - 1)]  # noqa: E731
    return rank(0.50), rank(0.95)


def plan_shape(conn: psycopg.Connection, query: str, params: dict | None) -> str:
    rows = conn.execute("explain (analyze, costs off, timing off, summary off) " + query, params).fetchall()
    # long array literals (the hand-written scope) would drown the plan
    return "\n".join(re.sub(r"'\{([^}]{60})[^}]*\}'", r"'{\1...}'", r[0]) for r in rows)


# -- the server and the database ---------------------------------------------


@contextmanager
def _server(opts: Options) -> Iterator[str]:
    """A superuser URL (any database) for the run; the bundled server when no --dsn."""
    if opts.dsn:
        yield opts.dsn
        return
    from salesdesk.db.local_server import LocalServer

    root = opts.data or Path(tempfile.mkdtemp(prefix="salesdesk-bench-"))
    server = LocalServer(root)
    progress(f"starting the bundled server in {root}")
    try:
        yield server.start()
    finally:
        server.stop()
        if opts.data is None and not opts.keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            progress(f"server data kept in {root}")


def _check_free(admin: str, opts: Options) -> None:
    with psycopg.connect(with_database(admin, _maintenance_db(admin)), autocommit=True) as conn:
        if conn.execute("select 1 from pg_database where datname = %s", (opts.database,)).fetchone():
            raise AdminError(f"database {opts.database} already exists (left by an earlier run?); "
                             "drop it or pass --database")
        like = opts.prefix.replace("_", r"\_") + "%"
        if conn.execute("select 1 from pg_roles where rolname like %s", (like,)).fetchone():
            raise AdminError(f"roles named {opts.prefix}* already exist; drop them or pass --prefix")


def _maintenance_db(admin: str) -> str:
    return sqlalchemy_url(admin).database or "postgres"


def _cleanup(admin: str, opts: Options) -> None:
    """Drop the bench database, then the roles (their grants lived in that database)."""
    with psycopg.connect(with_database(admin, _maintenance_db(admin)), autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(opts.database)))
        like = opts.prefix.replace("_", r"\_") + "%"
        for (name,) in conn.execute("select rolname from pg_roles where rolname like %s order by 1",
                                    (like,)).fetchall():
            conn.execute(sql.SQL("drop role {}").format(sql.Identifier(name)))


# -- the steps ----------------------------------------------------------------


def _generate(db: str, opts: Options, verifier: str) -> OrgShape:
    shape = OrgShape.for_size(opts.employees)
    t0 = time.perf_counter()
    migrate.init(db)
    progress("schema ready", t0)
    with psycopg.connect(db) as conn:
        t = time.perf_counter()
        bench_data.create_roles(conn, opts.prefix, opts.employees)
        conn.execute(sql.SQL("create role {} login bypassrls password {}").format(
            sql.Identifier(opts.prefix + "bypass"), sql.Literal(verifier)))
        conn.execute(sql.SQL("grant connect on database {} to {}").format(
            sql.Identifier(opts.database), sql.Identifier(opts.prefix + "bypass")))
        conn.execute(sql.SQL("grant usage on schema sales to {0}; grant select on sales.customers to {0}")
                     .format(sql.Identifier(opts.prefix + "bypass")))
        conn.commit()
        progress(f"{opts.employees:,} login roles", t)
        t = time.perf_counter()
        bench_data.generate_org(conn, opts.prefix, shape)
        conn.commit()
        progress(f"org: {shape.regions} regions, {shape.branches} branches, {shape.teams} teams, "
                 f"{shape.salespeople:,} salespeople", t)
        bench_data.generate_customers(conn, opts.customers)
    t = time.perf_counter()
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("vacuum (analyze)")
    progress("vacuum analyze", t)
    progress("data generated", t0)
    return shape


def _pick_people(admin: psycopg.Connection) -> dict[str, tuple[str, int]]:
    """level -> (login, id): a typical salesperson and supervisor, the biggest manager, the director."""
    rows = admin.execute("""
        with owned as (select owner_id, count(*) n from sales.customers where owner_id is not null
                       group by owner_id),
        scope as (select v.viewer_id, sum(o.n) n from private.visibility v
                  join owned o on o.owner_id = v.owner_id group by v.viewer_id)
        select p.code, e.login, e.id, coalesce(s.n, 0)
        from sales.employees e join sales.positions p on p.id = e.position_id
        left join scope s on s.viewer_id = e.id
        order by p.code, coalesce(s.n, 0) desc, e.id""").fetchall()
    by_level: dict[str, list[tuple[str, int, int]]] = {}
    for code, login, emp_id, n in rows:
        by_level.setdefault(code, []).append((login, emp_id, int(n)))
    chosen = {}
    for level in LEVELS:
        people = by_level[level]
        # managers: the biggest subtree (the one the move uses); others: the median one
        login, emp_id, _ = people[0] if level in ("manager", "director") else people[len(people) // 2]
        chosen[level] = (login, emp_id)
    return chosen


# The list service's shape (salesdesk/services/scope.py): read the user's scope
# from the database's own helpers, then repeat it as bound arrays so the planner
# sees how narrow it is. RLS still filters every row.
SCOPE_SQL = ("select a, case when not a then private.visible_owner_ids() end, "
             "case when not a then private.visible_pool_ids() end, "
             "case when not a then private.shared_record_ids('customer') end from private.sees_all() a")
HINT = "(owner_id = any(%(o)s::bigint[]) or pool_id = any(%(p)s::bigint[]) or id = any(%(s)s::bigint[]))"


def _queries(scope: tuple) -> tuple[str, str, dict]:
    sees_all, owners, pools, shared = scope
    if sees_all:
        return FIRST_PAGE.format(where=""), DEEP_PAGE.format(and_=""), {}
    first, deep = FIRST_PAGE.format(where="where " + HINT), DEEP_PAGE.format(and_="and " + HINT + " ")
    if len(owners) <= NARROW_SCOPE_OWNERS:  # as the service does: fetch the few rows, then sort
        first, deep = (re.sub(r"^(select .*?) (order by name, id limit 50)$",
                              r"select * from (\1 offset 0) visible \2", q) for q in (first, deep))
    return first, deep, {"o": owners, "p": pools, "s": shared}


def time_interleaved(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """(p50, p95) ms per call, sampled in turns (a, b, c, a, b, c, ...).

    Taking the samples of every variant in the same stretch of time keeps drift on
    a shared machine (other processes, autovacuum, caches) from landing on one side
    of a comparison.
    """
    for call in calls.values():
        call()  # warm-up: caches, not measured
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            t0 = time.perf_counter()
            call()
            samples[name].append((time.perf_counter() - t0) * 1000)
    return {name: percentiles(values) for name, values in samples.items()}


def _measure(db: str, admin: psycopg.Connection, level: str, login: str, emp_id: int,
             opts: Options, password: str, verifier: str) -> LevelResult:
    plans: dict[str, str] = {}
    admin.execute(sql.SQL("alter role {} password {}").format(sql.Identifier(login), sql.Literal(verifier)))
    admin.commit()
    # prepare_threshold=None, as in the client: every query is planned with its values
    with psycopg.connect(with_login(db, login, password), autocommit=True, prepare_threshold=None) as conn:
        visible = conn.execute("select count(*) from sales.customers").fetchone()[0]
        cursor = conn.execute("select name, id from sales.customers order by name, id offset %s limit 1",
                              (int(visible * 0.8),)).fetchone()
        cur = {"n": cursor[0], "id": cursor[1]} if cursor else {"n": "", "id": 0}
        scope = conn.execute(SCOPE_SQL).fetchone()

        def page(deep: bool) -> Callable[[], object]:
            def run() -> object:
                first_q, deep_q, params = _queries(conn.execute(SCOPE_SQL).fetchone())
                query, args = (deep_q, {**params, **cur}) if deep else (first_q, params)
                return conn.execute(query, args).fetchall()
            return run

        first_q, deep_q, params = _queries(scope)
        with psycopg.connect(with_login(db, opts.prefix + "bypass", password), autocommit=True,
                             prepare_threshold=None) as bypass:
            t = time_interleaved({
                "page first": page(False),
                "page deep": page(True),
                # the query alone, for the ratio: the same statement the bypass role runs
                "query first": lambda: conn.execute(first_q, params).fetchall(),
                "bypass first": lambda: bypass.execute(first_q, params).fetchall(),
                "query deep": lambda: conn.execute(deep_q, {**params, **cur}).fetchall(),
                "bypass deep": lambda: bypass.execute(deep_q, {**params, **cur}).fetchall(),
            }, opts.runs)
            if opts.verbose:
                plans["rls first"] = plan_shape(conn, first_q, params)
                plans["rls deep"] = plan_shape(conn, deep_q, {**params, **cur})
                plans["bypass first"] = plan_shape(bypass, first_q, params)
                plans["bypass deep"] = plan_shape(bypass, deep_q, {**params, **cur})
    first, deep, query_first, query_deep = t["page first"], t["page deep"], t["query first"], t["query deep"]
    b_first, b_deep = t["bypass first"], t["bypass deep"]
    return LevelResult(level, login, visible, first, deep, query_first, query_deep, b_first, b_deep, plans)


def _move(admin: psycopg.Connection, manager_id: int, login: str) -> MoveResult | None:
    """Move the manager (with their whole reporting line) under another region's manager."""
    subtree = admin.execute("""
        select count(*) from sales.customers c join private.visibility v on v.owner_id = c.owner_id
        where v.viewer_id = %s""", (manager_id,)).fetchone()[0]
    target = admin.execute("""
        select e.id, e.unit_id from sales.employees e join sales.positions p on p.id = e.position_id
        join sales.employees me on me.id = %s
        where p.code = 'manager' and e.id <> me.id and e.manager_id = me.manager_id
        order by e.id limit 1""", (manager_id,)).fetchone()
    if target is None:
        return None
    vis_before = admin.execute("select count(*) from private.visibility").fetchone()[0]
    pool_before = admin.execute("select count(*) from private.pool_visibility").fetchone()[0]
    admin.commit()
    t0 = time.perf_counter()
    xid = admin.execute("select pg_current_xact_id()::text::bigint % 4294967296").fetchone()[0]
    admin.execute("update sales.employees set manager_id = %s, unit_id = %s where id = %s",
                  (target[0], target[1], manager_id))
    admin.commit()
    seconds = time.perf_counter() - t0
    business = admin.execute("select count(*) from sales.customers where xmin::text::bigint = %s",
                             (xid,)).fetchone()[0]
    added = admin.execute("select count(*) from private.visibility where xmin::text::bigint = %s",
                          (xid,)).fetchone()[0]
    vis_after = admin.execute("select count(*) from private.visibility").fetchone()[0]
    pool_new = admin.execute("select count(*) from private.pool_visibility where xmin::text::bigint = %s",
                             (xid,)).fetchone()[0]
    pool_after = admin.execute("select count(*) from private.pool_visibility").fetchone()[0]
    admin.commit()
    return MoveResult(login, subtree, seconds, business, added, vis_before + added - vis_after,
                      pool_new + (pool_before + pool_new - pool_after))


def _refresh_time(admin: psycopg.Connection) -> float:
    t0 = time.perf_counter()
    admin.execute("select private.refresh_visibility()")
    admin.commit()
    return time.perf_counter() - t0


# -- the report ---------------------------------------------------------------


def report(results: list[LevelResult], move: MoveResult | None, refresh_s: float,
           out: Callable[[str], None] = print) -> bool:
    """Print the table, the move line and the targets; True when every target passes."""
    head = ("role", "rows visible", "first page p50/p95 ms", "deep page p50/p95 ms",
            "query p95 RLS first/deep", "bypass p95 first/deep", "ratio")
    rows = [(f"{r.level} ({r.login})", f"{r.visible:,}", f"{r.first[0]:.2f} / {r.first[1]:.2f}",
             f"{r.deep[0]:.2f} / {r.deep[1]:.2f}", f"{r.query_first[1]:.2f} / {r.query_deep[1]:.2f}",
             f"{r.bypass_first[1]:.2f} / {r.bypass_deep[1]:.2f}", f"{r.ratio:.2f}x") for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    fmt = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))  # noqa: E731
    out(fmt(head))
    out("-+-".join("-" * w for w in widths))
    for row in rows:
        out(fmt(row))
    out("(page = the client's scope read + the page query under RLS; ratio = the page query under RLS "
        "vs the same query as a BYPASSRLS role)")
    out("")
    if move is None:
        out("move: no manager with a peer to move under; skipped")
    else:
        big = "" if move.subtree_customers >= BIG_SUBTREE else \
            f" (below {BIG_SUBTREE:,} at this scale)"
        out(f"move: manager {move.manager_login} (subtree owns {move.subtree_customers:,} customers{big}) "
            f"moved in {move.seconds * 1000:.0f} ms; {move.business_rows} business rows rewritten; "
            f"visibility rows +{move.visibility_added:,} / -{move.visibility_removed:,}; "
            f"pool visibility rows changed {move.pool_visibility_changed:,}")
    out(f"full refresh_visibility(): {refresh_s * 1000:.0f} ms")
    out("")
    checks: list[tuple[str, bool]] = []
    by = {r.level: r for r in results}
    for level, limit in TARGETS.items():
        worst = max(by[level].first[1], by[level].deep[1])
        checks.append((f"{level} p95 <= {limit:.0f} ms (worst {worst:.2f} ms)", worst <= limit))
    for r in results:
        checks.append((f"{r.level} RLS <= {MAX_RATIO}x bypass ({r.ratio:.2f}x)", r.ratio <= MAX_RATIO))
    if move is not None:
        checks.append((f"move < {MOVE_SECONDS:.0f} s with 0 business rows rewritten "
                       f"({move.seconds * 1000:.0f} ms, {move.business_rows} rows)",
                       move.seconds < MOVE_SECONDS and move.business_rows == 0))
    for text, ok in checks:
        out(f"{'PASS' if ok else 'FAIL'}  {text}")
    return all(ok for _, ok in checks)


def run(opts: Options, out: Callable[[str], None] = print) -> bool:
    """The whole benchmark; True when every target passes."""
    started = time.perf_counter()
    password = secrets.token_urlsafe(18)
    verifier = bench_data.scram_verifier(password)
    with _server(opts) as admin_url:
        _check_free(admin_url, opts)
        db = with_database(admin_url, opts.database)
        try:
            _generate(db, opts, verifier)
            with psycopg.connect(db) as admin:
                people = _pick_people(admin)
                admin.commit()
                results = []
                for level in LEVELS:
                    login, emp_id = people[level]
                    t = time.perf_counter()
                    results.append(_measure(db, admin, level, login, emp_id, opts, password, verifier))
                    progress(f"measured the {level}", t)
                refresh_s = _refresh_time(admin)
                move = _move(admin, people["manager"][1], people["manager"][0])
            if opts.verbose:
                for r in results:
                    for name, plan in r.plans.items():
                        out(f"-- plan: {r.level}, {name}\n{plan}\n")
            ok = report(results, move, refresh_s, out)
            out(f"\nbench took {time.perf_counter() - started:.0f} s "
                f"({opts.employees:,} employees, {opts.customers:,} customers, {opts.runs} runs)")
            return ok
        finally:
            if not opts.keep:
                _cleanup(admin_url, opts)
            else:
                progress(f"kept database {opts.database} and roles {opts.prefix}*")

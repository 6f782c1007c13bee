"""The bench's per-kind part: every kind's list by every declared sort, a search, the count, the
manager's kanban totals and a customer's 360° page, per level, through the API; and each kind's
first page against the same page run by the BYPASSRLS role: the list statement the API printed,
decorated with the display columns as api.<kind>_list decorates it (see `decorated`).

The kinds and their sorts are read from private.record_kinds (a kind with an api.<kind>_list), so
a kind declared later is measured without a change here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

PAGE_MS = 10.0
PAGE_360_MS = 50.0
MAX_RATIO = 1.5
MAX_OVERHEAD_MS = 1.0
LIST = "select * from api.{}_list(%(q)s, %(sort)s, false, %(after)s, 51)"
COUNT = "select * from api.record_count(%(kind)s, '{}', 10000)"
BOARD = "select * from api.opportunity_board('{}')"


# A narrow scope's merge is planned without bitmap and sequential scans (private.list_page); the
# statement it prints says so, and whoever runs it again does likewise.
PLANNED_AS_MERGE = "/* planned with enable_bitmapscan and enable_seqscan off */"


def as_planned(conn: psycopg.Connection, stmt: str) -> None:
    """Within the current transaction, the planner settings the list ran `stmt` with."""
    if PLANNED_AS_MERGE in stmt:
        conn.execute("set local enable_bitmapscan = off")
        conn.execute("set local enable_seqscan = off")


def run_as_planned(conn: psycopg.Connection, stmt: str) -> list:
    """Run a printed list statement (on an autocommit connection) as the list ran it."""
    if PLANNED_AS_MERGE not in stmt:
        return conn.execute(stmt).fetchall()
    with conn.transaction():
        as_planned(conn, stmt)
        return conn.execute(stmt).fetchall()


def run_all_as_planned(conn: psycopg.Connection, stmts: list[str]) -> list:
    """Run a page's printed statements in order, each as the list ran it; the last one's rows."""
    rows: list = []
    for stmt in stmts:
        rows = run_as_planned(conn, stmt)
    return rows


def decorate_last(stmts: list[str], decorate: Callable[[str], str]) -> list[str]:
    """A page's statements with its last one (the page's rows when a read was taken again, sql/0073)
    returning what the API returns."""
    return [*stmts[:-1], decorate(stmts[-1])]


@dataclass(frozen=True)
class Kind:
    kind: str
    table: str
    sorts: dict[str, str]  # sort key -> column
    search: bool
    archivable: bool = True


@dataclass
class KindsResult:
    level: str
    login: str
    kinds: list[Kind]
    visible: dict[str, int]  # kind -> rows counted (up to 10,000)
    times: dict[str, tuple[float, float]] = field(default_factory=dict)  # (p50, p95) ms

    def p95(self, name: str) -> float:
        return self.times[name][1]

    def pages(self, kind: Kind) -> list[str]:
        return [f"{kind.kind} {s}{deep}" for s in kind.sorts for deep in ("", " deep")]

    def ratio(self, kind: Kind) -> tuple[float, float]:
        api, bypass = self.p95(f"{kind.kind} {next(iter(kind.sorts))}"), self.p95(f"bypass {kind.kind}")
        return api / max(bypass, 1e-6), api - bypass


def listed_kinds(admin: psycopg.Connection) -> list[Kind]:
    rows = admin.execute(
        "select kind, table_name::text, sorts, search, archivable from private.record_kinds "
        "where parent_kind is null and kind <> 'customer' "  # the customers have the table above
        "and to_regprocedure(format('api.%s_list(jsonb,text,boolean,text,integer)', kind)) is not null "
        "order by kind").fetchall()
    admin.commit()
    # the name sort first: it is the default page, and the one compared with the bypass
    return [Kind(k, t, dict(sorted(s.items(), key=lambda kv: (kv[0] != "name", kv[0]))), search, archivable)
            for k, t, s, search, archivable in rows]


def _deep_cursor(admin: psycopg.Connection, kind: Kind, sort: str, column: str) -> str | None:
    """The cursor of the row 80 % into the whole table in that sort (empty values last)."""
    row = admin.execute(sql.SQL(
        "select jsonb_build_array(%(sort)s::text, false, {c}, id, ({c} is null)::int)::text from {t} "
        "where {live} order by ({c} is null), {c}, id "
        "offset (select (count(*) * 0.8)::bigint from {t}) limit 1").format(
            c=sql.Identifier(column), t=sql.SQL(kind.table),
            live=sql.SQL("archived_at is null" if kind.archivable else "true")), {"sort": sort}).fetchone()
    return row[0] if row else None


def _search_term(admin: psycopg.Connection, kind: Kind) -> str:
    """Four characters from the middle of a row's searched text (a rare term)."""
    row = admin.execute(sql.SQL(
        "select substr(split_part(search_text, E'\\x1f', 1), 3, 4) from {} where search_text <> '' "
        "order by id offset 1000 limit 1").format(sql.SQL(kind.table))).fetchone()
    return row[0] if row else "科技"


def calls_for(admin: psycopg.Connection, conn: psycopg.Connection, bypass: psycopg.Connection,
              level: str, kinds: list[Kind], statements: Callable[..., list[str]]
              ) -> dict[str, Callable[[], object]]:
    """What is timed for one level: name -> a call on the user's (or the bypass) connection."""
    calls: dict[str, Callable[[], object]] = {}
    for kind in kinds:
        query = LIST.format(kind.kind)
        for sort, column in kind.sorts.items():
            first = {"q": "{}", "sort": sort, "after": None}
            deep = {**first, "after": _deep_cursor(admin, kind, sort, column)}
            calls[f"{kind.kind} {sort}"] = lambda p=first, q=query: conn.execute(q, p).fetchall()
            calls[f"{kind.kind} {sort} deep"] = lambda p=deep, q=query: conn.execute(q, p).fetchall()
        if kind.search:
            found = {"q": json.dumps({"search": _search_term(admin, kind)}), "sort": next(iter(kind.sorts)),
                     "after": None}
            calls[f"{kind.kind} search"] = lambda p=found, q=query: conn.execute(q, p).fetchall()
        calls[f"{kind.kind} count"] = lambda k=kind.kind: conn.execute(COUNT, {"kind": k}).fetchall()
        admin.commit()
        stmts = decorate_last(
            statements(admin, conn, query, {"q": "{}", "sort": next(iter(kind.sorts)), "after": None},
                       f"api.{kind.kind}_list(jsonb,text,boolean,text,integer)"),
            lambda s, k=kind.kind: decorated(admin, k, s))
        calls[f"bypass {kind.kind}"] = lambda s=stmts: run_all_as_planned(bypass, s)
    if level == "manager":
        calls["board"] = lambda: conn.execute(BOARD).fetchall()
    customer = conn.execute("select id from api.customer_list('{}', 'name', false, null, 1)").fetchone()
    if customer:
        calls["360"] = lambda: _customer_360(conn, customer[0])
    admin.commit()
    return calls


RETURNED = re.compile(r"return query\s+((?:select|with) [^;]*);")
PAGE_IDS = "array(select page.id from page order by page.n)"


def decorated(admin: psycopg.Connection, kind: str, stmt: str) -> str:
    """The page statement as the API decorates it: api.<kind>_list's own query, with the printed
    statement in place of private.list_page and the select of api.<kind>_rows (taken from the
    functions' text) in place of that call, so the bypass side reads the display columns the API
    returns. The bare statement when a kind's functions have another shape."""
    row = admin.execute(
        "select pg_get_functiondef(l), pg_get_functiondef(r.oid), "
        "array(select a.n from unnest(r.proargnames, r.proargmodes) a(n, m) where a.m = 't') "
        "from to_regprocedure(%(list)s) l, pg_proc r where r.oid = to_regprocedure(%(rows)s)",
        {"list": f"api.{kind}_list(jsonb,text,boolean,text,integer)", "rows": f"api.{kind}_rows(bigint[])"},
    ).fetchone()
    admin.commit()
    if row is None:
        return stmt
    lists, rows = RETURNED.findall(row[0]), RETURNED.findall(row[1])
    call = f"api.{kind}_rows({PAGE_IDS})"
    if len(lists) != 1 or call not in lists[0] or not rows:
        return stmt
    # the last query of _rows reads the ids it is given
    # (never null here: what the function's planner folds away must not be left to a subquery)
    given = re.sub(r"\bp_ids is not null\b", "true", rows[-1])
    given = re.sub(r"\bp_ids is null\b", "false", given)
    given = re.sub(r"\bp_ids\b", PAGE_IDS, given)
    query = re.sub(r"private\.list_page\([^)]*\)", lambda _: f"({stmt})", lists[0])
    return query.replace(call, f"(select * from ({given}) r0({', '.join(row[2])}))")


def _customer_360(conn: psycopg.Connection, customer_id: int) -> None:
    """The customer's page: the record, its timeline (follow-ups, ownership, stage changes) and its
    deals (api.customer_deals, through the customer index)."""
    conn.execute("select * from api.customer_get(%s)", (customer_id,)).fetchall()
    conn.execute("select * from api.customer_timeline(%s, 50)", (customer_id,)).fetchall()
    conn.execute("select * from api.customer_deals(%s)", (customer_id,)).fetchall()


def counts(conn: psycopg.Connection, kinds: list[Kind]) -> dict[str, int]:
    return {k.kind: conn.execute(COUNT, {"kind": k.kind}).fetchone()[0] for k in kinds}


def report(results: list[KindsResult], out: Callable[[str], None]) -> list[tuple[str, bool]]:
    """Print one line per level and kind; return the checks (text, passed)."""
    out("")
    out("every kind's list through the API, p95 ms per declared sort (first/deep), a search, the count; "
        "bypass = the kind's first page statements (the last with the display columns its list returns), "
        "run by the BYPASSRLS role")
    checks: list[tuple[str, bool]] = []
    for r in results:
        for kind in r.kinds:
            sorts = ", ".join(f"{s} {r.p95(f'{kind.kind} {s}'):.2f}/{r.p95(f'{kind.kind} {s} deep'):.2f}"
                              for s in kind.sorts)
            search = f"; search {r.p95(kind.kind + ' search'):.2f}" if kind.search else ""
            ratio, extra = r.ratio(kind)
            out(f"{r.level} ({r.login}) {kind.kind} [{r.visible[kind.kind]:,} visible]: {sorts}{search}; "
                f"count {r.p95(kind.kind + ' count'):.2f}; bypass {r.p95('bypass ' + kind.kind):.2f} "
                f"({ratio:.2f}x / +{extra:.2f} ms)")
            worst = max(r.p95(p) for p in r.pages(kind))
            checks.append((f"{r.level} {kind.kind} pages p95 <= {PAGE_MS:.0f} ms, every sort and depth "
                           f"(worst {worst:.2f} ms)", worst <= PAGE_MS))
            checks.append((f"{r.level} {kind.kind} API <= {MAX_RATIO}x or +{MAX_OVERHEAD_MS:.0f} ms "
                           f"vs bypass ({ratio:.2f}x, +{extra:.2f} ms)",
                           ratio <= MAX_RATIO or extra <= MAX_OVERHEAD_MS))
        if "board" in r.times:
            out(f"{r.level} ({r.login}) kanban column totals: p95 {r.p95('board'):.2f}")
            checks.append((f"{r.level} kanban totals p95 <= {PAGE_MS:.0f} ms ({r.p95('board'):.2f} ms)",
                           r.p95("board") <= PAGE_MS))
        if "360" in r.times:
            p95 = r.p95("360")
            out(f"{r.level} ({r.login}) customer 360° page (record, timeline, deals): p95 {p95:.2f}")
            checks.append((f"{r.level} customer 360° page p95 <= {PAGE_360_MS:.0f} ms ({p95:.2f} ms)",
                           p95 <= PAGE_360_MS))
    return checks

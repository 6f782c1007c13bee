"""`salesdesk-admin bench --dashboard`: approved contracts with deal teams sharing credit and payments
on part of them, then the dashboard's data calls per level (issue 14 §7).

Generation is set-based like bench_pipeline.py (generate_series, the stamps, audit and per-row checks
paused inside the load's own transaction; the kinds' derive triggers stay on). The contracts are on
the generated deals (a third of which have a team of 2-4 with credit shares summing to 100), so the
deal-team credit the attainment computes has real teams to split. Anything the database maintains
from these rows by trigger is rebuilt afterwards in `rebuild_summaries` (one place: a slice that adds a
maintained summary adds its rebuild there).

The measured calls are the dashboard's own, through the API as the signed-in person, per level:
DASHBOARD_CALLS for sections that make one statement, SECTION_READS for sections that read through a
service (the attainment's months and the forecast's quarter: the same function the section runs, on a
client `Database` signed in as that person, so their round trips count too). A section that reads
something else adds its call to one of them; a level's "page" is all of its calls one after the other,
against the issue's targets.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import psycopg

from salesdesk.admin.bench_data import progress
from salesdesk.admin.bench_pipeline import _pause
from salesdesk.db.session import Database
from salesdesk.services import attainment, forecast
from salesdesk.services.nodes import Node

LEVELS = ("director", "manager", "salesperson")
TARGET_MS = {"director": 300.0, "manager": 100.0, "salesperson": 50.0}
SCREEN_MS = 1000.0
SELLERS = ("manager", "salesperson")

# name -> (the levels whose dashboard makes the call, the call through the API)
DASHBOARD_CALLS: dict[str, tuple[tuple[str, ...], str]] = {
    "today": (SELLERS, "select * from api.dashboard_today(current_date)"),
    "pipeline stages": (SELLERS, "select * from api.opportunity_stage_rows()"),
    "pipeline totals": (SELLERS, "select * from api.opportunity_board('{\"scope\": \"mine\"}')"),
    "receivables": (("director", "manager"), "select * from api.dashboard_ageing(current_date)"),
}

METRIC = "contract_amount"  # the attainment sections' metric (ui/attainment_sections.py)


def own_node(level: str, person_id: int, unit_id: int) -> Node:
    """The node a level's dashboard opens on: the company, the manager's unit, the salesperson."""
    if level == "director":
        return Node("company", None)
    return Node("unit", unit_id) if level == "manager" else Node("person", person_id)


# name -> (levels, the read the section runs on a signed-in client Database for its own node)
SECTION_READS: dict[str, tuple[tuple[str, ...], Callable[[Database, Node], object]]] = {
    "my attainment": (("salesperson",),
                      lambda db, node: attainment.progress(db, METRIC, node, date.today())),
    "team attainment": (("director", "manager"),
                        lambda db, node: attainment.progress_children(db, METRIC, node, date.today())),
    "forecast": (("director", "manager"),  # the funnel's node type carries the same (kind, id)
                 lambda db, node: forecast.load_current_quarter(db, node)),
}

# the dashboard's sections (ui/dashboard_sections.py keys) -> the calls above that read for them;
# tests/test_bench_dashboard.py fails when a registered section has none here, or a level differs
SECTION_CALLS: dict[str, tuple[str, ...]] = {
    "today": ("today",),
    "my_pipeline": ("pipeline stages", "pipeline totals"),
    "receivables": ("receivables",),
    "my_attainment": ("my attainment",),
    "team_attainment": ("team attainment",),
    "forecast": ("forecast",),
}

# Summaries the database maintains by trigger from the generated rows, rebuilt after the load
# (statement, what it rebuilds). The attainment's summary adds its rebuild here.
SUMMARY_REBUILDS: list[tuple[str, str]] = [
    ("insert into private.employee_units (employee_id, unit_id, valid_from) "
     "select e.id, e.unit_id, '-infinity' from sales.employees e "
     "where not exists (select from private.employee_units u where u.employee_id = e.id) "
     "on conflict do nothing", "private.employee_units (each employee's unit, day by day)"),
    ("select private.receivables_refresh(null)", "the kept receivables (sql/0044)"),
    # the attainment's ledger (0035), whose statement triggers on a million-row insert took over
    # 40 minutes (each contract's credit looked up in the whole batch's id array)
    ("select private.ledger_rebuild()", "the metric ledger and its daily and monthly sums (sql/0035)"),
    ("select private.forecast_totals_rebuild()", "the forecast's kept sums (sql/0052)"),
    ("select private.stage_win_counts_rebuild()", "the calibration's kept win counts (sql/0055)"),
]


def generate_contracts(conn: psycopg.Connection, total: int, paid_share: float = 0.6) -> None:
    """`total` approved contracts on the generated deals (their owner and customer), approved over the
    last 12 months; a plan of two instalments on each, and an approved payment on `paid_share` of
    them. Amounts are numeric, rounded to the fen."""
    t = time.perf_counter()
    triggers = ("stamp audit check_reference_customer_id check_reference_opportunity_id receivables_inserted "
                "ledger_insert")
    _pause(conn, "sales.contracts", triggers, on=False)
    conn.execute("""
        with deals as (select max(id) m from sales.opportunities)
        insert into sales.contracts (owner_id, customer_id, opportunity_id, number, title, status, signed_on,
                                     amount, tax_amount, total_amount, approved_at, created_at, updated_at)
        select o.owner_id, o.customer_id, o.id, 'BC' || lpad(g::text, 8, '0'), left(o.title, 180) || '合同',
               'approved', x.at::date, x.amount, round(x.amount * 0.13, 2),
               x.amount + round(x.amount * 0.13, 2), x.at, x.at, x.at
        from generate_series(1, %(n)s::bigint) g cross join deals
            join sales.opportunities o on o.id = 1 + (g * 7919) %% deals.m
            -- (the lateral names g: one naming nothing outside was computed once, and every contract had
            -- the same day and amount, its instalments two due days in all)
            cross join lateral (select now() - random() * interval '365 days',
                                       round((1000 + random() * 999000)::numeric, 2)
                                where g > 0) x (at, amount)""",
                 {"n": total})
    _pause(conn, "sales.contracts", triggers, on=True)
    conn.commit()
    progress(f"approved contracts {total:,}", t)
    t = time.perf_counter()
    triggers = "stamp audit check_reference_contract_id money_check sum_check receivables_inserted"
    _pause(conn, "sales.instalments", triggers, on=False)
    conn.execute("""
        insert into sales.instalments (contract_id, due_on, amount, created_at, updated_at)
        select c.id, c.signed_on + 30, round(c.total_amount / 2, 2), c.approved_at, c.approved_at
            from sales.contracts c where c.number like 'BC%%'
        union all
        select c.id, c.signed_on + 120, c.total_amount - round(c.total_amount / 2, 2), c.approved_at,
               c.approved_at from sales.contracts c where c.number like 'BC%%'""")
    _pause(conn, "sales.instalments", triggers, on=True)
    triggers = ("stamp audit check_reference_contract_id money_check request_approval receivables_inserted "
                "ledger_insert")
    _pause(conn, "sales.payments", triggers, on=False)
    conn.execute("""
        insert into sales.payments (contract_id, received_on, amount, status, reference, created_at,
                                    updated_at)
        select c.id, r.day, round(c.total_amount * (0.2 + random() * 0.8)::numeric, 2), 'approved',
               'BP' || c.id, r.at, r.at
        from sales.contracts c
            -- (each row its own moment, entered on the day received: one load stamp on every row
            -- made a list by its last change a list by id)
            cross join lateral (select least(c.signed_on + (random() * 60)::int, current_date)
                                where c.id > 0) d (day)
            cross join lateral (select d.day, least(d.day + interval '8 hours'
                                                    + random() * interval '10 hours', now())
                                where c.id > 0) r (day, at)
        where c.number like 'BC%%' and random() < %(share)s""",
                 {"share": paid_share})
    _pause(conn, "sales.payments", triggers, on=True)
    conn.commit()
    paid = conn.execute("select count(*) from sales.payments where reference like 'BP%'").fetchone()
    progress(f"instalment plans, payments on {paid[0] if paid else 0:,} contracts", t)


def rebuild_summaries(conn: psycopg.Connection) -> list[str]:
    """Rebuild what triggers maintain from the generated rows (SUMMARY_REBUILDS); what was rebuilt."""
    t = time.perf_counter()
    for statement, _what in SUMMARY_REBUILDS:
        conn.execute(statement)
    conn.commit()
    done = [what for _statement, what in SUMMARY_REBUILDS]
    progress("rebuilt " + ", ".join(done), t)
    return done


def compact_kept(db: str) -> None:
    """Rewrite the receivables' kept tables after a load (VACUUM FULL), as after any bulk load: the
    rebuild here, and the money bench's refresh 2,000 contracts at a time (bench_money.refresh_paid),
    rewrite their company, tree and owner rows, once per slice; at full size 1,071 tree rows took
    14 MB and 8,929 owners 27 MB, and every read of the totals scanned the dead space (the
    director's 3,435 pages for a count of 8,929 owners). A plain VACUUM after marks the rewritten
    pages all-visible, so the ageing's index-only scans read no heap (2,529 heap fetches for the
    manager's first page of receivables by person before)."""
    t = time.perf_counter()
    with psycopg.connect(db, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "select format('%I.%I', schemaname, relname) from pg_stat_user_tables "
            "where schemaname = 'private' and relname like 'receivable%' order by relname")]
        for table in tables:
            conn.execute(f"vacuum (full, analyze) {table}")
            conn.execute(f"vacuum {table}")
    progress(f"kept receivables compacted ({len(tables)} tables)", t)


def has_contracts(conn: psycopg.Connection) -> bool:
    row = conn.execute("select exists (select from sales.contracts where number like 'BC%')").fetchone()
    return bool(row and row[0])


@dataclass
class DashboardResult:
    level: str
    login: str
    times: dict[str, tuple[float, float]]  # call -> (p50, p95) ms; "page": all of them in turn

    @property
    def page_p95(self) -> float:
        return self.times["page"][1]


def calls_for(conn: psycopg.Connection, db: Database, level: str,
              node: Node) -> dict[str, Callable[[], object]]:
    """The level's dashboard calls, one by one, and "page": all of them in turn."""
    calls: dict[str, Callable[[], object]] = {
        name: (lambda q=q: conn.execute(q).fetchall())
        for name, (levels, q) in DASHBOARD_CALLS.items() if level in levels}
    calls.update({name: (lambda read=read: read(db, node))
                  for name, (levels, read) in SECTION_READS.items() if level in levels})
    parts = list(calls.values())
    calls["page"] = lambda: [call() for call in parts]
    return calls


def report(results: list[DashboardResult], out: Callable[[str], None] = print) -> bool:
    """One line per level, then the targets; True when they pass."""
    out("")
    out("dashboard data per level (ms, p50 / p95, through the API as the signed-in person):")
    for r in results:
        parts = ", ".join(f"{name} {p50:.1f}/{p95:.1f}" for name, (p50, p95) in r.times.items()
                          if name != "page")
        out(f"dashboard {r.level} ({r.login}): page {r.times['page'][0]:.1f} / {r.page_p95:.1f}; {parts}")
    checks = [(f"dashboard {r.level} data p95 <= {TARGET_MS[r.level]:.0f} ms ({r.page_p95:.1f} ms)",
               r.page_p95 <= TARGET_MS[r.level]) for r in results]
    for text, ok in checks:
        out(f"{'PASS' if ok else 'FAIL'}  {text}")
    out(f"(the page on screen, data and charts drawn: target <= {SCREEN_MS:.0f} ms, timed through the client "
        "by installer/tools/dashboard_screen_bench.py; the GUI thread's share by tests/test_ui_dashboard.py)")
    return all(ok for _, ok in checks)

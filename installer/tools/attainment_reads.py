"""Time the attainment reads (sql/0035 private.node_actual, what api.attainment runs per node) over
synthetic sums in a throwaway bundled PostgreSQL: 1,111 units (HQ, 10 regions, 100 branches, 1,000
teams), 10k people, `credits` credited results (default 1.3M: 1M approved contracts, 1.3 credited
people each) in fiscal year 2026, loaded straight into private.metric_daily / metric_monthly.

    .venv/bin/python installer/tools/attainment_reads.py [runs] [credits]

Prints the median and max of `runs` (default 10) for the director (the company and its 10 regions),
a manager (a region and its 10 branches) and a salesperson (a person's year and its 12 months).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import libpq_url, with_database

YEAR = "'2026-01-01'::date, '2027-01-01'::date"
NODE = "(private.node_actual('contract_amount', {kind}, {node}, {range})).credited"
UNITS = [
    "insert into sales.org_units (code, name, kind) values ('B_HQ', 'HQ', 'hq')",
    "insert into sales.org_units (code, name, kind, parent_id) select 'B_R' || r, 'R', 'region', "
    "(select id from sales.org_units where code = 'B_HQ') from generate_series(1, 10) r",
    "insert into sales.org_units (code, name, kind, parent_id) select 'B_R' || r || '_B' || b, 'B', "
    "'branch', (select id from sales.org_units where code = 'B_R' || r) "
    "from generate_series(1, 10) r, generate_series(1, 10) b",
    "insert into sales.org_units (code, name, kind, parent_id) "
    "select 'B_R' || r || '_B' || b || '_T' || k, 'T', 'team', "
    "(select id from sales.org_units where code = 'B_R' || r || '_B' || b) "
    "from generate_series(1, 10) r, generate_series(1, 10) b, generate_series(1, 10) k",
]
LOAD = """
    insert into private.metric_daily (metric, unit_id, employee_id, day, credited, overlay_credit, assisted,
                                      records)
    select 'contract_amount', e.unit_id, e.id, x.d, sum(x.a), 0, 0, count(*)
    from (select 1 + (random() * 9999)::int as id, date '2026-01-01' + (random() * 364)::int as d,
                 round((random() * 50000)::numeric, 2) as a
          from generate_series(1, %s)) x
        join emp e on e.id = x.id
    group by e.unit_id, e.id, x.d"""
MONTHLY = """
    insert into private.metric_monthly
    select metric, date_trunc('month', day)::date, unit_id, employee_id, sum(credited), sum(overlay_credit),
           sum(assisted), sum(records)
    from private.metric_daily group by 1, 2, 3, 4"""


def load(c: psycopg.Connection, credits: int) -> None:
    for statement in UNITS:
        c.execute(statement)
    teams = [r[0] for r in c.execute("select id from sales.org_units where kind = 'team' order by id")]
    c.execute("create temp table emp as select g as id, (%s::bigint[])[1 + g %% 1000] as unit_id "
              "from generate_series(1, 10000) g", (teams,))
    c.execute(LOAD, (credits,))
    c.execute(MONTHLY)
    c.execute("analyze private.metric_daily")
    c.execute("analyze private.metric_monthly")


def cases(c: psycopg.Connection) -> dict[str, str]:
    hq, region = (c.execute("select id from sales.org_units where code = %s", (code,)).fetchone()[0]
                  for code in ("B_HQ", "B_R3"))
    children = "select {} from sales.org_units u where u.parent_id = {}"
    month = "m, (m + interval '1 month')::date"
    company, unit, person = "'company'", "'unit'", "'person'"
    each_child = NODE.format(kind=unit, node="u.id", range=YEAR)
    return {
        "director (company + its 10 regions, FY)":
            f"select {NODE.format(kind=company, node='null', range=YEAR)} union all "
            + children.format(each_child, hq),
        "manager (region + its 10 branches, FY)":
            f"select {NODE.format(kind=unit, node=region, range=YEAR)} union all "
            + children.format(each_child, region),
        "salesperson (person, FY + 12 months)":
            f"select {NODE.format(kind=person, node=4242, range=YEAR)} union all "
            f"select {NODE.format(kind=person, node=4242, range=month)} "
            "from generate_series(date '2026-01-01', date '2026-12-01', interval '1 month') g (m0), "
            "lateral (select m0::date as m) x",
    }


def main(runs: int, credits: int) -> None:
    server = LocalServer(Path(tempfile.mkdtemp(prefix="att-reads-")))
    try:
        url = with_database(server.start(), "salesdesk")
        migrate.init(url)
        with psycopg.connect(libpq_url(url), autocommit=True) as c:
            started = time.perf_counter()
            load(c, credits)
            n = c.execute("select count(*) from private.metric_daily").fetchone()[0]
            print(f"loaded {n} daily rows in {time.perf_counter() - started:.1f} s", flush=True)
            for name, query in cases(c).items():
                c.execute(query).fetchall()
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    c.execute(query).fetchall()
                    times.append((time.perf_counter() - started) * 1000)
                median, worst = statistics.median(times), max(times)
                print(f"{name}: median {median:.1f} ms, max {worst:.1f} ms", flush=True)
    finally:
        server.stop(discard=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1_300_000)

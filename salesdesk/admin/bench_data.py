"""Set-based generation of a large benchmark company (used by `salesdesk-admin bench`).

Everything is generated inside PostgreSQL with generate_series on an admin
connection, with every trigger and policy left on: the audit log, stamps and
owner checks run exactly as they do in production.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sys
import time
from dataclasses import dataclass

import psycopg


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """A SCRAM-SHA-256 verifier, so 10k roles need one hash instead of 10k server-side ones."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


@dataclass(frozen=True)
class OrgShape:
    """How many units and people of each level an org of `employees` people has."""

    regions: int
    branches: int
    teams: int
    salespeople: int

    @classmethod
    def for_size(cls, employees: int) -> OrgShape:
        # ~1250 people per region, ~160 per branch, teams of ~10 (1 supervisor + 9 sales):
        # a five-level line director -> region manager -> branch manager -> supervisor -> sales.
        regions = max(2, round(employees / 1250))
        branches = max(2 * regions, round(employees / 160))
        teams = max(branches, round(employees / 10))
        salespeople = employees - 1 - regions - branches - teams
        if salespeople < teams:
            raise ValueError(f"{employees} employees are too few for a benchmark org (try >= 100)")
        return cls(regions, branches, teams, salespeople)


def progress(message: str, started: float | None = None) -> None:
    suffix = f" ({time.perf_counter() - started:.1f} s)" if started is not None else ""
    print(f"bench: {message}{suffix}", file=sys.stderr, flush=True)


def create_roles(conn: psycopg.Connection, prefix: str, count: int) -> None:
    """`count` LOGIN roles prefix1..prefixN in salesdesk_user. No password yet (setting one
    costs ~7 ms a role here); the bench gives one only to the people it signs in as."""
    body = (f"begin for i in 1..{int(count)} loop execute format('create role %I login inherit "
            f"nocreatedb nocreaterole nobypassrls in role salesdesk_user', {_lit(conn, prefix)} || i); "
            "end loop; end")
    conn.execute("do " + _lit(conn, body))


def _lit(conn: psycopg.Connection, value: str) -> str:
    return psycopg.sql.Literal(value).as_string(conn)


_EMPLOYEES_PER_COMMIT = 1000


def generate_org(conn: psycopg.Connection, prefix: str, shape: OrgShape) -> None:
    """Units, pools and employees (logins prefix1..prefixN; 1 = the director)."""
    p = _lit(conn, prefix)
    conn.execute("insert into sales.org_units (code, name, kind) values ('B_HQ', '总部', 'hq')")
    conn.execute("""
        insert into sales.org_units (parent_id, code, name, kind)
        select (select id from sales.org_units where code = 'B_HQ'), 'B_R' || g, '大区' || g, 'region'
        from generate_series(1, %(n)s) g""", {"n": shape.regions})
    conn.execute("""
        insert into sales.org_units (parent_id, code, name, kind)
        select r.id, 'B_B' || g, '分公司' || g, 'branch'
        from generate_series(1, %(n)s) g join sales.org_units r on r.code = 'B_R' || ((g - 1) %% %(up)s + 1)
        order by g""", {"n": shape.branches, "up": shape.regions})
    conn.execute("""
        insert into sales.org_units (parent_id, code, name, kind)
        select b.id, 'B_T' || g, '销售组' || g, 'team'
        from generate_series(1, %(n)s) g join sales.org_units b on b.code = 'B_B' || ((g - 1) %% %(up)s + 1)
        order by g""", {"n": shape.teams, "up": shape.branches})
    # Pools (公海) at HQ, regions and branches; teams release into their branch's pool.
    conn.execute("""
        insert into sales.customer_pools (unit_id, name)
        select id, name || '公海' from sales.org_units where kind <> 'team' order by id""")

    r0, b0, t0 = 1, 1 + shape.regions, 1 + shape.regions + shape.branches
    s0 = t0 + shape.teams
    pos = "(select id from sales.positions where code = '{}')"
    levels = [
        # (first login number, count, position, unit code expr, manager login number expr)
        (1, 1, "director", "'B_HQ'", None),
        (r0 + 1, shape.regions, "manager", "'B_R' || k", "1"),
        (b0 + 1, shape.branches, "manager", "'B_B' || k",
         f"{r0} + ((k - 1) % {shape.regions} + 1)"),
        (t0 + 1, shape.teams, "supervisor", "'B_T' || k",
         f"{b0} + ((k - 1) % {shape.branches} + 1)"),
        (s0 + 1, shape.salespeople, "salesperson", f"'B_T' || ((k - 1) % {shape.teams} + 1)",
         f"{t0} + ((k - 1) % {shape.teams} + 1)"),
    ]
    for first, count, position, unit_expr, manager_expr in levels:
        manager = "null" if manager_expr is None else \
            f"(select m.id from sales.employees m where m.login = {p} || ({manager_expr}))"
        # Each employee gets a lookup-quota sequence (0011), one lock each until commit:
        # a thousand per transaction stays well inside the default lock table.
        for lo in range(1, int(count) + 1, _EMPLOYEES_PER_COMMIT):
            hi = min(lo + _EMPLOYEES_PER_COMMIT - 1, int(count))
            conn.execute(f"""
                insert into sales.employees (login, name, unit_id, position_id, manager_id)
                select {p} || ({first} + k - 1), '员工' || ({first} + k - 1),
                       (select u.id from sales.org_units u where u.code = {unit_expr}),
                       {pos.format(position)}, {manager}
                from generate_series({lo}, {hi}) k order by k""")
            conn.commit()


# Realistic-looking company names; the random middle part makes name order
# independent of the owner, as in real data.
_NAME_SQL = """
    (array['上海','北京','广州','深圳','杭州','南京','成都','武汉','苏州','天津','重庆','西安'])
        [1 + floor(random() * 12)::int]
    || (array['华','联','盛','达','信','通','安','泰','恒','鑫','宏','瑞','源','汇','科','创'])
        [1 + floor(random() * 16)::int]
    || (array['华','联','盛','达','信','通','安','泰','恒','鑫','宏','瑞','源','汇','科','创'])
        [1 + floor(random() * 16)::int]
    || substr(md5(random()::text), 1, 4)
    || (array['贸易有限公司','科技有限公司','实业有限公司','电子有限公司','股份有限公司'])
        [1 + floor(random() * 5)::int]"""


def generate_customers(conn: psycopg.Connection, total: int, pool_share: float = 0.03,
                       chunk: int = 100_000) -> None:
    """`total` customers, owned by random salespeople, `pool_share` of them in random pools."""
    started = time.perf_counter()
    done = 0
    # The search index is built once after the load (as any bulk load does): kept up to date row
    # by row it costs more than everything else together. Its definition is read from the catalog.
    search_index = conn.execute(
        "select pg_get_indexdef('sales.customers_search_idx'::regclass)").fetchone()[0]
    conn.execute("drop index sales.customers_search_idx")
    # the industries and regions below are values of the company's picklists
    conn.execute("""
        insert into sales.picklist_entries (kind, name, sort_order)
        select v.kind, v.name, 100 + v.n from (
            select 'industry', name, n from unnest(array['制造','零售','IT','医药','物流','金融'])
                with ordinality t (name, n)
            union all
            select 'region', name, n from unnest(array['华东','华北','华南','西南'])
                with ordinality t (name, n)
        ) v (kind, name, n)
        on conflict (kind, name) do update set active = true""")
    conn.commit()
    while done < total:
        # The row stamps and the audit trigger (with its NOTIFY) cost ~0.2 ms a row; they are
        # switched off for this synthetic load only, inside the load transaction itself (DDL is
        # transactional, and the lock keeps every other session out), so no other writer ever
        # runs without them. Column defaults fill the stamps; FKs and the owner check stay on.
        # The computed columns (pinyin sort key, search terms) are filled in the same statement,
        # set-based, as the row trigger would (customers have no contacts yet).
        conn.execute("alter table sales.customers disable trigger stamp, disable trigger audit_insert, "
                     "disable trigger derive")
        n = min(chunk, total - done)
        conn.execute(f"""
            with sp as (
                select array_agg(e.id order by e.id) ids from sales.employees e
                join sales.positions p on p.id = e.position_id where p.code = 'salesperson'),
            pools as (select array_agg(id order by id) ids from sales.customer_pools),
            g as (select random() < %(share)s in_pool, random() r1, random() r2
                  from generate_series(1, %(n)s)),
            rows as materialized (
                select {_NAME_SQL} as name,
                       (array['制造','零售','IT','医药','物流','金融'])[1 + floor(random() * 6)::int]
                           as industry,
                       (array['A','B','C','D'])[1 + floor(random() * 4)::int] as level,
                       (array['华东','华北','华南','西南'])[1 + floor(random() * 4)::int] as region,
                       '1' || lpad((floor(random() * 1e10))::bigint::text, 10, '0') as phone,
                       round((random() * 1e6)::numeric, 2) as credit_limit,
                       case when not g.in_pool then sp.ids[1 + floor(g.r1 * cardinality(sp.ids))::int] end
                           as owner_id,
                       case when g.in_pool then pools.ids[1 + floor(g.r2 * cardinality(pools.ids))::int] end
                           as pool_id
                from g, sp, pools),
            derived as materialized (
                select r.*, private.pinyin_key(r.name) as name_sort,
                       private.customer_search_text(null, r.name, null, r.phone) as search_text
                from rows r)
            insert into sales.customers (name, industry, level, region, phone, credit_limit,
                                         owner_id, pool_id, name_sort, search_text, search_grams)
            select name, industry, level, region, phone, credit_limit, owner_id, pool_id, name_sort,
                   search_text, private.search_grams(search_text)
            from derived""", {"share": pool_share, "n": n})
        conn.execute("alter table sales.customers enable trigger stamp, enable trigger audit_insert, "
                     "enable trigger derive")
        conn.commit()
        done += n
        progress(f"customers {done:,}/{total:,}", started)
    t = time.perf_counter()
    conn.execute(search_index)
    conn.commit()
    progress("search index", t)

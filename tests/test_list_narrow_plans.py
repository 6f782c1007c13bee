"""Narrow scopes' pages (sql/0021): each owner's rows after the cursor come from that owner's own
index, the rows reached through teams, shares and routes by their ids; and a page computes the
caller's shared set no more often than it needs. The plans are read with EXPLAIN (ANALYZE,
FORMAT JSON) of the statement the list API prints, run by a role that bypasses RLS."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from psycopg import sql

from salesdesk.admin import bench, bench_kinds
from salesdesk.db.api_messages import api_speaks
from tests.factories import Company, approved_contract, build_small_company
from tests.test_opportunities import add_deal

LIST = bench_kinds.LIST.format("opportunity")
FUNCTION = "api.opportunity_list(jsonb,text,boolean,text,integer)"


def nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def bulk_company(db_factory) -> tuple[Company, int]:
    """4,000 deals stamped in one bulk load (one updated_at, as an import leaves them), analysed;
    the supervisor sup_e1 also on the team of a deal of another region (a routed row)."""
    company = build_small_company(db_factory(), deals=True)
    routed = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北合作",
                      team=(("sup_e1", "read", "30"), ("sp_n1a", "write", "70")))
    with company.admin() as admin:
        admin.execute("insert into sales.opportunities "
                      "(owner_id, customer_id, title, amount, stage_id, probability) "
                      "select owner_id, customer_id, title || g, amount + g, stage_id, probability "
                      "from generate_series(1, 1000) g, sales.opportunities order by g, id")
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.opportunities")
    return company, routed


def test_a_narrow_deep_page_reads_each_owner_by_its_own_index(db_factory) -> None:
    company, routed = bulk_company(db_factory)
    scope = [company.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")]
    with company.admin() as admin, company.connect("sup_e1", autocommit=True) as conn:
        kind = next(k for k in bench_kinds.listed_kinds(admin) if k.kind == "opportunity")
        leading = dict(admin.execute(
            "select c.relname, a.attname from pg_index i join pg_class c on c.oid = i.indexrelid "
            "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] "
            "where i.indrelid = 'sales.opportunities'::regclass").fetchall())
        admin.commit()
        for sort in ("updated_at", "name", "amount"):
            column = kind.sorts[sort]
            # the cursor 80 % into the scope's rows, as the bench takes it 80 % into the table
            cursor, at, at_id = admin.execute(sql.SQL(
                "select jsonb_build_array(%(sort)s::text, false, {c}, id, 0)::text, {c}::text, id "
                "from sales.opportunities where owner_id = any (%(scope)s) order by {c}, id "
                "offset (select count(*) * 0.8 from sales.opportunities "
                "where owner_id = any (%(scope)s))::int "
                "limit 1").format(c=sql.Identifier(column)), {"sort": sort, "scope": scope}).fetchone()
            expected = [r[0] for r in admin.execute(sql.SQL(
                "select id from sales.opportunities where archived_at is null "
                "and (owner_id = any (%(scope)s) or id = %(routed)s) "
                "and ({c}, id) > (%(at)s::{t}, %(id)s) order by {c}, id limit 51").format(
                    c=sql.Identifier(column), t=sql.SQL("bigint" if column == "amount_key" else
                                                        "timestamptz" if column == "updated_at" else "text")),
                {"scope": scope, "routed": routed, "at": at, "id": at_id}).fetchall()]
            params = {"q": "{}", "sort": sort, "after": cursor}
            assert [r[0] for r in conn.execute(LIST, params).fetchall()] == expected, sort
            assert len(expected) == 51
            stmt = bench._statement(admin, conn, LIST, params, FUNCTION)
            bench_kinds.as_planned(admin, stmt)
            plan = admin.execute(sql.SQL("explain (analyze, format json) ") + sql.SQL(stmt)).fetchone()[0]
            admin.commit()
            root = (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]
            used = [n["Index Name"] for n in nodes(root)
                    if n.get("Relation Name") == "opportunities" and "Index Name" in n]
            # the owner's (owner, sort, id) or, for the routed deal, the primary key; never the
            # sort's own index walked from the cursor past every other owner's rows
            assert {leading[i] for i in used} == {"owner_id", "id"}, (sort, used)
            read = sum(n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0) for n in nodes(root)
                       if n.get("Relation Name") == "opportunities")
            assert read <= 4 * 51 + 1, (sort, read)


def test_a_page_computes_the_shared_set_once_besides_its_statements(db_factory) -> None:
    company = build_small_company(db_factory(), deals=True)
    add_deal(company, "sp_n1a", "sp_n1a客户1", "华北合作",
             team=(("sup_e1", "read", "30"), ("sp_n1a", "write", "70")))
    stats = ("select coalesce(sum(calls), 0) from pg_stat_user_functions "
             "where funcid = 'private.shared_record_ids(text,boolean)'::regprocedure")
    with company.admin() as admin:
        admin.execute(sql.SQL("alter role {} set track_functions = 'all'").format(
            sql.Identifier(company.login("sup_e1"))))
        admin.commit()
        before = admin.execute(stats).fetchone()[0]
        admin.commit()
        with company.connect("sup_e1") as conn:  # its counts reach the statistics when it ends
            assert len(conn.execute(LIST, {"q": "{}", "sort": "name", "after": None}).fetchall()) >= 2
        for _ in range(50):
            admin.execute("select pg_stat_clear_snapshot()")
            calls = admin.execute(stats).fetchone()[0] - before
            admin.commit()
            if calls:
                break
            time.sleep(0.1)
    # the filter's read set, the rights' write set, the page statement's read policy (for the routed
    # deal), the display columns' read policies (the deal's, its customer's reach): not the read set
    # again for the rights
    assert 0 < calls <= 5, calls


def test_a_narrow_deep_page_reads_each_pool_by_its_own_index(db_factory) -> None:
    """A salesperson's leads are mostly the pools' (HQ, EAST): a deep page by a stamp many rows share
    reads each pool's rows after the cursor from the pool's own index (pool, sort, id), not the
    sort's index from the cursor past every other region's rows (200,000 leads: 11-15 ms -> 0.6 ms)."""
    company = build_small_company(db_factory())
    others = [company.people[k] for k in ("sp_n1a", "sup_n1")]
    with company.admin() as admin:
        admin.execute("insert into sales.leads (company_name, status, owner_id, pool_id) "
                      "select '线索' || g, 'new', "
                      "case when g %% 4 = 0 then null else (%s::bigint[])[1 + g %% 2] end, "
                      "case when g %% 4 = 0 then (%s::bigint[])[1 + g %% 8 / 4] end "
                      "from generate_series(1, 4000) g",
                      (others, [company.pools["HQ"], company.pools["EAST"]]))
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.leads")
    lead_list = bench_kinds.LIST.format("lead")
    with company.admin() as admin, company.connect("sp_e1a", autocommit=True) as conn:
        for sort in ("updated_at", "created_at"):
            cursor = admin.execute(sql.SQL(
                "select jsonb_build_array(%(sort)s::text, false, {c}, id, 0)::text from sales.leads "
                "order by {c}, id offset 3200 limit 1").format(c=sql.Identifier(sort)),
                {"sort": sort}).fetchone()[0]
            params = {"q": "{}", "sort": sort, "after": cursor}
            page = [r[0] for r in conn.execute(lead_list, params).fetchall()]
            admin.commit()
            expected = [r[0] for r in admin.execute(sql.SQL(
                "select id from sales.leads where pool_id = any (%(pools)s) and owner_id is null "
                "and ({c}, id) > ((%(cursor)s::jsonb ->> 2)::timestamptz, (%(cursor)s::jsonb ->> 3)::bigint) "
                "order by {c}, id limit 51").format(c=sql.Identifier(sort)),
                {"pools": [company.pools["HQ"], company.pools["EAST"]], "cursor": cursor}).fetchall()]
            assert page == expected and len(page) == 51, sort
            stmt = bench._statement(admin, conn, lead_list, params,
                                    "api.lead_list(jsonb,text,boolean,text,integer)")
            bench_kinds.as_planned(admin, stmt)
            plan = admin.execute(sql.SQL("explain (analyze, format json) ") + sql.SQL(stmt)).fetchone()[0]
            admin.commit()
            root = (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]
            read = sum(n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0) for n in nodes(root)
                       if n.get("Relation Name") == "leads")
            assert read <= 3 * 51 + 3, (sort, read)


def _page_and_statements(admin, conn, params: dict[str, Any]) -> tuple[list[int], list[str]]:  # noqa: ANN001
    """The ids of a page of the deal list by amount, largest first, and the statements it ran."""
    notices: list[str] = []
    conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
    with api_speaks(admin, FUNCTION):
        ids = [r[0] for r in conn.execute(
            "select id from api.opportunity_list(%(q)s, 'amount', true, %(after)s, 51)", params).fetchall()]
    return ids, [n for n in notices if n.startswith("salesdesk list: ")]


@pytest.mark.parametrize("spread", ["even", "one owner first"])
def test_an_owner_walk_reads_its_share_of_the_page_and_the_rest_of_the_owner_that_fills_it(
        db_factory, spread: str) -> None:
    """sql/0072: the supervisor's four owners each read at most 26 rows (twice a quarter of 51) for
    the page. When one owner holds the page's first 40 rows, the row its walk stopped at lies inside
    the page (the 26th): that owner's next rows, at most 25, are read from there and merged
    (sql/0073), not every owner's again, and the page is still the right one."""
    company = build_small_company(db_factory(), deals=True)
    scope = [company.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")]
    with company.admin() as admin:
        for n, owner in enumerate(scope):  # 40 deals each, the largest amounts in the company
            first = spread == "one owner first" and n == 1
            admin.execute("insert into sales.opportunities (owner_id, customer_id, title, amount, stage_id, "
                          "probability) select %(owner)s, customer_id, title || g, "
                          "%(base)s + case when %(first)s then 1000 * g else 4 * g + %(n)s end, stage_id, "
                          "probability from generate_series(1, 40) g, "
                          "(select * from sales.opportunities order by id limit 1) o",
                          {"owner": owner, "base": 10_000_000, "first": first, "n": n})
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.opportunities")
        expected = [r[0] for r in admin.execute(
            "select id from sales.opportunities where amount >= 10000000 "
            "order by amount_key desc, id desc limit 51").fetchall()]
    with company.admin() as admin, company.connect("sup_e1", autocommit=True) as conn:
        ids, statements = _page_and_statements(admin, conn, {"q": "{}", "after": None})
        assert ids == expected
        assert [s.count(" limit 26)") for s in statements] == (
            [1] if spread == "even" else [1, 0]), statements  # read again only when one owner fills it
        if spread == "one owner first":
            # the one owner, after its 26th row, at most 25 more
            assert f"'{{{scope[1]}}}'::bigint[]" in statements[1] and "'{25}'::integer[]" in statements[1]
            bench_kinds.as_planned(admin, statements[1].removeprefix("salesdesk list: "))
            plan = admin.execute("explain (analyze, format json) "
                                 + statements[1].removeprefix("salesdesk list: ")).fetchone()[0]
            admin.commit()
            root = (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]
            read = sum(n.get("Actual Rows", 0) + n.get("Rows Removed by Filter", 0) for n in nodes(root)
                       if n.get("Relation Name") == "opportunities")
            rest = admin.execute("select count(*) - 26 from sales.opportunities where owner_id = %s",
                                 (scope[1],)).fetchone()[0]
            assert read == rest, read  # the owner's rows after the stop (fewer than 25), by its index


def clustered_invoices(company: Company, owners: list[str], rng: random.Random) -> None:
    """Per owner an approved contract and 30 invoices: dates, numbers and amounts in runs by owner
    (as a person's invoices cluster in time), a third of the dates left empty where they may be."""
    with company.admin() as admin:
        nullable = admin.execute("select not attnotnull from pg_attribute where attrelid = "
                                 "'sales.invoices'::regclass and attname = 'issued_on'").fetchone()[0]
        for n, owner in enumerate(owners):
            contract = approved_contract(company, admin, owner, f"{owner}大合同", Decimal("1000000.00"),
                                         customer=f"{owner}客户1" if owner[:3] == "sp_" else "sp_e1a客户2")
            start = date(2026, 1, 1) + timedelta(days=rng.choice([0, 5, 40]) + 3 * n)
            for g in range(30):
                day = (None if nullable and rng.random() < 0.3
                       else start + timedelta(days=g // rng.choice([1, 3])))
                admin.execute("insert into sales.invoices (contract_id, number, issued_on, amount, "
                              "tax_amount) values (%s, %s, coalesce(%s, date '2026-01-01'), %s, 0)",
                              (contract, f"{owner}-{n}{g:04d}", day,
                               Decimal(rng.choice([100, 100 + n, 5000 * n + g + 1])) / 100))
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.invoices")


def clustered_deals(company: Company, owners: list[str], rng: random.Random) -> None:
    """Per owner 30 deals: amounts in runs by owner, one bulk stamp (updated_at ties broken by id)."""
    with company.admin() as admin:
        for n, owner in enumerate(owners):
            amounts = [rng.choice([1000 * n + g, 7 * g, 100_000 + (3 - n) * 50 + g]) for g in range(30)]
            admin.execute("insert into sales.opportunities (owner_id, customer_id, title, amount, stage_id, "
                          "probability) select %(owner)s, customer_id, title || g, a, stage_id, probability "
                          "from unnest(%(amounts)s::numeric[]) with ordinality x (a, g), "
                          "(select * from sales.opportunities order by id limit 1) o",
                          {"owner": company.people[owner], "amounts": amounts})
        # a declared sort's column that may be empty is, on every third of them
        for (column,) in admin.execute(
                "select a.attname from private.record_kinds k, jsonb_each_text(k.sorts) s (sort, col) "
                "join pg_attribute a on a.attrelid = 'sales.opportunities'::regclass and a.attname = s.col "
                "where k.kind = 'opportunity' and not a.attnotnull and a.attgenerated = ''").fetchall():
            admin.execute(sql.SQL("update sales.opportunities set {} = null where id % 3 = 0").format(
                sql.Identifier(column)))
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.opportunities")


@pytest.mark.parametrize("kind", ["opportunity", "invoice"])
def test_short_pages_of_clustered_owners_walk_the_scope_in_order(db_factory, kind: str) -> None:
    """sql/0073: pages of 7 (each of the supervisor's owners' walks reads 2-4 rows) walked to the end
    by every declared sort, both ways, over rows that run by owner: the owners stopped inside a page
    are read again from where they stopped, and the pages together are the rows in scope, in order."""
    company = build_small_company(db_factory(), deals=True)
    owners = ["sup_e1", "sp_e1a", "sp_e1b", "asst_e1"]
    (clustered_deals if kind == "opportunity" else clustered_invoices)(company, owners, random.Random(73))
    function = f"api.{kind}_list(jsonb,text,boolean,text,integer)"
    call = f"select id, cursor from api.{kind}_list('{{}}', %(sort)s, %(desc)s, %(after)s, %(n)s)"
    with company.admin() as admin, company.connect("sup_e1", autocommit=True) as conn:
        table, sorts = admin.execute("select table_name::text, sorts from private.record_kinds "
                                     "where kind = %s", (kind,)).fetchone()
        admin.commit()
        notices: list[str] = []
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        for sort, column in sorted(sorts.items()):
            for desc in (False, True):
                seen = [r[0] for r in conn.execute(call, {"sort": sort, "desc": desc, "after": None,
                                                          "n": 1000}).fetchall()]
                assert len(seen) >= 4 * 30
                order = sql.SQL("desc" if desc else "asc")
                expected = [r[0] for r in admin.execute(sql.SQL(
                    "select id from {t} where id = any (%(seen)s) "
                    "order by ({c} is null), {c} {o}, id {o}").format(
                        t=sql.SQL(table), c=sql.Identifier(column), o=order), {"seen": seen}).fetchall()]
                admin.commit()
                walked, after = [], None
                with api_speaks(admin, function):
                    while True:
                        page = conn.execute(call, {"sort": sort, "desc": desc, "after": after,
                                                   "n": 7}).fetchall()
                        walked += [r[0] for r in page]
                        if len(page) < 7:
                            break
                        after = page[-1][1]
                assert walked == expected, (sort, desc)
        # the data runs by owner: some pages were read again, for the stopped owners only
        again = [n for n in notices if "o (walk_owner, cut_sort, cut_id, take)" in n]
        assert again, "no page stopped an owner inside it"

"""A child kind listed across its parents (sql/0042: private.declare_across_parents): payments
and invoices without a contract id. Each list, paged to its end by every declared sort both ways,
holds exactly what the oracle says the viewer sees; its count and its date range agree; the sort's
own index exists; a child kind not so declared still needs its parent; only scope 'all' is taken."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import pytest

from tests.factories import Company, build_small_company, seed_pipeline
from tests.rls_support import LEVELS, Kind, emp_id, oracle_for, outcome, record_kinds

DATE_FILTER = {"payment": "received_on", "invoice": "issued_on"}


@pytest.fixture(scope="module")
def company(db_factory) -> Company:
    return seed_pipeline(build_small_company(db_factory(), deals=True))


@pytest.fixture(scope="module")
def across(company: Company) -> list[Kind]:
    with company.admin() as admin:
        found = [k for k in record_kinds(admin) if k.across_parents]
    assert {k.kind for k in found} >= {"payment", "invoice"}
    return found


def page_all(conn: Any, kind: str, query: dict, sort: str, descending: bool, limit: int = 3) -> list[int]:
    """Every id of the list, page by page (small pages: many cursors), in the list's order."""
    got: list[int] = []
    after = None
    while True:
        page = outcome(conn, f"select id, cursor from api.{kind}_list(%s, %s, %s, %s, %s)",
                       (json.dumps(query), sort, descending, after, limit))
        assert page.ok, (kind, sort, descending, page.message)
        got += [r[0] for r in page.rows]
        if len(page.rows) < limit:
            return got
        after = page.rows[-1][1]


@pytest.mark.parametrize("narrow", ["on", "off"])
@pytest.mark.parametrize("key", LEVELS)
def test_every_sort_pages_through_exactly_what_the_viewer_sees(company: Company, across: list[Kind],
                                                              key: str, narrow: str) -> None:
    """Both ways through a scope (sql/0058): the parents in scope named, or the sort's index walked
    with the policy alone deciding."""
    o = oracle_for(company)
    with company.connect(key) as conn:
        conn.execute("select set_config('salesdesk.narrow_scope', %s, false)", (narrow,))
        for kind in across:
            if emp_id(company, key) is None:  # a login with no employee row reads nothing
                got = outcome(conn, f"select id from api.{kind.kind}_list()")
                assert (got.ok, got.sqlstate) == (False, "42501"), kind.kind
                continue
            want = o.visible(kind.kind, emp_id(company, key))
            for sort in kind.sorts:
                for descending in (False, True):
                    got = page_all(conn, kind.kind, {}, sort, descending)
                    assert len(got) == len(set(got)), (kind.kind, sort, descending)
                    assert set(got) == want, (kind.kind, sort, descending)
            counted = outcome(conn, "select n from api.record_count(%s, '{}')", (kind.kind,))
            assert counted.ok and counted.rows[0][0] == len(want), (kind.kind, counted.message)
    if key in ("sp_e1a", "director"):
        assert any(o.visible(k.kind, emp_id(company, key)) for k in across)  # the test saw rows


@pytest.mark.parametrize("key", ["sp_e1a", "sup_e1", "director"])
def test_a_date_range_lists_what_the_oracle_lists(company: Company, across: list[Kind], key: str) -> None:
    o = oracle_for(company)
    with company.connect(key) as conn:
        for kind in across:
            col = DATE_FILTER[kind.kind]
            seen = o.visible(kind.kind, emp_id(company, key))
            days = sorted({o.s.rows[kind.kind][r][col] for r in seen}) or [date(2026, 1, 1)]
            lo, hi = days[len(days) // 3], days[-1]
            for bounds, (low, high) in (({"from": lo.isoformat()}, (lo, date.max)),
                                        ({"to": lo.isoformat()}, (date.min, lo)),
                                        ({"from": lo.isoformat(), "to": hi.isoformat()}, (lo, hi))):
                want = {r for r in seen if low <= o.s.rows[kind.kind][r][col] <= high}
                got = page_all(conn, kind.kind, {"range": {col: bounds}}, next(iter(kind.sorts)), True, 50)
                assert set(got) == want, (kind.kind, bounds)


def test_bad_ranges_and_scopes_are_bad_requests(company: Company, across: list[Kind]) -> None:
    with company.connect("sup_e1") as conn:
        for kind in across:
            col = DATE_FILTER[kind.kind]
            for query in ({"range": [1]}, {"range": {"note": {"from": "a"}}}, {"range": {col: "2026-01-01"}},
                          {"range": {col: {"after": "2026-01-01"}}}, {"range": {col: {"from": "not a date"}}},
                          {"range": {"1=1) or (true": {"from": "1"}}}, {"scope": "mine"}, {"scope": "x"}):
                got = outcome(conn, "select * from api.record_count(%s, %s)", (kind.kind, json.dumps(query)))
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, query, got.message)
                got = outcome(conn, f"select id from api.{kind.kind}_list(%s)", (json.dumps(query),))
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, query, got.message)


def test_a_child_kind_not_declared_so_still_needs_its_parent(company: Company) -> None:
    with company.admin() as admin:
        others = [k for k in record_kinds(admin) if k.parent_kind and not k.across_parents]
    assert "instalment" in {k.kind for k in others}
    with company.connect("director") as conn:
        for kind in others:
            got = outcome(conn, "select * from api.record_count(%s, '{}')", (kind.kind,))
            assert (got.ok, got.sqlstate) == (False, "SD005"), kind.kind


def test_every_declared_sort_has_its_own_index(company: Company, across: list[Kind]) -> None:
    """The list across parents walks the sort's own index (sort, id), not just (parent, sort, id)."""
    with company.admin() as admin:
        for kind in across:
            indexes = Counter(
                tuple(r[0]) for r in admin.execute(
                    "select array(select a.attname from unnest(i.indkey) with ordinality k(n, o) "
                    "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o)::text[] "
                    "from pg_index i where i.indrelid = %s::regclass and i.indpred is null", (kind.table,)))
            for col in set(kind.sorts.values()):
                assert (col, "id") in indexes, (kind.kind, col)
                assert (kind.parent_column, col, "id") in indexes, (kind.kind, col)


def test_only_a_child_kind_is_declared_across_parents(company: Company) -> None:
    with company.admin() as admin:
        got = outcome(admin, "call private.declare_across_parents('customer')")
    assert not got.ok and "only a declared child kind" in got.message

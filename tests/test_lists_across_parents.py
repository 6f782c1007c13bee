"""A child kind listed across its parents (sql/0042: private.declare_across_parents): payments
and invoices without a contract id. Each list, paged to its end by every declared sort both ways,
holds exactly what the oracle says the viewer sees; its count and its date range agree; the sort's
own index exists; a child kind not so declared still needs its parent; only scope 'all' is taken.
The parent's owner kept on each row (sql/0066) follows the parent handed on, cannot be written to
differ, and, made stale, still shows nothing the policy hides."""

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
            kept = kept_owner(admin, kind.kind)
            for col in set(kind.sorts.values()):
                assert (col, "id") in indexes, (kind.kind, col)
                assert (kind.parent_column, col, "id") in indexes, (kind.kind, col)
                if kept:
                    assert (kept, col, "id") in indexes, (kind.kind, col)


def test_only_a_child_kind_is_declared_across_parents(company: Company) -> None:
    with company.admin() as admin:
        got = outcome(admin, "call private.declare_across_parents('customer')")
    assert not got.ok and "only a declared child kind" in got.message


def kept_owner(admin: Any, kind: str) -> str | None:
    """The column keeping the parent's owner on the kind's rows (private.declare_parent_owner)."""
    row = admin.execute("select parent_owner from private.record_kinds where kind = %s", (kind,)).fetchone()
    return row[0]


MONEY = (("payment", "sales.payments"), ("invoice", "sales.invoices"))
KEPT = "array_agg(distinct parent_owner_id)"
STAMPS = "array_agg(updated_at order by id)"


def of_contract(admin: Any, what: str, table: str, contract: int) -> Any:
    """One value over the rows of a contract's payments or invoices."""
    return admin.execute(f"select {what} from {table} where contract_id = %s", (contract,)).fetchone()[0]


def audited_money(admin: Any) -> int:
    return admin.execute("select count(*) from sales.audit_log "
                         "where kind in ('payment', 'invoice')").fetchone()[0]


def test_payments_and_invoices_keep_their_contracts_owner(company: Company) -> None:
    with company.admin() as admin:
        for kind, table in MONEY:
            assert kept_owner(admin, kind) == "parent_owner_id"
            wrong = admin.execute(f"select count(*) from {table} x "
                                  "join sales.contracts c on c.id = x.contract_id "
                                  "where x.parent_owner_id is distinct from c.owner_id").fetchone()[0]
            assert wrong == 0, kind


def listed(company: Company, key: str, kind: str) -> set[int]:
    """Every id of the kind's list across parents for this person, by the kept owner's route where
    the scope is a few owners (narrow on)."""
    with company.connect(key) as conn:
        conn.execute("select set_config('salesdesk.narrow_scope', 'on', false)")
        return set(page_all(conn, kind, {}, "received_on" if kind == "payment" else "issued_on", True, 4))


def test_the_kept_owner_follows_a_contract_handed_to_another_region(db_factory) -> None:
    """The salesperson hands a contract with money on it to the north: their supervisor's lists of
    payments and invoices lose its rows and the north's supervisor's gain them, though the one who
    handed it on may no longer write them (the copies are kept by the owner's trigger); nothing of
    the payments changed as far as their stamps and audit tell."""
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    p = company.people
    with company.admin() as admin:
        contract = admin.execute(
            "select c.id from sales.contracts c where c.owner_id = %s and c.status = 'approved' "
            "and exists (select 1 from sales.payments x where x.contract_id = c.id) "
            "and exists (select 1 from sales.invoices x where x.contract_id = c.id) order by c.id limit 1",
            (p["sp_e1a"],)).fetchone()
        assert contract, "the seeded company has an approved contract with payments and invoices"
        money = {kind: set(of_contract(admin, "array_agg(id)", table, contract[0])) for kind, table in MONEY}
        stamps = of_contract(admin, STAMPS, "sales.payments", contract[0])
        audited = audited_money(admin)
    for kind, ids in money.items():
        assert ids <= listed(company, "sup_e1", kind), kind
        assert not ids & listed(company, "sup_n1", kind), kind
    company.call("sp_e1a", "select api.record_transfer('contract', %s, %s, '跨区')",
                 (contract[0], p["sp_n1a"]))
    o = oracle_for(company)
    for kind, ids in money.items():
        east, north = listed(company, "sup_e1", kind), listed(company, "sup_n1", kind)
        assert not ids & east and ids <= north, kind
        assert east == o.visible(kind, p["sup_e1"]) and north == o.visible(kind, p["sup_n1"]), kind
    with company.admin() as admin:
        for _kind, table in MONEY:
            assert of_contract(admin, KEPT, table, contract[0]) == [p["sp_n1a"]]
        assert of_contract(admin, STAMPS, "sales.payments", contract[0]) == stamps
        assert audited_money(admin) == audited


def test_no_write_makes_the_kept_owner_differ(company: Company) -> None:
    """Whoever writes the copy (here the table's owner itself), it is read again from the parent;
    through the API it is no field at all."""
    with company.admin() as admin:
        pay, contract, owner = admin.execute(
            "select x.id, c.id, c.owner_id from sales.payments x "
            "join sales.contracts c on c.id = x.contract_id order by x.id limit 1").fetchone()
        admin.execute("update sales.payments set parent_owner_id = %s where id = %s",
                      (company.people["sup_n1"], pay))
        assert of_contract(admin, KEPT, "sales.payments", contract) == [owner]
        admin.rollback()
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "select api.record_update('payment', %s, null, %s)",
                      (pay, json.dumps({"parent_owner_id": company.people["sp_e1a"]})))
        assert not got.ok


def test_a_stale_kept_owner_shows_nothing_hidden(db_factory) -> None:
    """The copy only routes the list: made to name the supervisor's own salesperson on payments and
    invoices of a contract in the north (the triggers that keep it switched off), it shows none of
    them to the east's supervisor, in the list or its count; RLS reads the contract."""
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    p = company.people
    o = oracle_for(company)
    with company.admin() as admin:
        contract = admin.execute(
            "select c.id from sales.contracts c where c.owner_id = %s "
            "and exists (select 1 from sales.payments x where x.contract_id = c.id) order by c.id limit 1",
            (p["sp_n1a"],)).fetchone()[0]
        for _kind, table in MONEY:
            admin.execute(f"alter table {table} disable trigger keep_parent_owner")
            admin.execute(f"update {table} set parent_owner_id = %s where contract_id = %s",
                          (p["sp_e1a"], contract))
            admin.execute(f"alter table {table} enable trigger keep_parent_owner")
        admin.commit()
        stale = {kind: set(of_contract(admin, "array_agg(id)", table, contract) or [])
                 for kind, table in MONEY}
    assert stale["payment"]
    for kind, ids in stale.items():
        for key in ("sup_e1", "sp_e1a"):
            got = listed(company, key, kind)
            assert not ids & got and got == o.visible(kind, p[key]), (kind, key)
            with company.connect(key) as conn:
                conn.execute("select set_config('salesdesk.narrow_scope', 'on', false)")
                counted = outcome(conn, "select n from api.record_count(%s, '{}')", (kind,))
                assert counted.ok and counted.rows[0][0] == len(o.visible(kind, p[key])), (kind, key)


@pytest.mark.parametrize("kind, message", [("contact", "only a child kind listed across its parents"),
                                           ("customer", "only a child kind listed across its parents")])
def test_only_a_child_listed_across_parents_keeps_its_parents_owner(company: Company, kind: str,
                                                                    message: str) -> None:
    with company.admin() as admin:
        got = outcome(admin, "call private.declare_parent_owner(%s)", (kind,))
    assert not got.ok and message in got.message

"""The oracle (tests/oracle.py) on kinds it was never told about: scratch kinds declared in a
scratch company (an owned kind without a pool, a third-level child, an owned kind with a pool,
shares, archiving and filters of every type) are compared with what each login reads through
the API by the same code as the shipped kinds (tests/api_reads.py), and the access routes of
COMMON13 (members, reach, routes) are checked on a hand-made snapshot and, where this schema
has their registries, against the database."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest

from tests.api_reads import KindApi, differences, expected_all, kind_apis, read_all
from tests.factories import Company, build_small_company
from tests.filter_probes import filter_counts
from tests.oracle import ROUTE_REGISTRIES, KindDecl, Oracle, Snapshot
from tests.rls_support import LEVELS, VIEWERS, emp_id, enrich, oracle_for
from tests.scratch_kinds import declare_scratch_deals, declare_scratch_kinds

SCRATCH = ("t_visit", "t_contact_note", "t_deal")


@pytest.fixture(scope="module")
def scratch(db_factory) -> Company:
    """The enriched small company plus the scratch kinds, seeded through the factories and then
    changed through the API (a share, a transfer, an archive), read-only here."""
    c = build_small_company(db_factory())
    enrich(c)
    declare_scratch_kinds(c)
    deals = declare_scratch_deals(c)
    with c.admin() as conn:
        for contact in conn.execute("select min(id) from sales.contacts group by customer_id").fetchall():
            c.add_record(conn, "t_contact_note", parent=contact[0])
        conn.commit()
    p = c.people
    for key, query, params in (
        ("sp_e1a", "select api.record_share('t_deal', %s, %s, 'read')", (deals["sp_e1a商机1"], p["sp_e2a"])),
        (
            "sup_e1",
            "select api.record_transfer('t_deal', %s, %s, '调整')",
            (deals["sp_e1b商机1"], p["sp_e1a"]),
        ),
        ("mgr_n", "select api.record_archive('t_deal', %s)", (deals["sp_n1a商机1"],)),
    ):
        c.call(key, query, params)
    return c


@pytest.fixture(scope="module")
def scratch_oracle(scratch: Company) -> Oracle:
    return oracle_for(scratch)


@pytest.fixture(scope="module")
def scratch_apis(scratch: Company) -> list[KindApi]:
    with scratch.admin() as admin:
        return kind_apis(admin)


@pytest.mark.parametrize("key", VIEWERS)
def test_scratch_kinds_read_what_the_oracle_says(
    scratch: Company, scratch_oracle: Oracle, scratch_apis: list[KindApi], key: str
) -> None:
    with scratch.connect(key) as conn:
        got = read_all(conn, scratch_oracle, scratch_apis)
    assert differences(got, expected_all(scratch_oracle, emp_id(scratch, key), scratch_apis)) == {}
    # the same comparison covered the scratch kinds: counts, rights and per-record reads
    compared = {name.split(" ")[1] if name.startswith("count ") else name.split(" ")[0] for name in got}
    assert set(SCRATCH) <= compared


def test_the_scratch_comparison_is_not_trivial(scratch: Company, scratch_oracle: Oracle) -> None:
    o, p = scratch_oracle, scratch.people
    for kind in SCRATCH:
        sizes = [len(o.visible(kind, p[k])) for k in ("sp_e1a", "sup_e1", "mgr_e", "director")]
        assert 0 < sizes[0] < sizes[1] < sizes[2] < sizes[3], (kind, sizes)
        assert o.visible(kind, None) == set()
    deals = o.s.rows["t_deal"]
    pooled = next(d for d, row in deals.items() if row["pool_id"] is not None)
    assert pooled in o.visible("t_deal", p["sp_e1a"]) and pooled not in o.visible("t_deal", p["sp_n1a"])
    assert o.kind_rights("t_deal", p["mgr_e"], pooled) == (True, True)
    shared = {rec for kind, rec, *_ in o.s.shares.values() if kind == "t_deal"}
    assert any(o.kind_rights("t_deal", p["sp_e1b"], d) == (True, False) for d in shared)
    assert any(o.kind_rights("t_deal", p["sp_e2a"], d) == (False, False) for d in shared)
    # the transferred deal has its history, read by whoever sees it now
    assert any(o.history_of("t_deal", d) for d in o.visible("t_deal", p["sp_e1a"]))
    notes = o.s.rows["t_contact_note"]
    assert {o.root("t_contact_note", n)[0] for n in notes} == {"customer"}


@pytest.mark.parametrize("key", LEVELS[:-1])
def test_scratch_filters_of_every_type_count_what_the_oracle_counts(
    scratch: Company, scratch_oracle: Oracle, key: str
) -> None:
    with scratch.admin() as admin, scratch.connect(key) as conn:
        found = filter_counts(
            conn,
            admin,
            scratch_oracle,
            scratch.people[key],
            "t_deal",
            "sales.t_deals",
            ("customer_id", "title", "amount", "close_on", "won", "touched_at"),
            True,
        )
    assert {probe: gw for probe, gw in found.items() if gw[0] != gw[1]} == {}
    probed = {probe.split(" = ")[0] for probe in found}
    assert probed == {
        f"t_deal.{c}" for c in ("customer_id", "title", "amount", "close_on", "won", "touched_at")
    }


# ---------------------------------------------------------------------------
# Access routes (COMMON13): members, reach, routes
# ---------------------------------------------------------------------------


def routed_snapshot() -> Snapshot:
    """One unit of `self` scopes: 10 owns customer 1, deal 100 on it and deal 101; 11 is a write
    member of deal 100, 13 a read member; 12 holds call 500 on deal 100 and call 501 on deal 101;
    14 has a live read share of deal 101, 15 an expired one."""
    s = Snapshot(
        unit_parent={1: None}, position_scope={1: "self"}, pool_unit={}, now=datetime(2026, 1, 2, tzinfo=UTC)
    )
    s.employees = {e: (f"e{e}", 1, 1, None, True) for e in (10, 11, 12, 13, 14, 15)}
    s.kinds = {
        "customer": KindDecl("customer", "c", owner_column="owner_id", shares=True),
        "deal": KindDecl("deal", "d", owner_column="owner_id", shares=True),
        "call": KindDecl("call", "k", owner_column="owner_id", shares=True),
        "note": KindDecl("note", "n", parent_kind="deal", parent_column="deal_id"),
    }
    s.rows = {
        "customer": {1: {"owner_id": 10}, 2: {"owner_id": 12}},
        "deal": {100: {"owner_id": 10, "customer_id": 1}, 101: {"owner_id": 10, "customer_id": 2}},
        "call": {
            500: {"owner_id": 12, "deal_id": 100},
            501: {"owner_id": 12, "deal_id": 101},
            502: {"owner_id": 12, "deal_id": None},
        },
        "note": {900: {"deal_id": 100}, 901: {"deal_id": 101}},
    }
    s.routes_declared = True
    s.members = [("deal", 100, 11, "write"), ("deal", 100, 13, "read")]
    s.reach = [("deal", "customer_id", "customer")]
    s.routes = [("call", "deal_id", "deal")]
    s.shares = {
        1: ("deal", 101, 14, "read", None),
        2: ("deal", 101, 15, "write", datetime(2026, 1, 1, tzinfo=UTC)),
    }
    return s


def test_the_oracle_applies_members_reach_and_routes() -> None:
    o = Oracle(routed_snapshot())
    seen = {
        e: {k: o.visible(k, e) for k in ("customer", "deal", "call", "note")}
        for e in (10, 11, 12, 13, 14, 15)
    }
    # the owner: both deals, their customer 1 (own) and customer 2 (reach: owns deal 101), both routed calls
    assert seen[10] == {"customer": {1, 2}, "deal": {100, 101}, "call": {500, 501}, "note": {900, 901}}
    # members read the deal, its customer (reach) and its calls (route); a write member writes the deal
    assert seen[11] == {"customer": {1}, "deal": {100}, "call": {500}, "note": {900}}
    assert seen[13] == seen[11]
    assert o.kind_rights("deal", 11, 100) == (True, False) and o.kind_rights("deal", 13, 100) == (
        False,
        False,
    )
    assert o.kind_rights("note", 11, 900) == (True, False)
    # reach and routes only read
    assert o.kind_rights("customer", 11, 1) == (False, False) and o.kind_rights("call", 10, 500) == (
        False,
        False,
    )
    # a live share routes like a membership; an expired one gives nothing
    assert seen[14] == {"customer": {2}, "deal": {101}, "call": {501}, "note": {901}}
    assert seen[15] == {"customer": set(), "deal": set(), "call": set(), "note": set()}
    # the calls' holder sees its calls by owning them, and no deal through them
    assert seen[12] == {"customer": {2}, "deal": set(), "call": {500, 501, 502}, "note": set()}
    # without the registries, nothing but owners and shares
    s = routed_snapshot()
    s.members, s.reach, s.routes = [], [], []
    assert Oracle(s).visible("deal", 11) == set() and Oracle(s).visible("customer", 14) == set()


ROUTED = """
set local role salesdesk_owner;
create table sales.t_deal_members (
    id bigint generated always as identity primary key,
    deal_id bigint not null references sales.t_deals (id) on delete cascade,
    employee_id bigint not null references sales.employees (id),
    access text not null check (access in ('read', 'write')));
call private.declare_members('t_deal', 'sales.t_deal_members', 'deal_id', 'employee_id', 'access');
call private.declare_reach('t_deal', 'customer_id');
create table sales.t_deal_calls (
    id bigint generated always as identity primary key,
    holder_id bigint references sales.employees (id),
    deal_id bigint references sales.t_deals (id),
    subject text not null,
    version integer not null default 1, created_at timestamptz not null default now(),
    created_by bigint, updated_at timestamptz not null default now(), updated_by bigint);
call private.declare_kind('t_deal_call', 'sales.t_deal_calls', null, p_owner_column => 'holder_id',
    p_shares => true, p_insertable => array['deal_id', 'subject'], p_writable => array['subject']);
call private.declare_reference('t_deal_call', 'deal_id', 't_deal');
call private.declare_route('t_deal_call', 'deal_id');
"""


def route_registries(conn: psycopg.Connection) -> dict[str, bool]:
    names = [*ROUTE_REGISTRIES, "private.declare_members", "private.declare_reach", "private.declare_route"]
    found = conn.execute(
        "select n, coalesce(to_regclass(n)::text, to_regproc(n)::text) is not null from unnest(%s::text[]) n",
        (names,),
    ).fetchall()
    conn.rollback()
    return dict(found)


def test_access_routes_match_the_oracle_in_the_database(company: Company, db_factory) -> None:
    """Before 0018 (opps) lands, this schema must have none of the route registries, and the oracle's
    route code is checked by the test above only; once it has them, a scratch deal with a team, a
    reach to its customer and a routed call kind is compared with the oracle for every viewer, and
    removing a member revokes at the next statement of an open session."""
    with company.admin() as admin:
        present = route_registries(admin)
    if not any(present.values()):
        assert oracle_for(company).s.routes_declared is False
        return
    assert all(present.values()), present  # the contract: the three registries and their procedures
    c = build_small_company(db_factory())
    deals = declare_scratch_deals(c)
    deal, p = deals["sp_e1a商机1"], c.people
    with c.admin() as conn:
        conn.execute(ROUTED)
        conn.execute("reset role")
        conn.execute(
            "insert into sales.t_deal_members (deal_id, employee_id, access) values "
            "(%s, %s, 'write'), (%s, %s, 'read')",
            (deal, p["sp_n1a"], deal, p["sp_e2a"]),
        )
        c.add_record(conn, "t_deal_call", owner="sup_n1", deal_id=deal)
        conn.commit()
    o = oracle_for(c)
    assert deal in o.visible("t_deal", p["sp_n1a"]) and o.kind_rights("t_deal", p["sp_e2a"], deal) == (
        False,
        False,
    )
    with c.admin() as admin:
        apis = kind_apis(admin)
    for key in VIEWERS:
        with c.connect(key) as conn:
            assert differences(read_all(conn, o, apis), expected_all(o, emp_id(c, key), apis)) == {}, key
    with c.connect("sp_n1a") as member:
        assert member.execute("select count(*) from api.record_rights('t_deal', %s)", (deal,)).fetchone() == (
            1,
        )
        member.rollback()
        with c.admin() as admin:
            admin.execute("delete from sales.t_deal_members where employee_id = %s", (p["sp_n1a"],))
            admin.commit()
        o = oracle_for(c)
        assert deal not in o.visible("t_deal", p["sp_n1a"])
        assert differences(read_all(member, o, apis), expected_all(o, p["sp_n1a"], apis)) == {}


def test_the_comparison_catches_a_policy_without_its_pool_and_shares(db_factory) -> None:
    """The guard itself: with the scratch deal's read policy cut down to "owner in scope", the
        same comparison names the pool deal and the shared deal, in the count, the per-record reads and
    the change feed."""
    c = build_small_company(db_factory())
    deals = declare_scratch_deals(c)
    with c.admin() as admin:
        admin.execute(
            'alter policy "the API reads t_deal rows the caller may see" on sales.t_deals using '
            "((select private.sees_all()) or "
            "seller_id = any ((select private.visible_owner_ids())::bigint[]))"
        )
        admin.commit()
        apis = kind_apis(admin)
    o = oracle_for(c)
    wrong: dict[str, set[str]] = {}
    for key in ("sp_e1a", "sp_e1b", "mgr_e"):
        with c.connect(key) as conn:
            wrong[key] = set(differences(read_all(conn, o, apis), expected_all(o, c.people[key], apis)))
    pooled, shared = deals["华东公海商机"], deals["sp_n1a商机1"]
    assert {"count t_deal {'archived': 'all'}", f"t_deal {pooled}"} <= wrong["sp_e1a"]
    assert f"t_deal {shared}" in wrong["sp_e1b"] and f"t_deal {pooled}" in wrong["sp_e1b"]
    # ... and the change feed of those deals, which follows the same policy; nothing else
    assert all(k.startswith(("count t_deal", "t_deal ", "changes")) for k in set().union(*wrong.values()))

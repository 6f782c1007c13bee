"""Adversarial suite, part 1: reading. Logs in with passwords as every person of the small
company and as two outsiders, reads everything the API offers (every read view, and every
per-record function for every customer id, hidden and missing ones included) and compares
with the independent oracle (tests/oracle.py); then tries to read past the API, change
identity or create objects.

Writes: test_rls_writes.py; registry-driven attacks: test_rls_registry.py; covert channels:
test_rls_covert.py; reorgs: test_rls_reorg.py; scenarios: test_rls_scenarios.py; catalog:
test_rls_catalog.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.api_reads import KindApi, differences, expected_all, kind_apis, read_all, read_views
from tests.factories import PEOPLE, Company, build_small_company
from tests.oracle import Oracle
from tests.rls_support import LEVELS, VIEWERS, emp_id, enrich, ids, oracle_for, outcome


@pytest.fixture(scope="module")
def rich(db_factory) -> Company:
    """The small company plus history, audit, shares of every kind and an expired share (read-only here)."""
    company = build_small_company(db_factory())
    enrich(company)
    return company


@pytest.fixture(scope="module")
def rich_oracle(rich: Company) -> Oracle:
    return oracle_for(rich)


@pytest.fixture(scope="module")
def sessions(rich: Company) -> Iterator[dict[str, psycopg.Connection]]:
    """One password login per viewer, reused by the read-only tests of this module."""
    conns = {key: rich.connect(key) for key in VIEWERS}
    yield conns
    for conn in conns.values():
        conn.close()


# ---------------------------------------------------------------------------
# Everything the API reads, every viewer, against the oracle
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def apis(rich: Company) -> list[KindApi]:
    with rich.admin() as admin:
        return kind_apis(admin)


@pytest.mark.parametrize("key", VIEWERS)
def test_api_reads_match_the_oracle(
    sessions, rich: Company, rich_oracle: Oracle, apis: list[KindApi], key: str
) -> None:
    """Every view, every kind's count and list (paged by keyset, two rows a page, with the rights
    and access of each row) and every per-record read of every id of every kind."""
    got = read_all(sessions[key], rich_oracle, apis)
    assert differences(got, expected_all(rich_oracle, emp_id(rich, key), apis)) == {}


def test_oracle_is_not_trivial(rich: Company, rich_oracle: Oracle) -> None:
    """The comparison above means something: scopes differ, and the enriched data exists."""
    o, p = rich_oracle, rich.people
    sizes = {k: len(o.customers(p[k])) for k in PEOPLE}
    assert sizes["sp_e1a"] < sizes["sup_e1"] < sizes["mgr_e"] < sizes["director"]
    # the expired write share gives sp_n1a nothing
    assert rich.customers["sp_e2a客户2"] not in o.customers(p["sp_n1a"])
    # a customer sp_e1a once owned (and handed to another region) is out of sight, history and all
    moved = rich.customers["sp_e1a客户3"]
    assert o.history_of("customer", moved) and moved not in o.customers(p["sp_e1a"])
    # peers see but do not hand on; the director does not hand on the admin's (a peer in HQ) records
    sup_customer = rich.customers["sup_e1客户1"]
    assert o.rights(p["asst_e1"], sup_customer) == (True, False)
    assert o.rights(p["sup_e1"], rich.customers["sp_e1a客户1"]) == (True, True)
    # shares: the recipient sees only their own share, whoever hands on sees them all
    shared = rich.customers["sp_e1a客户2"]
    assert (
        o.shares_of(p["sp_e1a"], "customer", shared)
        and o.shares_of(p["asst_e1"], "customer", shared) == set()
    )
    # ... nor in the audit: an entry of a share is seen by whoever sees the share
    assert o.audit_of(p["asst_e1"], "customer", shared) < o.audit_of(p["sup_e1"], "customer", shared)
    read_shared = rich.customers["sp_n1a客户1"]
    assert o.audit_of(p["sp_e1a"], "customer", read_shared) < o.audit_of(p["sp_n1a"], "customer", read_shared)
    assert o.changes(p["sp_e1a"]) and o.changes(p["sp_e1a"]) != o.changes(p["director"])
    assert o.customers(None) == set()


def test_stranger_cannot_even_connect(rich: Company) -> None:
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        rich.connect("stranger")


def test_outsider_has_no_identity(sessions) -> None:
    conn = sessions["outsider"]
    assert outcome(conn, "select * from api.whoami()").rows == ()
    for fn in (
        "api.record_claim('customer', 1)",
        "api.record_release('customer', 1, 'x')",
        "api.record_transfer('customer', 1, 1, 'x')",
        "api.record_create('customer', '{\"name\": \"x\"}')",
        "api.directory('')",
        "api.changes_since(0)",
    ):
        got = outcome(conn, f"select * from {fn}")
        assert (got.sqlstate, got.message) == ("42501", "not a salesdesk employee"), fn


# ---------------------------------------------------------------------------
# Past the API: nothing of sales or private is readable at all
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def data_relations(rich: Company) -> list[str]:
    with rich.admin() as admin:
        found = [
            r[0]
            for r in admin.execute(
                "select c.oid::regclass::text from pg_class c "
                "where c.relnamespace in ('sales'::regnamespace, 'private'::regnamespace) "
                "and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') order by 1"
            )
        ]
    assert {"sales.customers", "sales.record_shares", "private.visibility", "private.changes"} <= set(found)
    return found


@pytest.mark.parametrize("key", VIEWERS)
def test_direct_reads_are_permission_denied(sessions, data_relations: list[str], key: str) -> None:
    for rel in data_relations:
        got = outcome(sessions[key], f"select * from {rel} limit 1")
        assert (got.ok, got.sqlstate) == (False, "42501"), rel
        assert "permission denied" in (got.message or ""), rel


@pytest.mark.parametrize("key", LEVELS)
def test_copy_reads_only_the_api(sessions, rich: Company, rich_oracle: Oracle, key: str) -> None:
    conn, me = sessions[key], emp_id(rich, key)
    with pytest.raises(psycopg.Error) as err:
        with conn.cursor() as cur, cur.copy("copy sales.customers (id) to stdout") as copy:
            list(copy.rows())
    conn.rollback()
    assert err.value.sqlstate == "42501"
    if me is not None:
        with conn.cursor() as cur, cur.copy("copy (select id from api.customers) to stdout") as copy:
            got = {int(row[0]) for row in copy.rows()}
        conn.rollback()
        assert got == rich_oracle.customers(me)


@pytest.mark.parametrize("key", LEVELS)
def test_copy_from_is_refused(sessions, key: str) -> None:
    conn = sessions[key]
    for target in (
        "sales.customers (name)",
        "sales.record_shares (kind, record_id, employee_id)",
        "api.customers (name)",
    ):
        with pytest.raises(psycopg.Error) as err:
            with conn.cursor() as cur, cur.copy(f"copy {target} from stdin") as copy:
                copy.write("x\n")
        conn.rollback()
        assert err.value.sqlstate in ("42501", "42809"), target  # 42809: a view is not a COPY target


@pytest.mark.parametrize("key", LEVELS)
def test_api_views_are_read_only(sessions, key: str) -> None:
    for stmt in (
        "insert into api.customers (name) values ('x')",
        "update api.customers set name = 'x'",
        "delete from api.customers",
        "update api.contacts set name = 'x'",
        "delete from api.customer_pools",
        "truncate api.customers",
    ):
        got = outcome(sessions[key], stmt)
        # 55000 / 42809: a view over a function cannot be written or truncated at all, whoever asks
        assert (got.ok, got.sqlstate in ("42501", "55000", "42809")) == (False, True), (stmt, got.message)


# ---------------------------------------------------------------------------
# Identity tricks: SET ROLE, SET SESSION AUTHORIZATION, spoofed settings
# ---------------------------------------------------------------------------


def other_roles(company: Company, key: str) -> list[str]:
    other = "sp_n1a" if key != "sp_n1a" else "sp_e1a"
    roles = [
        "salesdesk_owner",
        "salesdesk_api",
        "postgres",
        company.login(other),
        company.login("director"),
        "pg_read_all_data",
        "pg_write_all_data",
        "pg_monitor",
        "pg_read_all_stats",
    ]
    return [r for r in roles if r != company.login(key)]


@pytest.mark.parametrize("key", LEVELS)
def test_set_role_to_anyone_else_is_refused(sessions, rich: Company, key: str) -> None:
    conn = sessions[key]
    for role in other_roles(rich, key):
        for stmt in (f'set role "{role}"', f'set session authorization "{role}"'):
            got = outcome(conn, stmt)
            assert (got.ok, got.sqlstate) == (False, "42501"), stmt


TRICKS = [
    "set role salesdesk_user",
    "set session authorization {me}",
    "set app.user_id = '{director_id}'",
    "select set_config('app.user_id', '{director_id}', false)",
    "select set_config('app.current_user', '{director}', false)",
    "select set_config('request.jwt.claim.sub', '{director}', false)",
    "set search_path = pg_temp, api, private, sales, public",
    "set role none",
]


@pytest.mark.parametrize("trick", TRICKS)
@pytest.mark.parametrize("key", LEVELS)
def test_tricks_change_neither_identity_nor_rows(
    rich: Company, rich_oracle: Oracle, key: str, trick: str
) -> None:
    me = emp_id(rich, key)
    with rich.admin() as admin:
        group = admin.execute("select private.connect_role()").fetchone()[0]  # type: ignore[index]
    stmt = trick.format(
        me=rich.login(key),
        director_id=rich.people["director"],
        director=rich.login("director"),
        connect_group=group,
    )
    with rich.connect(key, autocommit=True) as conn:
        conn.execute(stmt)
        assert conn.execute("select session_user").fetchone() == (rich.login(key),)
        who = conn.execute("select employee_id from api.whoami()").fetchall()
        assert who == ([(me,)] if me else [])
        if me is not None:
            assert ids(conn, "select id from api.customers") == rich_oracle.customers(me), stmt
            assert ids(conn, "select id from api.contacts") == rich_oracle.contacts(me), stmt
            assert ids(conn, "select seq from api.changes_since(0, 5000)") == rich_oracle.changes(me), stmt


@pytest.mark.parametrize("key", LEVELS)
def test_row_security_off_errors_instead_of_showing_more(sessions, key: str) -> None:
    conn = sessions[key]
    for query in (
        "select count(*) from api.customers",
        "select count(*) from api.contacts",
        "select count(*) from api.customer_list('{}')",
        "select * from api.record_count('customer')",
    ):
        conn.execute("set row_security = off")
        got = outcome(conn, query)
        assert (got.ok, got.sqlstate) == (False, "42501"), query
        assert "row-level security" in (got.message or "") or got.message == "not a salesdesk employee", query
    conn.execute("reset row_security")
    conn.commit()


@pytest.mark.parametrize("key", LEVELS)
def test_superuser_only_settings_are_refused(sessions, key: str) -> None:
    for stmt in (
        "set session_replication_role = replica",  # would skip every trigger
        "alter role current_user set session_replication_role = replica",
        "alter role current_user connection limit -1",
        "set allow_system_table_mods = on",
    ):
        got = outcome(sessions[key], stmt)
        assert not got.ok and got.sqlstate in ("42501", "55P02", "42939"), stmt


@pytest.mark.parametrize("key", LEVELS)
def test_the_connect_group_is_no_way_in(rich: Company, key: str) -> None:
    """A login may SET ROLE to its per-database CONNECT group: that role holds nothing at all."""
    with rich.admin() as admin:
        group = admin.execute("select private.connect_role()").fetchone()[0]  # type: ignore[index]
    with rich.connect(key, autocommit=True) as conn:
        conn.execute(f'set role "{group}"')
        for query in (
            "select * from api.customers",
            "select * from api.whoami()",
            "select * from sales.customers",
        ):
            got = outcome(conn, query)
            assert (got.ok, got.sqlstate) == (False, "42501"), query


@pytest.mark.parametrize("pose_as", ["none", "salesdesk_user", "app.user_id"])
@pytest.mark.parametrize("key", VIEWERS)
def test_api_answers_for_the_session_user(rich: Company, rich_oracle: Oracle, key: str, pose_as: str) -> None:
    """The functions for pickers and pages answer for the login, whatever it poses as."""
    me = emp_id(rich, key)
    with rich.connect(key, autocommit=True) as conn:
        if pose_as == "salesdesk_user":
            conn.execute("set role salesdesk_user")
        elif pose_as == "app.user_id":
            conn.execute(f"set app.user_id = '{rich.people['director']}'")
        got = read_views(conn)
        assert outcome(conn, "select api.schema_version() is not null").rows == ((True,),)
        if me is None:
            assert outcome(conn, "select * from api.team_rows()").sqlstate == "42501"
            assert set(got.values()) == {("42501", "not a salesdesk employee")}
            return
        o = rich_oracle
        active = {e for e, row in o.s.employees.items() if row[4]}
        in_scope = o.visible_owners(me) & active
        assert got["assignable"] == in_scope
        assert ids(conn, "select id from api.directory('', 500) where in_scope") == in_scope
        assert ids(conn, "select id from api.directory('', 500)") == active
        team = outcome(conn, "select id, customer_count from api.team_rows()").rows
        live = {c for c in o.customers(me)}
        with rich.admin() as admin:
            archived = {
                r[0] for r in admin.execute("select id from sales.customers where archived_at is not null")
            }
        assert dict(team) == {
            e: sum(1 for c in live - archived if o.s.customer_owner[c] == e) for e in in_scope
        }
        assert got["customer_pools"] == {p: p in o.managed_pools(me) for p in o.pools(me)}


# ---------------------------------------------------------------------------
# Creating objects of any kind
# ---------------------------------------------------------------------------

CREATES = [
    "create table sales.t (a int)",
    "create table private.t (a int)",
    "create table api.t (a int)",
    "create table public.t (a int)",
    "create table t (a int)",
    "create temp table customers (a int)",
    "create table pg_temp.t (a int)",
    "create unlogged table public.t (a int)",
    "create view public.v as select 1",
    "create view api.v as select * from api.customers",
    "create materialized view public.mv as select 1",
    "create schema evil",
    "create function public.f() returns int language sql as 'select 1'",
    "create function api.f() returns int language sql as 'select 1'",
    "create or replace function api.whoami() returns int language sql as 'select 1'",
    "create function private.current_employee_id() returns bigint language sql as 'select 1::bigint'",
    "create procedure public.p() language sql as 'select 1'",
    "create sequence public.s",
    "create type public.ty as (a int)",
    "create domain public.d as int",
    "create index on sales.customers (notes)",
    "create policy p on sales.customers using (true)",
    "create rule r as on select to api.customers do instead select 1",
    "create trigger t before insert on sales.customers execute function private.stamp()",
    "create statistics public.st on name, phone from sales.customers",
    "create publication pub",
    "create role evil",
    "create extension pg_trgm",
    "create operator public.=== (function = int4eq, leftarg = int, rightarg = int)",
    "create cast (int as text) without function",
    "create text search dictionary public.d (template = simple)",
    "alter table sales.customers disable row level security",
    "alter table sales.customers no force row level security",
    "alter view api.customers rename to c",
    "alter function api.customer_get(bigint) security invoker",
    "alter function private.visible_owner_ids() owner to salesdesk_user",
    "comment on table sales.customers is 'x'",
    "comment on view api.customers is 'x'",
    "select lo_create(0)",
    "select lo_from_bytea(0, 'x')",
    "grant salesdesk_owner to current_user",
    "grant salesdesk_api to current_user",
]


@pytest.mark.parametrize("key", LEVELS)
def test_creating_any_object_is_refused(sessions, key: str) -> None:
    conn = sessions[key]
    for stmt in CREATES:
        got = outcome(conn, stmt)
        assert not got.ok, stmt
        # pg_trgm may simply not be installed (the bundled server ships no contrib);
        # an unqualified CREATE finds no schema it may create in (3F000)
        if "pg_trgm" not in stmt:
            assert got.sqlstate in ("42501", "3F000"), (stmt, got.message)


def test_no_temp_table_can_shadow_api_objects(rich: Company, rich_oracle: Oracle) -> None:
    with rich.connect("sp_e1a", autocommit=True) as conn:
        assert not outcome(conn, "create temp table customers (id bigint)").ok
        conn.execute("set search_path = pg_temp, api, sales, private, public")
        # unqualified names resolve to the API; the definer functions pin their own path
        assert ids(conn, "select id from customers") == rich_oracle.customers(rich.people["sp_e1a"])
        assert ids(conn, "select id from assignable_employees()") == {rich.people["sp_e1a"]}

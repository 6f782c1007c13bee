"""Adversarial RLS suite, part 1: reading. Logs in with passwords as every person of
the small company and as two outsiders, reads every table and compares with the
independent oracle (tests/oracle.py), then tries to change identity or escape RLS.

Writes, shares and pools: test_rls_writes.py; reorgs: test_rls_reorg.py; catalog: test_rls_catalog.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.factories import PEOPLE, Company, build_small_company
from tests.oracle import BUSINESS_TABLES, Oracle
from tests.rls_support import LEVELS, VIEWERS, emp_id, enrich, oracle_for, outcome


@pytest.fixture(scope="module")
def rich(db_factory) -> Company:
    """The small company plus history, audit updates and an expired share (read-only here)."""
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


def visible_ids(conn: psycopg.Connection, table: str) -> set[int]:
    try:
        return {r[0] for r in conn.execute(f"select id from sales.{table}")}
    finally:
        conn.rollback()


# ---------------------------------------------------------------------------
# Every table, every viewer, against the oracle
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("table", BUSINESS_TABLES)
@pytest.mark.parametrize("key", VIEWERS)
def test_reads_match_the_oracle(sessions, rich: Company, rich_oracle: Oracle, key: str, table: str) -> None:
    assert visible_ids(sessions[key], table) == rich_oracle.expected(table, emp_id(rich, key))


def test_oracle_is_not_trivial(rich: Company, rich_oracle: Oracle) -> None:
    """The comparison above means something: scopes differ and the enriched data exists."""
    ids = rich.people
    sizes = {k: len(rich_oracle.expected("customers", ids[k])) for k in PEOPLE}
    assert sizes["sp_e1a"] < sizes["sup_e1"] < sizes["mgr_e"] < sizes["director"]
    assert rich_oracle.expected("ownership_history", ids["director"])
    assert rich_oracle.expected("audit_log", ids["sp_e1a"])
    # the expired write share gives sp_n1a nothing
    assert rich.customers["sp_e2a客户2"] not in rich_oracle.expected("customers", ids["sp_n1a"])
    assert rich_oracle.expected("customers", None) == set()


@pytest.mark.parametrize("key", VIEWERS)
def test_private_tables_are_permission_denied(sessions, rich: Company, key: str) -> None:
    with rich.admin() as admin:
        tables = [
            r[0]
            for r in admin.execute(
                "select format('%I.%I', schemaname, tablename) from pg_tables where schemaname = 'private'"
            )
        ]
    assert "private.visibility" in tables
    for table in tables:
        got = outcome(sessions[key], f"select * from {table} limit 1")
        assert (got.ok, got.sqlstate) == (False, "42501"), table


def test_stranger_cannot_even_connect(rich: Company) -> None:
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        rich.connect("stranger")


def test_outsider_has_no_identity(sessions) -> None:
    conn = sessions["outsider"]
    assert outcome(conn, "select * from sales.whoami()").rows == ()
    assert outcome(conn, "select private.current_employee_id()").rows == ((None,),)
    for fn in (
        "sales.claim_customer(1)",
        "sales.release_customer(1, 'x')",
        "sales.transfer_record('customer', 1, 1, 'x')",
    ):
        assert outcome(conn, f"select {fn}").sqlstate == "42501"


# ---------------------------------------------------------------------------
# Identity tricks: SET ROLE, SET SESSION AUTHORIZATION, spoofed settings
# ---------------------------------------------------------------------------


def other_roles(company: Company, key: str) -> list[str]:
    other = "sp_n1a" if key != "sp_n1a" else "sp_e1a"
    roles = [
        "salesdesk_owner",
        "postgres",
        company.login(other),
        company.login("director"),
        "pg_read_all_data",
        "pg_write_all_data",
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
    "set search_path = pg_temp, private, sales, public",
    "set role none",
]


@pytest.mark.parametrize("trick", TRICKS)
@pytest.mark.parametrize("key", LEVELS)
def test_tricks_change_neither_identity_nor_rows(
    rich: Company, rich_oracle: Oracle, key: str, trick: str
) -> None:
    me = emp_id(rich, key)
    stmt = trick.format(
        me=rich.login(key), director_id=rich.people["director"], director=rich.login("director")
    )
    with rich.connect(key, autocommit=True) as conn:
        conn.execute(stmt)
        assert conn.execute("select session_user").fetchone() == (rich.login(key),)
        assert conn.execute("select private.current_employee_id()").fetchone() == (me,)
        who = conn.execute("select employee_id from sales.whoami()").fetchall()
        assert who == ([(me,)] if me else [])
        for table in ("customers", "contacts", "customer_pools", "record_shares", "audit_log"):
            assert visible_ids(conn, table) == rich_oracle.expected(table, me), (stmt, table)


@pytest.mark.parametrize("key", LEVELS)
def test_row_security_off_errors_instead_of_showing_more(sessions, key: str) -> None:
    conn = sessions[key]
    for table in BUSINESS_TABLES:
        conn.execute("set row_security = off")
        got = outcome(conn, f"select count(*) from sales.{table}")
        assert (got.ok, got.sqlstate) == (False, "42501"), table
        assert "row-level security" in (got.message or "")
    conn.execute("reset row_security")
    conn.commit()


@pytest.mark.parametrize("key", LEVELS)
def test_superuser_only_settings_are_refused(sessions, key: str) -> None:
    for stmt in (
        "set session_replication_role = replica",  # would skip every trigger
        "alter role current_user set session_replication_role = replica",
        "set allow_system_table_mods = on",
    ):
        got = outcome(sessions[key], stmt)
        assert not got.ok and got.sqlstate in ("42501", "55P02", "42939"), stmt


@pytest.mark.parametrize("key", LEVELS)
def test_copy_to_returns_only_visible_rows(sessions, rich: Company, rich_oracle: Oracle, key: str) -> None:
    conn = sessions[key]
    with conn.cursor() as cur, cur.copy("copy sales.customers (id) to stdout") as copy:
        got = {int(row[0]) for row in copy.rows()}
    conn.rollback()
    assert got == rich_oracle.expected("customers", emp_id(rich, key))


@pytest.mark.parametrize("key", LEVELS)
def test_copy_from_is_refused(sessions, rich: Company, key: str) -> None:
    conn = sessions[key]
    for table, row in (
        ("customers", "copy-in\n"),
        ("contacts", f"{rich.customers['sp_e1a客户1']}\tx\n"),
        ("record_shares", "customer\t1\t1\n"),
    ):
        cols = {
            "customers": "(name)",
            "contacts": "(customer_id, name)",
            "record_shares": "(kind, record_id, employee_id)",
        }[table]
        with pytest.raises(psycopg.Error) as err:
            with conn.cursor() as cur, cur.copy(f"copy sales.{table} {cols} from stdin") as copy:
                copy.write(row)
        conn.rollback()
        assert err.value.sqlstate in ("42501", "0A000"), table


# ---------------------------------------------------------------------------
# Creating objects of any kind
# ---------------------------------------------------------------------------

CREATES = [
    "create table sales.t (a int)",
    "create table private.t (a int)",
    "create table public.t (a int)",
    "create table t (a int)",
    "create temp table customers (a int)",
    "create table pg_temp.t (a int)",
    "create unlogged table public.t (a int)",
    "create view public.v as select 1",
    "create view sales.v with (security_invoker = false) as select * from sales.customers",
    "create materialized view public.mv as select 1",
    "create schema evil",
    "create function public.f() returns int language sql as 'select 1'",
    "create function sales.f() returns int language sql as 'select 1'",
    "create function private.current_employee_id() returns bigint language sql as 'select 1::bigint'",
    "create procedure public.p() language sql as 'select 1'",
    "create sequence public.s",
    "create type public.ty as (a int)",
    "create domain public.d as int",
    "create index on sales.customers (notes)",
    "create policy p on sales.customers using (true)",
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
    "alter function private.visible_owner_ids() owner to salesdesk_user",
    "comment on table sales.customers is 'x'",
    "select lo_create(0)",
    "select lo_from_bytea(0, 'x')",
    "grant salesdesk_owner to current_user",
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


def test_no_temp_table_can_shadow_sales_tables(rich: Company, rich_oracle: Oracle) -> None:
    with rich.connect("sp_e1a", autocommit=True) as conn:
        assert not outcome(conn, "create temp table customers (id bigint)").ok
        conn.execute("set search_path = pg_temp, sales, private, public")
        # unqualified names resolve to the real tables; the definer functions read them too
        assert visible_ids(conn, "customers") == {r[0] for r in conn.execute("select id from customers")}
        assert conn.execute("select count(*) from private.visible_owner_ids() v, unnest(v)").fetchone() == (
            1,
        )
        assert {r[0] for r in conn.execute("select id from sales.assignable_employees()")} == {
            rich.people["sp_e1a"]
        }


# ---------------------------------------------------------------------------
# Definer functions answer for session_user only
# ---------------------------------------------------------------------------


# What every function a user may call returns, per the oracle. A new user-callable
# function must be added here (test_rls_catalog.py checks the list is complete).
def expected_answers(o: Oracle, me: int | None) -> dict[str, object]:
    vis = sorted(o.visible_owners(me))
    active = {e for e, row in o.s.employees.items() if row[4]}
    return {
        "select private.current_employee_id()": [(me,)],
        "select array(select unnest(private.visible_owner_ids()) order by 1)": [(vis,)],
        "select private.sees_all()": [(o.scope(me) == "all",)],
        "select array(select unnest(private.visible_pool_unit_ids()) order by 1)": [
            (sorted(o.visible_pool_units(me)),)
        ],
        "select array(select unnest(private.shared_record_ids('customer')) order by 1)": [
            (sorted(o.shared_customers(me)),)
        ],
        "select array(select unnest(private.shared_record_ids('customer', true)) order by 1)": [
            (sorted(o.shared_customers(me, write=True)),)
        ],
        "select array_agg(id order by id) filter (where private.manages_record('customer', id)) "
        "from generate_series(1, 200) id": [
            (sorted(c for c, owner in o.s.customer_owner.items() if owner in o.visible_owners(me)) or None,)
        ],
        "select array_agg(id order by id) filter (where private.can_edit_customer(id)) "
        "from generate_series(1, 200) id": [(sorted(o.editable_customers(me)) or None,)],
        "select array(select id from sales.assignable_employees() order by id)": [
            (sorted(set(vis) & active),)
        ],
        "select employee_id from sales.whoami()": [(me,)] if me else [],
        "select private.normalize_name('上海 华联 有限公司'), private.normalize_phone('+86 138-0000-0000')": [
            ("上海华联", "13800000000")
        ],
        "select sales.schema_version() is not null": [(True,)],
    }


@pytest.mark.parametrize("pose_as", ["none", "salesdesk_user", "app.user_id"])
@pytest.mark.parametrize("key", VIEWERS)
def test_definer_functions_answer_for_the_session_user(
    rich: Company, rich_oracle: Oracle, key: str, pose_as: str
) -> None:
    me = emp_id(rich, key)
    with rich.connect(key, autocommit=True) as conn:
        if pose_as == "salesdesk_user":
            conn.execute("set role salesdesk_user")
        elif pose_as == "app.user_id":
            conn.execute(f"set app.user_id = '{rich.people['director']}'")
        for query, expected in expected_answers(rich_oracle, me).items():
            assert conn.execute(query).fetchall() == expected, query


@pytest.mark.parametrize("key", LEVELS)
def test_functions_not_granted_are_permission_denied(sessions, key: str) -> None:
    for call in (
        "private.handover(1, 2, 'x')",
        "private.handover(1, null, 'x')",
        "private.refresh_visibility()",
        "private.record_owner('customer', 1)",
        "private.compute_visibility()",
        "private.compute_pool_visibility()",
        "private.unit_pool(1)",
    ):
        got = outcome(sessions[key], f"select * from {call}")
        assert (got.ok, got.sqlstate) == (False, "42501"), call
        assert "permission denied" in (got.message or "")

"""Adversarial suite, part 4: covert channels. Hidden rows must not show through plans,
buffer counts, statistics counters, locks, sequence numbers or notifications: for each,
a hidden value and one that exists nowhere must look alike, or the channel must be shut."""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from salesdesk.db import migrate
from salesdesk.db.local_server import LocalServer
from salesdesk.db.urls import with_database
from tests.factories import Company, build_small_company
from tests.rls_support import LEVELS, Outcome, outcome

VIEWERS = ("sp_e1a", "sup_e1", "asst_e1", "mgr_n")


@pytest.fixture(scope="module")
def admin(company: Company) -> Iterator[psycopg.Connection]:
    with company.admin(autocommit=True) as conn:
        yield conn


def api_views(admin: psycopg.Connection) -> dict[str, list[str]]:
    """Every API read view with its text columns."""
    views: dict[str, list[str]] = {}
    for view, col in admin.execute(
        "select c.relname, a.attname from pg_class c join pg_attribute a on a.attrelid = c.oid "
        "where c.relnamespace = 'api'::regnamespace and c.relkind = 'v' and a.attnum > 0 "
        "and a.atttypid = 'text'::regtype order by 1, a.attnum"
    ):
        views.setdefault(view, []).append(col)
    return views


def column_values(conn: psycopg.Connection, view: str, col: str) -> set[str]:
    got = outcome(
        conn, sql.SQL("select distinct {} from api.{}").format(sql.Identifier(col), sql.Identifier(view))
    )
    return {r[0] for r in got.rows if r[0] is not None} if got.ok else set()


def plan(conn: psycopg.Connection, options: str, view: str, col: str, value: str) -> Outcome | list[str]:
    """The plan of `select 1 from api.<view> where <col> = <value>`, as a generic prepared
    statement (so the value itself is not in it), lines with whitespace collapsed; or the error."""
    conn.execute("set plan_cache_mode = force_generic_plan")
    conn.commit()  # a SET is undone with the transaction; the statement must keep it
    conn.execute(
        sql.SQL("prepare probe(text) as select 1 from api.{} where {} = $1").format(
            sql.Identifier(view), sql.Identifier(col)
        )
    )
    try:
        query = sql.SQL("explain ({}) execute probe({})").format(sql.SQL(options), sql.Literal(value))
        outcome(conn, query)  # the first run also reads the catalogs: compare the second
        got = outcome(conn, query)
    finally:
        conn.execute("deallocate probe")
        conn.commit()
    if not got.ok:
        return got
    return [
        " ".join((r[0] if isinstance(r[0], str) else json.dumps(r[0], ensure_ascii=False)).split())
        for r in got.rows
    ]


EXPLAIN_OPTIONS = (
    "costs off",
    "analyze, costs off, timing off, summary off",
    "analyze, buffers, costs off, timing off, summary off",
    "analyze, buffers, verbose, costs off, timing off, summary off, format json",
)


@pytest.mark.parametrize("key", VIEWERS)
def test_view_plans_tell_hidden_values_from_nothing(company: Company, admin, key: str) -> None:
    views = api_views(admin)
    assert {"customers", "contacts", "customer_pools", "employees", "org_units", "positions"} <= set(views)
    probed = 0
    with company.connect("director") as everything, company.connect(key) as conn:
        for view, cols in views.items():
            for col in cols:
                hidden = sorted(column_values(everything, view, col) - column_values(conn, view, col))
                for value in hidden[:3]:
                    for options in EXPLAIN_OPTIONS:
                        got = plan(conn, options, view, col, value)
                        assert got == plan(conn, options, view, col, "不存在的值 nowhere"), (
                            view,
                            col,
                            options,
                        )
                    probed += 1
    assert probed >= 10  # names, phones, owners, contacts of other teams and regions


# API functions that take what a client chooses (an id, a search term): EXPLAIN ANALYZE of a
# call must not tell a hidden argument from one that matches nothing.
FUNCTION_PROBES = [
    ("select * from api.customer_get({id})", "id"),
    ("select * from api.record_rights('customer', {id})", "id"),
    ("select * from api.contact_rows({id})", "id"),
    ("select * from api.customer_rows(array[{id}]::bigint[])", "id"),
    ("select * from api.record_audit('customer', {id})", "id"),
    ("select * from api.record_count('customer', '{{\"search\": \"{term}\"}}')", "term"),
    ('select * from api.customer_list(\'{{"search": "{term}"}}\')', "term"),
    ("select * from api.customer_duplicates(null, null, {id})", "id"),
]


@pytest.mark.parametrize("options", EXPLAIN_OPTIONS[1:])
@pytest.mark.parametrize("key", ["sp_e1a", "sup_e1"])
def test_function_costs_tell_hidden_arguments_from_nothing(company: Company, key: str, options: str) -> None:
    """Buffers count what a function read inside, hidden rows included: 22 for a hidden
    customer's id against 3 for a missing one. Whatever EXPLAIN shows, it must be the same."""
    hidden = company.customers["sp_n1a客户2"]
    with company.admin() as a:
        missing = a.execute("select max(id) + 1000 from sales.customers").fetchone()[0]  # type: ignore[index]
    with company.connect(key) as conn:
        conn.execute("set enable_seqscan = off")  # the planner settings are the caller's: force the index
        for template, arg in FUNCTION_PROBES:
            runs = []
            for value in (hidden, missing) if arg == "id" else ("华北", "华西"):  # 华北公海客户1 is hidden
                query = template.format(id=value, term=value)
                outcome(conn, query)  # warm the caches, so that only the rows make a difference
                got = outcome(conn, f"explain ({options}) {query}")
                runs.append(got.rows if got.ok else (got.sqlstate, got.message))
            assert runs[0] == runs[1], (template, runs)


def test_do_blocks_are_refused(company: Company) -> None:
    """A DO block could run an EXPLAIN whose text the API does not see ('exp' || 'lain')."""
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "do $$ begin perform 1; end $$")
    assert (got.sqlstate, got.message) == ("42501", "permission denied for language plpgsql")


def test_plain_explain_still_works(company: Company) -> None:
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "explain (costs off) select * from api.customers where name = 'x'")
    assert got.ok and "Function Scan on customer_rows" in got.rows[0][0]


# ---------------------------------------------------------------------------
# Statistics
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", LEVELS)
def test_statistics_are_permission_denied(company: Company, admin, key: str) -> None:
    table = admin.execute("select 'sales.customers'::regclass::oid").fetchone()[0]  # type: ignore[index]
    calls = [
        r[0]
        for r in admin.execute(
            "select p.oid::regproc::text from pg_proc p where p.pronamespace = 'pg_catalog'::regnamespace "
            "and p.proname like 'pg\\_stat\\_get\\_%%' and p.proargtypes = '26'::oidvector"
        )
    ]
    assert "pg_stat_get_xact_tuples_returned" in calls and "pg_stat_get_numscans" in calls
    with company.connect(key) as conn:
        for view in ("pg_stat_xact_user_tables", "pg_stat_user_tables", "pg_statio_user_tables",
                     "pg_stat_all_tables", "pg_stat_user_indexes", "pg_statio_user_indexes",
                     "pg_stat_activity", "pg_stat_io", "pg_stat_database"):
            if admin.execute("select to_regclass(%s)", (f"pg_catalog.{view}",)).fetchone()[0] is None:
                continue  # pg_stat_io: PostgreSQL 16 and newer
            got = outcome(conn, f"select * from pg_catalog.{view}")
            assert (got.ok, got.sqlstate) == (False, "42501"), view
        for fn in calls:
            got = outcome(conn, f"select {fn}(%s)", (table,))
            assert (got.ok, got.sqlstate) == (False, "42501"), fn
        for call in ("select pg_stat_have_stats('relation', 0, %s)", "select pg_stat_get_backend_pid(1)"):
            assert outcome(conn, call, (table,) if "%s" in call else ()).sqlstate == "42501", call


def test_sequence_positions_are_hidden(company: Company) -> None:
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "select pg_sequence_last_value(c.oid) from pg_class c "
                            "where c.relnamespace = 'sales'::regnamespace and c.relkind = 'S'")
        # NULL for a sequence one may not read (PostgreSQL 18), or refused outright (15)
        assert got.ok and {r[0] for r in got.rows} == {None} or got.sqlstate == "42501"
        got = outcome(conn, "select last_value from pg_sequences")
        assert got.ok and {r[0] for r in got.rows} <= {None} or got.sqlstate == "42501"


# ---------------------------------------------------------------------------
# A definer trigger that touches hidden rows before the policy refuses the write
# ---------------------------------------------------------------------------


def test_adding_a_primary_contact_to_a_hidden_customer_touches_nothing(fresh_company: Company) -> None:
    """The "one primary contact" trigger once demoted the hidden customer's primary contact (as the
    table owner) before the policy refused the new contact: a row lock held by the owner made the
    probe wait and fail with 55P03, and the demotion's audit row took a sequence number."""
    c = fresh_company
    # sp_e1a holds a read share of `shared`: seen, not writable, so the BEFORE triggers run and the
    # policy refuses the row afterwards; `hidden` they do not see at all
    shared, hidden, mine = c.customers["sp_n1a客户1"], c.customers["sp_n1a客户2"], c.customers["sp_e1a客户1"]
    with c.admin() as a:
        missing = a.execute("select max(id) + 1000 from sales.customers").fetchone()[0]  # type: ignore[index]
    probe = "select api.record_create('contact', %s)"
    with c.connect("sp_n1a") as owner, c.connect("sp_e1a") as attacker:
        attacker.execute("set lock_timeout = '1s'")
        attacker.commit()
        # the owner is editing the primary contact (an open transaction holds its row)
        primary = owner.execute("select id from api.contact_rows(%s) where is_primary", (shared,)).fetchone()[
            0
        ]
        owner.execute("select api.record_update('contact', %s, null, '{\"title\": \"总经理\"}')", (primary,))
        answers = [
            outcome(attacker, probe, (json.dumps({"customer_id": cid, "name": "探", "is_primary": True}),))
            for cid in (shared, hidden, missing)
        ]
        assert answers[0].sqlstate == "42501"
        # a declared reference: hidden and missing answer alike, before any other trigger ran
        assert answers[1].without(hidden) == answers[2].without(missing)
        assert (answers[2].sqlstate, answers[2].message) == ("P0002", "referenced record not found")
        owner.rollback()

        notes = iter(range(100))

        def seq_after_own_write() -> int:
            attacker.execute(
                "select api.record_update('customer', %s, null, %s)",
                (mine, json.dumps({"notes": f"第{next(notes)}次"})),
            )
            attacker.commit()
            return max(r[0] for r in attacker.execute("select seq from api.changes_since(0, 5000)"))

        before = seq_after_own_write()
        for cid in (shared, hidden):
            outcome(attacker, probe, (json.dumps({"customer_id": cid, "name": "探", "is_primary": True}),))
        assert seq_after_own_write() == before + 1, "the failed probe wrote a change row"


# ---------------------------------------------------------------------------
# Locks
# ---------------------------------------------------------------------------

LOCK_MODES = (
    "access share",
    "row share",
    "row exclusive",
    "share update exclusive",
    "share",
    "share row exclusive",
    "exclusive",
    "access exclusive",
)


@pytest.mark.parametrize("key", ["sp_e1a", "director", "outsider"])
def test_data_tables_cannot_be_locked(company: Company, admin, key: str) -> None:
    tables = [
        r[0]
        for r in admin.execute(
            "select c.oid::regclass::text from pg_class c where c.relkind in ('r', 'p') "
            "and c.relnamespace in ('sales'::regnamespace, 'private'::regnamespace)"
        )
    ]
    assert {"sales.customers", "sales.record_shares", "sales.contacts", "private.visibility"} <= set(tables)
    with company.connect(key) as conn:
        for table in tables:
            for mode in LOCK_MODES:
                for nowait in ("", " nowait"):
                    got = outcome(conn, f"lock table {table} in {mode} mode{nowait}")
                    assert (got.ok, got.sqlstate) == (False, "42501"), (table, mode)


def test_api_views_lock_only_for_reading(company: Company, admin) -> None:
    """ACCESS SHARE on a view over a function locks no table (it only delays DDL on the view)."""
    views = [
        r[0]
        for r in admin.execute(
            "select c.oid::regclass::text from pg_class c "
            "where c.relnamespace = 'api'::regnamespace and c.relkind = 'v'"
        )
    ]
    with company.connect("sp_e1a") as conn:
        for view in views:
            assert outcome(conn, f"lock table {view} in access share mode").ok, view
            conn.execute(f"lock table {view} in access share mode")
            held = {
                r[0]
                for r in conn.execute(
                    "select relation::regclass::text from pg_locks "
                    "where pid = pg_backend_pid() and locktype = 'relation'"
                )
            }
            conn.rollback()
            assert not {h for h in held if h and h.startswith(("sales.", "private."))}, (view, held)
            for mode in LOCK_MODES[1:]:
                got = outcome(conn, f"lock table {view} in {mode} mode")
                assert (got.ok, got.sqlstate) == (False, "42501"), (view, mode)
            got = outcome(conn, f"select * from {view} for update")
            assert (got.ok, got.sqlstate) == (False, "42501"), view


# ---------------------------------------------------------------------------
# Notifications
# ---------------------------------------------------------------------------

CHANNELS = (
    "salesdesk_changes",
    "salesdesk_doorbell",
    "salesdesk_change",
    "salesdesk",
    "changes",
    "customer",
    "contact",
    "share",
    "customers",
    "sales.customers",
)


def listen(conn: psycopg.Connection) -> None:
    for channel in CHANNELS:
        conn.execute(sql.SQL("listen {}").format(sql.Identifier(channel)))


def received(conn: psycopg.Connection, ringer: psycopg.Connection) -> list[tuple[str, str]]:
    """Notifications `conn` got before a sentinel that `ringer` sends now: NOTIFYs are delivered in
    commit order, so anything an earlier commit sent has arrived by then (no guessing how long)."""
    mark = secrets.token_hex(8)
    conn.execute("listen salesdesk_test_sentinel")
    ringer.execute("select pg_notify('salesdesk_test_sentinel', %s)", (mark,))
    ringer.commit()
    got: list[tuple[str, str]] = []
    for n in conn.notifies(timeout=30):
        if n.channel == "salesdesk_test_sentinel":
            if n.payload == mark:
                return got
            continue  # an earlier call's sentinel
        got.append((n.channel, n.payload))
    raise AssertionError("the sentinel never came")


def test_business_writes_notify_nobody(fresh_company: Company) -> None:
    c = fresh_company
    cid, other = c.customers["sp_e1a客户1"], c.people["sp_e1b"]
    with (
        c.connect("sp_n1a", autocommit=True) as far,
        c.connect("sp_e1b", autocommit=True) as near,
        c.connect("sp_e1a") as writer,
    ):
        listen(far)
        listen(near)
        new = writer.execute("select api.record_create('customer', '{\"name\": \"新客户\"}')").fetchone()[0]
        writer.execute("select api.record_update('customer', %s, null, '{\"notes\": \"改\"}')", (cid,))
        writer.execute(
            "select api.record_create('contact', %s)", (json.dumps({"customer_id": cid, "name": "新"}),)
        )
        writer.execute("select api.record_share('customer', %s, %s, 'write')", (cid, other))
        writer.execute("select api.record_transfer('customer', %s, %s, '调整')", (new, other))
        writer.execute("select api.record_release('customer', %s, '放弃')", (cid,))
        writer.commit()
        assert received(far, writer) == []
        assert received(near, writer) == []
        # a doorbell anyone can ring reaches listeners, with what the ringer wrote and nothing else
        writer.execute("select pg_notify('salesdesk_doorbell', '')")
        writer.commit()
        assert received(far, writer) == [("salesdesk_doorbell", "")]


def test_a_forged_doorbell_flood_fails_no_write(fresh_company: Company) -> None:
    c = fresh_company
    with c.connect("sp_n1a") as flooder, c.connect("sp_e1a") as writer:
        flooder.execute("listen salesdesk_doorbell")
        flooder.execute("select pg_notify('salesdesk_doorbell', 'x' || g) from generate_series(1, 5000) g")
        flooder.commit()
        for _ in range(3):
            writer.execute(
                "select api.record_update('customer', %s, null, '{\"notes\": \"照常\"}')",
                (c.customers["sp_e1a客户1"],),
            )
            writer.commit()


# A notification queue small enough to fill: max_notify_queue_pages (PostgreSQL 17+) is fixed at
# server start, and the default 8 GB cannot be filled in a test, so a server of its own.


@pytest.fixture(scope="module")
def small_queue_company() -> Iterator[Company]:
    root = Path(tempfile.mkdtemp(prefix="salesdesk-notify-"))
    server = LocalServer(root)
    try:
        url = server.start()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("alter system set max_notify_queue_pages = 64")
        server.stop()
        url = server.start()
        db = with_database(url, "notify_test")
        migrate.init(db)
        yield build_small_company(db)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_a_full_notification_queue_fails_no_write(small_queue_company: Company) -> None:
    c = small_queue_company
    with c.admin() as admin:
        assert admin.execute("show max_notify_queue_pages").fetchone() == ("64",)
    with (
        c.connect("sp_n1a") as holder,
        c.connect("sp_n1a", autocommit=True) as flooder,
        c.connect("sp_e1a") as writer,
    ):
        holder.execute("listen salesdesk_doorbell")
        holder.commit()
        holder.execute("select 1")  # idle in a transaction: the queue cannot advance past it
        full = None
        for _ in range(10_000):
            try:
                flooder.execute("select pg_notify('salesdesk_doorbell', repeat('x', 7900))")
            except psycopg.Error as e:
                full = e
                break
        assert full is not None and "too many notifications" in str(full)
        assert outcome(flooder, "select pg_notify('salesdesk_doorbell', '')").sqlstate == full.sqlstate
        cid = c.customers["sp_e1a客户1"]
        writer.execute("select api.record_update('customer', %s, null, '{\"notes\": \"队列满\"}')", (cid,))
        writer.execute("select api.record_share('customer', %s, %s, 'read')", (cid, c.people["sp_e1b"]))
        writer.execute("select api.record_transfer('customer', %s, %s, '调整')", (cid, c.people["sp_e1b"]))
        writer.commit()
        holder.rollback()
    with c.connect("sp_e1b") as conn:
        assert conn.execute("select owner_id from api.customer_get(%s)", (cid,)).fetchone() == (
            c.people["sp_e1b"],
        )

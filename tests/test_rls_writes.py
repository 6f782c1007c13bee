"""Adversarial RLS suite, part 2: writing, probing hidden rows, shares, pools and the
definer functions. Runs on the shared company; every write is rolled back."""

from __future__ import annotations

import re

import psycopg
import pytest

from tests.factories import Company
from tests.oracle import Oracle
from tests.rls_support import Outcome, emp_id, oracle_for, outcome

# (viewer, customer the viewer must not see)
HIDDEN = [
    ("sp_e1a", "sp_e1b客户1"),
    ("sp_e1a", "sp_n1a客户2"),
    ("sp_e1a", "华北公海客户1"),
    ("sup_e1", "sp_e2a客户1"),
    ("sup_e1", "华北公海客户1"),
    ("mgr_e", "sp_n1a客户2"),
    ("asst_e1", "sp_e2a客户3"),
    ("sp_n1a", "华东公海客户1"),
    ("outsider", "sp_e1a客户1"),
]

PROBES = [
    "select * from sales.customers where id = {id}",
    "select * from sales.contacts where customer_id = {id}",
    "select * from sales.audit_log where root_kind = 'customer' and root_id = {id}",
    "select * from sales.ownership_history where record_id = {id}",
    "select * from sales.record_shares where kind = 'customer' and record_id = {id}",
    "update sales.customers set notes = 'x' where id = {id} returning id",
    "update sales.customers set archived_at = now() where id = {id}",
    "update sales.contacts set notes = 'x' where customer_id = {id} returning id",
    "update sales.contacts set name = 'x' where id = {contact} returning id",
    "delete from sales.contacts where id = {contact} returning id",
    "delete from sales.contacts where customer_id = {id}",
    "update sales.record_shares set access = 'write' where record_id = {id} returning id",
    "delete from sales.record_shares where record_id = {id} returning id",
    "select sales.transfer_record('customer', {id}, {me}, '调整')",
    "select sales.claim_customer({id})",
    "select sales.release_customer({id}, '放弃')",
    "select private.manages_record('customer', {id}), private.can_edit_customer({id})",
    "select {id} = any (private.shared_record_ids('customer'))",
    # FK probes: a contact or share referencing the customer
    "insert into sales.contacts (customer_id, name) values ({id}, '探测')",
    "insert into sales.record_shares (kind, record_id, employee_id) values ('customer', {id}, {me})",
    # ON CONFLICT on hidden keys
    "insert into sales.contacts (customer_id, name, is_primary) values ({id}, '探测', true) "
    "on conflict do nothing returning id",
    "insert into sales.contacts (customer_id, name, is_primary) values ({id}, '探测', true) "
    "on conflict (customer_id) where is_primary do update set name = excluded.name returning id",
    "insert into sales.record_shares (kind, record_id, employee_id, access) "
    "values ('customer', {id}, {me}, 'write') "
    "on conflict (kind, record_id, employee_id) do update set access = 'write' returning id",
    "insert into sales.record_shares (kind, record_id, employee_id) values ('customer', {id}, {me}) "
    "on conflict do nothing returning id",
    "copy (select id from sales.customers where id = {id}) to stdout",
]


@pytest.fixture(scope="module")
def oracle(company: Company) -> Oracle:
    return oracle_for(company)


@pytest.fixture(scope="module")
def missing_ids(company: Company) -> tuple[int, int]:
    """A customer id and a contact id that do not exist."""
    with company.admin() as conn:
        row = conn.execute(
            "select (select max(id) from sales.customers) + 1000, (select max(id) from sales.contacts) + 1000"
        ).fetchone()
    assert row
    return row[0], row[1]


def first_contact(company: Company, customer_id: int) -> int:
    with company.admin() as conn:
        row = conn.execute(
            "select min(id) from sales.contacts where customer_id = %s", (customer_id,)
        ).fetchone()
    assert row and row[0]
    return row[0]


def run(conn: psycopg.Connection, query: str) -> Outcome:
    if query.startswith("copy"):
        try:
            with conn.cursor() as cur, cur.copy(query) as copy:
                return Outcome(True, rows=tuple(copy.rows()))
        except psycopg.Error as e:
            return Outcome(False, sqlstate=e.sqlstate, message=e.diag.message_primary)
        finally:
            conn.rollback()
    return outcome(conn, query)


@pytest.mark.parametrize(("key", "customer"), HIDDEN)
def test_hidden_rows_answer_like_missing_ones(
    company: Company, oracle: Oracle, missing_ids, key: str, customer: str
) -> None:
    hidden = company.customers[customer]
    me = emp_id(company, key)
    assert hidden not in oracle.customers(me), "the test data must really hide it"
    missing, missing_contact = missing_ids
    hidden_contact = first_contact(company, hidden)
    owner = company.customer_owner[customer]
    secrets = [customer, f"{customer}联系人1"] + ([company.login(owner)] if owner else [])
    with company.connect(key) as conn:
        for probe in PROBES:
            q_hidden = probe.format(id=hidden, contact=hidden_contact, me=me or 1)
            q_missing = probe.format(id=missing, contact=missing_contact, me=me or 1)
            got_hidden, got_missing = run(conn, q_hidden), run(conn, q_missing)
            # same rows / same SQLSTATE, message, detail and context (PL/pgSQL line included)
            assert got_hidden == got_missing, probe
            assert got_hidden.rows in ((), ((False, False),), ((False,),)), probe
            text = got_hidden.text()
            assert not any(s in text for s in secrets), (probe, text)
            if owner:  # no owner id either (the context's line numbers aside)
                primary = f"{got_hidden.message or ''} {got_hidden.detail or ''}"
                assert not re.search(rf"\b{company.people[owner]}\b", primary), (probe, primary)
    with company.admin() as admin:  # nothing changed, not even a history row
        assert admin.execute(
            "select count(*) from sales.ownership_history where record_id in (%s, %s)", (hidden, missing)
        ).fetchone() == (0,)


# ---------------------------------------------------------------------------
# Writing outside scope
# ---------------------------------------------------------------------------

REFUSED_INSERTS = [  # (who, owner key or None, pool unit or None)
    ("sp_e1a", "sp_e1b", None),
    ("sp_e1a", "sp_n1a", None),
    ("sp_e1a", "sup_e1", None),
    ("sp_e1a", None, "NORTH"),
    ("sup_e1", "sp_e2a", None),
    ("sup_e1", "mgr_e", None),
    ("sup_e1", None, "NORTH"),
    ("mgr_e", "sp_n1a", None),
    ("mgr_e", "director", None),
    ("mgr_e", None, "NORTH"),
    ("asst_e1", "sp_e2a", None),
    ("sp_n1a", None, "EAST"),
    ("outsider", "sp_e1a", None),
    ("outsider", None, "HQ"),
]


@pytest.mark.parametrize(("key", "owner", "pool"), REFUSED_INSERTS)
def test_customers_cannot_be_created_outside_scope(
    company: Company, key: str, owner: str | None, pool: str | None
) -> None:
    with company.connect(key) as conn:
        got = outcome(
            conn,
            "insert into sales.customers (name, owner_id, pool_id) values ('越权客户', %s, %s)",
            (company.people[owner] if owner else None, company.pools[pool] if pool else None),
        )
    assert (got.ok, got.sqlstate) == (False, "42501")
    assert "row-level security" in (got.message or "")


@pytest.mark.parametrize(
    ("key", "owner", "pool"),
    [
        ("sp_e1a", "sp_e1a", None),
        ("sp_e1a", None, "EAST"),
        ("sp_e1a", None, "HQ"),
        ("sup_e1", "sp_e1b", None),
        ("mgr_e", "sp_e2a", None),
        ("asst_e1", "sp_e1a", None),
        ("director", "sp_n1a", None),
        ("admin", None, "NORTH"),
    ],
)
def test_customers_can_be_created_inside_scope(
    company: Company, key: str, owner: str | None, pool: str | None
) -> None:
    """Positive control: the refusals above are about scope, not about inserting at all."""
    with company.connect(key) as conn:
        got = outcome(
            conn,
            "insert into sales.customers (name, owner_id, pool_id) values ('新客户', %s, %s) "
            "returning created_by, version",
            (company.people[owner] if owner else None, company.pools[pool] if pool else None),
        )
    assert got.ok and got.rows == ((company.people[key], 1),)


@pytest.mark.parametrize(
    "stmt",
    [
        "update sales.customers set owner_id = {me} where id = {own}",
        "update sales.customers set pool_id = {pool} where id = {own}",
        "update sales.customers set owner_id = {me}, pool_id = null where id = {pooled}",
        "update sales.contacts set customer_id = {other} where customer_id = {own}",
        "update sales.customers set created_by = 1 where id = {own}",
        "update sales.customers set version = 99 where id = {own}",
        "update sales.customers set updated_at = now() - interval '1 year' where id = {own}",
        "update sales.customers set id = default where id = {own}",
        "insert into sales.customers (name, owner_id, created_by) values ('x', {me}, 1)",
        "insert into sales.customers (name, owner_id, version) values ('x', {me}, 7)",
        "insert into sales.customers (id, name, owner_id) overriding system value "
        "values ({other}, 'x', {me})",
        "insert into sales.contacts (customer_id, name, created_by) values ({own}, 'x', 1)",
        "update sales.record_shares set employee_id = {me} where true",
        "update sales.record_shares set record_id = {own} where true",
        "delete from sales.customers where id = {own}",
        "truncate sales.contacts",
        "insert into sales.ownership_history (kind, record_id, reason) values ('customer', {own}, 'x')",
        "insert into sales.audit_log (kind, record_id, root_kind, root_id, op) "
        "values ('customer', {own}, 'customer', {own}, 'INSERT')",
        "update sales.employees set manager_id = null where id = {me}",
        "update sales.positions set data_scope = 'all'",
        "insert into sales.customer_pools (unit_id, name) values (1, 'x')",
    ],
)
@pytest.mark.parametrize("key", ["sp_e1a", "sup_e1", "director"])
def test_column_and_table_grants_refuse(company: Company, key: str, stmt: str) -> None:
    own = company.customers["sp_e1a客户1"]
    q = stmt.format(
        me=company.people[key],
        own=own,
        other=company.customers["sp_e1b客户1"],
        pooled=company.customers["华东公海客户1"],
        pool=company.pools["EAST"],
    )
    with company.connect(key) as conn:
        got = outcome(conn, q)
    assert (got.ok, got.sqlstate) == (False, "42501"), (q, got.message)
    assert "permission denied" in (got.message or "")


def test_read_share_and_pool_rows_are_visible_but_not_writable(company: Company) -> None:
    with company.connect("sp_e1a") as conn:
        for name in ("sp_n1a客户1", "华东公海客户1"):  # read share; own region's pool
            cid = company.customers[name]
            assert outcome(conn, "select id from sales.customers where id = %s", (cid,)).rows == ((cid,),)
            assert outcome(conn, "update sales.customers set notes = 'x' where id = %s", (cid,)).rowcount == 0
            got = outcome(conn, "insert into sales.contacts (customer_id, name) values (%s, 'x')", (cid,))
            assert got.sqlstate == "42501"
            assert outcome(conn, "delete from sales.contacts where customer_id = %s", (cid,)).rowcount == 0


def test_write_share_edits_but_does_not_own(company: Company) -> None:
    cid = company.customers["sp_e2a客户1"]  # shared with sp_e1b for writing
    with company.connect("sp_e1b") as conn:
        assert outcome(conn, "update sales.customers set notes = 'x' where id = %s", (cid,)).rowcount == 1
        assert outcome(conn, "insert into sales.contacts (customer_id, name) values (%s, 'x')", (cid,)).ok
        for q in (
            "select sales.transfer_record('customer', %s, {me}, 'x')",
            "select sales.release_customer(%s, 'x')",
        ):
            got = outcome(conn, q.format(me=company.people["sp_e1b"]), (cid,))
            assert (got.sqlstate, got.message) == ("P0002", "record not found")


# ---------------------------------------------------------------------------
# Shares
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "customer", "to", "access"),
    [
        ("sp_e1a", "sp_e1b客户1", "sp_e1a", "read"),  # granting oneself someone else's customer
        ("sp_e1a", "sp_e1b客户1", "sp_n1a", "read"),  # sharing someone else's customer
        ("sp_e1a", "sp_n1a客户1", "sp_e1a", "write"),  # upgrading one's own read share
        ("sp_e1a", "sp_n1a客户1", "sp_e1b", "read"),  # a recipient re-sharing
        ("sp_e1b", "sp_e2a客户1", "sp_e1a", "write"),  # a write recipient re-sharing
        ("sup_e1", "sp_e2a客户1", "sup_e1", "read"),  # a supervisor outside the team
        ("asst_e1", "sp_e2a客户2", "asst_e1", "read"),  # an assistant outside the unit
        ("sp_e1a", "华东公海客户1", "sp_e1a", "write"),  # a pool customer
    ],
)
def test_share_abuse_is_refused(company: Company, key: str, customer: str, to: str, access: str) -> None:
    cid, recipient = company.customers[customer], company.people[to]
    with company.connect(key) as conn:
        got = outcome(
            conn,
            "insert into sales.record_shares (kind, record_id, employee_id, access) "
            "values ('customer', %s, %s, %s) on conflict (kind, record_id, employee_id) "
            "do update set access = excluded.access",
            (cid, recipient, access),
        )
        assert (got.ok, got.sqlstate) == (False, "42501")
        changed = outcome(
            conn,
            "update sales.record_shares set access = 'write', expires_at = null "
            "where record_id = %s returning id",
            (cid,),
        )
        assert changed.rowcount == 0


def test_sharing_ones_own_customer_works(company: Company) -> None:
    """Positive control for the refusals above."""
    with company.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            "insert into sales.record_shares (kind, record_id, employee_id) "
            "values ('customer', %s, %s) returning created_by",
            (company.customers["sp_e1a客户1"], company.people["sp_n1a"]),
        )
    assert got.ok and got.rows == ((company.people["sp_e1a"],),)


# ---------------------------------------------------------------------------
# Pools and ownership functions
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "call", "customer"),
    [
        ("sp_e1a", "sales.claim_customer(%s)", "华北公海客户1"),  # another region's pool
        ("sp_n1a", "sales.claim_customer(%s)", "华东公海客户2"),
        ("sup_e1", "sales.claim_customer(%s)", "华北公海客户1"),
        ("sp_e1a", "sales.claim_customer(%s)", "sp_e1b客户1"),  # owned, not in a pool
        ("sp_e1a", "sales.release_customer(%s, '放弃')", "sp_e1b客户1"),  # someone else's
        ("sup_e1", "sales.release_customer(%s, '放弃')", "sp_e2a客户1"),
        ("mgr_e", "sales.release_customer(%s, '放弃')", "sp_n1a客户1"),
        ("sp_e1a", "sales.release_customer(%s, '放弃')", "sp_n1a客户1"),  # only shared with them
        # transfer_record once let anyone take any pool customer (NULL scope check)
        ("sp_e1a", "sales.transfer_record('customer', %s, {me}, '调整')", "华北公海客户1"),
        ("sp_e1a", "sales.transfer_record('customer', %s, {me}, '调整')", "华东公海客户1"),
        ("sup_e1", "sales.transfer_record('customer', %s, {me}, '调整')", "华北公海客户1"),
        ("sp_n1a", "sales.transfer_record('customer', %s, {me}, '调整')", "总部公海客户1"),
        ("sp_e1a", "sales.transfer_record('customer', %s, {me}, '调整')", "sp_e1b客户1"),
    ],
)
def test_pool_and_owner_changes_outside_scope_are_refused(
    company: Company, key: str, call: str, customer: str
) -> None:
    cid = company.customers[customer]
    with company.connect(key) as conn:
        got = outcome(conn, "select " + call.format(me=company.people[key]), (cid,))
    assert (got.ok, got.sqlstate, got.message) == (False, "P0002", "record not found")


def test_transfer_to_someone_outside_scope_is_refused(company: Company) -> None:
    with company.connect("sup_e1") as conn:
        got = outcome(
            conn,
            "select sales.transfer_record('customer', %s, %s, '调整')",
            (company.customers["sp_e1a客户1"], company.people["sp_n1a"]),
        )
    assert (got.sqlstate, got.message) == ("42501", "the new owner is not in your scope")


@pytest.mark.parametrize(
    ("key", "call", "customer"),
    [
        ("sp_e1a", "sales.claim_customer(%s)", "华东公海客户1"),
        ("sp_e1a", "sales.claim_customer(%s)", "总部公海客户1"),
        ("sp_e1a", "sales.release_customer(%s, '放弃')", "sp_e1a客户1"),
        ("sup_e1", "sales.release_customer(%s, '放弃')", "sp_e1b客户1"),
        ("mgr_e", "sales.transfer_record('customer', %s, {me}, '调整')", "华东公海客户1"),
        ("director", "sales.transfer_record('customer', %s, {me}, '调整')", "华北公海客户1"),
    ],
)
def test_pool_and_owner_changes_inside_scope_work(
    company: Company, key: str, call: str, customer: str
) -> None:
    """Positive control: the same calls succeed where the caller has the right."""
    with company.connect(key) as conn:
        got = outcome(conn, "select " + call.format(me=company.people[key]), (company.customers[customer],))
    assert got.ok, got.message

"""Writes the demo company (`demo_data`) into a salesdesk database.

Runs on an admin (superuser) connection in the caller's transaction: either the
whole company is there afterwards or nothing is. A company is a database: the demo
goes only into a database that holds no company yet. Logins are PostgreSQL roles
and roles are cluster-wide, so a second demo company in the same cluster (its own
database) gets a login prefix (`demo --database NAME`: NAME_director, …).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from enum import Enum

import psycopg

from salesdesk.admin.accounts import NewEmployee, create_employee
from salesdesk.admin.demo_approvals import load_approval_rules
from salesdesk.admin.demo_company_profile import load_company_profile
from salesdesk.admin.demo_contracts import load_contracts
from salesdesk.admin.demo_data import PASSWORD, DemoCompany, build_company, org_chart, picklists
from salesdesk.admin.demo_expenses import load_expenses
from salesdesk.admin.demo_payments import load_payments
from salesdesk.admin.demo_pipeline import build_pipeline
from salesdesk.admin.demo_pipeline_loader import load_pipeline, read_stages
from salesdesk.admin.demo_products import CATEGORIES, products
from salesdesk.admin.demo_quotes import load_quotes
from salesdesk.admin.errors import AdminError

PREFIX_RE = re.compile(r"^([a-z][a-z0-9_]{0,19})?$")
EMAIL_DOMAIN = "demo.salesdesk.cn"


class DemoState(Enum):
    ABSENT = "absent"
    LOADED = "loaded"


@dataclass(frozen=True)
class LoadSummary:
    units: int
    people: int
    pools: int
    customers: int
    contacts: int
    shares: int
    seconds: float
    products: int = 0
    leads: int = 0
    deals: int = 0
    followups: int = 0
    expenses: int = 0  # issue 13 §5


def check_prefix(prefix: str) -> None:
    if not PREFIX_RE.match(prefix):
        raise AdminError(f"invalid login prefix {prefix!r}: up to 20 lower-case letters, digits or '_', "
                         "starting with a letter")


def check_database_name(name: str) -> None:
    """A demo database's name: it is also its logins' prefix (NAME_director, …)."""
    if not PREFIX_RE.match(name) or not name:
        raise AdminError(f"invalid demo database name {name!r}: up to 20 lower-case letters, digits or "
                         "'_', starting with a letter (its logins are then NAME_director, …)")


def demo_logins(prefix: str = "") -> list[str]:
    return [prefix + p.login for p in org_chart()[1]]


def demo_state(conn: psycopg.Connection, prefix: str = "") -> DemoState:
    """Is the demo (with this prefix) in this database? Raises AdminError when it cannot be loaded."""
    check_prefix(prefix)
    if conn.execute("select to_regclass('sales.customers')").fetchone() == (None,):
        raise AdminError("this database has no salesdesk schema yet: run `salesdesk-admin init --dsn URL` "
                         "first")
    logins = demo_logins(prefix)
    here = {r[0] for r in conn.execute("select login from sales.employees where login = any(%s)",
                                       (logins,))}
    if prefix + "director" in here:
        return DemoState.LOADED
    row = conn.execute("select (select count(*) from sales.employees), "
                       "(select count(*) from sales.org_units)").fetchone()
    if row and (row[0] or row[1]):
        raise AdminError(f"database {conn.info.dbname} already holds a company ({row[0]} employees, "
                         f"{row[1]} units), and a company is a database: load the demo into a "
                         "database of its own with --database NAME")
    taken = [r[0] for r in conn.execute("select rolname from pg_roles where rolname = any(%s) "
                                        "order by rolname", (logins,))]
    if taken:
        shown = ", ".join(taken[:5]) + (", …" if len(taken) > 5 else "")
        raise AdminError(f"the demo logins already exist as roles in this PostgreSQL cluster ({shown}) "
                         f"but the demo company is not in database {conn.info.dbname}: roles are "
                         "shared by all databases of a cluster, so load the demo where it already is, "
                         "drop those roles, or load it with --database NAME (logins NAME_director, …)")
    return DemoState.ABSENT


def load_demo(conn: psycopg.Connection, prefix: str = "",
              company: DemoCompany | None = None) -> LoadSummary:
    """Insert the demo company; the caller checks `demo_state` first and commits."""
    started = time.perf_counter()
    check_prefix(prefix)
    company = company or build_company()
    # stages are data: the history follows the process in the database; building it sets the
    # customers' last contact (to their latest follow-up) before they are written
    stages = read_stages(conn)
    pipeline = build_pipeline(company, len(stages.open))

    unit_ids: dict[str, int] = {}
    for u in company.units:  # parents first
        row = conn.execute(
            "insert into sales.org_units (code, name, kind, parent_id) values (%s, %s, %s, %s) returning id",
            (u.code, u.name, u.kind, unit_ids[u.parent] if u.parent else None)).fetchone()
        assert row is not None
        unit_ids[u.code] = row[0]

    names = {u.code: u.name for u in company.units}
    pool_ids: dict[str, int] = {}
    for code in company.pools:
        row = conn.execute("insert into sales.customer_pools (unit_id, name) values (%s, %s) returning id",
                           (unit_ids[code], f"{names[code]}公海")).fetchone()
        assert row is not None
        pool_ids[code] = row[0]

    people: dict[str, int] = {}
    for n, p in enumerate(company.people):  # managers come before their reports
        people[p.login] = create_employee(conn, NewEmployee(
            login=prefix + p.login, name=p.name, unit_code=p.unit, position_code=p.position,
            password=PASSWORD, manager_login=prefix + p.manager if p.manager else None,
            email=f"{p.login}@{EMAIL_DOMAIN}", phone=f"1380010{n:04d}"))

    # The customers' industry, source and region are values of the company's picklists: the
    # ones the demo uses are there and offered (a new database starts with them already).
    with conn.cursor() as cur:
        cur.executemany(
            "insert into sales.picklist_entries (kind, name, sort_order) "
            "select %(kind)s, %(name)s, coalesce(max(sort_order), 0) + 1 from sales.picklist_entries "
            "where kind = %(kind)s on conflict (kind, name) do update set active = true",
            [{"kind": kind, "name": name} for kind, names in picklists().items() for name in names])

    # One pipelined round of inserts; the ids come back in order for the contacts.
    with conn.cursor() as cur:
        cur.executemany(
            "insert into sales.customers (name, short_name, industry, level, address, region, phone, "
            "website, source, credit_limit, notes, owner_id, pool_id, last_contact_at) "
            "values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) returning id",
            [(c.name, c.short_name, c.industry, c.level, c.address, c.region, c.phone, c.website,
              c.source, c.credit_limit, c.notes, people[c.owner] if c.owner else None,
              pool_ids[c.pool] if c.pool else None, c.last_contact_at) for c in company.customers],
            returning=True)
        customer_ids: list[int] = []
        while True:
            row = cur.fetchone()
            assert row is not None
            customer_ids.append(row[0])
            if not cur.nextset():
                break
        contacts = 0
        # The COPY is one statement: its contacts' customers derive their search terms again once
        # each, at its end (sql/0045)
        with cur.copy("copy sales.contacts (customer_id, name, title, mobile, phone, email, is_primary) "
                      "from stdin") as copy:
            for cid, c in zip(customer_ids, company.customers, strict=True):
                for k in c.contacts:
                    copy.write_row((cid, k.name, k.title, k.mobile, k.phone, k.email, k.is_primary))
                    contacts += 1
        cur.executemany(
            "insert into sales.record_shares (kind, record_id, employee_id, access, note) "
            "values ('customer', %s, %s, %s, %s)",
            [(customer_ids[s.customer], people[s.login], s.access, s.note) for s in company.shares])

    catalog = load_catalog(conn)
    counts = load_pipeline(conn, company, pipeline, stages, people, customer_ids, pool_ids, prefix)
    load_approval_rules(conn)  # issue 13 §2: rules only, no kind submits yet
    load_company_profile(conn)  # issue 13 §6: the seller's header of its documents
    load_contracts(conn)  # issue 13 §1: contracts from the won deals, in every state (helper contracts)

    load_quotes(conn)  # issue 13 §1: quotes in every state, discounts approved and pending
    spent = load_expenses(conn)  # issue 13 §5: twelve months of expenses in every state
    load_payments(conn)  # issue 13 §3/§4: plans, payments and invoices on the approved contracts
    return LoadSummary(units=len(unit_ids), people=len(people), pools=len(pool_ids),
                       customers=len(customer_ids), contacts=contacts, shares=len(company.shares),
                       seconds=time.perf_counter() - started, products=catalog, leads=counts.leads,
                       deals=counts.deals, followups=counts.followups, expenses=spent)


def load_catalog(conn: psycopg.Connection) -> int:
    """The demo's product categories and products with their cost prices; how many products."""
    category_ids: dict[str, int] = {}
    for code, name in CATEGORIES:
        row = conn.execute("insert into sales.product_categories (code, name) values (%s, %s) returning id",
                           (code, name)).fetchone()
        assert row is not None
        category_ids[code] = row[0]
    catalog = products()
    for p in catalog:
        row = conn.execute(
            "insert into sales.products (code, name, specification, unit, list_price, tax_rate, active, "
            "category_id) values (%s, %s, %s, %s, %s, %s, %s, %s) returning id",
            (p.code, p.name, p.specification, p.unit, p.list_price, p.tax_rate, p.active,
             category_ids[p.category])).fetchone()
        assert row is not None
        conn.execute("insert into sales.product_costs (product_id, cost_price) values (%s, %s)",
                     (row[0], p.cost_price))
    return len(catalog)

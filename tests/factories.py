"""Factory helpers for database tests: build org trees, people and customers
through the product's own admin functions, then log in as anyone with a password."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import sql

from salesdesk.admin.accounts import NewEmployee, create_employee
from salesdesk.db import migrate
from salesdesk.db.urls import libpq_url, with_login

PASSWORD = "Test-pass-2026"

# unit code -> (parent code, kind, name)
UNITS: dict[str, tuple[str | None, str, str]] = {
    "HQ": (None, "hq", "总部"),
    "EAST": ("HQ", "region", "华东大区"),
    "EAST_B1": ("EAST", "branch", "上海分公司"),
    "EAST_T1": ("EAST_B1", "team", "上海一组"),
    "EAST_T2": ("EAST_B1", "team", "上海二组"),
    "NORTH": ("HQ", "region", "华北大区"),
    "NORTH_B1": ("NORTH", "branch", "北京分公司"),
    "NORTH_T1": ("NORTH_B1", "team", "北京一组"),
}
POOL_UNITS = ("HQ", "EAST", "NORTH")

# key -> (position, unit, manager key, name)
PEOPLE: dict[str, tuple[str, str, str | None, str]] = {
    "director": ("director", "HQ", None, "王总监"),
    "admin": ("admin", "HQ", None, "系统管理员"),
    "mgr_e": ("manager", "EAST", "director", "李华东"),
    "sup_e1": ("supervisor", "EAST_T1", "mgr_e", "张主管"),
    "sp_e1a": ("salesperson", "EAST_T1", "sup_e1", "赵一"),
    "sp_e1b": ("salesperson", "EAST_T1", "sup_e1", "钱二"),
    "asst_e1": ("assistant", "EAST_T1", "sup_e1", "孙助理"),
    "sup_e2": ("supervisor", "EAST_T2", "mgr_e", "周主管"),
    "sp_e2a": ("salesperson", "EAST_T2", "sup_e2", "吴三"),
    "mgr_n": ("manager", "NORTH", "director", "郑华北"),
    "sup_n1": ("supervisor", "NORTH_T1", "mgr_n", "冯主管"),
    "sp_n1a": ("salesperson", "NORTH_T1", "sup_n1", "陈四"),
}
SALESPEOPLE = ("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a")

# A value for each column type a required column may have (add_record fills what is not given).
TYPE_DEFAULTS: dict[str, Any] = {
    "text": "样例",
    "character varying": "样例",
    "bigint": 0,
    "integer": 0,
    "smallint": 0,
    "numeric": Decimal(0),
    "boolean": False,
    "date": date(2026, 1, 1),
    "timestamp with time zone": datetime(2026, 1, 1, tzinfo=UTC),
}
# Per kind, what its own rules need beyond a value of the right type.
KIND_DEFAULTS: dict[str, dict[str, Any]] = {
    "customer": {"level": "B", "region": "上海"},
}


@dataclass
class Company:
    """A built company: ids by key, customers by name, and ways to log in."""

    admin_url: str
    tag: str
    password: str = PASSWORD
    units: dict[str, int] = field(default_factory=dict)
    pools: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    customer_owner: dict[str, str | None] = field(default_factory=dict)
    customer_pool: dict[str, str | None] = field(default_factory=dict)
    shares: list[tuple[str, str, str]] = field(default_factory=list)  # (customer, person, access)
    leads: dict[str, int] = field(default_factory=dict)
    contracts: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, int] = field(default_factory=dict)
    followups: list[int] = field(default_factory=list)
    deals: dict[str, int] = field(default_factory=dict)  # opportunity title -> id

    def login(self, key: str) -> str:
        return f"{self.tag}_{key}"

    def url_for(self, key: str) -> str:
        return with_login(self.admin_url, self.login(key), self.password)

    def connect(self, key: str, **kwargs: object) -> psycopg.Connection:
        """Log in as that person, with their password, like the client does."""
        return psycopg.connect(self.url_for(key), **kwargs)  # type: ignore[arg-type]

    def admin(self, **kwargs: object) -> psycopg.Connection:
        return psycopg.connect(libpq_url(self.admin_url), **kwargs)  # type: ignore[arg-type]

    def call(self, key: str, query: str, params: tuple = ()) -> list[tuple]:
        """Run one API call as that person in a transaction of its own and commit it."""
        with self.connect(key) as conn:
            cur = conn.execute(query, params)  # type: ignore[arg-type]
            return cur.fetchall() if cur.description else []

    def url_in(self, other_admin_url: str, key: str) -> str:
        """This company's login, with its password, pointed at another database."""
        return with_login(other_admin_url, self.login(key), self.password)

    # -- builders (admin connection, caller commits) -------------------------

    def add_unit(self, conn: psycopg.Connection, code: str, parent: str | None, kind: str, name: str) -> int:
        row = conn.execute(
            "insert into sales.org_units (code, name, kind, parent_id) values (%s, %s, %s, %s) returning id",
            (f"{self.tag}_{code}", name, kind, self.units.get(parent) if parent else None)).fetchone()
        assert row
        self.units[code] = row[0]
        return row[0]

    def add_pool(self, conn: psycopg.Connection, unit: str) -> int:
        row = conn.execute("insert into sales.customer_pools (unit_id, name) values (%s, %s) returning id",
                           (self.units[unit], f"{unit} 公海")).fetchone()
        assert row
        self.pools[unit] = row[0]
        return row[0]

    def add_person(self, conn: psycopg.Connection, key: str, position: str, unit: str,
                   manager: str | None, name: str) -> int:
        emp_id = create_employee(conn, NewEmployee(
            login=self.login(key), name=name, unit_code=f"{self.tag}_{unit}", position_code=position,
            password=self.password, manager_login=self.login(manager) if manager else None))
        self.people[key] = emp_id
        return emp_id

    def add_record(self, conn: psycopg.Connection, kind: str, *, owner: str | None = None,
                   pool: str | None = None, parent: int | None = None, **values: Any) -> int:
        """Insert one record of any declared kind, as the registry describes it: `owner` is a
        person's key, `pool` a pool's unit code, `parent` the parent record's id; every required
        column not given gets KIND_DEFAULTS[kind], else a value of its type."""
        row = conn.execute(
            "select table_name::text, owner_column, pool_column, parent_column, derived "
            "from private.record_kinds where kind = %s", (kind,)).fetchone()
        assert row, f"no kind {kind}"
        table, owner_col, pool_col, parent_col, derived = row
        given = {**KIND_DEFAULTS.get(kind, {}), **values}
        for col, value in ((owner_col, self.people[owner] if owner else None),
                           (pool_col, self.pools[pool] if pool else None), (parent_col, parent)):
            if col and value is not None:
                given[col] = value
        for col, type_name in conn.execute(
            "select attname, format_type(atttypid, null) from pg_attribute "
            "where attrelid = %s::regclass and attnum > 0 and not attisdropped and attnotnull "
            "and not atthasdef and attidentity = '' and attgenerated = '' and attname <> all (%s)",
            (table, derived)).fetchall():
            if col not in given:
                assert type_name in TYPE_DEFAULTS, f"{kind}.{col}: give a value (type {type_name})"
                given[col] = TYPE_DEFAULTS[type_name]
        made = conn.execute(sql.SQL("insert into {} ({}) values ({}) returning id").format(
            sql.SQL(table), sql.SQL(", ").join(map(sql.Identifier, given)),
            sql.SQL(", ").join(sql.Placeholder() * len(given))), list(given.values())).fetchone()
        assert made
        return made[0]

    def people_unit(self, conn: psycopg.Connection, key: str) -> int:
        row = conn.execute("select unit_id from sales.employees where id = %s",
                           (self.people[key],)).fetchone()
        assert row
        return row[0]

    def add_customer(self, conn: psycopg.Connection, name: str, *, owner: str | None = None,
                     pool: str | None = None, phone: str | None = None, contacts: int = 1) -> int:
        cid = self.add_record(conn, "customer", owner=owner, pool=pool, name=name, phone=phone)
        self.customers[name] = cid
        self.customer_owner[name] = owner
        self.customer_pool[name] = pool
        for i in range(contacts):
            self.add_record(conn, "contact", parent=cid, name=f"{name}联系人{i + 1}",
                            mobile=f"1380000{i:04d}", is_primary=i == 0)
        return cid

    def add_lead(self, conn: psycopg.Connection, company_name: str, *, owner: str | None = None,
                 pool: str | None = None, phone: str | None = None, contact_name: str | None = None,
                 status: str = "new") -> int:
        row = conn.execute(
            "insert into sales.leads (company_name, contact_name, phone, mobile, status, owner_id, pool_id) "
            "values (%s, %s, %s, %s, %s, %s, %s) returning id",
            (company_name, contact_name, phone, "13900000001" if contact_name else None, status,
             self.people[owner] if owner else None, self.pools[pool] if pool else None)).fetchone()
        assert row
        self.leads[company_name] = row[0]
        return row[0]

    def add_followup(self, conn: psycopg.Connection, customer: str, *, author: str,
                     summary: str = "电话沟通", happened_at: str | None = None,
                     deal: str | None = None) -> int:
        row = conn.execute(
            "insert into sales.followups (owner_id, customer_id, summary, happened_at, opportunity_id) "
            "values (%s, %s, %s, coalesce(%s::timestamptz, now()), %s) returning id",
            (self.people[author], self.customers[customer], summary, happened_at,
             self.deals[deal] if deal else None)).fetchone()
        assert row
        self.followups.append(row[0])
        return row[0]

    def add_share(self, conn: psycopg.Connection, customer: str, person: str, access: str = "read") -> None:
        conn.execute("insert into sales.record_shares (kind, record_id, employee_id, access) "
                     "values ('customer', %s, %s, %s)",
                     (self.customers[customer], self.people[person], access))
        self.shares.append((customer, person, access))

    def add_deal(self, conn: psycopg.Connection, title: str, customer: str, owner: str,
                 amount: str = "10000.00") -> int:
        """An opportunity in the default process's first stage (its rules derive the rest)."""
        row = conn.execute("insert into sales.opportunities (owner_id, customer_id, title, amount) "
                           "values (%s, %s, %s, %s) returning id",
                           (self.people[owner], self.customers[customer], title, amount)).fetchone()
        assert row
        self.deals[title] = row[0]
        return row[0]

def seed_customers(company: Company, conn: psycopg.Connection) -> None:
    """3 customers per salesperson, 1 per supervisor, pool customers and two shares."""
    for key in (*SALESPEOPLE, "sup_e1", "sup_n1"):
        count = 3 if key in SALESPEOPLE else 1
        for i in range(count):
            phone = f"021-6000{len(company.customers):04d}"
            company.add_customer(conn, f"{key}客户{i + 1}", owner=key, phone=phone)
    company.add_customer(conn, "华东公海客户1", pool="EAST")
    company.add_customer(conn, "华东公海客户2", pool="EAST")
    company.add_customer(conn, "华北公海客户1", pool="NORTH")
    company.add_customer(conn, "总部公海客户1", pool="HQ")
    company.add_share(conn, "sp_n1a客户1", "sp_e1a", "read")
    company.add_share(conn, "sp_e2a客户1", "sp_e1b", "write")


Seed = Callable[[Company, psycopg.Connection], None]
# What the shared small company is seeded with: a later kind appends its own seed here. Tests
# that count what someone owns or sees build a company of their own with PINNED_SEEDS (the
# `counted_company` fixtures), so new seed rows of another kind do not change their numbers.
SEEDS: tuple[Seed, ...] = (seed_customers,)
PINNED_SEEDS: tuple[Seed, ...] = (seed_customers,)


def build_small_company(admin_url: str, seeds: tuple[Seed, ...] = SEEDS, deals: bool = False) -> Company:
    """HQ, two regions, every level, the outsiders, and the records `seeds` add; with `deals` also a
    deal each with a line of a seeded product (the shared session company has them, so the
    registry-driven tests attack every declared kind; a fresh company has none, so tests of
    customers alone are not changed by the deals' reach to their customers)."""
    # (logins are cluster-wide roles that outlive each test's database: a run builds about a thousand
    # companies, and a tag of six hex digits once met an earlier company's)
    company = Company(admin_url=admin_url, tag="c" + secrets.token_hex(5))
    with company.admin() as conn:
        for code, (parent, kind, name) in UNITS.items():
            company.add_unit(conn, code, parent, kind, name)
        for unit in POOL_UNITS:
            company.add_pool(conn, unit)
        for key, (position, unit, manager, name) in PEOPLE.items():
            company.add_person(conn, key, position, unit, manager, name)
        for seed in seeds:
            seed(company, conn)
        if deals:
            seed_deals(company, conn)
        # outsiders: a login in the users' group with no employee row, and one outside it
        for role, group in ((company.login("outsider"), True), (company.login("stranger"), False)):
            conn.execute(sql.SQL("create role {} login password {}").format(
                sql.Identifier(role), sql.Literal(company.password)))
            if group:  # a member of the users' group who may connect, but is no employee
                conn.execute(sql.SQL("grant salesdesk_user to {}").format(sql.Identifier(role)))
                migrate.configure_login(conn, role)
        conn.commit()
    return company


def seed_pipeline(company: Company) -> Company:
    """Rows of the pipeline kinds for the registry-driven attacks, which need some of every kind:
    a lead and a follow-up per salesperson, a lead in each regional pool, and with the deals a
    supervisor's follow-up on a salesperson's deal (which the oracle's route must give them). Not
    in the shared company (build_small_company), whose customer counts, history and change feed
    other tests compute from customers only."""
    with company.admin() as conn:
        for key in SALESPEOPLE:
            company.add_lead(conn, f"{key}线索1", owner=key, contact_name=f"{key}线索联系人")
            company.add_followup(conn, f"{key}客户1", author=key, happened_at="2026-01-05 10:00+08")
        if "sp_e1a商机1" in company.deals:  # read by the deal's owner by the route only
            company.add_followup(conn, "sp_e1a客户1", author="sup_e1", summary="主管陪访", deal="sp_e1a商机1")
        company.add_lead(conn, "华东公海线索1", pool="EAST")
        company.add_lead(conn, "华北公海线索1", pool="NORTH")
        seed_approvals(company, conn)
        seed_contracts(company, conn)
        seed_quotes(company, conn)
        seed_expenses(company, conn)
        seed_money(company, conn)
        seed_targets(company, conn)
        seed_month_closes(company, conn)
        conn.commit()
    return company


def seed_month_closes(company: Company, conn: psycopg.Connection) -> None:
    """January 2026 closed (sql/0039) by each manager for their region and by a supervisor for
    their team, as api.close_month leaves them (an empty snapshot will do for the attacks); and one
    sp_e1a owns (their own node: nobody closes that through the API, but the attacks need a row of
    every kind a salesperson owns)."""
    for key, kind, node in (("mgr_e", "unit", company.units["EAST"]),
                            ("mgr_n", "unit", company.units["NORTH"]),
                            ("sup_e1", "unit", company.units["EAST_T1"]),
                            ("sp_e1a", "person", company.people["sp_e1a"])):
        company.add_record(conn, "month_close", owner=key, node_kind=kind, node_id=node, month="2026-01")


def seed_targets(company: Company, conn: psycopg.Connection) -> None:
    """A draft target version (sql/0034) drafted by the director, each manager and a supervisor, one
    set each, with a value on a person below its author."""
    for year, (author, person) in enumerate((("director", "mgr_e"), ("mgr_e", "sp_e1a"), ("mgr_n", "sp_n1a"),
                                             ("sup_e1", "sp_e1b"), ("sp_e1a", "sp_e1b")), start=2040):
        version = company.add_record(conn, "target_version", owner=author, fiscal_year=year,
                                     reason=f"{author}的目标草稿")
        conn.execute("insert into sales.target_values (version_id, node_kind, node_id, month, value) "
                     "values (%s, 'person', %s, %s, 100)",
                     (version, company.people[person], date(year, 1, 1)))


def seed_contracts(company: Company, conn: psycopg.Connection) -> None:
    """A draft contract per salesperson on their first customer (and deal, when seeded), with one
    line: 2 × 10,000.00 less 5 %, 13 % tax (19,000.00 + 2,470.00)."""
    product = conn.execute("select id from sales.products where code = 'SEED-1'").fetchone() or \
        conn.execute("insert into sales.products (code, name, unit, list_price) "
                     "values ('SEED-1', '标准服务包', '套', 10000) returning id").fetchone()
    assert product
    for key in SALESPEOPLE:
        contract = company.add_record(conn, "contract", owner=key, title=f"{key}合同1",
                                      customer_id=company.customers[f"{key}客户1"],
                                      opportunity_id=company.deals.get(f"{key}商机1"))
        company.contracts[f"{key}合同1"] = contract
        company.add_record(conn, "contract_line", parent=contract, product_id=product[0], quantity=2,
                           unit_price=10000, discount=5)


def seed_quotes(company: Company, conn: psycopg.Connection) -> None:
    """A draft quote per salesperson on their first customer (and deal, when seeded), with one line:
    2 × 10,000.00 less 5 %, 13 % tax (the seeded contract's line)."""
    product = conn.execute("select id from sales.products where code = 'SEED-1'").fetchone()
    assert product  # seed_contracts made it
    for key in SALESPEOPLE:
        quote = company.add_record(conn, "quote", owner=key, title=f"{key}报价1",
                                   customer_id=company.customers[f"{key}客户1"],
                                   opportunity_id=company.deals.get(f"{key}商机1"))
        company.quotes[f"{key}报价1"] = quote
        company.add_record(conn, "quote_line", parent=quote, product_id=product[0], quantity=2,
                           unit_price=10000, discount=5)


def seed_expenses(company: Company, conn: psycopg.Connection) -> None:
    """An expense per salesperson on their first customer (sql/0030), a draft."""
    for key in SALESPEOPLE:
        company.add_record(conn, "expense", owner=key, category="travel", amount=Decimal("88.80"),
                           customer_id=company.customers[f"{key}客户1"])


def approved_contract(company: Company, conn: psycopg.Connection, owner: str, title: str,
                      total: Decimal = Decimal("21470.00"), customer: str | None = None) -> int:
    """An approved contract of `owner` on their first customer (or `customer`) worth `total`
    (tax 0: only the total matters to the money kinds), as the admin writes it (the status flow and
    its approval are sql/0028's)."""
    contract = company.add_record(conn, "contract", owner=owner, title=title,
                                  customer_id=company.customers[customer or f"{owner}客户1"])
    conn.execute("update sales.contracts set status = 'approved', amount = %s, tax_amount = 0, "
                 "total_amount = %s, approved_at = now() where id = %s", (total, total, contract))
    company.contracts[title] = contract
    return contract


def seed_money(company: Company, conn: psycopg.Connection) -> None:
    """Per salesperson an approved contract (21,470.00) with a plan of two instalments, a payment
    of 1,000.00 and an invoice of 1,000.00 + 130.00 tax, so the registry-driven attacks reach the
    money kinds (sql/0029) with room left for another payment and invoice."""
    for key in SALESPEOPLE:
        contract = approved_contract(company, conn, key, f"{key}合同2")
        for due, amount in (("2026-01-31", "10000.00"), ("2026-03-31", "11470.00")):
            company.add_record(conn, "instalment", parent=contract, due_on=due, amount=Decimal(amount))
        company.add_record(conn, "payment", parent=contract, received_on=date(2026, 1, 20),
                           amount=Decimal("1000.00"), method="bank_transfer", reference=f"{key}-回单1")
        company.add_record(conn, "invoice", parent=contract, number=f"{key}-00000001",
                           issued_on=date(2026, 1, 20), amount=Decimal("1000.00"),
                           tax_amount=Decimal("130.00"))


def seed_approvals(company: Company, conn: psycopg.Connection) -> None:
    """An approval request per salesperson, waiting on their supervisor (the approvers are the
    request kind's members), rows as sql/0023's submit leaves them; no kind declares approvals yet,
    so each names its first customer (type 'transfer')."""
    for key in SALESPEOPLE:
        manager = PEOPLE[key][2]
        assert manager
        request = company.add_record(
            conn, "approval_request", owner=key, type="transfer", record_kind="customer",
            record_id=company.customers[f"{key}客户1"], unit_id=company.people_unit(conn, key), steps=1,
            step_no=1, summary=f"{key}客户1 跨区转移")
        conn.execute("insert into sales.approval_approvers "
                     "(request_id, round, step_no, mode, employee_id, waiting, reached_at) "
                     "values (%s, 1, 1, 'any', %s, true, now())", (request, company.people[manager]))
        conn.execute("insert into sales.approval_events (request_id, round, actor_id, action) "
                     "values (%s, 1, %s, 'submitted')", (request, company.people[key]))


def seed_deals(company: Company, conn: psycopg.Connection) -> None:
    """One deal per salesperson on their first customer, with one line of a seeded product."""
    product = conn.execute("insert into sales.products (code, name, unit, list_price) "
                           "values ('SEED-1', '标准服务包', '套', 10000) returning id").fetchone()
    assert product
    for key in SALESPEOPLE:
        deal = company.add_deal(conn, f"{key}商机1", f"{key}客户1", key)
        conn.execute("insert into sales.opportunity_lines (opportunity_id, product_id, quantity, unit_price) "
                     "values (%s, %s, 1, 10000)", (deal, product[0]))

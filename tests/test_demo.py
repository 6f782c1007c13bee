"""The demo company: `salesdesk-admin demo` loads it once, and each level sees its scope.

Visibility is checked against an oracle computed here in Python from the loaded
rows and the org tree, not with the database's own visibility functions.
"""

from __future__ import annotations

import contextlib
import io
import secrets
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from salesdesk.admin import cli
from salesdesk.admin.demo_data import PASSWORD, build_company
from salesdesk.db.urls import libpq_url, with_database, with_login


@dataclass
class Loaded:
    """A demo company loaded through the CLI, and its rows as the admin reads them."""

    url: str
    database: str
    prefix: str
    stdout: str
    parent: dict[int, int | None]  # unit id -> parent unit id
    unit_code: dict[int, str]
    emp: dict[str, tuple[int, int, str]]  # login (no prefix) -> (id, unit id, level)
    pool_unit: dict[int, int]  # pool id -> unit id
    customers: dict[int, tuple[int | None, int | None]]  # id -> (owner id, pool id)
    shares: list[tuple[int, int, str]]  # (customer id, employee id, access)

    def connect(self, login: str) -> psycopg.Connection:
        return psycopg.connect(with_login(self.url, self.prefix + login, PASSWORD))

    def ancestors(self, unit: int) -> set[int]:
        found = {unit}
        while (up := self.parent[unit]) is not None:
            found.add(up)
            unit = up
        return found

    def subtree(self, unit: int) -> set[int]:
        return {u for u in self.parent if unit in self.ancestors(u)}

    def region_of(self, unit: int) -> str:
        """Code of the unit's region (the child of the root it sits under), or of the root."""
        while (up := self.parent[unit]) is not None and self.parent[up] is not None:
            unit = up
        return self.unit_code[unit]

    def shared_with(self, emp_id: int) -> set[int]:
        return {c for c, e, _ in self.shares if e == emp_id}

    def in_pools_of(self, units: set[int]) -> set[int]:
        return {c for c, (_, pool) in self.customers.items() if pool and self.pool_unit[pool] in units}

    def owned_by(self, owners: set[int]) -> set[int]:
        return {c for c, (owner, _) in self.customers.items() if owner in owners}


def _run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def load_into_new_database(pg_admin_url: str) -> tuple[str, str, str]:
    """`demo --database NAME` on the test server: (database, its URL, the CLI's stdout)."""
    database = "d" + secrets.token_hex(3)
    server = with_database(pg_admin_url, "postgres")
    code, out, err = _run_cli("demo", "--dsn", server, "--database", database)
    assert code == 0, err
    return database, with_database(pg_admin_url, database), out


@pytest.fixture(scope="module")
def demo(pg_admin_url: str) -> Iterator[Loaded]:
    database, url, out = load_into_new_database(pg_admin_url)
    prefix = database + "_"
    with psycopg.connect(libpq_url(url)) as conn:
        units = conn.execute("select id, parent_id, code from sales.org_units").fetchall()
        emps = conn.execute(
            "select e.login, e.id, e.unit_id, p.level from sales.employees e "
            "join sales.positions p on p.id = e.position_id where e.login like %s",
            (prefix + "%",)).fetchall()
        pools = conn.execute("select id, unit_id from sales.customer_pools").fetchall()
        customers = conn.execute("select id, owner_id, pool_id from sales.customers").fetchall()
        shares = conn.execute("select record_id, employee_id, access from sales.record_shares "
                              "where kind = 'customer' and (expires_at is null or expires_at > now())"
                              ).fetchall()
    yield Loaded(
        url=url, database=database, prefix=prefix, stdout=out,
        parent={u: p for u, p, _ in units}, unit_code={u: c.removeprefix(prefix) for u, _, c in units},
        emp={login.removeprefix(prefix): (i, u, lvl) for login, i, u, lvl in emps},
        pool_unit=dict(pools), customers={c: (o, p) for c, o, p in customers}, shares=list(shares))


def test_cli_prints_the_password_line(demo: Loaded) -> None:
    assert demo.stdout.splitlines() == [f"PASSWORD={PASSWORD}"]


def test_loading_again_changes_nothing(demo: Loaded, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", "--dsn", demo.url, "--database", demo.database]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"PASSWORD={PASSWORD}\n"
    assert "already loaded" in captured.err
    with psycopg.connect(libpq_url(demo.url)) as conn:
        counts = conn.execute("select (select count(*) from sales.customers), "
                              "(select count(*) from sales.employees), "
                              "(select count(*) from sales.record_shares)").fetchone()
    assert counts == (len(demo.customers), len(demo.emp), len(demo.shares))


def test_demo_roles_taken_in_the_cluster_are_refused(demo: Loaded, pg_admin_url: str) -> None:
    database = "d" + secrets.token_hex(3)
    with psycopg.connect(with_database(pg_admin_url, "postgres"), autocommit=True) as conn:
        conn.execute(f"create role {database}_director nologin")
    code, out, err = _run_cli("demo", "--dsn", demo.url, "--database", database)
    assert code == 1
    assert "PASSWORD=" not in out
    assert "already exist as roles" in err and f"{database}_director" in err


def test_a_bad_database_name_is_refused_cleanly(demo: Loaded) -> None:
    code, _, err = _run_cli("demo", "--dsn", demo.url, "--database", "Bad name")
    assert code == 1 and "invalid demo database name" in err


def test_prefix_is_gone_with_a_pointer_to_the_new_way(demo: Loaded) -> None:
    code, out, err = _run_cli("demo", "--dsn", demo.url, "--prefix", "t1_")
    assert code == 1 and "PASSWORD=" not in out
    assert len(err.splitlines()) == 1 and "--database NAME" in err


def test_a_second_company_never_joins_a_database_that_holds_one(demo: Loaded, company) -> None:
    code, out, err = _run_cli("demo", "--dsn", company.admin_url)
    assert code == 1 and "PASSWORD=" not in out
    assert "already holds a company" in err and "--database NAME" in err
    with psycopg.connect(company.admin_url) as conn:
        assert conn.execute("select count(*) from sales.employees where login not like %s",
                            (company.tag + "\\_%",)).fetchone() == (0,)


def test_two_demo_companies_are_isolated_in_both_directions(demo: Loaded, pg_admin_url: str) -> None:
    other_db, other_url, _ = load_into_new_database(pg_admin_url)
    companies = [(demo.url, demo.prefix), (other_url, other_db + "_")]
    for (url, prefix), (far_url, _) in (companies, companies[::-1]):
        with pytest.raises(psycopg.OperationalError):  # a login of one cannot open the other's database
            psycopg.connect(with_login(far_url, prefix + "director", PASSWORD), connect_timeout=5)
        with psycopg.connect(with_login(url, prefix + "director", PASSWORD)) as conn:
            logins = [r[0] for r in conn.execute("select login from api.employees")]
            customers = conn.execute("select count(*) from api.customers").fetchone()[0]
        assert len(logins) == len(demo.emp) and all(x.startswith(prefix) for x in logins)
        assert customers == len(demo.customers)


def test_every_level_is_staffed(demo: Loaded) -> None:
    levels = Counter(level for _, _, level in demo.emp.values())
    assert levels["director"] == 1 and levels["manager"] == 3 and levels["admin"] == 1
    assert levels["supervisor"] >= 6 and levels["salesperson"] >= 24
    assert 1 <= levels["assistant"] <= 2
    codes = set(demo.unit_code.values())
    assert {"HQ", "EAST", "NORTH", "SOUTH", "EAST_SH", "EAST_HZ", "NORTH_BJ", "NORTH_TJ",
            "SOUTH_GZ", "SOUTH_SZ"} <= codes


def test_reporting_lines_run_director_to_salespeople(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        lines = dict(conn.execute(
            "select e.login, m.login from sales.employees e left join sales.employees m "
            "on m.id = e.manager_id where e.login like %s", (demo.prefix + "%",)).fetchall())
    boss = {k.removeprefix(demo.prefix): v.removeprefix(demo.prefix) if v else None
            for k, v in lines.items()}
    level = {login: lvl for login, (_, _, lvl) in demo.emp.items()}
    above = {"manager": "director", "supervisor": "manager", "salesperson": "supervisor"}
    for login, lvl in level.items():
        if lvl in above:
            assert level[boss[login]] == above[lvl], login  # type: ignore[index]
    assert Counter(boss[p] for p in level if level[p] == "salesperson") == {
        s: 4 for s in level if level[s] == "supervisor"}


def test_customers_contacts_and_pools(demo: Loaded) -> None:
    assert 2900 <= len(demo.customers) <= 3100
    with psycopg.connect(libpq_url(demo.url)) as conn:
        per_customer = conn.execute(
            "select count(*), count(*) filter (where is_primary) from sales.contacts "
            "group by customer_id").fetchall()
        blank = conn.execute("select count(*) from sales.customers where name_norm = '' or phone is null "
                             "or address is null or last_contact_at < now() - interval '366 days'").fetchone()
        levels = {r[0] for r in conn.execute("select distinct level from sales.customers")}
        duplicates = conn.execute(
            "select count(*) - count(distinct name_norm) from sales.customers").fetchone()
    assert len(per_customer) == len(demo.customers)
    assert all(1 <= n <= 3 and primary == 1 for n, primary in per_customer)
    assert sum(n for n, _ in per_customer) >= len(demo.customers)
    assert blank == (0,) and duplicates == (0,)
    assert levels == {"A", "B", "C", "D"}
    pooled = Counter(demo.unit_code[demo.pool_unit[p]] for o, p in demo.customers.values() if p)
    assert set(pooled) == {"HQ", "EAST", "NORTH", "SOUTH"}
    assert 0.05 <= sum(pooled.values()) / len(demo.customers) <= 0.15
    leaders = {demo.emp[k][0] for k, (_, _, lvl) in demo.emp.items() if lvl in ("manager", "supervisor")}
    assert len({o for o, _ in demo.customers.values() if o in leaders}) >= 3


def test_the_loaded_company_is_the_generated_one(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        names = sorted(r[0] for r in conn.execute("select name from sales.customers"))
    assert names == sorted(c.name for c in build_company().customers)


def test_shares_cross_regions(demo: Loaded) -> None:
    assert len(demo.shares) >= 20
    assert {access for _, _, access in demo.shares} == {"read", "write"}
    unit_of = {i: u for i, u, _ in demo.emp.values()}
    for customer, recipient, _ in demo.shares:
        owner = demo.customers[customer][0]
        assert owner is not None
        assert demo.region_of(unit_of[owner]) != demo.region_of(unit_of[recipient])


def _visible(demo: Loaded, login: str) -> set[int]:
    """The customers a demo login sees through the API: the read view, and the client's own
    paged list and count, which must agree with it; contacts come with exactly those."""
    with demo.connect(login) as conn:
        seen = {r[0] for r in conn.execute("select id from api.customers")}
        listed: list[int] = []
        after = None
        while True:
            page = conn.execute("select id, cursor from api.customer_list('{\"archived\": \"all\"}', 'name', "
                                "false, %s, 1000)", (after,)).fetchall()
            listed += [r[0] for r in page]
            if len(page) < 1000:
                break
            after = page[-1][1]
        count = conn.execute("select n from api.record_count('customer', %s)",
                             ('{"archived": "all"}',)).fetchone()
        contacts = {r[0] for r in conn.execute("select distinct customer_id from api.contacts")}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select id from sales.customers")
    assert sorted(listed) == sorted(seen) and count == (len(seen),)
    assert contacts == seen  # every demo customer has a contact
    return seen


@pytest.mark.parametrize("login", ["sales_sh1", "sales_gz3"])
def test_salesperson_sees_own_pools_above_and_shares(demo: Loaded, login: str) -> None:
    emp_id, unit, _ = demo.emp[login]
    own = demo.owned_by({emp_id})
    pools = demo.in_pools_of(demo.ancestors(unit))
    expected = own | pools | demo.shared_with(emp_id)
    assert own and pools and len(expected) < len(demo.customers) / 5
    if login == "sales_sh1":
        assert demo.shared_with(emp_id) - own
    assert _visible(demo, login) == expected


def test_supervisor_sees_their_team(demo: Loaded) -> None:
    emp_id, unit, _ = demo.emp["sup_sh"]
    team = {demo.emp[f"sales_sh{n}"][0] for n in range(1, 5)} | {emp_id}
    expected = (demo.owned_by(team) | demo.in_pools_of(demo.ancestors(unit))
                | demo.shared_with(emp_id))
    assert _visible(demo, "sup_sh") == expected


@pytest.mark.parametrize("login", ["mgr_east", "mgr_north"])
def test_manager_sees_their_region(demo: Loaded, login: str) -> None:
    emp_id, region, _ = demo.emp[login]
    units = demo.subtree(region)
    people = {i for i, u, _ in demo.emp.values() if u in units}
    expected = (demo.owned_by(people) | demo.in_pools_of(demo.ancestors(region) | units)
                | demo.shared_with(emp_id))
    assert 0.2 * len(demo.customers) < len(expected) < 0.6 * len(demo.customers)
    if login == "mgr_north":
        assert demo.shared_with(emp_id) - demo.owned_by(people)
    assert _visible(demo, login) == expected


def test_director_sees_everything(demo: Loaded) -> None:
    assert _visible(demo, "director") == set(demo.customers)


def test_demo_password_is_needed(demo: Loaded) -> None:
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(with_login(demo.url, demo.prefix + "sales_sh1", PASSWORD + "x"))

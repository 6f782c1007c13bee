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
from tests.test_payments import by_customer_oracle, kept_by_customer


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
    members: list[tuple[int, int, int]]  # (deal id, employee id, the deal's customer id)

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
        """Customers shared with them, and the customers of the deals whose team they are on."""
        return ({c for c, e, _ in self.shares if e == emp_id}
                | {c for _, e, c in self.members if e == emp_id})

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
        members = conn.execute("select m.opportunity_id, m.employee_id, o.customer_id "
                               "from sales.opportunity_members m "
                               "join sales.opportunities o on o.id = m.opportunity_id").fetchall()
    yield Loaded(
        url=url, database=database, prefix=prefix, stdout=out,
        parent={u: p for u, p, _ in units}, unit_code={u: c.removeprefix(prefix) for u, _, c in units},
        emp={login.removeprefix(prefix): (i, u, lvl) for login, i, u, lvl in emps},
        pool_unit=dict(pools), customers={c: (o, p) for c, o, p in customers}, shares=list(shares),
        members=list(members))


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
        assert {c for _, e, c in demo.members if e == emp_id} - own  # reached as a deal's team member
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


# --- twelve months of selling -------------------------------------------------------------

def _months(conn: psycopg.Connection) -> list[str]:
    """The last twelve calendar months as 'YYYY-MM', this one included."""
    return [r[0] for r in conn.execute(
        "select to_char(date_trunc('month', now()) - make_interval(months => n), 'YYYY-MM') "
        "from generate_series(0, 11) n order by 1")]


def test_every_lead_status_with_conversions_reasons_and_pools(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        statuses = dict(conn.execute("select status, count(*) from sales.leads group by 1").fetchall())
        bad_conversions = conn.execute(
            "select count(*) from sales.leads l join sales.customers c on c.id = l.converted_customer_id "
            "join sales.contacts k on k.id = l.converted_contact_id "
            "where l.status = 'converted' and not (k.customer_id = c.id and c.owner_id = l.owner_id "
            "and c.name = l.company_name and l.converted_by = l.owner_id "
            "and c.created_at = l.converted_at and l.created_at < l.converted_at)").fetchone()
        linked = conn.execute("select count(*) from sales.leads where status = 'converted' "
                              "and converted_contact_id is not null").fetchone()
        histories = conn.execute(
            "select count(*) from sales.ownership_history h join sales.leads l on l.id = h.record_id "
            "where h.kind = 'lead' and h.reason like 'converted to customer %' "
            "and h.changed_at = l.converted_at and h.event = 'converted_to' "  # coded as sql/0024 writes it
            "and (h.refs ->> 'customer')::bigint = l.converted_customer_id").fetchone()
        no_reason = conn.execute("select count(*) from sales.leads where status = 'disqualified' "
                                 "and coalesce(disqualify_reason, '') = ''").fetchone()
        pooled = conn.execute("select count(distinct pool_id), count(*) from sales.leads "
                              "where pool_id is not null").fetchone()
    assert set(statuses) == {"new", "contacted", "qualified", "converted", "disqualified"}
    assert min(statuses.values()) >= 20
    assert bad_conversions == (0,) and linked == (statuses["converted"],)
    assert histories == (statuses["converted"],)
    assert no_reason == (0,)
    assert pooled is not None and pooled[0] == 4 and pooled[1] >= 40


def test_every_stage_has_deals_and_lost_ones_have_reasons(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        per_stage = conn.execute(
            "select s.code, count(o.id) from sales.opportunity_stages s "
            "join sales.sales_processes p on p.id = s.process_id and p.code = 'default' "
            "left join sales.opportunities o on o.stage_id = s.id where s.active group by s.code").fetchall()
        lost = conn.execute(
            "select count(*), count(nullif(btrim(won_lost_reason), '')) from sales.opportunities o "
            "join sales.opportunity_stages s on s.id = o.stage_id where s.outcome = 'lost'").fetchone()
        foreign = conn.execute(
            "select count(*) from sales.opportunities o join sales.customers c "
            "on c.id = o.customer_id where c.owner_id is distinct from o.owner_id").fetchone()
        lines = conn.execute(
            "select count(distinct opportunity_id), count(*) filter (where o.amount <> t.total) "
            "from sales.opportunity_lines l join sales.opportunities o on o.id = l.opportunity_id "
            "join (select opportunity_id, sum(amount) total from sales.opportunity_lines "
            "group by 1) t using (opportunity_id)").fetchone()
    assert len(per_stage) == 7 and all(n >= 10 for _, n in per_stage), per_stage
    assert lost is not None and lost[0] >= 10 and lost[0] == lost[1]
    assert foreign == (0,)  # a deal is on one of its owner's customers
    assert lines is not None and lines[0] >= 50 and lines[1] == 0


def test_a_third_of_deals_have_a_branch_team_with_credit_summing_to_100(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        teams = conn.execute(
            "select o.id, count(*), sum(m.credit_share), "
            "bool_and(case when mu.kind = 'team' then mu.parent_id else mu.id end "
            "= case when ou.kind = 'team' then ou.parent_id else ou.id end), "
            "count(*) filter (where m.employee_id = o.owner_id) "
            "from sales.opportunities o join sales.opportunity_members m on m.opportunity_id = o.id "
            "join sales.employees me on me.id = m.employee_id join sales.org_units mu on mu.id = me.unit_id "
            "join sales.employees oe on oe.id = o.owner_id join sales.org_units ou on ou.id = oe.unit_id "
            "group by o.id").fetchall()
        deals = conn.execute("select count(*) from sales.opportunities").fetchone()[0]
    assert abs(len(teams) - deals / 3) <= deals / 30
    assert all(2 <= n <= 4 for _, n, _, _, _ in teams)
    assert all(total == 100 for _, _, total, _, _ in teams)
    assert all(same_branch and owner_in == 1 for _, _, _, same_branch, owner_in in teams)


def test_each_of_the_last_twelve_months_has_wins_and_every_salesperson_follows_up(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        months = _months(conn)
        won = dict(conn.execute(
            "select to_char(closed_at, 'YYYY-MM'), count(*) from sales.opportunities o "
            "join sales.opportunity_stages s on s.id = o.stage_id where s.outcome = 'won' "
            "group by 1").fetchall())
        sellers = conn.execute(
            "select e.id, array_agg(distinct to_char(f.happened_at, 'YYYY-MM')) from sales.employees e "
            "join sales.positions p on p.id = e.position_id and p.code = 'salesperson' "
            "left join sales.followups f on f.owner_id = e.id group by e.id").fetchall()
        kinds = {r[0] for r in conn.execute("select distinct kind from sales.followups")}
        return_visits = conn.execute("select count(*) from sales.followups where satisfaction is not null "
                                     "and opportunity_id is not null").fetchone()[0]
        future = conn.execute("select count(*) from sales.followups where happened_at > now()").fetchone()
    assert all(won.get(m, 0) >= 5 for m in months), won
    assert len(sellers) == 24
    assert all(set(months) <= set(seen) for _, seen in sellers)
    assert {"visit", "call", "wechat", "email", "meeting"} <= kinds
    assert return_visits >= 50 and future == (0,)


def test_follow_ups_are_written_by_who_holds_the_deal_or_the_customer(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        on_deals = conn.execute(
            "select count(*), count(*) filter (where f.customer_id <> o.customer_id "
            "or not (f.owner_id = o.owner_id or exists (select 1 from sales.opportunity_members m "
            "where m.opportunity_id = o.id "
            "and m.employee_id = f.owner_id)) or f.happened_at < o.created_at "
            "or f.happened_at > coalesce(o.closed_at + interval '60 days', now())) "
            "from sales.followups f join sales.opportunities o on o.id = f.opportunity_id").fetchone()
        on_customers = conn.execute(
            "select count(*) filter (where c.owner_id is not null and f.owner_id <> c.owner_id), "
            "count(*) filter (where c.pool_id is not null and not exists (select 1 from sales.employees e "
            "join sales.customer_pools p on p.id = c.pool_id where e.id = f.owner_id "
            "and p.unit_id in (with recursive up (id) as (select e.unit_id union all "
            "select u.parent_id from sales.org_units u join up on up.id = u.id "
            "where u.parent_id is not null) select id from up))) "
            "from sales.followups f join sales.customers c on c.id = f.customer_id "
            "where f.opportunity_id is null").fetchone()
        contacts = conn.execute(
            "select count(*) from sales.followups f join sales.contacts k on k.id = f.contact_id "
            "where k.customer_id <> f.customer_id").fetchone()
    assert on_deals is not None and on_deals[0] >= 500 and on_deals[1] == 0
    assert on_customers == (0, 0) and contacts == (0,)


def test_last_contact_is_the_latest_follow_up(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        wrong = conn.execute(
            "select count(*) from sales.customers c left join lateral (select max(happened_at) latest "
            "from sales.followups f where f.customer_id = c.id) f on true "
            "where c.last_contact_at is distinct from f.latest").fetchone()
    assert wrong == (0,)


def test_stamps_and_histories_agree_with_the_months(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        histories = conn.execute(
            "select o.id, o.stage_id, o.created_at, o.closed_at, o.updated_at, "
            "array_agg(s.position order by h.changed_at, h.id), "
            "array_agg(h.changed_at order by h.changed_at, h.id), "
            "array_agg(h.from_stage_id order by h.changed_at, h.id), "
            "array_agg(h.to_stage_id order by h.changed_at, h.id), bool_and(h.changed_by = o.owner_id) "
            "from sales.opportunities o join sales.opportunity_stage_history h on h.opportunity_id = o.id "
            "join sales.opportunity_stages s on s.id = h.to_stage_id group by o.id").fetchall()
        spread = conn.execute("select count(distinct to_char(created_at, 'YYYY-MM')) from sales.opportunities"
                              ).fetchone()[0]
        late = conn.execute(
            "select (select count(*) from sales.followups where created_at <> happened_at), "
            "(select count(*) from sales.customers c where created_at > (select min(happened_at) "
            "from sales.followups f where f.customer_id = c.id)), "
            "(select count(*) from sales.leads where created_at > updated_at or updated_at > now())"
        ).fetchone()
        deals = conn.execute("select count(*) from sales.opportunities").fetchone()[0]
    assert len(histories) == deals and spread >= 12
    for _, stage, created, closed, updated, positions, moments, froms, tos, by_owner in histories:
        assert positions[:-1] == list(range(1, len(positions)))  # stage by stage, from the first
        assert moments == sorted(moments) and moments[0] == created and moments[-1] == updated
        assert froms[0] is None and froms[1:] == tos[:-1] and tos[-1] == stage and by_owner
        assert closed is None or closed == moments[-1]
    assert late == (0, 0, 0)


def test_what_the_database_keeps_agrees_with_a_rebuild_after_the_back_dating(demo: Loaded) -> None:
    """The loader back-dates rows with the triggers quiet: the attainment ledger, the kept
    receivables and the forecast's kept sums must still equal what a rebuild from the rows gives (a
    new customer credited to the load's day showed "new customers" in the wrong month). The routes
    each employee reaches through their deals (sql/0051) likewise, and the receivables' sums per
    customer (0057)."""
    ledger = ("select metric, source_id, employee_id, unit_id, day, credited, overlay_credit, assisted "
              "from private.metric_ledger order by 1, 2, 3, 4, 5")
    kept = "select * from private.receivable_contracts order by contract_id"
    forecast = "select * from private.forecast_totals order by owner_id, month, category, stage_id"
    routes = ("select kind, employee_id, array(select unnest(ids) order by 1) from private.route_sets "
              "where cardinality(ids) > 0 order by 1, 2")
    with psycopg.connect(libpq_url(demo.url)) as conn:
        before = [conn.execute(q).fetchall() for q in (ledger, kept, forecast, routes)]
        assert kept_by_customer(conn) == by_customer_oracle(conn)  # sql/0057
        conn.execute("select private.ledger_rebuild()")
        conn.execute("select private.receivables_refresh(null)")
        conn.execute("select private.forecast_totals_rebuild()")
        conn.execute("select private.rebuild_route_sets()")
        after = [conn.execute(q).fetchall() for q in (ledger, kept, forecast, routes)]
        conn.rollback()
    assert any(r[0] == "new_customers" for r in before[0])
    assert any(r[2] == "closed" for r in before[2])  # won deals, by their back-dated closing month
    assert {r[0] for r in before[3]} == {"customer", "followup"}
    assert before == after


@pytest.mark.parametrize("login", ["sales_sh1", "sales_gz3", "sup_sh", "mgr_east", "mgr_south", "director"])
def test_each_level_sees_a_pipeline_through_the_api(demo: Loaded, login: str) -> None:
    emp_id, unit, level = demo.emp[login]
    units = demo.subtree(unit) if level != "salesperson" else {unit}
    people = ({i for i, u, _ in demo.emp.values() if u in units} if level != "salesperson" else {emp_id})
    with psycopg.connect(libpq_url(demo.url)) as conn:
        deals = dict(conn.execute("select id, owner_id from sales.opportunities").fetchall())
    expected = {d for d, owner in deals.items() if owner in people} | {
        d for d, e, _ in demo.members if e == emp_id}
    with demo.connect(login) as conn:
        seen = {r[0] for r in conn.execute("select id from api.opportunities")}
        page = conn.execute("select count(*) from api.opportunity_list('{}', 'name', false, null, 50)"
                            ).fetchone()
        board = conn.execute("select sum(deals) from api.opportunity_board('{}')").fetchone()
    assert expected and seen == expected
    assert page == (min(50, len(seen)),) and board == (len(seen),)
    if level == "salesperson":
        assert any(deals[d] == emp_id for d in seen)


def test_the_demo_company_has_its_details_for_the_documents(demo: Loaded) -> None:
    from salesdesk.admin.demo_company_profile import DETAILS

    with demo.connect("sales_sh1") as conn:  # any employee reads them, through the api
        row = conn.execute("select legal_name, tax_number, bank_account from api.company_profile").fetchone()
    assert row == (DETAILS["legal_name"], DETAILS["tax_number"], DETAILS["bank_account"])


# -- issue 13 §1: contracts (helper contracts) ------------------------------------------------------
def test_the_demo_has_contracts_in_every_state_numbered_without_gaps(demo: Loaded) -> None:
    with psycopg.connect(libpq_url(demo.url)) as conn:
        states = dict(conn.execute("select status, count(*) from sales.contracts group by 1").fetchall())
        numbers = [r[0] for r in conn.execute("select number from sales.contracts where number is not null")]
        mismatched = conn.execute("select count(*) from sales.contracts c join sales.opportunities o "
                                  "on o.id = c.opportunity_id where o.owner_id <> c.owner_id "
                                  "or o.customer_id <> c.customer_id").fetchone()
        amended = conn.execute("select count(distinct contract_id) from sales.contract_versions "
                               "where amendment_no > 0").fetchone()
        uncounted = conn.execute("select count(*) from sales.contracts "
                                 "where (number is null) <> (approved_at is null)").fetchone()
    assert set(states) == {"draft", "submitted", "approved", "rejected", "in_effect", "fulfilled",
                           "cancelled"}
    by_year: dict[str, list[int]] = {}
    for number in numbers:
        _, year, n = number.split("-")
        by_year.setdefault(year, []).append(int(n))
    assert all(sorted(ns) == list(range(1, len(ns) + 1)) for ns in by_year.values())
    assert mismatched == (0,) and amended and amended[0] > 0 and uncounted == (0,)


def test_quotes_in_every_state_with_discounts_approved_and_pending(demo: Loaded) -> None:
    """issue 13 §9 (quotes): every state, earlier versions kept, approvals decided and pending, each
    pending one in its approver's inbox; accepted ones have their draft contract with equal totals."""
    with psycopg.connect(libpq_url(demo.url)) as conn:
        states = {s for (s,) in conn.execute(
            "select case when status = 'sent' and valid_until < current_date then 'expired' else status end "
            "from sales.quotes")}
        pending = conn.execute("select a.employee_id, r.record_id from sales.approval_requests r "
                               "join sales.approval_approvers a on a.request_id = r.id and a.waiting "
                               "where r.type = 'discount' and r.state = 'pending'").fetchall()
        approved = conn.execute("select count(*) from sales.approval_requests "
                                "where type = 'discount' and state = 'approved'").fetchone()
        versions = conn.execute("select count(*) from sales.quotes where previous_id is not null").fetchone()
        unequal = conn.execute(
            "select count(*) from sales.quotes q where q.contract_id is not null and q.total_amount <> "
            "(select sum(l.amount + l.tax_amount) from sales.contract_lines l "
            "where l.contract_id = q.contract_id)"
        ).fetchone()
        login = conn.execute("select login from sales.employees where id = %s", (pending[0][0],)).fetchone()
    assert states == {"draft", "sent", "accepted", "declined", "revised", "expired"}
    assert pending and approved and approved[0] > 0 and versions and versions[0] > 0 and unequal == (0,)
    assert login
    with demo.connect(login[0].removeprefix(demo.prefix)) as conn:
        inbox = conn.execute("select record_kind, record_id from api.approvals_inbox()").fetchall()
    assert ("quote", pending[0][1]) in inbox


# --- money (sql/0029, salesdesk/admin/demo_payments.py) ----------------------------------------


def test_the_demos_receivables_are_overdue_in_every_bucket(demo: Loaded) -> None:
    """The director's ageing of the demo holds every bucket, and the plans, payments and invoices
    obey the database's rules (they were written through them)."""
    with demo.connect("director") as conn:
        buckets = {r[0] for r in conn.execute(
            "select bucket from api.receivable_instalments(current_date) where unpaid > 0")}
        paid = conn.execute("select count(*) from api.payments where status = 'approved'").fetchone()
        invoiced = conn.execute("select count(*) from api.invoices").fetchone()
    assert buckets == {"not_due", "d1_30", "d31_60", "d61_90", "d91_plus"}
    assert paid and paid[0] > 0 and invoiced and invoiced[0] > 0

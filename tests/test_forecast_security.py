"""Adversarial tests of the funnel, the forecast and its adjustments (sql/0036): who may open
which node, who may adjust which, that the history is kept, and that the table is out of reach."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
import pytest

from tests import forecast_history as fh
from tests.factories import Company, build_small_company

MONTH = date(2026, 11, 1)
READERS = ("funnel(%(kind)s, %(id)s, null)", "forecast(%(kind)s, %(id)s, 'FY2026', null)",
           "forecast_deals(%(kind)s, %(id)s, 'FY2026', null)",
           "forecast_breakdown(%(kind)s, %(id)s, 'FY2026', null)",
           "forecast_adjustments(%(kind)s, %(id)s, 'FY2026')")


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    fh.seed_history(company)
    return company


def sqlstate(co: Company, key: str, query: str, params: dict | tuple = ()) -> str | None:
    with co.connect(key) as conn:
        try:
            conn.execute(query, params)  # type: ignore[arg-type]
        except psycopg.Error as err:
            return err.sqlstate
    return None


def adjust(co: Company, key: str, kind: str, node: int | None, amount: str = "1000",
           note: str = "x") -> str | None:
    return sqlstate(co, key, "select api.forecast_adjust(%s, %s, %s, 'commit', %s, %s)",
                    (kind, node, MONTH, Decimal(amount), note))


# (who, node kind, node key): nodes outside the caller's reach
OUTSIDE = [
    ("mgr_n", "unit", "EAST"), ("mgr_n", "unit", "EAST_T1"), ("mgr_e", "unit", "NORTH"),
    ("mgr_e", "company", None),
    ("sup_e1", "unit", "EAST_T2"), ("sup_e1", "unit", "EAST"), ("sup_e1", "company", None),
    ("sp_e1a", "unit", "EAST_T1"), ("sp_e1a", "person", "sp_e2a"), ("sp_e1a", "company", None),
    ("sp_n1a", "person", "sp_e1a"), ("asst_e1", "company", None), ("mgr_n", "person", "sp_e1a"),
]


def node_id(co: Company, kind: str, key: str | None) -> int | None:
    return None if key is None else co.units[key] if kind == "unit" else co.people[key]


@pytest.mark.parametrize(("who", "kind", "key"), OUTSIDE)
@pytest.mark.parametrize("reader", READERS)
def test_a_node_out_of_reach_answers_like_a_missing_one(co: Company, who: str, kind: str, key: str | None,
                                                        reader: str) -> None:
    hidden = sqlstate(co, who, f"select * from api.{reader}", {"kind": kind, "id": node_id(co, kind, key)})
    missing = sqlstate(co, who, f"select * from api.{reader}", {"kind": kind if key else "unit", "id": 10**9})
    assert hidden == missing == "P0002"


def test_a_bad_node_kind_is_a_bad_request(co: Company) -> None:
    assert sqlstate(co, "director", "select * from api.funnel('region', 1, null)") == "SD005"
    assert sqlstate(co, "director", "select * from api.forecast('company', 1, 'FY2026')") == "SD005"
    assert sqlstate(co, "director", "select * from api.forecast('company', null, 'FY20')") == "SD005"


def test_a_scope_reads_exactly_what_the_director_reads_of_it(co: Company) -> None:
    """The caller's row-level security decides the deals; inside one's scope nothing is missing."""
    for who, unit in (("mgr_e", "EAST"), ("sup_e1", "EAST_T1"), ("mgr_n", "NORTH")):
        for q in ("select * from api.forecast('unit', %s, 'FY2026', '2026-12-01')",
                  "select * from api.funnel('unit', %s, null)"):
            assert co.call(who, q, (co.units[unit],)) == co.call("director", q, (co.units[unit],)), (who, q)


def test_a_deal_shared_through_a_team_counts_for_its_owner_only(co: Company) -> None:
    q = "select sum(amount) from api.forecast_deals('person', %s, 'FY2026', null)"
    before = co.call("director", q, (co.people["sp_n1a"],))
    with co.admin() as conn:
        deal = conn.execute("select min(id) from sales.opportunities where owner_id = %s",
                            (co.people["sp_n1a"],)).fetchone()[0]
        conn.execute("insert into sales.opportunity_members (opportunity_id, employee_id, role, access) "
                     "values (%s, %s, 'presales', 'read')", (deal, co.people["sp_e1a"]))
    assert co.call("sp_e1a", "select * from api.funnel('person', %s, null)", (co.people["sp_e1a"],))
    assert sqlstate(co, "sp_e1a", "select * from api.forecast_deals('person', %s, 'FY2026', null)",
                    (co.people["sp_n1a"],)) == "P0002"
    assert co.call("director", q, (co.people["sp_n1a"],)) == before


@pytest.mark.parametrize(("who", "kind", "key"), [
    ("sup_e1", "unit", "EAST_T2"),  # another unit
    ("sup_e1", "unit", "EAST"),     # a superior's
    ("mgr_e", "unit", "EAST_B1"),   # below them, not their own node
    ("mgr_e", "company", None),     # the director's
    ("mgr_n", "unit", "EAST"),      # another region
    ("sp_e1a", "unit", "EAST_T1"),  # a salesperson, even their own team
    ("asst_e1", "unit", "EAST_T1"),
    ("director", "unit", "EAST"),   # the director's node is the company
])
def test_only_a_manager_adjusts_their_own_node(co: Company, who: str, kind: str, key: str | None) -> None:
    assert adjust(co, who, kind, node_id(co, kind, key)) == "42501"
    with co.admin() as conn:
        assert conn.execute("select count(*) from sales.forecast_adjustments where created_by = %s",
                            (co.people[who],)).fetchone() == (0,)


def test_adjustments_are_kept_beside_the_computed_figures(co: Company) -> None:
    east = co.units["EAST"]
    q = ("select category, amount, weighted, adjusted, adjusted_by, adjustment_note "
         "from api.forecast(%s, %s, '2026-11', '2026-12-01')")
    team_before = co.call("director", q, ("unit", co.units["EAST_T1"]))
    computed = co.call("mgr_e", q, ("unit", east))
    assert adjust(co, "mgr_e", "unit", east, "5000.50", "大客户延期") is None
    assert adjust(co, "mgr_e", "unit", east, "7000", "追加") is None
    assert adjust(co, "sup_e1", "unit", co.units["EAST_T1"], "100", "组内") is None
    assert adjust(co, "director", "company", None, "90000", "总部判断") is None
    after = co.call("mgr_e", q, ("unit", east))
    commit = next(r for r in after if r[0] == "commit")
    assert commit[3:] == (Decimal("7000.00"), "李华东", "追加")  # the latest
    assert [r[:3] for r in after] == [r[:3] for r in computed]  # the computed figures are untouched
    # the subordinates' figures keep their own (computed and adjusted)
    team = co.call("director", q, ("unit", co.units["EAST_T1"]))
    assert [r[:3] for r in team] == [r[:3] for r in team_before]
    assert next(r for r in team if r[0] == "commit")[3] == Decimal("100.00")
    history = co.call("director", "select amount, note, created_by "
                                  "from api.forecast_adjustments('unit', %s, 'FY2026')", (east,))
    assert history == [(Decimal("7000.00"), "追加", co.people["mgr_e"]),
                       (Decimal("5000.50"), "大客户延期", co.people["mgr_e"])]
    # a manager reads below them, not the company's nor another region's
    assert co.call("mgr_e", "select count(*) from api.forecast_adjustments('unit', %s, 'FY2026')",
                   (co.units["EAST_T1"],)) == [(1,)]
    company_history = "select * from api.forecast_adjustments('company', null, 'FY2026')"
    assert sqlstate(co, "mgr_e", company_history) == "P0002"
    assert sqlstate(co, "mgr_n", "select * from api.forecast_adjustments('unit', %s, 'FY2026')",
                    (east,)) == "P0002"


@pytest.mark.parametrize(("amount", "category"), [("-1", "commit"), ("1e13", "commit"), ("1", "closed"),
                                                  ("1", "nonsense")])
def test_an_adjustment_out_of_bounds_is_refused(co: Company, amount: str, category: str) -> None:
    state = sqlstate(co, "director", "select api.forecast_adjust('company', null, %s, %s, %s, null)",
                     (MONTH, category, Decimal(amount)))
    assert state in ("23514", "22003")


@pytest.mark.parametrize("query", [
    "select * from sales.forecast_adjustments",
    "explain select * from sales.forecast_adjustments where amount > 0",
    "insert into sales.forecast_adjustments (unit_id, month, category, amount) values (null, '2026-11-01', "
    "'commit', 1)",
    "update sales.forecast_adjustments set amount = 0",
    "delete from sales.forecast_adjustments",
    "select * from private.stage_win_rates(current_date, null)",
    "select * from private.stage_history_of(array[1::bigint])",
    "select private.forecast_node_owners('company', null)",
])
@pytest.mark.parametrize("who", ["director", "mgr_e", "sp_e1a"])
def test_the_table_and_helpers_are_out_of_reach(co: Company, query: str, who: str) -> None:
    assert sqlstate(co, who, query) == "42501"


def test_not_even_the_api_role_may_change_or_remove_an_adjustment(co: Company) -> None:
    with co.admin() as conn:
        for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
            assert conn.execute("select has_table_privilege('salesdesk_api', "
                                "'sales.forecast_adjustments', %s)", (privilege,)).fetchone() == (False,)
        policies = conn.execute("select cmd from pg_policies "
                                "where tablename = 'forecast_adjustments'").fetchall()
        assert sorted(p[0] for p in policies) == ["INSERT", "SELECT"]


def test_a_plan_shows_nothing_of_a_hidden_node(co: Company) -> None:
    """EXPLAIN ANALYZE of another region's forecast fails exactly like a missing node's."""
    with co.connect("mgr_n") as conn:
        messages = []
        for node in (co.units["EAST"], 10**9):
            with pytest.raises(psycopg.Error) as err:
                conn.execute("explain (analyze) select * from api.forecast('unit', %s, 'FY2026')", (node,))
            messages.append((err.value.sqlstate, str(err.value).splitlines()[0]))
            conn.rollback()
        assert messages[0] == messages[1]

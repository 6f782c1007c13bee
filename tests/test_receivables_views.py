"""The receivables by person in pages and by unit as a roll-up of a unit's tree (sql/0063), against
the unpaged ageing by person (api.receivables_ageing, sql/0050) as the oracle, for every level and
with either kind of plan; and the attacks: a salesperson drilling into another region, a cursor
past hidden people, bad arguments, an outsider."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.factories import Company, build_small_company
from tests.test_payments import PAY, TODAY, attempt, contract, pay, save_plan

D = Decimal
COLUMNS = ("group_id, group_name, contracts, not_due, d1_30, d31_60, d61_90, d91_plus, overdue, unplanned, "
           "receivable")
UNPAGED = f"select {COLUMNS} from api.receivables_ageing('owner', %s)"
BY_OWNER = f"select {COLUMNS}, cursor, owners from api.receivables_by_owner(%s, %s, %s)"
BY_UNIT = f"select kind, {COLUMNS} from api.receivables_by_unit(%s, %s)"
PEOPLE = ("sp_e1a", "sp_e1b", "sp_n1a", "sup_e1", "sup_n1", "mgr_e", "mgr_n", "director")


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def _paged(co: Company, key: str, limit: int, plans: str = "auto") -> tuple[list[tuple], tuple]:
    """Every page of the ageing by person as `key` (rows without their cursor), and the totals row;
    `plans` the session's plan_cache_mode (the page forces generic plans itself, sql/0063: the
    session's setting must change nothing)."""
    with co.connect(key, autocommit=True) as conn:
        conn.execute("select set_config('plan_cache_mode', %s, false)", (plans,))
        *rows, total = conn.execute(BY_OWNER, (TODAY, None, limit)).fetchall()
        page = rows
        while len(page) == limit:
            page = conn.execute(BY_OWNER, (TODAY, page[-1][11], limit)).fetchall()
            rows += page
    assert all(r[0] is not None for r in rows) and total[0] is None
    return [r[:11] for r in rows], total


def _units(co: Company) -> dict[int, tuple[int | None, int]]:
    """person id -> unit id, and unit id -> parent id (as the admin reads them now)."""
    with co.admin() as conn:
        people = dict(conn.execute("select id, unit_id from sales.employees").fetchall())
        parents = dict(conn.execute("select id, parent_id from sales.org_units").fetchall())
    return people, parents


def _under(unit: int | None, node: int, parents: dict) -> bool:
    while unit is not None:
        if unit == node:
            return True
        unit = parents[unit]
    return False


def _sums(rows: list[tuple]) -> tuple:
    return tuple(sum((r[i] for r in rows), D(0)) for i in range(2, 11))


def _money(co: Company) -> dict[str, int]:
    """Contracts of every salesperson, one shared across regions, one with a plan half overdue."""
    made = {"shared": contract(co, "sp_n1a", "640.00", customer="sp_n1a客户1")}
    with co.admin() as conn:  # shared with a salesperson of the other region
        conn.execute("insert into sales.record_shares (kind, record_id, employee_id, access) "
                     "values ('contract', %s, %s, 'read')", (made["shared"], co.people["sp_e1a"]))
        conn.commit()
    for i, owner in enumerate(("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a", "sp_e1a", "sup_e1")):
        made[f"c{i}"] = contract(co, owner, f"{100 + 10 * i}.00")
    made["tie"] = contract(co, "sp_e1b", "120.00")  # the same receivable as another person's
    made["planned"] = planned = contract(co, "sp_e2a", "900.00")
    save_plan(co, "sp_e2a", planned, [(TODAY - timedelta(days=40), "400.00"),
                                      (TODAY + timedelta(days=9), "500.00")])
    return made


@pytest.mark.parametrize("plans", ["force_custom_plan", "force_generic_plan"])
def test_the_ageing_by_person_in_pages_is_the_unpaged_one_in_order(co: Company, plans: str) -> None:
    made = _money(co)

    def check(when: str) -> None:
        check_pages(co, PEOPLE, plans, when)

    check("made")
    mine = {r[1]: r[10] for r in _paged(co, "sp_e1a", 5)[0]}
    assert mine == {"赵一": D("240.00"), "陈四": D("640.00")}  # 陈四's row: the contract shared with me
    assert attempt(co, "sp_e1b", PAY, pay(made["tie"], "20.00")) is None
    assert attempt(co, "sp_n1a", PAY, pay(made["shared"], "640.00")) is None  # paid: 陈四 goes
    with co.admin() as conn:
        conn.execute("update sales.contracts set owner_id = %s where id = %s",
                     (co.people["sp_n1a"], made["c4"]))
        conn.commit()
    check("paid and handed over")
    assert {r[1] for r in _paged(co, "sp_e1a", 5)[0]} == {"赵一"}
    aged = {r[1]: r[3:9] for r in _paged(co, "sup_e1", 5)[0]}
    assert "吴三" not in aged
    aged = {r[1]: r[3:9] for r in _paged(co, "mgr_e", 1)[0]}
    assert aged["吴三"] == (D("500.00"), D("0"), D("400.00"), D("0"), D("0"), D("400.00"))



def check_pages(co: Company, keys: tuple[str, ...], plans: str, when: str) -> None:
    """Every page of the ageing by person as each of `keys` is the unpaged ageing in order, and the
    totals row counts and sums it."""
    for key in keys:
        unpaged = co.call(key, UNPAGED, (TODAY,))
        rows, total = _paged(co, key, 2, plans)
        assert rows == sorted(unpaged, key=lambda r: (-r[10], r[0])), (when, key)
        assert total[12] == len(rows), (when, key)
        assert total[2:11] == _sums(unpaged), (when, key)


@pytest.mark.parametrize("plans", ["force_custom_plan", "force_generic_plan"])
def test_the_totals_follow_a_newcomer_and_a_scope_narrower_than_the_tree(co: Company, plans: str) -> None:
    """The totals read the caller's tree from its kept rows only while the caller sees every member
    of it, and the people seen outside it one by one (sql/0062, 0067, 0068)."""
    _money(co)
    with co.admin() as conn:  # someone of the north moves into an east team, their contracts with them
        conn.execute("update sales.employees set unit_id = %s where id = %s",
                     (co.units["EAST_T2"], co.people["sp_n1a"]))
        conn.commit()
    check_pages(co, ("mgr_e", "mgr_n", "sup_e1", "director", "sp_e1a"), plans, "moved")
    with co.admin() as conn:  # the east manager's scope narrowed to their own unit: the tree is not whole
        conn.execute("insert into sales.positions (code, name, level, data_scope) "
                     "values ('mgr_unit', '经理（本部门）', 'manager', 'unit')")
        conn.execute("update sales.employees set position_id = (select id from sales.positions "
                     "where code = 'mgr_unit') where id = %s", (co.people["mgr_e"],))
        conn.commit()
    check_pages(co, ("mgr_e", "sup_e1"), plans, "narrowed")
    seen = {r[1] for r in _paged(co, "mgr_e", 5, plans)[0]}
    assert seen and "陈四" not in seen  # the newcomer's team is below the manager's own unit

def _rollup(co: Company, key: str, unit: int | None, plans: str = "auto") -> tuple[list[tuple], tuple]:
    with co.connect(key, autocommit=True) as conn:
        conn.execute("select set_config('plan_cache_mode', %s, false)", (plans,))
        *rows, total = conn.execute(BY_UNIT, (TODAY, unit)).fetchall()
    assert total[0] == "total" and all(r[0] in ("unit", "owner") for r in rows)
    return rows, total


def check_rollups(co: Company, key: str, plans: str = "auto") -> None:
    """Every row of every unit's roll-up as `key` is the sum of the unpaged rows of the people under it
    (a unit below the node) or of that person; the totals of the rows; no unit given, all they see."""
    people, parents = _units(co)
    unpaged = co.call(key, UNPAGED, (TODAY,))
    top, total = _rollup(co, key, None, plans)
    assert total[3:12] == _sums(unpaged), key
    for node in [None, *co.units.values()]:
        rows, total = _rollup(co, key, node, plans) if node is not None else (top, total)
        for kind, gid, *sums in rows:
            if kind == "owner":
                expect = [r for r in unpaged if r[0] == gid]
            else:
                assert node is None or parents[gid] == node, (key, node, gid)
                expect = [r for r in unpaged if _under(people.get(r[0]), gid, parents)]
            assert expect and tuple(sums[1:10]) == _sums(expect), (key, node, kind, gid)
        assert total[3:12] == _sums([r[1:] for r in rows]), (key, node)


@pytest.mark.parametrize("plans", ["force_custom_plan", "force_generic_plan"])
def test_the_ageing_by_unit_rolls_up_each_units_tree(co: Company, plans: str) -> None:
    """Every row of every unit's roll-up, as every level, is the sum of the unpaged rows of the people
    under it; the caller's own roll-up (no unit given) adds up to all they see."""
    _money(co)
    for key in PEOPLE:
        check_rollups(co, key, plans)
    east = {r[2]: r[11] for r in _rollup(co, "mgr_e", None)[0]}
    assert east == {"上海分公司": D("1640.00")}  # the region's one branch, its two teams below
    branch = {r[2]: r[11] for r in _rollup(co, "mgr_e", co.units["EAST_B1"])[0]}
    assert branch == {"上海一组": D("620.00"), "上海二组": D("1020.00")}
    top = {(r[0], r[2]) for r in _rollup(co, "director", None)[0]}
    assert top == {("unit", "华东大区"), ("unit", "华北大区")}
    mine = {(r[0], r[2]): r[11] for r in _rollup(co, "sp_e1a", None)[0]}
    assert mine == {("owner", "赵一"): D("240.00"), ("owner", "陈四"): D("640.00")}


def test_drilling_into_units_shows_only_what_the_caller_sees(co: Company) -> None:
    _money(co)
    # a salesperson drilling down their own region sees their own team as only their own money
    rows, total = _rollup(co, "sp_e1a", co.units["EAST_B1"])
    assert [(r[0], r[2], r[11]) for r in rows] == [("unit", "上海一组", D("240.00"))]
    # the contract shared with her is in the row of the unit its owner is in, and nothing else is
    rows, total = _rollup(co, "sp_e1a", co.units["NORTH"])
    assert [(r[0], r[2], r[11]) for r in rows] == [("unit", "北京分公司", D("640.00"))]
    rows, total = _rollup(co, "mgr_n", co.units["EAST"])
    assert rows == [] and total[11] == D("0")
    # a manager who sees only part of the trees below them reads those people one by one
    with co.admin() as conn:
        conn.execute("insert into sales.positions (code, name, level, data_scope) "
                     "values ('mgr_unit', '经理（本部门）', 'manager', 'unit')")
        conn.execute("update sales.employees set position_id = (select id from sales.positions "
                     "where code = 'mgr_unit') where id = %s", (co.people["mgr_e"],))
        conn.commit()
    check_rollups(co, "mgr_e")
    # someone of another region moved into a team: the manager sees them (their scope is the
    # region's tree) and every roll-up follows
    with co.admin() as conn:
        conn.execute("update sales.employees set unit_id = %s where id = %s",
                     (co.units["EAST_T2"], co.people["sp_n1a"]))
        conn.commit()
    for key in ("mgr_e", "mgr_n", "director", "sp_e1a"):
        check_rollups(co, key)


def test_bad_arguments_and_outsiders_are_refused(co: Company) -> None:
    for owner in ("sp_e1a", "sp_e1b", "sp_e2a"):
        contract(co, owner, "700.00")
    contract(co, "sp_n1a", "10.00")
    rows, total = _paged(co, "sp_n1a", 1)
    assert [r[1] for r in rows] == ["陈四"] and total[10] == D("10.00") and total[12] == 1
    # a cursor past the largest hidden receivable reads on only what the caller sees
    past = f"[1000, {co.people['sp_e1a']}]"
    assert [r[1] for r in co.call("sp_n1a", BY_OWNER, (TODAY, past, 5))] == ["陈四"]
    for bad in ((TODAY, "not json", 5), (TODAY, '{"a": 1}', 5), (TODAY, '[1, "x"]', 5), (TODAY, None, 0),
                (TODAY, None, 1001), ("infinity", None, 5), (None, None, 5)):
        assert attempt(co, "sp_n1a", "select * from api.receivables_by_owner(%s, %s, %s)", bad) == "SD005"
    for bad in (("infinity", None), (None, None)):
        assert attempt(co, "sp_n1a", "select * from api.receivables_by_unit(%s, %s)", bad) == "SD005"
    assert attempt(co, "outsider", "select * from api.receivables_by_owner(%s)", (TODAY,)) == "42501"
    assert attempt(co, "outsider", "select * from api.receivables_by_unit(%s)", (TODAY,)) == "42501"
    inside = "select * from private.receivables_unit_rollup(%s, null)"
    assert attempt(co, "sp_n1a", inside, (TODAY,)) == "42501"

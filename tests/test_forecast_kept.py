"""The forecast's kept sums: private.forecast_totals per (owner, stage, month, category) (sql/0052),
kept by statement triggers on sales.opportunities (and a stage's outcome), and
private.forecast_unit_totals per (unit, stage, month, category) (sql/0059), kept from them and moved
when an owner changes unit, both equal to a rebuild after every kind of write; api.forecast and
api.forecast_breakdown answering from them for the units and owners the caller sees plus the deals
reached only through shares and teams, with the calibrated figure summed exactly and rounded once
where shown. Figures are compared with sums computed here from the raw rows and the oracle's
visibility."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest

from tests.factories import Company, build_small_company
from tests.oracle import Oracle, load_snapshot
from tests.races import second_waits
from tests.rls_support import as_json
from tests.test_board_totals import _concurrently
from tests.test_opportunities import add_deal, stage

KEPT = "select owner_id, month, category, stage_id, deals, amount, weighted from private.forecast_totals"
UNITS = "select unit_id, month, category, stage_id, deals, amount, weighted from private.forecast_unit_totals"
BY_UNIT = ("select e.unit_id, f.month, f.category, f.stage_id, sum(f.deals), sum(f.amount), sum(f.weighted) "
           "from private.forecast_totals f join sales.employees e on e.id = f.owner_id group by 1, 2, 3, 4")
CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@pytest.fixture
def deals(db_factory) -> tuple[Company, dict[str, int], str, date]:
    """Deals with amounts that round at the fen, expected to close in this fiscal year; a deal team
    (sp_n1a on sp_e1a's deal) and a share (sp_e2a reads sp_n1a's deal)."""
    company = build_small_company(db_factory(), deals=True)
    ids = {
        "team": add_deal(company, "sp_e1a", "sp_e1a客户1", "华东大单", "1234.57",
                         team=(("sp_n1a", "read", "30"), ("sp_e1a", "write", "70"))),
        "solo": add_deal(company, "sp_e1a", "sp_e1a客户2", "独立小单", "0.05"),
        "twin": add_deal(company, "sp_e1a", "sp_e1a客户2", "独立小单二", "0.05"),
        "north": add_deal(company, "sp_n1a", "sp_n1a客户1", "华北项目", "2000.01"),
        "other": add_deal(company, "sp_e1b", "sp_e1b客户1", "钱二的单", "777.77"),
    }
    company.call("sp_n1a", "select api.record_share('opportunity', %s, %s, 'read')",
                 (ids["north"], company.people["sp_e2a"]))
    today = date.today()
    with company.admin() as admin:
        period = next(p for p in (f"FY{today.year - 1}", f"FY{today.year}", f"FY{today.year + 1}")
                      if (r := admin.execute("select * from private.period_range(%s)", (p,)).fetchone())
                      and r[0] <= today < r[1])
        first = admin.execute("select first_day from private.period_range(%s)", (period,)).fetchone()[0]
        for n, key in enumerate(("team", "solo", "twin", "north", "other")):
            admin.execute("update sales.opportunities set expected_close_date = %s where id = %s",
                          (first + timedelta(days=40 * (n % 3)), ids[key]))
    return company, ids, period, first


def kept_equals_rebuild(company: Company) -> None:
    with company.admin() as admin:
        kept = sorted(admin.execute(KEPT).fetchall())
        units = sorted(admin.execute(UNITS).fetchall())
        by_unit = sorted(admin.execute(BY_UNIT).fetchall())
        admin.execute("select private.forecast_totals_rebuild()")
        rebuilt = sorted(admin.execute(KEPT).fetchall())
        units_rebuilt = sorted(admin.execute(UNITS).fetchall())
        admin.rollback()
    assert kept == rebuilt
    assert units == by_unit == units_rebuilt  # the owners' rows per their unit now
    assert all(r[4] > 0 for r in kept + units)  # a key left without deals is gone


def rates(company: Company, period: str) -> dict[int, Decimal]:
    """Each deal's calibrated rate as the deals list shows it (the director sees every deal)."""
    rows = company.call("director", "select id, calibrated_probability "
                                    "from api.forecast_deals('company', null, %s)", (period,))
    return {r[0]: r[1] for r in rows}


def expected(company: Company, key: str, owners: set[int] | None, period: str
             ) -> dict[tuple[date, str], tuple[int, Decimal, Decimal, Decimal]]:
    """(month, category) -> (deals, amount, weighted, calibrated) of the deals `key` sees among
    `owners`: weighted rounded per deal, calibrated (the group's rate × amount) summed exactly and
    rounded once per (month, category)."""
    rate = rates(company, period)
    with company.admin() as admin:
        seen = Oracle(load_snapshot(admin)).visible("opportunity", company.people[key])
        rows = admin.execute(
            "select o.id, o.owner_id, o.stage_id, o.amount, o.probability, "
            "date_trunc('month', case when s.outcome = 'won' then o.closed_at::date "
            "else o.expected_close_date end)::date, "
            "case when s.outcome = 'won' then 'closed' else o.forecast_category end "
            "from sales.opportunities o join sales.opportunity_stages s on s.id = o.stage_id "
            "where o.id = any (%s)", (list(rate),)).fetchall()
    groups: dict[tuple, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0), None])
    for deal, owner, stage_id, amount, probability, month, category in rows:
        if deal in seen and (owners is None or owner in owners):
            g = groups[(owner, stage_id, month, category)]
            g[0] += 1
            g[1] += amount
            g[2] += money(amount * probability / 100)
            g[3] = rate[deal]
    out: dict[tuple[date, str], list] = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0)])
    for (_o, _s, month, category), (n, amount, weighted, r) in groups.items():
        row = out[(month, category)]
        row[0] += n
        row[1] += amount
        row[2] += weighted
        row[3] += amount * r / 100
    return {k: (n, amount, weighted, money(calibrated))
            for k, (n, amount, weighted, calibrated) in out.items()}


def forecast(company: Company, key: str, kind: str, node_id: int | None, period: str) -> dict:
    rows = company.call(key, "select month, category, deals, amount, weighted, calibrated "
                             "from api.forecast(%s, %s, %s)", (kind, node_id, period))
    return {(r[0], r[1]): tuple(r[2:]) for r in rows if r[2]}


def check_all(company: Company, period: str) -> None:
    kept_equals_rebuild(company)
    east = {company.people[k] for k in ("mgr_e", "sup_e1", "sp_e1a", "sp_e1b", "asst_e1", "sup_e2", "sp_e2a")}
    assert forecast(company, "director", "company", None, period) == expected(
        company, "director", None, period)
    assert forecast(company, "mgr_e", "unit", company.units["EAST"], period) == expected(
        company, "mgr_e", east, period)
    me = company.people["sp_e1a"]
    assert forecast(company, "sp_e1a", "person", me, period) == expected(company, "sp_e1a", {me}, period)


def test_the_kept_sums_equal_a_rebuild_through_every_kind_of_write(deals) -> None:
    company, ids, period, first = deals
    check_all(company, period)
    # inserts: through the API and several in one statement
    add_deal(company, "sp_e2a", "sp_e2a客户1", "新单", "99.99")
    with company.admin() as admin:
        admin.execute("insert into sales.opportunities "
                      "(owner_id, customer_id, title, amount, stage_id, probability, expected_close_date) "
                      "select owner_id, customer_id, title || '二', amount + 0.01, stage_id, 33.33, "
                      "expected_close_date + 31 from sales.opportunities where id = any (%s)",
                      ([ids["solo"], ids["north"]],))
    check_all(company, period)
    # amount, probability, expected day, stage moves (to another open stage, won, lost)
    company.call("sp_e1a", "select api.record_update('opportunity', %s, null, %s)",
                 (ids["solo"], as_json({"amount": "333.35", "probability": "12.5",
                                        "expected_close_date": str(first + timedelta(days=75))})))
    company.call("sp_e1a", "select api.opportunity_set_stage(%s, null, %s)",
                 (ids["team"], stage(company, "commit")))
    company.call("sp_e1b", "select api.opportunity_set_stage(%s, null, %s)",
                 (ids["other"], stage(company, "won")))
    with company.admin() as admin:  # several statements in one transaction, one moving many deals
        admin.execute("update sales.opportunities set amount = amount * 2 + 0.01 where id = any (%s)",
                      ([ids["team"], ids["solo"], ids["other"], ids["north"]],))
        admin.execute("update sales.opportunities set stage_id = %s, won_lost_reason = '价格' where id = %s",
                      (stage(company, "lost"), ids["twin"]))
        admin.execute("update sales.opportunities set expected_close_date = null where id = %s",
                      (ids["north"],))
        admin.execute("update sales.opportunities set expected_close_date = %s where id = %s",
                      (first + timedelta(days=100), ids["north"]))
    check_all(company, period)
    # owner change (a handover), archive and back, delete
    company.call("sup_e1", "select api.record_transfer('opportunity', %s, %s, '交接')",
                 (ids["team"], company.people["sp_e1b"]))
    company.call("sp_n1a", "select api.record_archive('opportunity', %s, null)", (ids["north"],))
    check_all(company, period)
    company.call("sp_n1a", "select api.record_archive('opportunity', %s, null, false)", (ids["north"],))
    with company.admin() as admin:
        admin.execute("delete from sales.opportunity_stage_history where opportunity_id = %s", (ids["solo"],))
        admin.execute("delete from sales.opportunities where id = %s", (ids["solo"],))
    check_all(company, period)
    # a stage's outcome changed (configuration): its deals count by another rule
    won = stage(company, "won")
    with company.admin() as admin:
        admin.execute("update sales.opportunity_stages set outcome = null where id = %s", (won,))
    kept_equals_rebuild(company)
    with company.admin() as admin:
        admin.execute("update sales.opportunity_stages set outcome = 'won' where id = %s", (won,))
    check_all(company, period)


def test_concurrent_writers_leave_the_kept_sums_exact(deals) -> None:
    company, ids, period, first = deals
    with company.admin() as admin:  # two deals in one group
        admin.execute("update sales.opportunities set owner_id = %s, stage_id = %s, expected_close_date = %s "
                      "where id = any (%s)", (company.people["sp_e1a"], stage(company, "proposal"), first,
                                              [ids["solo"], ids["other"]]))
    bump = "update sales.opportunities set amount = amount + %s where id = %s"
    _concurrently(company, bump, bump, (1, ids["solo"]), (2, ids["other"]))
    move = "update sales.opportunities set stage_id = %s where id = %s"
    _concurrently(company, move, move, (stage(company, "commit"), ids["solo"]),
                  (stage(company, "proposal"), ids["team"]))
    check_all(company, period)


def test_the_calibrated_figure_is_rounded_once_where_shown(deals) -> None:
    """Deals of 0.05 at a rate of 10 %, one each of two owners of one team: each owner's figure is
    0.005, shown as 0.01; the team's is 0.01 (not 0.01 + 0.01), whether it is read as the team's kept
    row or owner by owner (the team's supervisor itemises their own unit in the breakdown); the deals
    list still shows each deal's own rounded amount."""
    company, ids, period, first = deals
    with company.admin() as admin:
        admin.execute("update sales.opportunity_stages set probability = 10 where id = %s",
                      (stage(company, "proposal"),))
        admin.execute("update sales.opportunities set stage_id = %s, expected_close_date = %s "
                      "where id = any (%s)", (stage(company, "proposal"), first, [ids["solo"], ids["twin"]]))
        admin.execute("update sales.opportunities set owner_id = %s where id = %s",
                      (company.people["sp_e1b"], ids["twin"]))
    me = company.people["sp_e1a"]
    got = forecast(company, "sp_e1a", "person", me, period)
    assert got[(first, "best_case")] == (1, Decimal("0.05"), Decimal("0.01"), Decimal("0.01"))
    listed = company.call("sp_e1a", "select calibrated from api.forecast_deals('person', %s, %s) "
                                    "where id = %s", (me, period, ids["solo"]))
    assert listed == [(Decimal("0.01"),)]
    assert got == expected(company, "sp_e1a", {me}, period)
    team = {company.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")}
    for key in ("sup_e1", "mgr_e", "director"):
        got = forecast(company, key, "unit", company.units["EAST_T1"], period)
        assert got[(first, "best_case")] == (2, Decimal("0.10"), Decimal("0.02"), Decimal("0.01")), key
        assert got == expected(company, key, team, period), key
    kids = company.call("sup_e1", "select node_id, calibrated from api.forecast_breakdown('unit', %s, %s) "
                                  "where node_kind = 'person'", (company.units["EAST_T1"], period))
    assert {company.people["sp_e1a"], company.people["sp_e1b"]} <= {k[0] for k in kids}


def test_the_breakdown_adds_up_to_its_parent(deals) -> None:
    """Deals, amounts and weighted figures exactly; the calibrated figure, rounded once per child
    and once per month and category of the parent, within half a fen per figure rounded."""
    company, _ids, period, _first = deals
    for key, kind, node in (("director", "company", None), ("mgr_e", "unit", company.units["EAST"]),
                            ("mgr_e", "unit", company.units["EAST_T1"]),
                            ("director", "unit", company.units["EAST_T1"])):
        kids = company.call(key, "select deals, commit + best_case + pipeline + closed, weighted, calibrated "
                                 "from api.forecast_breakdown(%s, %s, %s)", (kind, node, period))
        total = company.call(key, "select sum(deals), sum(amount), sum(weighted), sum(calibrated), "
                                  "count(*) filter (where deals > 0) "
                                  "from api.forecast(%s, %s, %s)", (kind, node, period))[0]
        assert kids and total[0] > 0
        sums = tuple(sum((k[i] for k in kids), Decimal(0)) for i in range(4))
        assert sums[:3] == total[:3], (key, kind)
        assert abs(sums[3] - total[3]) <= Decimal("0.005") * (len(kids) + total[4]), (key, kind)


def test_an_owner_moved_to_another_unit_takes_their_groups(deals) -> None:
    """sp_e1b moves from EAST_T1 to EAST_T2 and sp_n1a from the north into EAST_T1, in one statement:
    the units' kept rows follow, and each unit's forecast is its members' now, for the director and
    for the east's manager."""
    company, _ids, period, _first = deals
    check_all(company, period)
    with company.admin() as admin:
        admin.execute("update sales.employees set unit_id = case id when %s then %s else %s end "
                      "where id = any (%s)",
                      (company.people["sp_e1b"], company.units["EAST_T2"], company.units["EAST_T1"],
                       [company.people["sp_e1b"], company.people["sp_n1a"]]))
    kept_equals_rebuild(company)
    with company.admin() as admin:
        members = {u: {r[0] for r in admin.execute(
            "select id from sales.employees where unit_id = any (private.unit_subtree(%s))",
            (company.units[u],))} for u in ("EAST_T1", "EAST_T2", "EAST")}
    assert company.people["sp_e1b"] in members["EAST_T2"] and company.people["sp_n1a"] in members["EAST_T1"]
    assert forecast(company, "director", "company", None, period) == expected(
        company, "director", None, period)
    for unit, owners in members.items():
        for key in ("director", "mgr_e"):
            assert forecast(company, key, "unit", company.units[unit], period) == expected(
                company, key, owners, period), (unit, key)


def test_a_move_and_a_deal_written_at_once_leave_the_units_exact(deals) -> None:
    """A deal of sp_e1b's changes while sp_e1b moves to another unit, in either order: the second
    waits for the first (the share lock on the owner's row), and the units' rows equal a rebuild."""
    company, ids, period, _first = deals
    move = ("update sales.employees set unit_id = %s where id = %s",
            (company.units["EAST_T2"], company.people["sp_e1b"]))
    back = ("update sales.employees set unit_id = %s where id = %s",
            (company.units["EAST_T1"], company.people["sp_e1b"]))
    bump = ("update sales.opportunities set amount = amount + 10 where id = %s", (ids["other"],))
    waited = second_waits(company, [move], [bump])
    assert waited >= 0.4
    kept_equals_rebuild(company)
    waited = second_waits(company, [bump], [back])
    assert waited >= 0.4
    kept_equals_rebuild(company)


def test_a_deal_reached_by_a_share_or_a_team_counts_once(deals) -> None:
    """sup_e1 sees only their own deals (a 'self' position) but opens their team: sp_e1a's deal shared
    with them and sp_e1b's deal whose team they are on count once each, the rest of the team's not.
    mgr_e, who sees the owner anyway and holds a share too, counts it once. sp_n1a, on sp_e1a's deal
    team, opens nothing of the other region and counts only their own deals."""
    company, ids, period, _first = deals
    with company.admin() as admin:
        admin.execute("insert into sales.positions (code, name, level, data_scope) "
                      "values ('sup_self', '主管（本人）', 'supervisor', 'self')")
        admin.execute("update sales.employees set position_id = (select id from sales.positions "
                      "where code = 'sup_self') where id = %s", (company.people["sup_e1"],))
    company.call("sp_e1a", "select api.record_share('opportunity', %s, %s, 'read')",
                 (ids["solo"], company.people["sup_e1"]))
    company.call("sp_e1a", "select api.record_share('opportunity', %s, %s, 'read')",
                 (ids["solo"], company.people["mgr_e"]))
    company.call("sp_e1b", "select api.opportunity_team_save(%s, null, %s)",
                 (ids["other"], as_json([{"employee_id": company.people["sup_e1"], "access": "read",
                                          "credit_share": "0", "role": "presales"},
                                         {"employee_id": company.people["sp_e1b"], "access": "write",
                                          "credit_share": "100", "role": "presales"}])))
    team = {company.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")}
    got = forecast(company, "sup_e1", "unit", company.units["EAST_T1"], period)
    assert got == expected(company, "sup_e1", team, period)
    assert sum(v[0] for v in got.values()) == 2  # solo and other, once each
    east = {company.people[k] for k in ("mgr_e", "sup_e1", "sp_e1a", "sp_e1b", "asst_e1", "sup_e2", "sp_e2a")}
    got = forecast(company, "mgr_e", "unit", company.units["EAST"], period)
    assert got == expected(company, "mgr_e", east, period)
    assert sum(v[0] for v in got.values()) == 4  # team, solo, twin, other
    me = company.people["sp_n1a"]
    assert forecast(company, "sp_n1a", "person", me, period) == expected(company, "sp_n1a", {me}, period)
    for kind, node in (("unit", company.units["EAST"]), ("person", company.people["sp_e1a"])):
        with company.connect("sp_n1a") as conn, pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("select * from api.forecast(%s, %s, %s)", (kind, node, period))


def test_an_employee_cannot_read_the_kept_sums(deals) -> None:
    company, _ids, _period, _first = deals
    with company.connect("mgr_e") as conn:
        for query in (KEPT, UNITS, "select private.forecast_totals_rebuild()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(query)
            conn.rollback()

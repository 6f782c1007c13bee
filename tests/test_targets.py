"""Targets (sql/0034): versions of a year's set per metric, values per node, month and tier,
reconciliation at every node, splits to the fen, staff changes — each checked against an oracle
computed here from the org tree the test builds — and who may read or write which value."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import psycopg
import pytest

from salesdesk.admin.cli import main
from tests.factories import Company, approved_contract

YEAR = 2031  # a year with no results: every month is open
MONTHS = [date(YEAR, m, 1) for m in range(1, 13)]


@contextmanager
def refused(sqlstate: str) -> Iterator[None]:
    with pytest.raises(psycopg.Error) as caught:
        yield
    assert caught.value.sqlstate == sqlstate, caught.value


def cells(*rows: tuple[str, int | None, date, Decimal | int | str]) -> str:
    return json.dumps([{"node_kind": k, "node_id": i, "month": m.isoformat(), "tier": "target",
                        "value": str(v)} for k, i, m, v in rows])


def draft(co: Company, who: str = "director", metric: str = "contract_amount", year: int = YEAR) -> int:
    return co.call(who, "select api.target_draft(%s, %s)", (year, metric))[0][0]


def save(co: Company, who: str, version: int, *rows) -> int:
    return co.call(who, "select api.target_save(%s, %s)", (version, cells(*rows)))[0][0]


def split(co: Company, who: str, version: int, kind: str, node: int | None, method: str) -> None:
    co.call(who, "select api.target_split(%s, %s, %s, %s)", (version, kind, node, method))


def values(co: Company, who: str, version: int) -> dict[tuple[str, int | None, date], Decimal]:
    return {(k, i, m): v for k, i, m, t, v in co.call(who, "select * from api.target_values(%s)", (version,))
            if t == "target"}


def children(co: Company, kind: str, node: int | None) -> list[tuple[str, int]]:
    """The oracle's tree, from the factory's own description: the root is the company."""
    with co.admin() as conn:
        units = conn.execute("select id, parent_id from sales.org_units").fetchall()
        people = conn.execute("select id, unit_id from sales.employees where active").fetchall()
    roots = {u for u, p in units if p is None}
    if kind == "company":
        return [("unit", u) for u, p in units if p in roots] + [
            ("person", e) for e, u in people if u in roots]
    return [("unit", u) for u, p in units if p == node] + [("person", e) for e, u in people if u == node]


def oracle_unreconciled(co: Company, got: dict) -> int:
    """Cells (node with children, month) whose value differs from the sum of its children's."""
    with co.admin() as conn:
        units = [u for (u,) in conn.execute("select id from sales.org_units where parent_id is not null")]
    nodes = [("company", None)] + [("unit", u) for u in units]
    bad = 0
    for kind, node in nodes:
        kids = children(co, kind, node)
        if not kids:
            continue
        for m in MONTHS:
            own = got.get((kind, node, m), Decimal(0))
            parts = sum((got.get((k, i, m), Decimal(0)) for k, i in kids), Decimal(0))
            if (kind, node, m) in got or any((k, i, m) in got for k, i in kids):
                bad += own != parts
    return bad


def publish_full_year(co: Company, amount: Decimal = Decimal("1200000.00")) -> int:
    """The director drafts the year, splits it down to every salesperson and publishes it."""
    v = draft(co)
    save(co, "director", v, *[("company", None, m, amount) for m in MONTHS])
    todo = [("company", None)]
    while todo:
        kind, node = todo.pop()
        if children(co, kind, node):
            split(co, "director", v, kind, node, "even")
            todo += [c for c in children(co, kind, node) if c[0] == "unit"]
    co.call("director", "select api.target_publish(%s, %s)", (v, "年度目标"))
    return v


def test_a_year_published_top_down_is_reconciled_everywhere(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co)
    save(co, "director", v, *[("company", None, m, Decimal("1000000.01")) for m in MONTHS])
    assert co.call("director", "select count(*) from api.target_reconciliation(%s) where difference <> 0",
                   (v,))[0][0] == 12  # nothing allocated yet: every month unallocated
    with refused("SDT01"):
        co.call("director", "select api.target_publish(%s)", (v,))
    todo = [("company", None)]
    while todo:
        kind, node = todo.pop()
        split(co, "director", v, kind, node, "even")
        todo += [c for c in children(co, kind, node) if c[0] == "unit" and children(co, *c)]
    got = values(co, "director", v)
    assert oracle_unreconciled(co, got) == 0
    # the company's children: the top units and HQ's people, to the fen
    kids = children(co, "company", None)
    assert sum(got.get((k, i, MONTHS[0]), 0) for k, i in kids) == Decimal("1000000.01")
    assert ("person", co.people["director"], MONTHS[0]) not in got  # not theirs to set
    co.call("director", "select api.target_publish(%s, %s)", (v, "年度目标"))
    history = co.call("mgr_e", "select number, status, reason, published_by_name from "
                      "api.target_version_history(%s, 'contract_amount')", (YEAR,))
    assert history == [(1, "published", "年度目标", "王总监")]


def test_reconciliation_reports_unallocated_and_over_allocated(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co)
    east, t1 = co.units["EAST"], co.units["EAST_T1"]
    save(co, "director", v, ("unit", east, MONTHS[0], 100), ("unit", co.units["EAST_B1"], MONTHS[0], 130))
    save(co, "director", v, ("unit", t1, MONTHS[0], 50))
    rows = {(r[0], r[1]): r[4:7] for r in co.call(
        "director", "select * from api.target_reconciliation(%s) where month = %s", (v, MONTHS[0]))}
    assert rows[("unit", east)] == (Decimal(100), Decimal(130), Decimal(-30))      # over-allocated
    assert rows[("unit", co.units["EAST_B1"])] == (Decimal(130), Decimal(50), Decimal(80))  # unallocated
    assert rows[("company", None)] == (Decimal(0), Decimal(100), Decimal(-100))
    assert rows[("unit", t1)] == (Decimal(50), Decimal(0), Decimal(50))
    got = values(co, "director", v)
    assert sum(1 for r in rows.values() if r[2] != 0) == oracle_unreconciled(co, got)


def test_splits_add_up_to_the_fen(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co)
    t1 = co.units["EAST_T1"]
    save(co, "director", v, ("unit", t1, MONTHS[0], Decimal("100.00")))
    split(co, "director", v, "unit", t1, "even")
    kids = sorted(i for k, i in children(co, "unit", t1))
    got = values(co, "director", v)
    parts = [got[("person", i, MONTHS[0])] for i in kids]
    # the oracle: floor to the fen, the remainder to the first of the equal (largest) weights
    share = Decimal("100.00") / len(kids)
    expected = [share.quantize(Decimal("0.01"), rounding="ROUND_FLOOR")] * len(kids)
    expected[0] += Decimal("100.00") - sum(expected)
    assert parts == expected and sum(parts) == Decimal("100.00")


def test_split_by_headcount_weighs_each_subtree(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co)
    east = co.units["EAST"]
    save(co, "director", v, ("unit", east, MONTHS[0], Decimal("1000.00")))
    split(co, "director", v, "unit", east, "headcount")
    with co.admin() as conn:
        def heads(unit: int) -> int:
            return conn.execute("with recursive t(id) as (select %s::bigint union select u.id from t "
                                "join sales.org_units u on u.parent_id = t.id) select count(*) from "
                                "sales.employees e where e.active and e.unit_id in (select id from t)",
                                (unit,)).fetchone()[0]
        weights = [(k, i, heads(i) if k == "unit" else 1) for k, i in children(co, "unit", east)]
    total = sum(w for _, _, w in weights)
    got = values(co, "director", v)
    for k, i, w in weights:
        floor = (Decimal("1000.00") * w / total).quantize(Decimal("0.01"), rounding="ROUND_FLOOR")
        assert got[(k, i, MONTHS[0])] - floor in (0, Decimal("1000.00") - sum(
            (Decimal("1000.00") * x / total).quantize(Decimal("0.01"), rounding="ROUND_FLOOR")
            for _, _, x in weights))
    assert sum(got[(k, i, MONTHS[0])] for k, i, _ in weights) == Decimal("1000.00")


def test_count_metrics_take_whole_numbers(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co, metric="new_customers")
    t1 = co.units["EAST_T1"]
    with refused("SDT03"):
        save(co, "director", v, ("unit", t1, MONTHS[0], Decimal("10.5")))
    save(co, "director", v, ("unit", t1, MONTHS[0], 10))
    split(co, "director", v, "unit", t1, "even")
    parts = [x for (k, _, m), x in values(co, "director", v).items() if k == "person" and m == MONTHS[0]]
    assert sum(parts) == 10 and all(p == int(p) for p in parts)


def test_a_revision_is_a_new_version_and_history_is_kept(fresh_company: Company) -> None:
    co = fresh_company
    first = publish_full_year(co)
    sp_a, sp_b = co.people["sp_e1a"], co.people["sp_e1b"]
    before = values(co, "director", first)
    # the published version is locked, whatever writes
    with refused("SDT02"):
        save(co, "director", first, ("company", None, MONTHS[0], 1))
    with co.admin() as conn, refused("SDT02"):
        conn.execute("update sales.target_values set value = 0 where version_id = %s", (first,))
    # the manager revises: move 1000 of June from one salesperson to the other
    v2 = draft(co, "mgr_e")
    a, b = before[("person", sp_a, MONTHS[5])], before[("person", sp_b, MONTHS[5])]
    save(co, "mgr_e", v2, ("person", sp_a, MONTHS[5], a - 1000), ("person", sp_b, MONTHS[5], b + 1000))
    with pytest.raises(psycopg.errors.CheckViolation):
        co.call("mgr_e", "select api.target_submit(%s, %s)", (v2, " "))
    assert co.call("mgr_e", "select api.target_submit(%s, %s)", (v2, "赵一转岗大客户")) == [("published",)]
    history = co.call("sp_e1a", "select number, status, reason from "
                      "api.target_version_history(%s, 'contract_amount')", (YEAR,))
    assert history == [(2, "published", "赵一转岗大客户"), (1, "superseded", "年度目标")]
    assert values(co, "director", first) == before  # the old one is unchanged
    with co.admin() as conn:
        june = conn.execute("select private.node_target('contract_amount', 'person', %s, %s, %s)",
                            (sp_a, MONTHS[5], MONTHS[6])).fetchone()[0]
    assert june == a - 1000


def test_a_revision_goes_through_the_approval_rules(fresh_company: Company) -> None:
    co = fresh_company
    publish_full_year(co)
    with co.admin() as conn:
        rule = conn.execute("insert into sales.approval_rules (type, name) values ('target', '目标调整') "
                            "returning id").fetchone()[0]
        conn.execute("insert into sales.approval_rule_steps (rule_id, step_no, approver, levels) "
                     "values (%s, 1, 'superior', 1)", (rule,))
    v2 = draft(co, "mgr_e")
    assert co.call("mgr_e", "select api.target_submit(%s, %s)", (v2, "调整")) == [("submitted",)]
    with refused("SDT02"):
        save(co, "mgr_e", v2, ("person", co.people["sp_e1a"], MONTHS[0], 1))
    request = co.call("director", "select id, type from api.approvals_inbox()")
    assert [r[1] for r in request] == ["target"]
    co.call("director", "select api.approval_decide(%s, true, null)", (request[0][0],))
    statuses = co.call("director", "select number, status from api.target_version_history(%s, %s)",
                       (YEAR, "contract_amount"))
    assert statuses == [(2, "published"), (1, "superseded")]


def test_staff_change_moves_the_open_months(fresh_company: Company) -> None:
    co = fresh_company
    first = publish_full_year(co)
    leaver = co.people["sp_e1a"]
    with co.admin() as conn:
        heirs = [i for (i,) in conn.execute(
            "select id from sales.employees where active and unit_id = %s and id <> %s order by id",
            (co.units["EAST_T1"], leaver))]
        open_from = conn.execute("select date_trunc('month', current_date)::date").fetchone()[0]
    before = values(co, "director", first)
    new = co.call("mgr_e", "select api.target_rebalance(%s, null, %s)", (leaver, "赵一离职"))[0][0]
    assert len(new) == 1
    after = values(co, "director", new[0])
    for m in MONTHS:
        moved = before[("person", leaver, m)] if m >= open_from else Decimal(0)
        assert after[("person", leaver, m)] == before[("person", leaver, m)] - moved
        share = (moved / len(heirs)).quantize(Decimal("0.01"), rounding="ROUND_FLOOR")
        gets = [share] * len(heirs)
        gets[0] += moved - share * len(heirs)  # the remainder: the first of equal weights
        for heir, extra in zip(heirs, gets, strict=True):
            assert after[("person", heir, m)] == before[("person", heir, m)] + extra
    assert oracle_unreconciled(co, after) == 0
    history = co.call("director", "select number, status, reason from api.target_version_history(%s, %s)",
                      (YEAR, "contract_amount"))
    assert history[0] == (2, "published", "赵一离职")
    with refused("SDT04"):
        co.call("mgr_e", "select api.target_rebalance(%s, %s, 'x')", (heirs[1], co.people["sp_e2a"]))


# ---------------------------------------------------------------------------
# Who may write and read which value
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(("who", "node"), [
    ("sp_e1a", ("person", "sp_e1a")),      # a salesperson's own target
    ("sup_e1", ("person", "sup_e1")),      # a supervisor's own
    ("sup_e1", ("unit", "EAST_T1")),       # their own unit
    ("mgr_e", ("unit", "EAST")),           # a manager's own unit
    ("mgr_e", ("unit", "NORTH_T1")),       # another region's
    ("mgr_e", ("person", "sp_n1a")),       # another region's person
    ("mgr_e", ("person", "director")),     # a superior's
    ("mgr_e", ("company", None)),          # the company: maintain_targets only
])
def test_nobody_writes_their_own_or_a_superiors_or_another_regions_target(
        fresh_company: Company, who: str, node: tuple[str, str | None]) -> None:
    co = fresh_company
    v = draft(co)
    kind, key = node
    node_id = None if key is None else (co.units[key] if kind == "unit" else co.people[key])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        save(co, who, v, (kind, node_id, MONTHS[0], 1))


def test_managers_write_below_themselves(fresh_company: Company) -> None:
    co = fresh_company
    v = draft(co)
    assert save(co, "mgr_e", v, ("unit", co.units["EAST_T1"], MONTHS[0], 5), ("person", co.people["sp_e1a"],
                MONTHS[0], 5), ("person", co.people["sup_e1"], MONTHS[0], 5)) == 3
    assert save(co, "sup_e1", v, ("person", co.people["sp_e1b"], MONTHS[0], 7)) == 1


def test_reading_stops_at_the_scope(fresh_company: Company) -> None:
    co = fresh_company
    v = publish_full_year(co)
    seen = {(k, i) for k, i, *_ in co.call("sp_e1a", "select * from api.target_values(%s)", (v,))}
    assert seen == {("person", co.people["sp_e1a"]), ("unit", co.units["EAST_T1"])}
    seen = {(k, i) for k, i, *_ in co.call("mgr_e", "select * from api.target_values(%s)", (v,))}
    assert ("unit", co.units["NORTH"]) not in seen and ("person", co.people["sp_n1a"]) not in seen
    assert ("company", None) not in seen and ("person", co.people["director"]) not in seen
    assert ("unit", co.units["EAST"]) in seen and ("person", co.people["sp_e2a"]) in seen
    # a salesperson sees no draft values at all, not even their own
    v2 = draft(co, "mgr_e")
    assert co.call("sp_e1a", "select count(*) from api.target_values(%s)", (v2,)) == [(0,)]
    with co.connect("sp_e1a") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("select * from sales.target_values")


def test_the_admin_cli_moves_a_leavers_targets(fresh_company: Company,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    co = fresh_company
    first = publish_full_year(co)
    leaver, heir = co.people["sp_e1a"], co.people["sp_e1b"]
    before = values(co, "director", first)
    capsys.readouterr()
    rc = main(["user", "leave", "--dsn", co.admin_url, "--login", co.login("sp_e1a"),
               "--successor", co.login("sp_e1b"), "--targets-to", co.login("sp_e1b")])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert "1 new published version(s)" in out
    history = co.call("director", "select number, status, reason, owner_name from "
                      "api.target_version_history(%s, 'contract_amount')", (YEAR,))
    assert history[0][:3] == (2, "published", f"{co.login('sp_e1a')} left") and history[0][3] == "张主管"
    newest = co.call("director", "select id from api.target_version_history(%s, 'contract_amount') "
                     "where number = 2", (YEAR,))[0][0]
    after = values(co, "director", newest)
    with co.admin() as conn:
        open_from = conn.execute("select date_trunc('month', current_date)::date").fetchone()[0]
    for m in MONTHS:
        moved = before[("person", leaver, m)] if m >= open_from else Decimal(0)
        assert after[("person", heir, m)] == before[("person", heir, m)] + moved
    # a successor elsewhere is refused in one plain line, nothing changed
    rc = main(["user", "move", "--dsn", co.admin_url, "--login", co.login("sp_e2a"), "--unit",
               f"{co.tag}_NORTH_T1", "--targets-to", co.login("sp_n1a")])
    out, err = capsys.readouterr()
    assert rc != 0 and "same unit" in err and "Traceback" not in err


def test_a_leaver_s_versions_go_to_their_manager(fresh_company: Company,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    co = fresh_company
    publish_full_year(co)
    v2 = draft(co, "mgr_e")
    assert main(["user", "leave", "--dsn", co.admin_url, "--login", co.login("mgr_e"), "--to-pool"]) == 0, \
        capsys.readouterr().err
    with co.admin() as conn:
        assert conn.execute("select owner_id, created_by from sales.target_versions where id = %s",
                            (v2,)).fetchone() == (co.people["director"], co.people["mgr_e"])


def test_split_by_last_year_follows_each_childs_results(fresh_company: Company) -> None:
    co = fresh_company
    results = {"sp_e1a": Decimal("3000.00"), "sp_e1b": Decimal("1000.00"), "sp_e2a": Decimal("500.00")}
    with co.admin() as conn:
        for key, total in results.items():
            c = approved_contract(co, conn, key, f"{key}去年合同", total)
            conn.execute("update sales.contracts set approved_at = %s where id = %s",
                         (date(YEAR - 1, 3, 15), c))
        conn.commit()
    v = draft(co)
    t1, b1 = co.units["EAST_T1"], co.units["EAST_B1"]
    save(co, "director", v, ("unit", t1, MONTHS[0], Decimal("100.00")),
         ("unit", b1, MONTHS[0], Decimal("100.01")))
    split(co, "director", v, "unit", t1, "last_year")
    split(co, "director", v, "unit", b1, "last_year")
    got = values(co, "director", v)
    # the oracle: each child's share of last year's results (the team's people; the branch's teams)
    team = {i: results.get(k, Decimal(0)) for k, i in co.people.items()
            if ("person", i) in children(co, "unit", t1)}
    total = sum(team.values())
    for person, result in team.items():
        assert got[("person", person, MONTHS[0])] == (Decimal("100.00") * result / total).quantize(
            Decimal("0.01"), rounding="ROUND_FLOOR")
    teams = {t1: results["sp_e1a"] + results["sp_e1b"], co.units["EAST_T2"]: results["sp_e2a"]}
    floors = {u: (Decimal("100.01") * r / sum(teams.values())).quantize(Decimal("0.01"),
                                                                          rounding="ROUND_FLOOR")
              for u, r in teams.items()}
    floors[t1] += Decimal("100.01") - sum(floors.values())  # the remainder: the largest share
    assert {u: got[("unit", u, MONTHS[0])] for u in teams} == floors

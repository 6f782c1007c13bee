"""Issue 14's "done when", walked through the services on a real database: the director publishes
the year's targets down to every salesperson with every node reconciled, a manager revises one
mid-year with the history kept, and each level's attainment shows deal-team credit and the
published target, both matching a calculation made here from the raw rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from salesdesk.db.session import Database
from salesdesk.services import targets
from salesdesk.services.attainment import attainment
from salesdesk.services.nodes import Node
from tests.factories import SALESPEOPLE, Company, approved_contract

METRIC = "contract_amount"
MONTHLY = Decimal("120000.00")


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(fresh_company.url_for(key))
              for key in ("director", "mgr_e", "sup_e1", "sp_e1a", "sp_n1a")}
    yield opened
    for db in opened.values():
        db.close()


def publish_the_year(db: Database, year: int) -> int:
    """The director's draft: the company's months, split by headcount down every unit."""
    version = targets.draft(db, year, METRIC)
    grid = targets.load_grid(db, year, METRIC, version)
    targets.save_cells(db, version, {("company", None, m, "target"): MONTHLY for m in grid.months})
    children = {n.key: [k.key for k in grid.nodes if k.parent == n.key] for n in grid.nodes}
    todo: list[tuple[str, int | None]] = [("company", None)]
    while todo:
        node = todo.pop()
        if children.get(node):
            targets.split(db, version, node[0], node[1], "headcount")
            todo += [k for k in children[node] if k[0] == "unit"]
    assert targets.load_grid(db, year, METRIC, version).unreconciled() == 0
    targets.publish(db, version, "年度目标")
    return version


def published_target(co: Company, kind: str, node_id: int | None, year: int) -> Decimal:
    """The published version's values of a node over the year, read raw."""
    with co.admin() as conn:
        row = conn.execute(
            "select coalesce(sum(v.value), 0) from sales.target_values v "
            "join sales.target_versions t on t.id = v.version_id "
            "where t.status = 'published' and t.fiscal_year = %s and t.metric = %s and v.tier = 'target' "
            "and v.node_kind = %s and v.node_id is not distinct from %s",
            (year, METRIC, kind, node_id)).fetchone()
    return row[0]


def test_targets_published_revised_and_attained_with_deal_credit(fresh_company: Company,
                                                                 dbs: dict[str, Database]) -> None:
    co, p = fresh_company, fresh_company.people
    year = date.today().year
    first = publish_the_year(dbs["director"], year)
    for key in SALESPEOPLE:  # down to every salesperson
        assert published_target(co, "person", p[key], year) > 0, key

    # the manager moves part of sp_e1a's remaining months to sp_e1b: the team's total stays whole
    revision = targets.draft(dbs["mgr_e"], year, METRIC)
    grid = targets.load_grid(dbs["mgr_e"], year, METRIC, revision)
    month = grid.months[-1]
    a, b = ("person", p["sp_e1a"], month, "target"), ("person", p["sp_e1b"], month, "target")
    moved = Decimal("1000.00")
    targets.save_cells(dbs["mgr_e"], revision, {a: grid.values[a] - moved, b: grid.values[b] + moved})
    assert targets.load_grid(dbs["mgr_e"], year, METRIC, revision).unreconciled() == 0
    assert targets.submit(dbs["mgr_e"], revision, "赵一转做大客户，部分目标交给钱二") == "published"
    history = {v.id: v for v in targets.versions(dbs["director"], year, METRIC)}
    assert (history[first].status, history[revision].status) == ("superseded", "published")
    assert history[revision].reason == "赵一转做大客户，部分目标交给钱二"
    assert history[revision].owner_id == p["mgr_e"] and history[revision].published_at is not None
    with co.admin() as conn:  # the first version's values are kept as they were
        kept = conn.execute("select value from sales.target_values where version_id = %s "
                            "and node_kind = 'person' and node_id = %s and month = %s and tier = 'target'",
                            (first, p["sp_e1a"], month)).fetchone()
    assert kept == (grid.values[a],)

    # a deal sp_e1a works with sp_n1a of the other region (70 / 30), signed by sp_e1a; one of sp_n1a's own
    with co.admin() as conn:
        deal = co.add_deal(conn, "联合项目", "sp_e1a客户1", "sp_e1a")
        for person, share in (("sp_e1a", "70"), ("sp_n1a", "30")):
            conn.execute("insert into sales.opportunity_members (opportunity_id, employee_id, credit_share) "
                         "values (%s, %s, %s)", (deal, p[person], share))
        joint = approved_contract(co, conn, "sp_e1a", "联合合同", Decimal("100000.00"))
        conn.execute("update sales.contracts set opportunity_id = %s where id = %s", (deal, joint))
        approved_contract(co, conn, "sp_n1a", "华北合同", Decimal("50000.00"))
    # the fresh company has no other contract: 70 % of the joint one, and 30 % of it plus sp_n1a's own
    credit = {"sp_e1a": Decimal("70000.00"), "sp_n1a": Decimal("30000.00") + Decimal("50000.00")}
    expected = {  # (viewer, node) -> the credit summed over the people below it, by hand
        ("sp_e1a", Node("person", p["sp_e1a"])): credit["sp_e1a"],
        ("sp_n1a", Node("person", p["sp_n1a"])): credit["sp_n1a"],
        ("sup_e1", Node("unit", co.units["EAST_T1"])): credit["sp_e1a"],
        ("mgr_e", Node("unit", co.units["EAST"])): credit["sp_e1a"],
        ("director", Node("company", None)): credit["sp_e1a"] + credit["sp_n1a"],
    }
    for (viewer, node), actual in expected.items():
        seen = attainment(dbs[viewer], METRIC, node, f"FY{year}").node
        target = published_target(co, node.kind, node.id, year)
        assert (seen.actual, seen.target) == (actual, target), viewer
        assert seen.percent == pytest.approx(actual / target * 100, abs=Decimal("0.1")), viewer

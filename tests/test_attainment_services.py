"""The attainment, ranking, briefing and scorecard services on the real database (sql/0035): plain
rows back, the user's errors (a bad period, weights not adding up, no permission, a hidden node)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from salesdesk.db.session import Database
from salesdesk.services import attainment, briefing, rankings, scorecards
from salesdesk.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from salesdesk.services.nodes import Node
from salesdesk.services.scorecards import ScorecardItem as Item
from tests.factories import Company, build_small_company
from tests.test_attainment import seed_credit

YEAR = f"FY{date.today().year}"


@pytest.fixture
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_credit(company, conn)
        conn.commit()
    return company


def test_drill_down_from_the_company_to_a_person(co: Company, as_user: Callable[[str], Database]) -> None:
    db = as_user("director")
    top = attainment.attainment(db, "contract_amount", Node("company", None), YEAR)
    assert top.node.actual == Decimal(15000) and top.node.target is None and top.node.percent is None
    # the company is its root unit (as the targets take it): its children are the regions and HQ's people
    assert {c.node_id for c in top.children if c.node_kind == "unit"} == {co.units["EAST"], co.units["NORTH"]}
    assert sum(c.actual for c in top.children) == top.node.actual
    team = attainment.attainment(db, "contract_amount", Node("unit", co.units["EAST_T1"]), YEAR)
    people = {c.node_id: c.actual for c in team.children if c.node_kind == "person"}
    assert people[co.people["sp_e1a"]] == Decimal(6000) and sum(people.values()) == team.node.actual
    mine = Node("person", co.people["sp_n1a"])
    me = attainment.attainment(as_user("sp_n1a"), "contract_amount", mine, YEAR)
    assert me.node.actual == Decimal(4000) and me.children == []
    assert [m.code for m in attainment.metrics(db)][0] == "contract_amount"


def test_the_users_errors(co: Company, as_user: Callable[[str], Database]) -> None:
    db = as_user("sp_e1a")
    with pytest.raises(NotFoundError):
        attainment.attainment(db, "contract_amount", Node("unit", co.units["NORTH"]), YEAR)
    with pytest.raises(ValidationError):
        attainment.attainment(db, "contract_amount", Node("company", None), "2026-13")
    with pytest.raises(ValidationError):
        rankings.ranking(db, "contract_amount", YEAR, "teams")
    with pytest.raises(PermissionDeniedError):
        scorecards.save(as_user("mgr_e"), "salesperson", [Item("payments", Decimal(100))])
    with pytest.raises(ValidationError):
        scorecards.save(as_user("director"), "salesperson", [Item("payments", Decimal(90))])


def test_rankings_briefing_and_scores(co: Company, as_user: Callable[[str], Database]) -> None:
    db = as_user("director")
    top = rankings.ranking(db, "contract_amount", YEAR, "people")
    assert (top[0].node_id, top[0].rank, top[0].actual) == (co.people["sp_e1a"], 1, Decimal(6000))
    teams = rankings.ranking(db, "new_contracts", YEAR, "units", "team")
    assert {t.node_id: t.actual for t in teams}[co.units["NORTH_T1"]] == Decimal("0.4")
    brief = {b.item: b for b in briefing.briefing(db, Node("company", None), YEAR)}
    assert tuple(brief) == briefing.ITEMS
    assert brief["contract_amount"].current_value == Decimal(15000)
    assert brief["contract_amount"].vs_previous is None  # nothing the year before
    scorecards.save(db, "salesperson", [Item("contract_amount", Decimal(60), Decimal(1000)),
                                        Item("deal_credit", Decimal(40), Decimal(1000))])
    assert [i.indicator for i in scorecards.items(db, "salesperson")] == ["contract_amount", "deal_credit"]
    rows = {r.employee_id: r for r in scorecards.scores(db, "salesperson", date.today().strftime("%Y-%m"))}
    n1a = rows[co.people["sp_n1a"]]
    assert n1a.score == Decimal(120) and n1a.rank == 1  # both capped at 1.2
    assert [i.points for i in n1a.indicators] == [Decimal(72), Decimal(48)]

"""A deal changing hands keeps its team (issue 12 §4, "keeping stage, team and history"): the new
owner takes the previous owner's place on the team — role, access and credit share, so the credit
still sums to 100 % — the rest of the team, the stage history and the ownership history are kept,
in the one transaction of the move; checked as the database holds it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesdesk.admin import users
from tests.factories import Company, build_small_company
from tests.rls_support import as_json, outcome

CUSTOMER = "sp_e1a客户1"


@pytest.fixture
def deal(db_factory) -> tuple[Company, int]:
    """sp_e1a's deal with a team: the owner (lead, write, 30 %), sp_e2a (presales, write, 40 %),
    sp_n1a (support, read, 30 %), moved a stage on."""
    company = build_small_company(db_factory(), deals=True)
    with company.connect("sp_e1a") as conn:
        row = conn.execute("select api.record_create('opportunity', %s)",
                           (as_json({"customer_id": company.customers[CUSTOMER], "title": "华东大单",
                                     "amount": "1000.00"}),)).fetchone()
        assert row
        deal_id = int(row[0])
        team = [("sp_e1a", "lead", "write", "30"), ("sp_e2a", "presales", "write", "40"),
                ("sp_n1a", "support", "read", "30")]
        conn.execute("select api.opportunity_team_save(%s, null, %s)",
                     (deal_id, as_json([{"employee_id": company.people[p], "role": r, "access": a,
                                         "credit_share": c} for p, r, a, c in team])))
        conn.execute("select api.opportunity_set_stage(%s, null, (select s.id from "
                     "api.opportunity_stage_rows() s where s.position = 2 limit 1))", (deal_id,))
    return company, deal_id


def team_of(company: Company, deal_id: int) -> dict[str, tuple[str, str, Decimal]]:
    names = {v: k for k, v in company.people.items()}
    with company.admin() as admin:
        rows = admin.execute("select employee_id, role, access, credit_share from sales.opportunity_members "
                             "where opportunity_id = %s", (deal_id,)).fetchall()
    return {names[r[0]]: (r[1], r[2], r[3]) for r in rows}


def histories(company: Company, deal_id: int) -> tuple[list[tuple], list[tuple], int]:
    with company.admin() as admin:
        stages = admin.execute("select to_stage_id, changed_at from sales.opportunity_stage_history "
                               "where opportunity_id = %s order by id", (deal_id,)).fetchall()
        owners = admin.execute("select from_owner_id, to_owner_id from sales.ownership_history where "
                               "kind = 'opportunity' and record_id = %s order by id", (deal_id,)).fetchall()
        row = admin.execute("select stage_id from sales.opportunities where id = %s", (deal_id,)).fetchone()
    assert row
    return stages, owners, row[0]


def transfer(company: Company, by: str, deal_id: int, to: str) -> None:
    with company.connect(by) as conn:
        conn.execute("select api.record_transfer('opportunity', %s, %s, '交接')",
                     (deal_id, company.people[to]))


def test_the_new_owner_takes_the_previous_owners_place_on_the_team(deal) -> None:
    company, deal_id = deal
    stages, owners, stage = histories(company, deal_id)
    transfer(company, "sup_e1", deal_id, "sp_e1b")
    assert team_of(company, deal_id) == {
        "sp_e1b": ("lead", "write", Decimal("30.00")),
        "sp_e2a": ("presales", "write", Decimal("40.00")),
        "sp_n1a": ("support", "read", Decimal("30.00")),
    }
    after_stages, after_owners, after_stage = histories(company, deal_id)
    assert (after_stages, after_stage) == (stages, stage)
    assert after_owners == [*owners, (company.people["sp_e1a"], company.people["sp_e1b"])]
    with company.admin() as admin:  # both people's clients hear of the membership change
        about = {r[0] for r in admin.execute(
            "select subject_id from private.changes where kind = 'opportunity_member' and root_id = %s "
            "and op = 'UPDATE'", (deal_id,))}
    assert {company.people["sp_e1a"], company.people["sp_e1b"]} <= about


def test_a_new_owner_already_on_the_team_merges_both_places(deal) -> None:
    company, deal_id = deal
    transfer(company, "sp_e1a", deal_id, "sp_e2a")
    assert team_of(company, deal_id) == {
        "sp_e2a": ("lead", "write", Decimal("70.00")),
        "sp_n1a": ("support", "read", Decimal("30.00")),
    }
    with company.connect("sp_e2a") as conn:  # the owner now, and the credit sums to 100 %
        assert conn.execute("select sum(credit_share) from api.opportunity_team(%s)",
                            (deal_id,)).fetchone() == (Decimal("100.00"),)


def test_on_leave_the_manager_takes_the_leavers_place(deal) -> None:
    company, deal_id = deal
    stages, _, stage = histories(company, deal_id)
    with company.admin() as conn:
        users.leave(conn, company.login("sp_e1a"), None)
    team = team_of(company, deal_id)
    assert team["sup_e1"] == ("lead", "write", Decimal("30.00")) and "sp_e1a" not in team
    assert sum(m[2] for m in team.values()) == Decimal("100.00") and len(team) == 3
    assert histories(company, deal_id)[0::2] == (stages, stage)


def test_a_refused_transfer_leaves_the_team_as_it_was(deal) -> None:
    company, deal_id = deal
    before = team_of(company, deal_id)
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "select api.record_transfer('opportunity', %s, %s, '')",
                      (deal_id, company.people["sp_e1b"]))
    assert (got.ok, got.sqlstate) == (False, "23514")
    assert team_of(company, deal_id) == before

"""salesdesk.services.opportunities on a real database: create and save with lines and team in one
transaction, Decimal money, the split checked before sending, stages, the board, the picker."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from salesdesk.db.session import Database
from salesdesk.services import opportunities as opps
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.opportunities import LineOp
from salesdesk.services.opportunity_rules import line_amount, owner_credit, weighted
from tests.factories import Company


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(fresh_company.url_for(key)) for key in ("sp_e1a", "sp_e1b", "sp_n1a")}
    yield opened
    for db in opened.values():
        db.close()


@pytest.fixture
def product(fresh_company: Company) -> int:
    with fresh_company.admin() as admin:
        row = admin.execute("insert into sales.products (code, name) values ('SW', '交换机') "
                            "returning id").fetchone()
        admin.commit()
    assert row
    return int(row[0])


def test_rounding_rules_match_the_database_rules() -> None:
    assert line_amount(Decimal("1"), Decimal("0.01"), Decimal("50")) == Decimal("0.01")
    assert line_amount(Decimal("2.5"), Decimal("3.33"), Decimal("10")) == Decimal("7.49")
    assert weighted(Decimal("0.05"), Decimal("10")) == Decimal("0.01")  # 0.005 half up
    assert owner_credit([]) == Decimal("100") and owner_credit([{"credit_share": Decimal("30")}]) == 0


def test_create_with_lines_and_team_then_save_in_one_transaction(
    fresh_company: Company, dbs: dict[str, Database], product: int
) -> None:
    people = fresh_company.people
    deal = opps.create_opportunity(
        dbs["sp_e1a"],
        fresh_company.customers["sp_e1a客户1"],
        {"title": " 交换机项目 ", "expected_close_date": "2027-03-31"},
        lines=[LineOp("insert", values={"product_id": product, "quantity": "3", "unit_price": "1299.005"})],
        team=[
            {"employee_id": people["sp_e1a"], "role": "lead", "access": "write", "credit_share": "70"},
            {"employee_id": people["sp_n1a"], "role": "presales", "credit_share": "30"},
        ],
    )
    assert (deal.title, deal.amount, deal.probability, deal.forecast_category) == (
        "交换机项目", Decimal("3897.03"), Decimal("10.00"), "pipeline")
    assert [m.credit_share for m in deal.team] == [Decimal("70.00"), Decimal("30.00")]
    assert len(deal.history) == 1 and deal.lines[0].amount == Decimal("3897.03")
    assert opps.get_opportunity(dbs["sp_n1a"], deal.id).access == "read"
    with pytest.raises(ValidationError) as err:  # the split is refused before anything is sent
        opps.save_opportunity(dbs["sp_e1a"], deal.id, deal.version, {"next_step": "演示"},
                              team=[{"employee_id": people["sp_n1a"], "credit_share": "99.99"}])
    assert set(err.value.fields) == {"credit_share"}
    assert opps.get_opportunity(dbs["sp_e1a"], deal.id).next_step is None  # nothing saved
    line = deal.lines[0]
    saved = opps.save_opportunity(
        dbs["sp_e1a"], deal.id, deal.version, {"next_step": "演示"},
        line_ops=[LineOp("update", line.id, line.version, {"discount": "10"})], team=[])
    assert (saved.next_step, saved.amount, saved.team) == ("演示", Decimal("3507.33"), ())
    with pytest.raises(NotFoundError):
        opps.get_opportunity(dbs["sp_n1a"], deal.id)  # off the team


def test_stages_board_and_picker(fresh_company: Company, dbs: dict[str, Database]) -> None:
    stages = opps.stages(dbs["sp_e1a"])
    assert [(s.name, s.name_en, s.probability, s.forecast_category, s.outcome) for s in stages][-2:] == [
        ("赢单", "Won", Decimal("100.00"), "closed", "won"),
        ("输单", "Lost", Decimal("0.00"), "omitted", "lost")]
    deal = opps.create_opportunity(dbs["sp_e1a"], fresh_company.customers["sp_e1a客户2"],
                                   {"title": "华东大单", "amount": "10000.005"})
    commit = next(s for s in stages if s.code == "commit")
    opps.set_stage(dbs["sp_e1a"], deal.id, deal.version, commit.id)
    columns = {c.stage_id: c for c in opps.board(dbs["sp_e1a"])}
    assert (columns[commit.id].deals, columns[commit.id].amount, columns[commit.id].weighted_amount) == (
        1, Decimal("10000.01"), Decimal("8000.01"))
    assert opps.board(dbs["sp_e1b"]) == []
    assert [p.text for p in opps.search_opportunities(dbs["sp_e1a"], "华东", 5)] == ["华东大单"]
    assert opps.count_opportunities(dbs["sp_e1a"], stage_id=commit.id).n == 1
    with pytest.raises(ValidationError):
        opps.create_opportunity(dbs["sp_e1a"], fresh_company.customers["sp_e1a客户2"], {"title": ""})
    lost = next(s for s in stages if s.code == "lost")
    with pytest.raises(ValidationError) as err:  # the database's rule, at its field, in words
        opps.set_stage(dbs["sp_e1a"], deal.id, None, lost.id)
    assert err.value.fields["won_lost_reason"].message == "Give the reason the deal was lost."
    opps.set_stage(dbs["sp_e1a"], deal.id, None, lost.id, "预算取消")
    assert opps.get_opportunity(dbs["sp_e1a"], deal.id).won_lost_reason == "预算取消"

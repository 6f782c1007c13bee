"""A deal's quote built from the real database: its lines and totals to the fen as the database
computed them, the catalog's specification and tax rate, the customer's primary contact, the owner
signing; a deal-team member in another region quotes it too; no lines, no quote."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.db.session import Database
from salesdesk.services import contacts, opportunities
from salesdesk.services.customer_types import ContactInput
from salesdesk.services.deal_documents import NothingToQuoteError, QuoteRequest, deal_quote
from salesdesk.services.document_xlsx import write_xlsx
from salesdesk.services.opportunities import LineOp
from salesdesk.services.trade_documents import Party
from tests.factories import Company

REQUEST = QuoteRequest(Party("华东精密机械有限公司"), date(2026, 12, 5))


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(fresh_company.url_for(key)) for key in ("sp_e1a", "sp_n1a")}
    yield opened
    for db in opened.values():
        db.close()


@pytest.fixture
def deal(fresh_company: Company, dbs: dict[str, Database]) -> int:
    return make_deal(fresh_company, dbs["sp_e1a"])


def make_deal(c: Company, db: Database) -> int:
    """sp_e1a's deal 机房扩容二期 with three lines of three products and sp_n1a on its team."""
    with c.admin() as admin:
        ids = [r[0] for r in admin.execute(
            "insert into sales.products (code, name, specification, unit, tax_rate) values "
            "('SRV-01', '扩容服务器', '2U 双路 / 256 GB', '台', 0.13), "
            "('00123', '安装调试', null, '次', 0.06), "
            "('LIC-9', '软件许可', '年度订阅', '套', 0.06) returning id").fetchall()]
        admin.commit()
    customer = c.customers["sp_e1a客户1"]
    contacts.add_contact(db, customer, ContactInput("王丽", mobile="13800001234", is_primary=True))
    # 3 x 33.33 x 0.9 = 89.991; 0.25 x 0.98 = 0.245 (half up, not to even); 2.5 x 1299.99 x 0.6667
    values = [(ids[0], "3", "33.33", "10"), (ids[1], "1", "0.25", "2"), (ids[2], "2.5", "1299.99", "33.33")]
    lines = [LineOp("insert", values={"product_id": p, "quantity": q, "unit_price": u, "discount": d})
             for p, q, u, d in values]
    team = [{"employee_id": c.people["sp_e1a"], "role": "lead", "credit_share": "100"},
            {"employee_id": c.people["sp_n1a"], "role": "presales", "credit_share": "0"}]
    deal = opportunities.create_opportunity(db, customer, {"title": "机房扩容二期"}, lines=lines, team=team)
    return deal.id


def database_figures(c: Company, deal_id: int) -> tuple[list[Decimal], Decimal, Decimal, Decimal]:
    """The line amounts, the deal's amount, and the tax by the stated rule, all computed in SQL."""
    with c.admin() as admin:
        amounts = [r[0] for r in admin.execute(
            "select amount from sales.opportunity_lines where opportunity_id = %s order by id", (deal_id,))]
        row = admin.execute(
            "select o.amount, sum(l.amount), sum(round(l.amount * p.tax_rate, 2)) "
            "from sales.opportunities o join sales.opportunity_lines l on l.opportunity_id = o.id "
            "join sales.products p on p.id = l.product_id where o.id = %s group by o.amount",
            (deal_id,)).fetchone()
    assert row
    return amounts, row[0], row[1], row[2]


def test_the_quote_has_the_deals_lines_and_totals_as_the_database_computed_them(
        fresh_company: Company, dbs: dict[str, Database], deal: int) -> None:
    doc = deal_quote(dbs["sp_e1a"], deal, REQUEST)
    amounts, deal_amount, line_sum, tax = database_figures(fresh_company, deal)
    assert [line.net for line in doc.lines] == amounts == [Decimal(x) for x in ("89.99", "0.25", "2166.76")]
    assert doc.subtotal == deal_amount == line_sum == Decimal("2257.00")
    # 11.70 + 0.02 + 130.01, each line rounded first (the 6 % lines' tax on their sum would be 130.02)
    assert doc.tax == tax == Decimal("141.73")
    assert doc.total == Decimal("2398.73") and doc.capital == "人民币贰仟叁佰玖拾捌元柒角叁分"
    assert all(isinstance(x, Decimal) for line in doc.lines
               for x in (line.quantity, line.unit_price, line.discount, line.tax_rate, line.net))
    first = doc.lines[0]
    assert (first.code, first.name, first.specification, first.unit, first.tax_rate) == (
        "SRV-01", "扩容服务器", "2U 双路 / 256 GB", "台", Decimal("0.1300"))
    assert (doc.number, doc.subject, doc.valid_until) == ("BJ-20261205-" + str(deal), "机房扩容二期",
                                                          date(2027, 1, 4))
    buyer = doc.buyer
    assert (buyer.name, buyer.contact, buyer.contact_phone) == ("sp_e1a客户1", "王丽", "13800001234")
    assert doc.seller_signatory == "赵一" and doc.seller.name == "华东精密机械有限公司"


def test_a_team_member_in_another_region_quotes_the_same_deal(
        dbs: dict[str, Database], deal: int, tmp_path: Path) -> None:
    doc = deal_quote(dbs["sp_n1a"], deal, REQUEST)  # the team reaches the deal and its customer
    assert (doc.buyer.name, doc.buyer.contact, doc.total) == ("sp_e1a客户1", "王丽", Decimal("2398.73"))
    write_xlsx(doc, tmp_path / "q.xlsx")  # and the workbook reads back typed
    sheet = load_workbook(tmp_path / "q.xlsx").active
    codes = [c for c in sheet["B"] if c.value == "00123"]
    assert codes and codes[0].data_type == "s"
    amounts = [sheet.cell(codes[0].row + i, 10) for i in (-1, 0, 1)]
    assert [c.data_type for c in amounts] == ["n"] * 3
    assert [c.value for c in amounts] == [89.99, 0.25, 2166.76]


def test_a_deal_without_lines_has_nothing_to_quote(fresh_company: Company, dbs: dict[str, Database]) -> None:
    bare = opportunities.create_opportunity(dbs["sp_e1a"], fresh_company.customers["sp_e1a客户1"],
                                            {"title": "只有金额", "amount": "5000"})
    with pytest.raises(NothingToQuoteError) as err:
        deal_quote(dbs["sp_e1a"], bare.id, REQUEST)
    assert "no product lines" in str(err.value)

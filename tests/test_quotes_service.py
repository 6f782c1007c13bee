"""salesdesk.services.quotes on a real database: a quote from a deal saved with its line edits in one
transaction, Decimal end to end, the discount's approval through the approvals service, accepting
into a contract, and the database's refusals named in the user's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.db.session import Database
from salesdesk.services import approvals
from salesdesk.services import quotes as qs
from salesdesk.services.document_xlsx import write_xlsx
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.opportunities import LineOp
from salesdesk.services.quote_documents import quote_document
from salesdesk.services.quote_rules import line_totals
from salesdesk.services.trade_documents import Party
from tests.factories import Company, build_small_company
from tests.test_quotes import add_discount_rules


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory(), deals=True)
    add_discount_rules(c)
    return c


@pytest.fixture
def dbs(co: Company) -> Iterator[dict[str, Database]]:
    opened = {key: Database.connect(co.url_for(key)) for key in ("sp_e1a", "sp_e1b", "sup_e1")}
    yield opened
    for db in opened.values():
        db.close()


def test_line_totals_follow_the_database_rule() -> None:
    d = Decimal
    assert line_totals(d("1"), d("0.05"), d("50"), d("13")) == (d("0.03"), d("0.00"))  # half a fen up
    assert line_totals(d("3"), d("33.33"), d("12.5"), d("6")) == (d("87.49"), d("5.25"))


def test_from_deal_to_contract_with_an_approved_discount(co: Company, dbs: dict[str, Database]) -> None:
    sp, sup = dbs["sp_e1a"], dbs["sup_e1"]
    quote = qs.get_quote(sp, qs.quote_from_opportunity(sp, co.deals["sp_e1a商机1"]))
    assert quote.editable and isinstance(quote.total_amount, Decimal) and len(quote.lines) == 1
    with pytest.raises(ValidationError) as bad:   # the typing is checked before the database
        first = quote.lines[0]
        qs.save_quote(sp, quote.id, quote.version, {},
                      [LineOp("update", first.id, first.version, {"discount": "120%"})])
    assert "lines[0].discount" in bad.value.fields
    line = quote.lines[0]
    quote = qs.save_quote(sp, quote.id, quote.version, {"title": "华东报价"},
                          [LineOp("update", line.id, line.version, {"discount": "20%"}),
                           LineOp("insert", values={"product_id": line.product_id, "quantity": "3",
                                                    "unit_price": "¥33.33", "discount": "12.5",
                                                    "tax_rate": "6"})])
    assert quote.total_amount == sum(sum(line_totals(x.quantity, x.unit_price, x.discount, x.tax_rate))
                                     for x in quote.lines) == Decimal("9132.74")
    assert qs.send_quote(sp, quote.id, quote.version) == "approval"
    with pytest.raises(ValidationError) as waiting:
        qs.send_quote(sp, quote.id)
    assert "waiting for its discount" in str(waiting.value)
    item = approvals.inbox(sup).rows[0]
    assert (item.amount, item.discount) == (quote.total_amount, Decimal("20.00"))
    assert quote.number in item.summary
    approvals.approve(sup, item.id)
    assert qs.send_quote(sp, quote.id) == "sent"
    with pytest.raises(NotFoundError):
        qs.accept_quote(dbs["sp_e1b"], quote.id)   # a peer's quote: missing to them
    contract = qs.accept_quote(sp, quote.id)
    done = qs.get_quote(sp, quote.id)
    assert (done.status, done.contract_id, done.editable) == ("accepted", contract, False)
    with pytest.raises(ValidationError) as closed:
        qs.save_quote(sp, done.id, done.version, {"notes": "晚了"})
    assert "only a draft" in str(closed.value)


def test_versions_are_listed_and_the_earlier_one_is_read_only(co: Company, dbs: dict[str, Database]) -> None:
    sp = dbs["sp_e1a"]
    first = qs.quote_from_opportunity(sp, co.deals["sp_e1a商机1"])
    qs.send_quote(sp, first)
    second = qs.get_quote(sp, qs.revise_quote(sp, first))
    assert [(v.revision, v.status) for v in second.versions] == [(2, "draft"), (1, "revised")]
    assert not qs.get_quote(sp, first).editable
    page = qs.list_quotes(sp, {"eq": {"status": "revised"}})
    assert [r.id for r in page.rows] == [first]
    with pytest.raises(ValidationError):
        qs.list_quotes(sp, {"eq": {"status": "nonsense"}})


def test_the_exported_quote_carries_its_number_version_validity_and_the_databases_totals(
    co: Company, dbs: dict[str, Database], tmp_path: Path
) -> None:
    sp = dbs["sp_e1a"]
    first = qs.quote_from_opportunity(sp, co.deals["sp_e1a商机1"])
    qs.send_quote(sp, first)
    quote = qs.get_quote(sp, qs.revise_quote(sp, first))
    doc = quote_document(sp, quote.id, Party("卖方"), date(2026, 12, 5))
    assert (doc.number, doc.valid_until, doc.subject) == (f"{quote.number}-2", quote.valid_until, quote.title)
    assert (doc.subtotal, doc.tax, doc.total) == (quote.amount, quote.tax_amount, quote.total_amount)
    write_xlsx(doc, tmp_path / "q.xlsx")
    cells = [c for row in load_workbook(tmp_path / "q.xlsx").active.iter_rows(values_only=True) for c in row]
    assert any(isinstance(c, str) and f"{quote.number}-2" in c for c in cells)
    assert quote.total_amount in cells or float(quote.total_amount) in cells

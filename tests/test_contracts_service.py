"""The contract services on the real database (sql/0028): a contract drafted from a deal, saved,
submitted, approved, amended; the amounts Decimal end to end (jsonb too); the flow's refusals as
translated domain errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesdesk.services import approvals, contracts
from salesdesk.services.contract_rules import CONTRACT_LINE_SPEC
from salesdesk.services.errors import ContractStateError, NotFoundError, ValidationError
from salesdesk.services.product_lines import LineOp
from tests.contract_support import contract_company
from tests.factories import Company


@pytest.fixture
def co(db_factory) -> Company:
    return contract_company(db_factory())


def test_a_contract_from_a_deal_is_approved_and_amended(co: Company, as_user) -> None:
    sp, sup = as_user("sp_e1a"), as_user("sup_e1")
    deal = co.deals["sp_e1a商机1"]
    lines = contracts.lines_from_deal(sp, deal)
    lines.append(LineOp("insert", values={"product_id": lines[0].values["product_id"], "quantity": "33.333",
                                          "unit_price": "¥3", "discount": "7.5", "tax_rate": "6"}))
    made = contracts.create_contract(sp, co.customers["sp_e1a客户1"], {"title": "年度服务合同"},
                                     opportunity_id=deal, lines=lines)
    # 10,000.00 + 1,300.00 tax; 92.50 + 5.55 tax (6 %)
    assert (made.amount, made.tax_amount, made.total_amount) == \
        (Decimal("10092.50"), Decimal("1305.55"), Decimal("11398.05"))
    assert [line.tax_rate for line in made.lines] == [Decimal("13.00"), Decimal("6.00")]
    assert made.editable and made.flow and made.flow.status == "draft"
    assert contracts.submit(sp, made.id) == "submitted"
    waiting = approvals.inbox(sup).rows
    assert [(w.record_kind, w.record_id, w.amount) for w in waiting] == [
        ("contract", made.id, Decimal("11398.05"))]
    approvals.approve(sup, waiting[0].id, "同意")
    got = contracts.get_contract(sp, made.id)
    assert got.status == "approved" and got.number and got.number.startswith("HT-") and not got.editable
    with pytest.raises(ContractStateError) as refused:
        contracts.save_contract(sp, made.id, got.version, {"title": "偷改"})
    assert "amendment" in refused.value.text()
    contracts.amend(sp, made.id)
    flow = contracts.get_contract(sp, made.id).flow
    assert flow and flow.amendment_fields and flow.amendment_lines
    assert flow.amendment_total_amount == Decimal("11398.05")
    assert isinstance(flow.amendment_lines[0]["quantity"], Decimal)
    new_lines = [{k: line[k] for k in ("product_id", "quantity", "unit_price", "discount", "tax_rate")}
                 for line in flow.amendment_lines[:1]]
    contracts.save_amendment(sp, made.id, flow.amendment_version,
                             {**{k: flow.amendment_fields[k] for k in ("customer_id", "title")}}, new_lines)
    assert contracts.submit_amendment(sp, made.id) == "submitted"
    assert contracts.get_contract(sp, made.id).total_amount == Decimal("11398.05")   # still the approved one
    approvals.approve(sup, approvals.inbox(sup).rows[0].id)
    got = contracts.get_contract(sp, made.id)
    assert (got.total_amount, got.flow.amendment_no if got.flow else None) == (Decimal("11300.00"), 1)
    assert [(v.amendment_no, v.total_amount, v.approved_by_name) for v in got.versions] == [
        (1, Decimal("11300.00"), "张主管"), (0, Decimal("11398.05"), "张主管")]
    assert isinstance(got.versions[1].lines[1]["amount"], Decimal)


def test_refusals_read_as_messages(co: Company, as_user) -> None:
    sp = as_user("sp_e1a")
    cid = co.contracts["sp_e1a合同1"]
    with pytest.raises(ContractStateError) as wrong:
        contracts.move(sp, cid, "fulfil")
    assert "status" in wrong.value.text()
    with pytest.raises(ContractStateError) as nothing:
        contracts.submit_amendment(sp, cid)
    assert "no amendment" in nothing.value.text()
    with pytest.raises(NotFoundError):
        contracts.submit(as_user("sp_e1b"), cid)
    with pytest.raises(ValidationError) as bad:
        contracts.save_contract(sp, cid, 1, {}, line_ops=[LineOp("insert", values={
            "product_id": 1, "quantity": "abc", "unit_price": "1", "tax_rate": "101"})])
    assert set(bad.value.fields) == {"lines[0].quantity", "lines[0].tax_rate"}
    assert CONTRACT_LINE_SPEC["tax_rate"].parse("") == Decimal(13)


def test_the_list_sorts_and_filters(co: Company, as_user) -> None:
    mgr = as_user("mgr_e")
    for sort in ("updated_at", "number", "signed_on", "total_amount", "status"):
        page = contracts.list_contracts(mgr, {"scope": "all"}, sort=sort)
        assert {r.title for r in page.rows} == {"sp_e1a合同1", "sp_e1b合同1", "sp_e2a合同1"}, sort
    assert contracts.list_contracts(mgr, {"eq": {"status": "approved"}}).rows == ()
    assert len(contracts.list_contracts(mgr, {"eq": {"status": "draft"}}).rows) == 3
    with pytest.raises(ValidationError):
        contracts.list_contracts(mgr, {"eq": {"status": "nonsense"}})
    found = contracts.search_contracts(mgr, "sp_e2a合同")
    assert [p.text for p in found] == ["sp_e2a合同1"]

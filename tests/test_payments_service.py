"""The money services on the real database (sql/0029): plan, payments, invoices, the contract's
and the customer's money, the ageing table with its totals row, and the errors a user reads
(an overpayment, a plan not summing, a bad method, a hidden contract)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from salesdesk.db.session import Database
from salesdesk.services import payments, receivables
from salesdesk.services.errors import MoneyError, NotFoundError, ValidationError
from tests.factories import Company, build_small_company
from tests.test_payments import TODAY, contract

D = Decimal


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


PAYMENT = {"received_on": "2026-06-01", "amount": "¥600", "method": "cash", "reference": "收据 1"}


def test_two_instalments_one_paid_and_invoiced(co: Company, as_user: Callable[[str], Database]) -> None:
    c = contract(co, total="1000.00")
    db = as_user("sp_e1a")
    version = payments.save_plan(db, c, 0, [{"due_on": "2026-04-30", "amount": "600"},
                                           {"due_on": "2026-07-31", "amount": "400.00", "note": "尾款"}])
    assert version == 1
    paid = payments.record_payment(db, c, PAYMENT)
    assert (paid.amount, paid.status, paid.method) == (D("600.00"), "approved", "cash")
    bill = payments.record_invoice(db, c, {"number": "0001", "issued_on": "2026-06-02",
                                           "invoice_type": "vat_special", "amount": "530.97",
                                           "tax_amount": "69.03"})
    assert bill.total_amount == D("600.00")
    got = payments.plan(db, c, TODAY)
    assert got.version == 1
    assert [(i.amount, i.paid, i.unpaid, i.bucket) for i in got.instalments] == [
        (D("600.00"), D("600.00"), D("0.00"), "d61_90"), (D("400.00"), D("0.00"), D("400.00"), "not_due")]
    money = payments.contract_money(db, c)
    assert money and (money.received, money.invoiced, money.uninvoiced, money.receivable) == (
        D("600.00"), D("600.00"), D("400.00"), D("400.00"))
    assert [p.id for p in payments.payments(db, c)] == [paid.id]
    assert [v.id for v in payments.customer_invoices(db, co.customers["sp_e1a客户1"])] == [bill.id]
    events = payments.money_timeline(db, co.customers["sp_e1a客户1"])
    assert [e.entry for e in events] == ["invoice", "payment"]
    table = receivables.ageing(as_user("mgr_e"), "unit", TODAY)  # the region: its branch's tree
    assert [(r.kind, r.group_name, r.not_due, r.receivable) for r in table.rows] == [
        ("unit", "上海分公司", D("400.00"), D("400.00"))]
    assert table.total.receivable == D("400.00")
    table = receivables.ageing(as_user("mgr_e"), "unit", TODAY, co.units["EAST_B1"])
    assert [(r.kind, r.group_name, r.not_due, r.receivable) for r in table.rows] == [
        ("unit", "上海一组", D("400.00"), D("400.00"))]
    table = receivables.ageing(as_user("mgr_e"), "unit", TODAY, co.units["EAST_T1"])
    assert [(r.kind, r.group_name, r.receivable) for r in table.rows] == [("owner", "赵一", D("400.00"))]
    assert receivables.unpaged(as_user("mgr_e"), "unit", TODAY).total == table.total


def test_the_errors_a_user_reads(co: Company, as_user: Callable[[str], Database]) -> None:
    c = contract(co, total="1000.00")
    db = as_user("sp_e1a")
    with pytest.raises(MoneyError) as err:
        payments.save_plan(db, c, 0, [{"due_on": "2026-04-30", "amount": "999.99"}])
    assert str(err.value) == ("The instalments add up to ¥999.99; they must add up to the contract total, "
                              "¥1,000.00.")
    payments.record_payment(db, c, PAYMENT)
    with pytest.raises(MoneyError) as err:
        payments.record_payment(db, c, {**PAYMENT, "amount": "400.01"})
    assert "at most ¥400.00 can be received" in str(err.value)
    with pytest.raises(ValidationError) as bad:
        payments.record_payment(db, c, {**PAYMENT, "method": "bitcoin", "amount": "1.005"})
    assert set(bad.value.fields) == {"method"}  # the amount rounds half up to 1.01
    with pytest.raises(ValidationError) as bad:
        payments.save_plan(db, c, 1, [{"due_on": "2026-13-01", "amount": "1000"}])
    assert set(bad.value.fields) == {"0.due_on"}
    with pytest.raises(NotFoundError):
        payments.record_payment(as_user("sp_e1b"), c, PAYMENT)
    with pytest.raises(ValidationError):
        receivables.ageing(db, "region", TODAY)
    assert payments.contract_money(as_user("sp_e1b"), c) is None
    assert payments.plan(db, c, date(2026, 1, 1)).version == 0

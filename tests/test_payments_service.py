"""The money services on the real database (sql/0029): plan, payments, invoices, the contract's
and the customer's money, the ageing table with its totals row, and the errors a user reads
(an overpayment, a plan not summing, a bad method, a hidden contract)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from psycopg import sql

from salesdesk.admin import bench, bench_kinds
from salesdesk.db.session import Database
from salesdesk.services import payments, receivables
from salesdesk.services.errors import MoneyError, NotFoundError, ValidationError
from tests.factories import Company, build_small_company
from tests.test_list_narrow_plans import nodes
from tests.test_payments import INVOICE, PAY, TODAY, attempt, contract, invoice, pay

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


def test_a_customers_money_reads_every_contract_it_shows_at_once_and_no_other(
        co: Company, as_user: Callable[[str], Database], monkeypatch: pytest.MonkeyPatch) -> None:
    """The 360° page's payments and invoices: one list over the customer's contracts (sql/0071),
    newest first across them, read on past a page; a contract the viewer does not see adds nothing
    though its customer is shared with them."""
    customer = "sp_n1a客户1"  # shared with sp_e1a for reading
    theirs = contract(co, owner="sp_n1a", total="1000.00", customer=customer)
    mine = contract(co, owner="sp_e1a", total="1000.00", customer=customer)
    made = {}
    for key, c, on, amount in (("sp_n1a", theirs, date(2026, 5, 1), "100.00"),
                               ("sp_e1a", mine, date(2026, 5, 2), "200.00"),
                               ("sp_n1a", theirs, date(2026, 5, 3), "300.00"),
                               ("sp_e1a", mine, date(2026, 5, 4), "400.00")):
        made[amount] = co.call(key, PAY, pay(c, amount, on))[0][0]
    co.call("sp_n1a", INVOICE, invoice(theirs, "50.00", number="No.7"))
    monkeypatch.setattr(payments, "LIST_PAGE", 3)  # four payments: a page and the next
    everything = payments.customer_overview(as_user("director"), co.customers[customer])
    assert [p.id for p in everything.payments] == [made[a] for a in ("400.00", "300.00", "200.00", "100.00")]
    assert [p.amount for p in everything.payments] == [D("400.00"), D("300.00"), D("200.00"), D("100.00")]
    assert [v.contract_id for v in everything.invoices] == [theirs]
    shown = payments.customer_overview(as_user("sp_e1a"), co.customers[customer])
    assert [c.contract_id for c in shown.contracts] == [mine]
    assert [p.id for p in shown.payments] == [made["400.00"], made["200.00"]]
    assert shown.invoices == []
    assert payments.customer_payments(as_user("sp_e1a"), co.customers[customer]) == shown.payments


def test_several_contracts_payments_are_read_by_the_contract_index(co: Company) -> None:
    """The list of parents is index-backed: each contract's payments by one descent of
    (contract_id, received_on, id), never a walk of every payment (sql/0071)."""
    asked = [contract(co, owner="sp_e1a", total="1000.00"), contract(co, owner="sp_e1b", total="1000.00")]
    busy = contract(co, owner="sp_e2a", total="100000.00")
    for c, amount in ((asked[0], "10.00"), (asked[1], "20.00"), (asked[0], "30.00")):
        co.call("admin", PAY, pay(c, amount))
    with co.admin() as admin:
        admin.execute("insert into sales.payments (contract_id, received_on, amount, method, status) "
                      "select %s, date '2026-01-01' + g %% 300, 1.00, 'cash', 'approved' "
                      "from generate_series(1, 1000) g", (busy,))
        admin.commit()
        admin.autocommit = True
        admin.execute("analyze sales.payments")
        admin.autocommit = False
        list_ = bench_kinds.LIST.format("payment")
        params = {"q": json.dumps({"parent_id": asked}), "sort": "received_on", "after": None}
        with co.connect("director", autocommit=True) as conn:
            got = [r[0] for r in conn.execute(list_, params).fetchall()]
            stmt = bench._statement(admin, conn, list_, params,
                                    "api.payment_list(jsonb,text,boolean,text,integer)")
        assert len(got) == 3
        leading = dict(admin.execute(
            "select c.relname, a.attname from pg_index i join pg_class c on c.oid = i.indexrelid "
            "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] "
            "where i.indrelid = 'sales.payments'::regclass").fetchall())
        bench_kinds.as_planned(admin, stmt)
        plan = admin.execute(sql.SQL("explain (analyze, format json) ") + sql.SQL(stmt)).fetchone()[0]
        admin.commit()
    root = (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]
    reads = [n for n in nodes(root) if n.get("Relation Name") == "payments"]
    assert reads and all(leading.get(n.get("Index Name")) == "contract_id" for n in reads), stmt
    assert sum(n["Actual Rows"] * n.get("Actual Loops", 1) for n in reads) <= 3


@pytest.mark.parametrize("parents", [["1"], [1.5], [-1], [[1]], list(range(1, 1002))])
def test_a_list_of_parents_holds_ids_only(co: Company, parents: list) -> None:
    query = "select count(*) from api.payment_list(%s)"
    assert attempt(co, "director", query, (json.dumps({"parent_id": parents}),)) == "SD005"
    assert attempt(co, "director", query, (json.dumps({"parent_id": list(range(1, 1001))}),)) is None

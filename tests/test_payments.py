"""Money on a contract (sql/0029): payment plans, payments with their approval, invoices, the
receivable and its ageing; and the attacks of issue 13 §7 on them: a payment, invoice or plan on a
hidden contract (answers like a missing one), receiving or invoicing more than the total, a plan
not summing to the total, a salesperson reading a peer's receivables through the ageing API, the
grouping by unit leaking nothing of other units. Ageing buckets are checked at their boundaries
to the fen, with a fixed `today`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest

from tests.factories import Company, approved_contract, build_small_company
from tests.races import second_waits
from tests.rls_support import outcome

TODAY = date(2026, 6, 30)
D = Decimal


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def contract(co: Company, owner: str = "sp_e1a", total: str = "21470.00", title: str | None = None,
             customer: str | None = None) -> int:
    with co.admin() as conn:
        made = approved_contract(co, conn, owner, title or f"{owner}合同{len(co.contracts) + 1}", D(total),
                                 customer)
        conn.commit()
    return made


def attempt(co: Company, key: str, query: str, params: tuple = ()) -> str | None:
    """The SQLSTATE the call fails with as `key`, None when it succeeds (committed)."""
    with co.connect(key, autocommit=True) as conn:
        got = outcome(conn, query, params)
    return None if got.ok else got.sqlstate


def save_plan(co: Company, key: str, contract_id: int, lines: list[tuple[date, str]],
              version: int = 0) -> int:
    body = json.dumps([{"due_on": d.isoformat(), "amount": a} for d, a in lines])
    return co.call(key, "select api.payment_plan_save(%s, %s, %s)", (contract_id, version, body))[0][0]


def instalments(co: Company, contract_id: int) -> int:
    with co.admin() as conn:
        row = conn.execute("select count(*) from sales.instalments where contract_id = %s",
                           (contract_id,)).fetchone()
    assert row
    return int(row[0])


PAY = "select api.record_create('payment', %s)"
INVOICE = "select api.record_create('invoice', %s)"


def pay(contract_id: int, amount: str, on: date = date(2026, 6, 1)) -> tuple:
    return (json.dumps({"contract_id": contract_id, "amount": amount, "received_on": on.isoformat(),
                        "method": "bank_transfer", "reference": "回单"}),)


def invoice(contract_id: int, amount: str, tax: str = "0", number: str = "No.1") -> tuple:
    return (json.dumps({"contract_id": contract_id, "amount": amount, "tax_amount": tax, "number": number,
                        "issued_on": "2026-06-01", "invoice_type": "vat_special"}),)


def money(co: Company, key: str, contract_id: int) -> tuple:
    rows = co.call(key, "select received, pending, invoiced, uninvoiced, receivable "
                        "from api.contract_money(null, %s)", (contract_id,))
    return rows[0] if rows else ()


# --- plans ---------------------------------------------------------------------------------------

def test_a_plan_is_saved_whole_and_its_version_guards_it(co: Company) -> None:
    c = contract(co)
    v = save_plan(co, "sp_e1a", c, [(date(2026, 7, 1), "10000.00"), (date(2026, 8, 1), "11470.00")])
    assert v == 1
    assert co.call("sp_e1a", "select due_on, amount from api.instalments where contract_id = %s", (c,)) == [
        (date(2026, 7, 1), D("10000.00")), (date(2026, 8, 1), D("11470.00"))]
    stale = json.dumps([{"due_on": "2026-07-01", "amount": "21470.00"}])
    assert attempt(co, "sp_e1a", "select api.payment_plan_save(%s, 0, %s)", (c, stale)) == "SD002"
    assert save_plan(co, "sp_e1a", c, [(date(2026, 7, 1), "21470.00")], version=1) == 2
    assert co.call("sp_e1a", "select count(*) from api.instalments where contract_id = %s", (c,)) == [(1,)]


@pytest.mark.parametrize("amounts", [["10000.00", "11469.99"], ["21470.01"], ["10000.00"]])
def test_a_plan_not_summing_to_the_total_is_refused(co: Company, amounts: list[str]) -> None:
    c = contract(co)
    body = json.dumps([{"due_on": "2026-07-01", "amount": a} for a in amounts])
    assert attempt(co, "sp_e1a", "select api.payment_plan_save(%s, 0, %s)", (c, body)) == "SDM03"
    assert instalments(co, c) == 0


def test_an_instalment_added_alone_breaks_the_sum_at_commit(co: Company) -> None:
    c = contract(co)
    save_plan(co, "sp_e1a", c, [(date(2026, 7, 1), "21470.00")])
    values = json.dumps({"contract_id": c, "due_on": "2026-09-01", "amount": "1.00", "plan_version": 1})
    assert attempt(co, "sp_e1a", "select api.record_create('instalment', %s)", (values,)) == "SDM03"
    assert instalments(co, c) == 1


def test_money_only_on_a_contract_that_counts(co: Company) -> None:
    with co.admin() as conn:
        draft = co.add_record(conn, "contract", owner="sp_e1a", title="草稿合同",
                              customer_id=co.customers["sp_e1a客户1"])
        conn.commit()
    body = json.dumps([{"due_on": "2026-07-01", "amount": "0.00"}])
    assert attempt(co, "sp_e1a", "select api.payment_plan_save(%s, 0, %s)", (draft, body)) == "SDM01"
    assert attempt(co, "sp_e1a", PAY, pay(draft, "1.00")) == "SDM01"
    assert attempt(co, "sp_e1a", INVOICE, invoice(draft, "1.00")) == "SDM01"


# --- attacks: hidden contracts answer like missing ones ----------------------------------------

@pytest.mark.parametrize("key", ["sp_e1b", "sp_n1a", "mgr_n"])
def test_money_on_a_hidden_contract_answers_like_a_missing_one(co: Company, key: str) -> None:
    c = contract(co)
    missing = c + 1000
    plan = json.dumps([{"due_on": "2026-07-01", "amount": "21470.00"}])
    for target in (c, missing):
        assert attempt(co, key, PAY, pay(target, "1.00")) == "P0002"
        assert attempt(co, key, INVOICE, invoice(target, "1.00")) == "P0002"
        assert attempt(co, key, "select api.payment_plan_save(%s, 0, %s)", (target, plan)) == "P0002"
        assert co.call(key, "select * from api.contract_money(null, %s)", (target,)) == []
        assert co.call(key, "select * from api.receivable_instalments(%s, null, %s)", (TODAY, target)) == []
    with co.admin() as conn:
        counts = conn.execute("select (select count(*) from sales.payments), "
                              "(select count(*) from sales.invoices), "
                              "(select count(*) from sales.instalments)").fetchone()
    assert counts == (0, 0, 0)


def test_the_owners_superior_records_money_on_it(co: Company) -> None:
    c = contract(co)
    assert attempt(co, "sup_e1", PAY, pay(c, "1.00")) is None
    assert money(co, "mgr_e", c)[0] == D("1.00")


# --- overpayment and over-invoicing --------------------------------------------------------------

def test_receiving_more_than_the_total_is_refused_pending_payments_included(co: Company) -> None:
    c = contract(co, total="1000.00")
    with co.admin() as conn:  # a rule: payments above 500.00 wait for the supervisor
        conn.commit()
    rule = {"type": "payment", "name": "大额回款", "min_amount": "500.00",
            "steps": [{"approver": "superior", "levels": 1}]}
    co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(rule),))
    assert attempt(co, "sp_e1a", PAY, pay(c, "600.00")) is None      # pending
    assert attempt(co, "sp_e1a", PAY, pay(c, "400.01")) == "SDM02"   # 600 pending + 400.01 > 1000
    assert attempt(co, "sp_e1a", PAY, pay(c, "400.00")) is None      # approved at once (below the rule)
    assert money(co, "sp_e1a", c)[:2] == (D("400.00"), D("600.00"))
    assert attempt(co, "sp_e1a", PAY, pay(c, "0.01")) == "SDM02"


def test_a_rejected_payment_frees_its_room_and_never_counts(co: Company) -> None:
    c = contract(co, total="1000.00")
    rule = {"type": "payment", "name": "回款审批", "steps": [{"approver": "superior", "levels": 1}]}
    co.call("admin", "select api.approval_rule_save(null, null, %s)", (json.dumps(rule),))
    assert attempt(co, "sp_e1a", PAY, pay(c, "1000.00")) is None
    request = co.call("sup_e1", "select id from api.approvals_inbox()")[0][0]
    co.call("sup_e1", "select api.approval_decide(%s, false, '金额不符')", (request,))
    assert co.call("sp_e1a", "select status from api.payments where contract_id = %s",
                   (c,)) == [("rejected",)]
    assert money(co, "sp_e1a", c)[:2] == (D("0.00"), D("0.00"))
    assert attempt(co, "sp_e1a", PAY, pay(c, "1000.00")) is None
    request = co.call("sup_e1", "select id from api.approvals_inbox()")[0][0]
    co.call("sup_e1", "select api.approval_decide(%s, true, null)", (request,))
    assert money(co, "sp_e1a", c) == (D("1000.00"), D("0.00"), D("0.00"), D("1000.00"), D("0.00"))


def test_invoicing_more_than_the_total_is_refused(co: Company) -> None:
    c = contract(co, total="1130.00")
    assert attempt(co, "sp_e1a", INVOICE, invoice(c, "1000.00", "130.01")) == "SDM04"
    assert attempt(co, "sp_e1a", INVOICE, invoice(c, "500.00", "65.00", "No.1")) is None
    assert attempt(co, "sp_e1a", INVOICE, invoice(c, "500.00", "65.01", "No.2")) == "SDM04"
    assert attempt(co, "sp_e1a", INVOICE, invoice(c, "500.00", "65.00", "No.2")) is None
    assert money(co, "sp_e1a", c)[2:4] == (D("1130.00"), D("0.00"))


def test_two_payments_at_once_cannot_both_pass(co: Company) -> None:
    c = contract(co, total="1000.00")
    with co.connect("sp_e1a") as first, co.connect("sup_e1") as second:
        first.execute(PAY, pay(c, "600.00"))
        second.execute("set lock_timeout = '200ms'")
        with pytest.raises(psycopg.Error) as err:
            second.execute(PAY, pay(c, "600.00"))  # waits on the contract row, then gives up
        assert err.value.sqlstate == "55P03"
        first.commit()
    assert attempt(co, "sup_e1", PAY, pay(c, "600.00")) == "SDM02"


# --- receivables and ageing ----------------------------------------------------------------------

BOUNDARIES = [0, 1, 30, 31, 60, 61, 90, 91]  # days overdue on TODAY


def test_ageing_buckets_at_their_boundaries_to_the_fen(co: Company) -> None:
    amounts = [D(f"{n + 1}000.0{n + 1}") for n in range(len(BOUNDARIES))]
    c = contract(co, total=str(sum(amounts) + D("500.00")))
    lines = [(TODAY - timedelta(days=d), str(a)) for d, a in zip(BOUNDARIES, amounts, strict=True)]
    lines.append((TODAY + timedelta(days=5), "500.00"))
    save_plan(co, "sp_e1a", c, lines)
    got = co.call("sp_e1a", "select days_overdue, bucket, unpaid from api.receivable_instalments(%s) "
                            "where contract_id = %s", (TODAY, c))
    buckets = ["not_due", "d1_30", "d1_30", "d31_60", "d31_60", "d61_90", "d61_90", "d91_plus"]
    expected = sorted(zip(BOUNDARIES, buckets, amounts, strict=True), key=lambda r: -r[0])
    assert got == [*expected, (0, "not_due", D("500.00"))]
    row = co.call("sp_e1a", "select not_due, d1_30, d31_60, d61_90, d91_plus, overdue, unplanned, receivable "
                            "from api.receivables_ageing('owner', %s)", (TODAY,))
    assert row == [(D("1500.01"), D("5000.05"), D("9000.09"), D("13000.13"), D("8000.08"), D("35000.35"),
                    D("0.00"), D("36500.36"))]


def test_payments_are_allocated_oldest_due_first(co: Company) -> None:
    c = contract(co, total="300.00")
    save_plan(co, "sp_e1a", c, [(date(2026, 5, 1), "100.00"), (date(2026, 3, 1), "100.00"),
                                (date(2026, 7, 1), "100.00")])
    assert attempt(co, "sp_e1a", PAY, pay(c, "150.50")) is None
    got = co.call("sp_e1a", "select due_on, paid, unpaid, bucket "
                            "from api.receivable_instalments(%s, null, %s)", (TODAY, c))
    assert got == [(date(2026, 3, 1), D("100.00"), D("0.00"), "d91_plus"),
                   (date(2026, 5, 1), D("50.50"), D("49.50"), "d31_60"),
                   (date(2026, 7, 1), D("0.00"), D("100.00"), "not_due")]
    assert co.call("sp_e1a", "select receivable, unplanned from api.receivables_ageing('customer', %s)",
                   (TODAY,)) == [(D("149.50"), D("0.00"))]
    for day in ("infinity", "-infinity", None):  # no day is infinitely overdue; none is no day
        assert co.call("sp_e1a", "select * from api.receivable_instalments(%s)", (day,)) == []
        assert attempt(co, "sp_e1a", "select * from api.receivables_ageing('owner', %s)", (day,)) == "SD005"


def test_a_contract_without_a_plan_is_receivable_unplanned(co: Company) -> None:
    contract(co, total="800.00")
    assert co.call("sp_e1a", "select not_due, overdue, unplanned, receivable "
                             "from api.receivables_ageing('owner', %s)", (TODAY,)) == [
        (D("0"), D("0"), D("800.00"), D("800.00"))]


def test_the_page_counts_contracts_with_money_open_as_the_dashboard_does(co: Company) -> None:
    """A fully paid contract adds nothing to a group's sums and is not counted (sql/0050)."""
    paid, open_ = contract(co, total="300.00"), contract(co, total="800.00")
    assert attempt(co, "sp_e1a", PAY, pay(paid, "300.00")) is None
    assert attempt(co, "sp_e1a", PAY, pay(open_, "100.00")) is None
    for group in ("owner", "unit", "customer"):
        page = co.call("sp_e1a", "select contracts, unplanned, receivable "
                                 "from api.receivables_ageing(%s, %s)", (group, TODAY))
        assert page == [(1, D("700.00"), D("700.00"))], group
    board = co.call("sp_e1a", "select contracts, unplanned, receivable from api.dashboard_ageing(%s)",
                    (TODAY,))
    assert board == page


def _ageing(co: Company, key: str, group: str) -> dict[str, Decimal]:
    return {name: total for name, total in co.call(
        key, "select group_name, receivable from api.receivables_ageing(%s, %s)", (group, TODAY))}


def test_a_salesperson_reads_no_peers_receivables(co: Company) -> None:
    mine, peers = contract(co, "sp_e1a", "100.00"), contract(co, "sp_e1b", "200.00")
    for c, total in ((mine, "100.00"), (peers, "200.00")):
        with co.admin() as conn:
            conn.execute("insert into sales.instalments (contract_id, due_on, amount) values (%s, %s, %s)",
                         (c, date(2026, 1, 1), total))
            conn.commit()
    assert _ageing(co, "sp_e1a", "owner") == {"赵一": D("100.00")}
    assert _ageing(co, "sp_e1a", "customer") == {"sp_e1a客户1": D("100.00")}
    assert _ageing(co, "sp_e1b", "owner") == {"钱二": D("200.00")}
    assert co.call("sp_e1a", "select count(*) from api.receivable_instalments(%s)", (TODAY,)) == [(1,)]
    assert co.call("sp_e1a", "select count(*) from api.receivable_instalments(%s, null, %s)",
                   (TODAY, peers)) == [(0,)]
    assert _ageing(co, "sup_e1", "owner") == {"赵一": D("100.00"), "钱二": D("200.00")}


def test_grouping_by_unit_leaks_nothing_of_other_units(co: Company) -> None:
    contract(co, "sp_e1a", "100.00")
    contract(co, "sp_e2a", "200.00")
    contract(co, "sp_n1a", "400.00")
    assert _ageing(co, "sup_e1", "unit") == {"上海一组": D("100.00")}
    assert _ageing(co, "sup_e2", "unit") == {"上海二组": D("200.00")}
    assert _ageing(co, "mgr_e", "unit") == {"上海一组": D("100.00"), "上海二组": D("200.00")}
    assert _ageing(co, "mgr_n", "unit") == {"北京一组": D("400.00")}
    assert _ageing(co, "director", "unit") == {"上海一组": D("100.00"), "上海二组": D("200.00"),
                                               "北京一组": D("400.00")}
    bad = "select * from api.receivables_ageing('unit; drop', %s)"
    assert attempt(co, "sp_e1a", bad, (TODAY,)) == "SD005"
    assert attempt(co, "outsider", "select * from api.receivables_ageing('unit', %s)", (TODAY,)) == "42501"


COLUMNS = ("group_id, group_name, contracts, not_due, d1_30, d31_60, d61_90, d91_plus, overdue, unplanned, "
           "receivable")
UNPAGED = f"select {COLUMNS} from api.receivables_ageing('customer', %s)"
BY_CUSTOMER = f"select {COLUMNS}, cursor, customers from api.receivables_by_customer(%s, %s, %s)"


def _paged(co: Company, key: str, limit: int, narrow: str = "",
           plans: str = "auto") -> tuple[list[tuple], tuple]:
    """Every page of the ageing by customer as `key` (rows without their cursor), and the totals row;
    `narrow` "on" or "off" takes that way through a scope (sql/0057), "" lets the server choose;
    `plans` the session's plan_cache_mode (a PL/pgSQL function's statement runs with a generic plan
    after five calls: "force_generic_plan" takes it from the first)."""
    with co.connect(key, autocommit=True) as conn:
        conn.execute("select set_config('salesdesk.narrow_scope', %s, false)", (narrow,))
        conn.execute("select set_config('plan_cache_mode', %s, false)", (plans,))
        *rows, total = conn.execute(BY_CUSTOMER, (TODAY, None, limit)).fetchall()
        page = rows
        while len(page) == limit:
            page = conn.execute(BY_CUSTOMER, (TODAY, page[-1][11], limit)).fetchall()
            rows += page
    assert all(r[0] is not None for r in rows) and total[0] is None
    return [r[:11] for r in rows], total


def test_the_ageing_by_customer_in_pages_is_the_unpaged_one_in_order(co: Company) -> None:
    """sql/0053: pages of two, the largest receivable first (ties by id), the totals row of all on the
    first page; a customer with contracts of two owners counts, for each caller, what they see of it."""
    shared = "sp_e1a客户1"
    contract(co, "sp_e1a", "300.00", customer=shared)
    contract(co, "sp_e1b", "200.00", customer=shared)  # the same customer, another owner
    contract(co, "sp_e1a", "200.00", customer="sp_e1a客户2")
    contract(co, "sp_e1b", "200.00")
    contract(co, "sp_e2a", "500.00")
    paid = contract(co, "sp_n1a", "800.00")
    contract(co, "sp_n1a", "50.00", customer="sp_n1a客户2")
    planned = contract(co, "sp_e1a", "900.00", customer="sp_e1a客户3")
    save_plan(co, "sp_e1a", planned, [(TODAY - timedelta(days=40), "400.00"),
                                      (TODAY + timedelta(days=9), "500.00")])
    assert attempt(co, "sp_n1a", PAY, pay(paid, "800.00")) is None  # paid in full: no row
    for key, customers in (("sp_e1a", 3), ("sp_e1b", 2), ("sup_e1", 4), ("mgr_e", 5), ("sp_n1a", 1),
                           ("director", 6)):
        unpaged = co.call(key, UNPAGED, (TODAY,))
        rows, total = _paged(co, key, 2)
        assert rows == sorted(unpaged, key=lambda r: (-r[10], r[0])), key
        assert len(rows) == total[12] == customers, key
        sums = tuple(sum(r[i] for r in unpaged) for i in range(2, 11))
        assert total[2:11] == sums, key
    mine = {r[1]: r[10] for r in _paged(co, "sp_e1a", 2)[0]}
    assert mine[shared] == D("300.00") and mine["sp_e1a客户3"] == D("900.00")
    assert {r[1]: r[10] for r in _paged(co, "sup_e1", 50)[0]}[shared] == D("500.00")
    aged = [r for r in _paged(co, "sp_e1a", 1)[0] if r[1] == "sp_e1a客户3"]
    assert [r[3:9] for r in aged] == [(D("500.00"), D("0"), D("400.00"), D("0"), D("0"), D("400.00"))]


PEOPLE = ("sp_e1a", "sp_e1b", "sp_n1a", "sup_e1", "sup_n1", "mgr_e", "mgr_n", "director")


@pytest.mark.parametrize("plans", ["force_custom_plan", "force_generic_plan"])
@pytest.mark.parametrize("narrow", ["on", "off"])
def test_customers_of_several_owners_and_shares_page_as_the_unpaged_ageing(co: Company, narrow: str,
                                                                            plans: str) -> None:
    """sql/0057: a customer one owner holds alone is read from its kept row, one of several owners
    or reached through a share from what the caller sees of its contracts; both ways through a
    scope (an index range per owner, one walk of them all) give the unpaged rows in order, and the
    customers' count, with either kind of plan (sql/0061 tests the owners by their ranges); and they
    stay so as payments and a hand-over change the kept rows."""
    shared = contract(co, "sp_n1a", "640.00", customer="sp_n1a客户1")  # shared with sp_e1a (read)
    contract(co, "sp_e1a", "90.00", customer="sp_n1a客户1")  # … who has a contract there too
    contract(co, "sp_e2a", "310.00", customer="sp_e2a客户1")  # shared with sp_e1b (write)
    for i, owner in enumerate(("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a", "sp_e1a", "sp_e1b")):
        contract(co, owner, f"{100 + 10 * i}.00", customer=f"{owner}客户{1 + i % 3}")
    tie = contract(co, "sp_e1b", "120.00", customer="sp_e1b客户3")  # the same receivable as another
    handed = contract(co, "sp_e1a", "75.00", customer="sp_e1a客户2")

    def check(when: str) -> None:
        for key in PEOPLE:
            unpaged = co.call(key, UNPAGED, (TODAY,))
            rows, total = _paged(co, key, 2, narrow, plans)
            assert rows == sorted(unpaged, key=lambda r: (-r[10], r[0])), (when, key)
            assert total[12] == len(rows), (when, key)
            assert total[2:11] == tuple(sum(r[i] for r in unpaged) for i in range(2, 11)), (when, key)

    check("made")
    assert attempt(co, "sp_e1b", PAY, pay(tie, "20.00")) is None
    assert attempt(co, "sp_n1a", PAY, pay(shared, "640.00")) is None  # paid: gone
    with co.admin() as conn:
        conn.execute("update sales.contracts set owner_id = %s where id = %s", (co.people["sp_n1a"], handed))
        conn.commit()
    check("paid and handed over")
    seen = {r[1] for r in _paged(co, "sp_e1a", 50, narrow, plans)[0]}
    assert "sp_n1a客户1" in seen and "sp_e2a客户1" not in seen


def kept_by_customer(conn: psycopg.Connection) -> tuple[list, list, list]:
    return (conn.execute("select customer_id, rows, contracts, receivable, planned_open, owners "
                         "from private.receivable_customers order by 1").fetchall(),
            conn.execute("select customer_id, owner_id, rows, contracts, receivable, planned_open, alone "
                         "from private.receivable_customer_owners order by 1, 2").fetchall(),
            conn.execute("select owner_id, customers from private.receivable_owner_customers "
                         "order by 1").fetchall())


def by_customer_oracle(conn: psycopg.Connection) -> tuple[list, list, list]:
    """What sql/0057 keeps, from the kept contract rows (0044), written here from their meaning."""
    pairs = conn.execute("select customer_id, owner_id, count(*), count(*) filter (where receivable <> 0), "
                         "sum(receivable), sum(planned_open) from private.receivable_contracts "
                         "group by 1, 2 order by 1, 2").fetchall()
    owners: dict[int, int] = {}
    for c, *_ in pairs:
        owners[c] = owners.get(c, 0) + 1
    customers = []
    for c in sorted(owners):
        mine = [p for p in pairs if p[0] == c]
        customers.append((c, sum(p[2] for p in mine), sum(p[3] for p in mine), sum(p[4] for p in mine),
                          sum(p[5] for p in mine), owners[c]))
    alone: dict[int, int] = {}
    for c, o, _, _, rec, open_ in pairs:
        if owners[c] == 1 and (rec != 0 or open_ != 0):
            alone[o] = alone.get(o, 0) + 1
    return (customers, [(*p, owners[p[0]] == 1) for p in pairs], sorted(alone.items()))


def test_the_sums_by_customer_are_kept_through_every_change(co: Company) -> None:
    """sql/0057: after each change, one at a time and several in one transaction, the kept sums per
    customer, per customer and owner, and each owner's count of the customers it alone holds equal
    the oracle."""
    a = contract(co, "sp_e1a", "500.00", customer="sp_e1a客户1")
    b = contract(co, "sp_e1b", "300.00", customer="sp_e1a客户1")  # a second owner
    c = contract(co, "sp_e1a", "200.00", customer="sp_e1a客户2")
    save_plan(co, "sp_e1a", c, [(TODAY - timedelta(days=40), "150.00"), (TODAY + timedelta(days=9), "50.00")])
    changes = [
        ("paid in part", "insert into sales.payments (contract_id, received_on, amount, status) "
                         f"values ({a}, '2026-06-01', 100.00, 'approved')"),
        ("the second owner paid in full", "insert into sales.payments (contract_id, received_on, amount, "
                                          f"status) values ({b}, '2026-06-01', 300.00, 'approved')"),
        ("handed to the first", f"update sales.contracts set owner_id = {co.people['sp_e1a']} "
                                f"where id = {b}"),
        ("moved to another customer", "update sales.contracts set customer_id = (select id from "
                                      f"sales.customers where name = 'sp_e1b客户1') where id = {c}"),
        ("cancelled", f"update sales.contracts set status = 'cancelled' where id = {a}"),
    ]
    for what, statement in changes:
        with co.admin() as conn:
            conn.execute(statement)
            conn.commit()
            assert kept_by_customer(conn) == by_customer_oracle(conn), what
    with co.admin() as conn:  # several in one transaction, then a rebuild
        conn.execute(f"update sales.contracts set status = 'approved' where id = {a}")
        conn.execute(f"update sales.contracts set owner_id = {co.people['sp_e1b']} where id = {c}")
        conn.execute(f"delete from sales.payments where contract_id = {a}")
        assert kept_by_customer(conn) == by_customer_oracle(conn)
        conn.commit()
        conn.execute("select private.receivables_refresh(null)")
        assert kept_by_customer(conn) == by_customer_oracle(conn)


def test_two_owners_adding_money_to_one_customer_at_once_leave_neither_alone(co: Company) -> None:
    """sql/0057: two transactions give one customer a contract each, of two owners; the second waits
    on the customer's kept row and then counts the first's owner: neither is its only owner."""
    a = contract(co, "sp_e1a", "500.00", customer="sp_e1a客户3")
    b = contract(co, "sp_e1b", "300.00", customer="sp_e1b客户3")
    customer = "(select id from sales.customers where name = 'sp_e1a客户3')"
    waited = second_waits(
        co, [(f"update sales.contracts set customer_id = {customer} where id = %s", (b,))],
        [("insert into sales.payments (contract_id, received_on, amount, status) "
          "values (%s, '2026-06-01', 100.00, 'approved')", (a,))])
    assert waited >= 0.4, "the second writer did not wait on the customer's kept row"
    with co.admin() as conn:
        assert kept_by_customer(conn) == by_customer_oracle(conn)
        owners = conn.execute("select owners from private.receivable_customers "
                              f"where customer_id = {customer}").fetchone()
        assert owners == (2,)


def test_a_salesperson_of_another_region_never_pages_onto_hidden_customers(co: Company) -> None:
    for owner in ("sp_e1a", "sp_e1b", "sp_e2a"):
        contract(co, owner, "700.00")
    contract(co, "sp_n1a", "10.00")
    rows, total = _paged(co, "sp_n1a", 1)
    assert [r[1] for r in rows] == ["sp_n1a客户1"] and total[10] == D("10.00") and total[12] == 1
    # a cursor past the largest hidden receivable reads on only what the caller sees
    assert co.call("sp_n1a", BY_CUSTOMER, (TODAY, "[1000, 0]", 5))[0][1] == "sp_n1a客户1"
    for bad in ((TODAY, "not json", 5), (TODAY, '{"a": 1}', 5), (TODAY, '[1, "x"]', 5), (TODAY, None, 0),
                (TODAY, None, 1001), ("infinity", None, 5), (None, None, 5)):
        assert attempt(co, "sp_n1a", "select * from api.receivables_by_customer(%s, %s, %s)", bad) == "SD005"
    assert attempt(co, "outsider", "select * from api.receivables_by_customer(%s)", (TODAY,)) == "42501"


def test_invoiced_uninvoiced_and_received_per_customer(co: Company) -> None:
    a = contract(co, total="1000.00")
    b = contract(co, total="500.00")
    attempt(co, "sp_e1a", PAY, pay(a, "300.00"))
    attempt(co, "sp_e1a", INVOICE, invoice(a, "400.00", "52.00"))
    attempt(co, "sp_e1a", INVOICE, invoice(b, "100.00"))
    assert co.call("sp_e1a", "select contracts, total_amount, received, invoiced, uninvoiced, receivable "
                             "from api.customer_money(%s)", (co.customers["sp_e1a客户1"],)) == [
        (2, D("1500.00"), D("300.00"), D("552.00"), D("948.00"), D("1200.00"))]
    entries = co.call("sp_e1a", "select entry, amount from api.customer_money_timeline(%s)",
                      (co.customers["sp_e1a客户1"],))
    assert sorted(entries) == [("invoice", D("100.00")), ("invoice", D("452.00")), ("payment", D("300.00"))]
    assert attempt(co, "sp_e1b", "select * from api.customer_money_timeline(%s)",
                   (co.customers["sp_e1a客户1"],)) == "P0002"

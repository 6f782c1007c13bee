"""Contracts (sql/0028): totals to the fen from the lines, the status flow and its approval, the
number series (gap-free under concurrent approvals), and the guards of issue 13 §7: editing an
approved contract without an amendment through every route, approving one's own, writing the
number, moving a contract to a customer out of scope."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import psycopg
import pytest

from tests.contract_support import (
    attempt,
    contract_company,
    decide,
    flow,
    new_contract,
    product,
    request_of,
    totals,
)
from tests.factories import Company

YEAR = datetime.now(ZoneInfo("Asia/Shanghai")).year


@pytest.fixture
def co(db_factory) -> Company:
    return contract_company(db_factory())


@pytest.fixture
def bare(db_factory) -> Company:
    return contract_company(db_factory(), rules=False)


def fen(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# -- 1. totals -----------------------------------------------------------------------------------

AWKWARD = [  # (quantity, unit price, discount %, tax %)
    ("33.333", "3.00", "7.5", "13"),      # 92.499075 -> 92.50, tax 12.025 -> 12.03
    ("1", "0.05", "50", "13"),            # 0.025 -> 0.03 (half up), tax 0.0039 -> 0.00
    ("3", "33.33", "0", "6"),             # 99.99, tax 5.9994 -> 6.00
    ("0.005", "1.00", "0", "0"),          # 0.005 -> 0.01
]


def expected(lines: list[tuple[str, str, str, str]]) -> tuple[Decimal, Decimal]:
    amount = tax = Decimal(0)
    for q, p, d, t in lines:
        a = fen(Decimal(q) * Decimal(p) * (1 - Decimal(d) / 100))
        amount += a
        tax += fen(a * Decimal(t) / 100)
    return amount, tax


def test_totals_are_the_lines_to_the_fen(bare: Company) -> None:
    cid = new_contract(bare, "sp_e1a", AWKWARD)
    amount, tax = expected(AWKWARD)
    assert (amount, tax) == (Decimal("192.53"), Decimal("18.03"))
    assert totals(bare, cid) == (amount, tax, amount + tax)
    with bare.connect("sp_e1a") as conn:  # a line changed, then one removed: the totals follow
        lines = [r[0] for r in conn.execute("select id from api.contract_line_rows(%s)", (cid,))]
        conn.execute("select api.record_update('contract_line', %s, null, %s)",
                     (lines[0], json.dumps({"discount": "15"})))
        conn.execute("select api.record_delete('contract_line', %s)", (lines[1],))
    changed = [("33.333", "3.00", "15", "13"), AWKWARD[2], AWKWARD[3]]
    amount, tax = expected(changed)
    assert totals(bare, cid) == (amount, tax, amount + tax)


def test_totals_are_not_written_through_the_api(bare: Company) -> None:
    cid = bare.contracts["sp_e1a合同1"]
    assert attempt(bare, "sp_e1a", "select api.record_update('contract', %s, null, %s)",
                   (cid, json.dumps({"total_amount": 1}))) == "SD005"


# -- 2. the flow and its approval ----------------------------------------------------------------

def test_no_rule_approves_at_submit_with_the_first_number(bare: Company) -> None:
    cid = bare.contracts["sp_e1a合同1"]
    assert bare.call("sp_e1a", "select api.contract_submit(%s)", (cid,)) == [("approved",)]
    f = flow(bare, cid)
    assert (f["status"], f["number"], f["request_id"]) == ("approved", f"HT-{YEAR}-000001", None)
    assert bare.call("sp_e1a", "select amendment_no, total_amount, approved_by_name "
                               "from api.contract_versions(%s)", (cid,)) == [(0, Decimal("21470.00"), "赵一")]


def test_every_contract_goes_to_the_supervisor(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    assert co.call("sp_e1a", "select api.contract_submit(%s)", (cid,)) == [("submitted",)]
    req = request_of(co, cid)
    assert [r[0] for r in co.call("sup_e1", "select id from api.approvals_inbox()")] == [req]
    assert flow(co, cid)["number"] is None
    assert attempt(co, "sp_e1a", "select api.approval_decide(%s, true, null)", (req,)) == "SDA01"  # one's own
    assert decide(co, "sup_e1", req) == "approved"
    f = flow(co, cid, "sp_e1a")
    assert (f["status"], f["number"], f["request_state"]) == ("approved", f"HT-{YEAR}-000001", "approved")


@pytest.mark.parametrize(("lines", "why"), [
    ([("25", "10000", "0", "13")], "total above 200,000"),
    ([("1", "1000", "15.5", "13")], "a line discount above 15 %"),
])
def test_large_or_discounted_contracts_go_on_to_the_manager(co: Company, lines, why: str) -> None:
    cid = new_contract(co, "sp_e1a", lines)
    assert co.call("sp_e1a", "select api.contract_submit(%s)", (cid,)) == [("submitted",)], why
    req = request_of(co, cid)
    assert decide(co, "sup_e1", req) == "pending"
    assert flow(co, cid)["status"] == "submitted"
    assert decide(co, "mgr_e", req) == "approved"
    assert flow(co, cid)["status"] == "approved"


def test_exactly_200000_and_15_percent_need_the_supervisor_only(co: Company) -> None:
    cid = new_contract(co, "sp_e1a", [("1", "176991.15", "0", "13"), ("1", "1000", "15", "0")])
    assert totals(co, cid)[2] == Decimal("200850.00")  # 176991.15 + 23008.85 tax + 850
    cid = new_contract(co, "sp_e1a", [("1", "176991.15", "0", "13")])
    assert totals(co, cid)[2] == Decimal("200000.00")
    co.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    assert decide(co, "sup_e1", request_of(co, cid)) == "approved"


def test_rejected_is_editable_and_resubmitted_then_withdrawn(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    req = request_of(co, cid)
    assert decide(co, "sup_e1", req, False, "价格太低") == "rejected"
    assert flow(co, cid)["status"] == "rejected"
    co.call("sp_e1a", "select api.record_update('contract', %s, null, %s)",
            (cid, json.dumps({"title": "改后"})))
    assert co.call("sp_e1a", "select api.contract_submit(%s)", (cid,)) == [("submitted",)]
    assert attempt(co, "sp_e1b", "select api.contract_withdraw(%s)", (cid,)) == "P0002"
    co.call("sp_e1a", "select api.contract_withdraw(%s)", (cid,))
    f = flow(co, cid)
    assert (f["status"], f["number"], f["request_state"]) == ("draft", None, "withdrawn")
    assert co.call("sup_e1", "select count(*) from api.approvals_inbox()") == [(0,)]


def test_the_status_moves_only_along_the_flow(bare: Company) -> None:
    cid = bare.contracts["sp_e1a合同1"]
    for call in ("contract_mark_in_effect", "contract_fulfil", "contract_withdraw"):
        assert attempt(bare, "sp_e1a", f"select api.{call}(%s)", (cid,)) == "SDC02", call
    bare.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    assert attempt(bare, "sp_e1a", "select api.contract_submit(%s)", (cid,)) == "SDC02"
    assert attempt(bare, "sp_e1a", "select api.contract_fulfil(%s)", (cid,)) == "SDC02"
    assert attempt(bare, "sp_e1b", "select api.contract_mark_in_effect(%s)", (cid,)) == "P0002"  # a peer
    bare.call("sp_e1a", "select api.contract_mark_in_effect(%s)", (cid,))
    bare.call("sup_e1", "select api.contract_fulfil(%s)", (cid,))  # the supervisor may write it
    assert flow(bare, cid)["status"] == "fulfilled"
    assert attempt(bare, "sp_e1a", "select api.contract_cancel(%s)", (cid,)) == "SDC02"


def test_an_empty_contract_is_not_submitted(bare: Company) -> None:
    cid = new_contract(bare, "sp_e1a", [])
    assert attempt(bare, "sp_e1a", "select api.contract_submit(%s)", (cid,)) == "SDC03"


def test_only_approved_in_effect_and_fulfilled_count(bare: Company) -> None:
    with bare.admin() as conn:
        counted = conn.execute("select s from unnest(array['draft', 'submitted', 'approved', 'rejected', "
                               "'in_effect', 'fulfilled', 'cancelled']) s "
                               "where private.contract_counts(s)").fetchall()
    assert [r[0] for r in counted] == ["approved", "in_effect", "fulfilled"]


# -- §7: editing outside the flow ------------------------------------------------------------------

@pytest.mark.parametrize("state", ["submitted", "approved"])
def test_a_submitted_or_approved_contract_is_not_edited_by_any_route(bare: Company, co: Company,
                                                                      state: str) -> None:
    c = bare if state == "approved" else co
    cid = c.contracts["sp_e1a合同1"]
    c.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    assert flow(c, cid)["status"] == state
    line = c.call("sp_e1a", "select id from api.contract_line_rows(%s)", (cid,))[0][0]
    routes = [
        ("select api.record_update('contract', %s, null, %s)", (cid, json.dumps({"title": "偷改"}))),
        ("select api.record_update('contract', %s, null, %s)", (cid, json.dumps({"notes": "x"}))),
        ("select api.record_update('contract_line', %s, null, %s)", (line, json.dumps({"unit_price": "1"}))),
        ("select api.record_delete('contract_line', %s)", (line,)),
        ("select api.record_create('contract_line', %s)", (json.dumps({
            "contract_id": cid, "product_id": product(c), "quantity": "1", "unit_price": "1"}),)),
    ]
    for who in ("sp_e1a", "sup_e1"):
        for query, params in routes:
            assert attempt(c, who, query, params) == "SDC01", (who, query)
    assert totals(c, cid)[2] == Decimal("21470.00")


def test_the_number_is_written_by_the_approval_only(bare: Company) -> None:
    cid = bare.contracts["sp_e1a合同1"]
    for key in ("sp_e1a", "director", "admin"):
        for values in ({"number": "HT-2000-000001"}, {"status": "approved"}, {"approved_at": "2026-01-01"}):
            assert attempt(bare, key, "select api.record_update('contract', %s, null, %s)",
                           (cid, json.dumps(values))) == "SD005"
        assert attempt(bare, key, "update sales.contracts set number = 'x'") == "42501"
        assert attempt(bare, key, "select private.contract_next_number()") == "42501"
        assert attempt(bare, key, "select private.contract_approve(%s, null)", (cid,)) == "42501"


def test_a_contract_moves_to_no_customer_out_of_scope(bare: Company) -> None:
    cid = bare.contracts["sp_e1a合同1"]
    other = bare.customers["sp_n1a客户2"]   # another region's customer, not shared: hidden
    assert attempt(bare, "sp_e1a", "select api.record_update('contract', %s, null, %s)",
                   (cid, json.dumps({"customer_id": other}))) == "P0002"
    assert attempt(bare, "sp_e1a", "select api.record_update('contract', %s, null, %s)",
                   (cid, json.dumps({"customer_id": 10 ** 12}))) == "P0002"


def test_lines_show_no_cost_price(bare: Company) -> None:
    with bare.connect("sp_e1a") as conn:
        cur = conn.execute("select * from api.contract_lines limit 0")
        assert not [d.name for d in cur.description or () if "cost" in d.name or "margin" in d.name]


# -- 3. the number series under concurrent approvals -------------------------------------------------

def test_numbers_are_gap_free_when_two_approvals_meet(co: Company) -> None:
    a, b = co.contracts["sp_e1a合同1"], co.contracts["sp_e2a合同1"]
    for key, cid in (("sp_e1a", a), ("sp_e2a", b)):
        co.call(key, "select api.contract_submit(%s)", (cid,))
    ra, rb = request_of(co, a), request_of(co, b)
    got: dict[str, object] = {}
    with co.connect("sup_e1") as first, co.connect("sup_e2") as second:
        first.execute("select api.approval_decide(%s, true, null)", (ra,))   # holds the year's counter
        pid = second.execute("select pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        second.commit()

        def run() -> None:
            try:
                second.execute("select api.approval_decide(%s, true, null)", (rb,))
                second.commit()
                got["ok"] = True
            except psycopg.Error as e:
                got["error"] = e.sqlstate
                second.rollback()

        t = threading.Thread(target=run)
        t.start()
        with co.admin(autocommit=True) as admin:
            for _ in range(1000):
                row = admin.execute("select wait_event_type from pg_stat_activity where pid = %s",
                                    (pid,)).fetchone()
                if row and row[0] == "Lock":
                    break
                threading.Event().wait(0.01)
            else:
                raise AssertionError("the second approval did not wait for the counter")
        first.rollback()   # the first approval fails after all: its number is given back
        t.join(10)
    assert got == {"ok": True}
    assert flow(co, b)["number"] == f"HT-{YEAR}-000001"
    assert decide(co, "sup_e1", ra) == "approved"
    assert flow(co, a)["number"] == f"HT-{YEAR}-000002"


def test_a_cancelled_contract_keeps_its_number_and_rejected_ones_take_none(co: Company) -> None:
    a, b, c = (co.contracts[f"{k}合同1"] for k in ("sp_e1a", "sp_e1b", "sp_e2a"))
    for key, cid in (("sp_e1a", a), ("sp_e1b", b), ("sp_e2a", c)):
        co.call(key, "select api.contract_submit(%s)", (cid,))
    decide(co, "sup_e1", request_of(co, b), False, "不行")
    decide(co, "sup_e1", request_of(co, a))
    co.call("sp_e1a", "select api.contract_cancel(%s)", (a,))
    decide(co, "sup_e2", request_of(co, c))
    assert (flow(co, a)["status"], flow(co, a)["number"]) == ("cancelled", f"HT-{YEAR}-000001")
    assert flow(co, b)["number"] is None
    assert flow(co, c)["number"] == f"HT-{YEAR}-000002"

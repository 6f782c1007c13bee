"""Quotes (sql/0032): made from a deal, totals to the fen by the contract lines' rule, the number
series and versions, the discount's approval before sending, accepting into a draft contract, and
the attacks of issue 13 §7 that concern quotes (someone else's quote, a hidden customer or deal,
editing a sent or accepted quote, the cost price, sending while an approval is pending or
rejected). The generic reference and visibility attacks cover the kinds from the registry."""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from tests.factories import Company, build_small_company
from tests.rls_support import outcome

SUPERIOR = {"approver": "superior", "levels": 1}
MANAGER = {"approver": "superior", "levels": 2}
FEN = Decimal("0.01")


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory(), deals=True)
    with c.admin() as conn:
        conn.execute("insert into sales.product_costs (product_id, cost_price) "
                     "select id, 6000 from sales.products where code = 'SEED-1'")
        conn.commit()
    add_discount_rules(c)
    return c


def add_discount_rules(co: Company) -> None:
    """Above 15 % the supervisor approves; above 25 % the manager too (the first rule by priority)."""
    for rule in ({"name": "折扣超过25%", "priority": 10, "min_discount": "25.01",
                  "steps": [SUPERIOR, MANAGER]},
                 {"name": "折扣超过15%", "priority": 20, "min_discount": "15.01", "steps": [SUPERIOR]}):
        co.call("admin", "select api.approval_rule_save(null, null, %s)",
                (json.dumps({"type": "discount", **rule}),))


def attempt(co: Company, key: str, query: str, params: tuple = ()) -> str | None:
    """The SQLSTATE the call fails with as `key` (None: it succeeded; rolled back either way)."""
    with co.connect(key) as conn:
        got = outcome(conn, query, params)
    return None if got.ok else got.sqlstate


def one(co: Company, key: str, query: str, params: tuple = ()) -> object:
    return co.call(key, query, params)[0][0]


def superuser(co: Company, query: str, params: tuple = ()) -> object:
    with co.admin() as conn:
        row = conn.execute(query, params).fetchone()  # type: ignore[arg-type]
    assert row
    return row[0]


def quote(co: Company, key: str, quote_id: int) -> dict:
    rows = co.call(key, "select to_jsonb(q) from api.quote_get(%s) q", (quote_id,))
    assert rows, "quote not visible"
    return rows[0][0]


def from_deal(co: Company, key: str = "sp_e1a") -> int:
    made = one(co, key, "select api.quote_from_opportunity(%s)", (co.deals[f"{key}商机1"],))
    return int(made)  # type: ignore[call-overload]


def lines(co: Company, key: str, quote_id: int) -> list[tuple]:
    return co.call(key, "select product_id, quantity, unit_price, discount, tax_rate, amount, tax_amount, "
                        "cost_price, margin, id, version from api.quote_line_rows(%s)", (quote_id,))


def set_discount(co: Company, key: str, quote_id: int, discount: str) -> None:
    line = lines(co, key, quote_id)[0]
    co.call(key, "select api.record_update('quote_line', %s, %s, %s)",
            (line[9], line[10], json.dumps({"discount": discount})))


def add_line(co: Company, key: str, quote_id: int, **values: object) -> None:
    product = superuser(co, "select id from sales.products where code = 'SEED-1'")
    co.call(key, "select api.record_create('quote_line', %s)",
            (json.dumps({"quote_id": quote_id, "product_id": product, **values}),))


def half_up(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def test_a_quote_from_a_deal_carries_its_lines_and_totals_follow_them_to_the_fen(co: Company) -> None:
    q = from_deal(co)
    got = quote(co, "sp_e1a", q)
    assert re.fullmatch(r"BJ-\d{4}-\d{6}", got["number"]) and got["revision"] == 1
    assert [got[k] for k in ("status", "customer_id", "opportunity_id")] == \
        ["draft", co.customers["sp_e1a客户1"], co.deals["sp_e1a商机1"]]
    assert [(r[1], r[2], r[3]) for r in lines(co, "sp_e1a", q)] == [(Decimal("1.000"), Decimal("10000.00"),
                                                                      Decimal("0.00"))]
    # half a fen rounds up, tax per line then summed: the rule of contract lines and printed documents
    add_line(co, "sp_e1a", q, quantity="3", unit_price="33.33", discount="12.5", tax_rate="13")
    add_line(co, "sp_e1a", q, quantity="1", unit_price="0.05", discount="50", tax_rate="6")
    add_line(co, "sp_e1a", q, quantity="7", unit_price="10.15", discount="0", tax_rate="9")
    expected_amount = expected_tax = Decimal(0)
    for _p, qty, price, disc, rate, amount, tax, *_ in lines(co, "sp_e1a", q):
        line_amount = half_up(qty * price * (1 - disc / 100))
        assert (amount, tax) == (line_amount, half_up(line_amount * rate / 100))
        expected_amount += line_amount
        expected_tax += half_up(line_amount * rate / 100)
    got = quote(co, "sp_e1a", q)
    assert tuple(Decimal(str(got[k])) for k in ("amount", "tax_amount", "total_amount")) == \
        (expected_amount, expected_tax, expected_amount + expected_tax)
    assert Decimal(str(got["max_discount"])) == Decimal("50")
    assert expected_amount == Decimal("10000.00") + Decimal("87.49") + Decimal("0.03") + Decimal("71.05")


def test_numbers_are_a_series_and_revising_a_sent_quote_keeps_the_earlier_one_read_only(co: Company) -> None:
    first, second = from_deal(co), from_deal(co)
    n1, n2 = quote(co, "sp_e1a", first)["number"], quote(co, "sp_e1a", second)["number"]
    assert int(n2[-6:]) == int(n1[-6:]) + 1
    # a draft is edited, not revised
    assert attempt(co, "sp_e1a", "select api.quote_revise(%s)", (first,)) == "SDQ01"
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (first,)) == "sent"
    # a sent quote is read-only: its fields, its lines, a second send
    v = quote(co, "sp_e1a", first)["version"]
    assert attempt(co, "sp_e1a", "select api.record_update('quote', %s, %s, %s)",
                   (first, v, json.dumps({"notes": "改一下"}))) == "SDQ01"
    assert attempt(co, "sp_e1a", "select api.record_update('quote_line', %s, %s, %s)",
                   (lines(co, "sp_e1a", first)[0][9], 1, json.dumps({"discount": "1"}))) == "SDQ01"
    assert attempt(co, "sp_e1a", "select api.quote_send(%s)", (first,)) == "SDQ01"
    revised = int(one(co, "sp_e1a", "select api.quote_revise(%s)", (first,)))  # type: ignore[arg-type]
    again = quote(co, "sp_e1a", revised)
    assert [again[k] for k in ("number", "revision", "status", "previous_id")] == [n1, 2, "draft", first]
    assert quote(co, "sp_e1a", first)["status"] == "revised"
    assert [(r[1], r[2], r[3]) for r in lines(co, "sp_e1a", revised)] == \
        [(r[1], r[2], r[3]) for r in lines(co, "sp_e1a", first)]
    assert co.call("sp_e1a", "select revision, status from api.quote_versions(%s)", (first,)) == \
        [(2, "draft"), (1, "revised")]
    assert attempt(co, "sp_e1a", "select api.quote_revise(%s)", (first,)) == "SDQ01"  # once only
    set_discount(co, "sp_e1a", revised, "5")  # the new version is a draft: it changes


def test_a_discount_above_the_limit_goes_to_the_supervisor_and_is_sent_once_approved(co: Company) -> None:
    q = from_deal(co)
    set_discount(co, "sp_e1a", q, "20")
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "approval"
    got = quote(co, "sp_e1a", q)
    assert (got["status"], got["approval"]) == ("draft", "pending")
    assert attempt(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "SDQ02"     # pending: not sent
    assert attempt(co, "sp_e1a", "select api.record_update('quote_line', %s, %s, %s)",
                   (lines(co, "sp_e1a", q)[0][9], lines(co, "sp_e1a", q)[0][10],
                    json.dumps({"discount": "1"}))) == "SDQ02"                   # lines frozen
    inbox = co.call("sup_e1", "select id, type, record_kind, record_id, summary, amount, discount "
                              "from api.approvals_inbox()")
    assert len(inbox) == 1 and inbox[0][1:4] == ("discount", "quote", q)
    assert got["number"] in inbox[0][4] and "sp_e1a客户1" in inbox[0][4]   # number and customer
    assert (inbox[0][5], inbox[0][6]) == (Decimal("9040.00"), Decimal("20.00"))  # total and largest discount
    assert co.call("mgr_e", "select id from api.approvals_inbox()") == []  # 20 %: the supervisor only
    co.call("sup_e1", "select api.approval_decide(%s, true, 'ok')", (inbox[0][0],))
    assert quote(co, "sp_e1a", q)["approval"] == "approved"
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "sent"


def test_above_25_percent_the_manager_decides_after_the_supervisor(co: Company) -> None:
    q = from_deal(co)
    set_discount(co, "sp_e1a", q, "30")
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "approval"
    request = co.call("sup_e1", "select id from api.approvals_inbox()")[0][0]
    co.call("sup_e1", "select api.approval_decide(%s, true, null)", (request,))
    assert quote(co, "sp_e1a", q)["approval"] == "pending"
    co.call("mgr_e", "select api.approval_decide(%s, true, null)", (request,))
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "sent"


def test_a_rejected_discount_refuses_the_send_until_the_lines_change(co: Company) -> None:
    q = from_deal(co)
    set_discount(co, "sp_e1a", q, "20")
    co.call("sp_e1a", "select api.quote_send(%s)", (q,))
    request = co.call("sup_e1", "select id from api.approvals_inbox()")[0][0]
    co.call("sup_e1", "select api.approval_decide(%s, false, '折扣太高')", (request,))
    assert quote(co, "sp_e1a", q)["approval"] == "rejected"
    assert attempt(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "SDQ03"
    set_discount(co, "sp_e1a", q, "10")          # the rejection concerned other lines
    assert quote(co, "sp_e1a", q)["approval"] is None
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "sent"


def test_an_approved_discount_no_longer_holds_once_a_line_changes(co: Company) -> None:
    q = from_deal(co)
    set_discount(co, "sp_e1a", q, "20")
    co.call("sp_e1a", "select api.quote_send(%s)", (q,))
    co.call("sup_e1", "select api.approval_decide(%s, true, null)",
            (co.call("sup_e1", "select id from api.approvals_inbox()")[0][0],))
    set_discount(co, "sp_e1a", q, "40")
    assert one(co, "sp_e1a", "select api.quote_send(%s)", (q,)) == "approval"   # asked again


def test_accepting_makes_a_draft_contract_with_the_same_lines_and_totals(co: Company) -> None:
    q = from_deal(co)
    add_line(co, "sp_e1a", q, quantity="3", unit_price="33.33", discount="12.5", tax_rate="6")
    co.call("sp_e1a", "select api.record_update('quote', %s, null, %s)",
            (q, json.dumps({"title": "华东项目报价", "notes": "含安装"})))
    co.call("sp_e1a", "select api.quote_send(%s)", (q,))
    contract = int(one(co, "sp_e1a", "select api.quote_accept(%s)", (q,)))  # type: ignore[arg-type]
    got = quote(co, "sp_e1a", q)
    assert (got["status"], got["contract_id"]) == ("accepted", contract)
    c = co.call("sp_e1a", "select owner_id, customer_id, opportunity_id, title, status "
                          "from api.contract_get(%s)", (contract,))
    assert c == [(co.people["sp_e1a"], co.customers["sp_e1a客户1"], co.deals["sp_e1a商机1"], "华东项目报价",
                  "draft")]
    copied = co.call("sp_e1a", "select product_id, quantity, unit_price, discount, tax_rate, amount, "
                               "tax_amount from api.contract_line_rows(%s)", (contract,))
    assert copied == [r[:7] for r in lines(co, "sp_e1a", q)]
    assert sum(r[5] + r[6] for r in copied) == Decimal(str(got["total_amount"])) == Decimal("11392.74")
    # accepted: nothing changes any more, nor is it accepted twice
    assert attempt(co, "sp_e1a", "select api.quote_accept(%s)", (q,)) == "SDQ01"
    assert attempt(co, "sp_e1a", "select api.quote_revise(%s)", (q,)) == "SDQ01"
    assert attempt(co, "sp_e1a", "select api.record_update('quote', %s, null, %s)",
                   (q, json.dumps({"notes": "再改"}))) == "SDQ01"


def test_someone_elses_quote_out_of_scope_answers_like_a_missing_one(co: Company) -> None:
    q = from_deal(co)
    co.call("sp_e1a", "select api.quote_send(%s)", (q,))
    for key in ("sp_e1b", "sp_n1a", "sup_e2", "mgr_n"):
        for call in ("accept", "decline", "revise", "send"):
            assert attempt(co, key, f"select api.quote_{call}(%s)", (q,)) == "P0002", (key, call)
        assert co.call(key, "select count(*) from api.quote_line_rows(%s)", (q,)) == [(0,)]
        assert co.call(key, "select count(*) from api.quote_versions(%s)", (q,)) == [(0,)]
    assert attempt(co, "sp_e1a", "select api.quote_accept(%s)", (q + 1000,)) == "P0002"
    contract = one(co, "sup_e1", "select api.quote_accept(%s)", (q,))   # the supervisor stands above
    owner = superuser(co, "select owner_id from sales.contracts where id = %s", (contract,))
    assert owner == co.people["sp_e1a"]


def test_a_quote_on_a_hidden_deal_or_customer_is_refused_as_missing(co: Company) -> None:
    hidden = co.deals["sp_n1a商机1"]
    assert attempt(co, "sp_e1a", "select api.quote_from_opportunity(%s)", (hidden,)) == "P0002"
    assert attempt(co, "sp_e1a", "select api.quote_from_opportunity(%s)", (10 ** 9,)) == "P0002"
    assert attempt(co, "sp_e1a", "select api.record_create('quote', %s)",
                   (json.dumps({"customer_id": co.customers["sp_e1b客户1"], "title": "越权"}),)) == "P0002"
    assert attempt(co, "sp_e1a", "select api.record_create('quote', %s)",
                   (json.dumps({"customer_id": co.customers["sp_e1a客户1"], "title": "偷看",
                                "opportunity_id": co.deals["sp_e2a商机1"]}),)) == "P0002"
    made = one(co, "sp_e1a", "select api.record_create('quote', %s)",
               (json.dumps({"customer_id": co.customers["sp_e1a客户1"], "title": "空白报价"}),))
    assert quote(co, "sp_e1a", made)["total_amount"] == 0  # type: ignore[arg-type]
    # the number and the status flow are nobody's to write
    assert attempt(co, "sp_e1a", "select api.record_update('quote', %s, null, %s)",
                   (made, json.dumps({"number": "BJ-1999-000001"}))) is not None
    assert attempt(co, "sp_e1a", "select api.record_update('quote', %s, null, %s)",
                   (made, json.dumps({"status": "accepted"}))) is not None


def test_the_cost_price_reaches_only_a_position_that_sees_cost(co: Company) -> None:
    q = from_deal(co)
    for key in ("sp_e1a", "sup_e1", "mgr_e"):
        assert [(r[7], r[8]) for r in lines(co, key, q)] == [(None, None)], key
        assert co.call(key, "select count(*) from api.quote_lines where cost_price is not null") == [(0,)]
    assert [(r[7], r[8]) for r in lines(co, "director", q)] == [(Decimal("6000.00"), Decimal("4000.00"))]


def test_an_expired_quote_reads_expired_and_cannot_be_accepted_but_can_be_revised(co: Company) -> None:
    q = from_deal(co)
    co.call("sp_e1a", "select api.quote_send(%s)", (q,))
    with co.admin() as conn:  # time passes: the validity is the past (the guard is the API's, not time's)
        conn.execute("set session_replication_role = replica")
        conn.execute("update sales.quotes set valid_until = current_date - 1 where id = %s", (q,))
        conn.commit()
    assert quote(co, "sp_e1a", q)["status"] == "expired"
    assert attempt(co, "sp_e1a", "select api.quote_accept(%s)", (q,)) == "SDQ06"
    revised = one(co, "sp_e1a", "select api.quote_revise(%s)", (q,))
    later = quote(co, "sp_e1a", revised)["valid_until"]  # type: ignore[arg-type]
    assert later >= quote(co, "sp_e1a", q)["valid_until"]


def test_a_draft_without_lines_or_validity_is_not_sent_and_a_declined_one_is_revised(co: Company) -> None:
    made = one(co, "sp_e1a", "select api.record_create('quote', %s)",
               (json.dumps({"customer_id": co.customers["sp_e1a客户1"], "title": "空白报价",
                            "valid_until": "2099-01-01"}),))
    assert attempt(co, "sp_e1a", "select api.quote_send(%s)", (made,)) == "SDQ04"
    add_line(co, "sp_e1a", made, quantity="1", unit_price="5")  # type: ignore[arg-type]
    co.call("sp_e1a", "select api.record_update('quote', %s, null, '{\"valid_until\": null}')", (made,))
    assert attempt(co, "sp_e1a", "select api.quote_send(%s)", (made,)) == "SDQ05"
    co.call("sp_e1a", "select api.record_update('quote', %s, null, %s)",
            (made, json.dumps({"valid_until": "2099-01-01"})))
    co.call("sp_e1a", "select api.quote_send(%s)", (made,))
    co.call("sp_e1a", "select api.quote_decline(%s)", (made,))
    assert quote(co, "sp_e1a", made)["status"] == "declined"  # type: ignore[arg-type]
    assert attempt(co, "sp_e1a", "select api.quote_accept(%s)", (made,)) == "SDQ01"
    assert attempt(co, "sp_e1a", "select api.quote_revise(%s)", (made,)) is None

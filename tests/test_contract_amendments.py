"""Contract amendments (sql/0028): an approved contract changes only through an amendment that goes
through the approval again; while it waits the approved values keep counting; on approval it
replaces fields and lines in one transaction; every approved version is kept and read by whoever
sees the contract; an amendment moves the contract to no customer out of scope."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from tests.contract_support import attempt, contract_company, decide, flow, request_of, totals
from tests.factories import Company


@pytest.fixture
def co(db_factory) -> Company:
    """The company with the demo's rules and sp_e1a's contract approved by the supervisor."""
    c = contract_company(db_factory())
    cid = c.contracts["sp_e1a合同1"]
    c.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    decide(c, "sup_e1", request_of(c, cid))
    return c


def amendment(co: Company, cid: int, key: str = "sp_e1a") -> dict[str, Any]:
    return {k: v for k, v in flow(co, cid, key).items() if k.startswith("amendment")}


def save(co: Company, cid: int, fields: dict, lines: list[dict], key: str = "sp_e1a") -> int:
    return co.call(key, "select api.contract_amendment_save(%s, null, %s, %s)",
                   (cid, json.dumps(fields), json.dumps(lines)))[0][0]


def test_an_amendment_is_approved_again_and_replaces_the_contract(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    assert attempt(co, "sp_e1a", "select api.contract_amendment_submit(%s)", (cid,)) == "SDC04"
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    assert attempt(co, "sp_e1a", "select api.contract_amend(%s)", (cid,)) == "SDC04"  # one open at a time
    a = amendment(co, cid)
    assert (a["amendment_status"], a["amendment_no_open"], a["amendment_total_amount"]) == \
        ("draft", 1, Decimal("21470.00"))
    fields = {**a["amendment_fields"], "title": "补充协议后"}
    lines = [{k: v for k, v in line.items() if k in ("product_id", "quantity", "unit_price", "discount")}
             for line in a["amendment_lines"]]
    lines[0]["quantity"] = "3"
    lines.append({**lines[0], "quantity": "33.333", "unit_price": "3.00", "discount": "7.5"})
    save(co, cid, fields, lines)
    a = amendment(co, cid)
    # 3 × 10,000 less 5 % = 28,500.00 + 3,705.00; 92.50 + 12.03 (0027's rule, in 0028's jsonb twin)
    assert (a["amendment_amount"], a["amendment_tax_amount"]) == (Decimal("28592.50"), Decimal("3717.03"))
    assert [line["amount"] for line in a["amendment_lines"]] == [28500.00, 92.50]
    assert co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,)) == [("submitted",)]
    # waiting: the contract is still approved with its approved values (they keep counting)
    f = flow(co, cid)
    assert (f["status"], f["amendment_status"], f["amendment_no"]) == ("approved", "submitted", 0)
    assert totals(co, cid) == (Decimal("19000.00"), Decimal("2470.00"), Decimal("21470.00"))
    assert attempt(co, "sp_e1a", "select api.contract_amendment_save(%s, null, %s, %s)",
                   (cid, json.dumps(fields), json.dumps(lines))) == "SDC04"   # not while it waits
    req = request_of(co, cid)
    assert attempt(co, "sp_e1a", "select api.approval_decide(%s, true, null)", (req,)) == "SDA01"  # one's own
    assert decide(co, "sup_e1", req) == "approved"
    f = flow(co, cid)
    assert (f["status"], f["amendment_no"], f["amendment_status"]) == ("approved", 1, None)
    assert totals(co, cid) == (Decimal("28592.50"), Decimal("3717.03"), Decimal("32309.53"))
    assert co.call("sp_e1a", "select title from api.contract_get(%s)", (cid,)) == [("补充协议后",)]
    versions = co.call("sup_e1", "select amendment_no, total_amount, approved_by_name, fields ->> 'title', "
                                 "jsonb_array_length(lines) from api.contract_versions(%s)", (cid,))
    assert versions == [(1, Decimal("32309.53"), "张主管", "补充协议后", 2),
                        (0, Decimal("21470.00"), "张主管", "sp_e1a合同1", 1)]
    assert co.call("sp_e1b", "select count(*) from api.contract_versions(%s)", (cid,)) == [(0,)]  # a peer
    assert co.call("sp_e1b", "select count(*) from api.contract_flow(%s)", (cid,)) == [(0,)]


def test_a_rejected_amendment_leaves_the_contract_and_is_resubmitted_or_discarded(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,))
    decide(co, "sup_e1", request_of(co, cid), False, "不同意")
    f = flow(co, cid)
    assert (f["status"], f["amendment_status"], f["amendment_no"]) == ("approved", "rejected", 0)
    co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,))
    co.call("sp_e1a", "select api.contract_amendment_withdraw(%s)", (cid,))
    assert amendment(co, cid)["amendment_status"] == "draft"
    co.call("sp_e1a", "select api.contract_amendment_withdraw(%s, true)", (cid,))
    assert amendment(co, cid)["amendment_status"] is None
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))   # the same number again: none was approved
    assert amendment(co, cid)["amendment_no_open"] == 1


def test_an_amendment_moves_the_contract_to_no_hidden_customer(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    a = amendment(co, cid)
    lines = [{"product_id": x["product_id"], "quantity": "1", "unit_price": "1"}
             for x in a["amendment_lines"]]
    for customer in (co.customers["sp_n1a客户2"], 10 ** 12):   # hidden, missing: alike
        fields = {**a["amendment_fields"], "customer_id": customer}
        assert attempt(co, "sp_e1a", "select api.contract_amendment_save(%s, null, %s, %s)",
                       (cid, json.dumps(fields), json.dumps(lines))) == "P0002"
    for bad_fields, bad_lines in (({**a["amendment_fields"], "number": "HT-1"}, lines),
                                  ({**a["amendment_fields"], "title": ""}, lines),
                                  (a["amendment_fields"], [{**lines[0], "quantity": "0"}]),
                                  (a["amendment_fields"], [{**lines[0], "discount": "101"}]),
                                  (a["amendment_fields"], [{**lines[0], "quantity": "abc"}])):
        assert attempt(co, "sp_e1a", "select api.contract_amendment_save(%s, null, %s, %s)",
                       (cid, json.dumps(bad_fields), json.dumps(bad_lines))) == "SD005"
    assert attempt(co, "sp_e1a", "select api.contract_amendment_save(%s, null, %s, '[]')",
                   (cid, json.dumps(a["amendment_fields"]))) == "SDC03"


def test_only_a_writer_amends_and_not_a_draft(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    assert attempt(co, "sp_e1b", "select api.contract_amend(%s)", (cid,)) == "P0002"
    assert attempt(co, "sp_e1b", "select api.contract_amendment_save(%s, null, '{}', '[]')",
                   (cid,)) == "P0002"
    draft = co.contracts["sp_e1b合同1"]
    assert attempt(co, "sp_e1b", "select api.contract_amend(%s)", (draft,)) == "SDC02"


def test_a_cancel_waits_for_a_submitted_amendment_and_drops_a_draft_one(co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,))
    assert attempt(co, "sp_e1a", "select api.contract_cancel(%s)", (cid,)) == "SDC04"
    co.call("sp_e1a", "select api.contract_amendment_withdraw(%s)", (cid,))
    co.call("sp_e1a", "select api.contract_cancel(%s)", (cid,))
    f = flow(co, cid)
    assert (f["status"], f["amendment_status"]) == ("cancelled", None)


def test_without_a_rule_an_amendment_applies_at_submit(db_factory) -> None:
    co = contract_company(db_factory(), rules=False)
    cid = co.contracts["sp_e1a合同1"]
    assert co.call("sp_e1a", "select api.contract_submit(%s)", (cid,)) == [("approved",)]
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    a = amendment(co, cid)
    line = {k: a["amendment_lines"][0][k] for k in ("product_id", "unit_price", "discount")}
    save(co, cid, a["amendment_fields"], [{**line, "quantity": "1"}])
    assert co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,)) == [("approved",)]
    assert totals(co, cid) == (Decimal("9500.00"), Decimal("1235.00"), Decimal("10735.00"))
    f = flow(co, cid)
    assert (f["status"], f["amendment_no"], f["request_id"]) == ("approved", 1, None)
    assert co.call("sp_e1a", "select amendment_no, approved_by_name from api.contract_versions(%s)",
                   (cid,)) == [(1, "赵一"), (0, "赵一")]

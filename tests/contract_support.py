"""Helpers for the contract tests (sql/0028): a company with the registry's draft contracts, the
demo's contract approval rules, and short ways to call the flow as someone."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from salesdesk.admin.demo_approvals import load_approval_rules
from tests.factories import Company, build_small_company, seed_contracts
from tests.rls_support import outcome


def contract_company(admin_url: str, rules: bool = True) -> Company:
    """The small company with a deal and a draft contract (one line: 19,000.00 + 2,470.00) per
    salesperson; with `rules` the demo's contract rules (supervisor; above ¥200,000 or a line
    discount above 15 %: supervisor then manager)."""
    co = build_small_company(admin_url, deals=True)
    with co.admin() as conn:
        seed_contracts(co, conn)
        if rules:
            load_approval_rules(conn, ("contract",))
        conn.commit()
    return co


def product(co: Company) -> int:
    return co.call("admin", "select id from api.products where code = 'SEED-1'")[0][0]


def new_contract(co: Company, key: str, lines: list[tuple[Any, Any, Any, Any]],
                 customer: str | None = None) -> int:
    """A draft contract of `key` through the API with lines (quantity, unit price, discount, tax)."""
    with co.connect(key) as conn:
        cid = conn.execute("select api.record_create('contract', %s)", (json.dumps({
            "customer_id": co.customers[customer or f"{key}客户1"], "title": "测试合同"}),)).fetchone()[0]
        for q, p, d, t in lines:
            conn.execute("select api.record_create('contract_line', %s)", (json.dumps({
                "contract_id": cid, "product_id": product(co), "quantity": str(q), "unit_price": str(p),
                "discount": str(d), "tax_rate": str(t)}),))
    return cid


def attempt(co: Company, key: str, query: str, params: tuple = ()) -> str | None:
    """The SQLSTATE the call fails with as `key` (None: it succeeded; rolled back either way)."""
    with co.connect(key) as conn:
        got = outcome(conn, query, params)
    return None if got.ok else got.sqlstate


def flow(co: Company, contract: int, key: str = "admin") -> dict[str, Any]:
    """api.contract_flow as `key` (the director sees every contract), as a dict."""
    with co.connect("director" if key == "admin" else key) as conn:
        cur = conn.execute("select * from api.contract_flow(%s)", (contract,))
        row = cur.fetchone()
        assert row, "contract not seen"
        return dict(zip([d.name for d in cur.description or ()], row, strict=True))


def totals(co: Company, contract: int) -> tuple[Decimal, Decimal, Decimal]:
    with co.admin() as conn:
        row = conn.execute("select amount, tax_amount, total_amount from sales.contracts where id = %s",
                           (contract,)).fetchone()
    assert row
    return row


def request_of(co: Company, contract: int) -> int:
    with co.admin() as conn:
        row = conn.execute("select id from sales.approval_requests "
                           "where type = 'contract' and record_id = %s", (contract,)).fetchone()
    assert row
    return row[0]


def decide(co: Company, key: str, request: int, approve: bool = True, comment: str | None = None) -> str:
    return co.call(key, "select api.approval_decide(%s, %s, %s)", (request, approve, comment))[0][0]

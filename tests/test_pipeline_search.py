"""Search on the pipeline kinds through their list APIs (sql/0020, private.declare_search): leads by
company, contact, phone and pinyin; deals by title; follow-ups by summary — substring, full pinyin
and initials, each within the caller's scope."""

from __future__ import annotations

import pytest

from tests.factories import Company, build_small_company
from tests.rls_support import as_json, outcome


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        for key, lead, contact, phone in (
            ("sp_e1a", "星河电子科技", "林晓", "021-5555 1234"),
            ("sp_e2a", "星河物流", "高明", None),
        ):
            company.add_lead(conn, lead, owner=key, contact_name=contact, phone=phone)
        conn.commit()
    for key, customer, title, summary in (
        ("sp_e1a", "sp_e1a客户1", "华东大单", "上门演示产品"),
        ("sp_e2a", "sp_e2a客户1", "华东小单", "电话回访满意度"),
    ):
        with company.connect(key) as conn:
            deal = conn.execute(
                "select api.record_create('opportunity', %s)",
                (as_json({"customer_id": company.customers[customer], "title": title}),),
            ).fetchone()
            assert deal
            conn.execute(
                "select api.record_create('followup', %s)",
                (
                    as_json(
                        {
                            "customer_id": company.customers[customer],
                            "opportunity_id": deal[0],
                            "summary": summary,
                        }
                    ),
                ),
            )
    return company


def found(co: Company, key: str, fn: str, column: str, search: str) -> list[str]:
    rows = co.call(key, f"select {column} from api.{fn}(%s, 'name')", (as_json({"search": search}),))
    return sorted(r[0] for r in rows)


@pytest.mark.parametrize(
    ("search", "salesperson", "manager"),
    [
        ("电子科", ["星河电子科技"], ["星河电子科技"]),  # substring
        ("xhdz", ["星河电子科技"], ["星河电子科技"]),  # initials
        ("xinghe", ["星河电子科技"], ["星河物流", "星河电子科技"]),  # full pinyin
        ("linxiao", ["星河电子科技"], ["星河电子科技"]),  # the contact's pinyin
        ("55551234", ["星河电子科技"], ["星河电子科技"]),  # the phone's digits
        ("gaoming", [], ["星河物流"]),  # another team's lead
    ],
)
def test_leads_are_found_by_company_contact_phone_and_pinyin(
    co: Company, search: str, salesperson: list[str], manager: list[str]
) -> None:
    assert found(co, "sp_e1a", "lead_list", "company_name", search) == salesperson
    assert found(co, "mgr_e", "lead_list", "company_name", search) == sorted(manager)


@pytest.mark.parametrize(
    ("search", "salesperson", "manager"),
    [
        ("大单", ["华东大单"], ["华东大单"]),
        ("hddd", ["华东大单"], ["华东大单"]),
        ("huadong", ["华东大单"], ["华东大单", "华东小单"]),
        ("hdxd", [], ["华东小单"]),
    ],
)
def test_deals_are_found_by_title_and_its_pinyin(
    co: Company, search: str, salesperson: list[str], manager: list[str]
) -> None:
    assert found(co, "sp_e1a", "opportunity_list", "title", search) == salesperson
    assert found(co, "mgr_e", "opportunity_list", "title", search) == sorted(manager)


@pytest.mark.parametrize(
    ("search", "salesperson", "manager"),
    [
        ("演示", ["上门演示产品"], ["上门演示产品"]),
        ("smys", ["上门演示产品"], ["上门演示产品"]),
        ("huifang", [], ["电话回访满意度"]),
    ],
)
def test_followups_are_found_by_summary_and_its_pinyin(
    co: Company, search: str, salesperson: list[str], manager: list[str]
) -> None:
    assert found(co, "sp_e1a", "followup_list", "summary", search) == salesperson
    assert found(co, "mgr_e", "followup_list", "summary", search) == sorted(manager)
    n = co.call("mgr_e", "select n from api.record_count('followup', %s)", (as_json({"search": search}),))
    assert n == [(len(manager),)]


def test_a_long_summary_fits_its_sort_key(co: Company) -> None:
    """The generic sort key takes the first 200 characters: a 4,000-character summary's whole
    pinyin key does not fit a btree entry (54000, "index row requires … bytes")."""
    summary = "".join(chr(0x4E00 + i * 7919 % 20000) for i in range(4000))  # compresses badly
    with co.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            "select api.record_create('followup', %s)",
            (as_json({"customer_id": co.customers["sp_e1a客户2"], "summary": summary}),),
        )
    assert got.ok, (got.sqlstate, got.message)

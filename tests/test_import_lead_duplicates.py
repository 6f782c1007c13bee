"""Leads in an import are checked company-wide through the batched duplicate check of their kind
(api.record_duplicates_batch, sql/0047_import_bulk.sql): the same limit and log as the customers'
batch, and an answer that tells no more than the single check does — that a duplicate exists, and
whether it is in my sight; never whose, which, or how it matched."""

from __future__ import annotations

import pytest

from salesdesk.db.session import Database
from salesdesk.services.import_kinds import KINDS, guess_mapping
from salesdesk.services.record_import import IN_COMPANY_LEAD, IN_MY_RECORDS, SAME_IN_FILE, check_rows
from salesdesk.services.sheet_reader import parse_csv
from tests.factories import Company, build_small_company
from tests.rls_support import outcome
from tests.test_duplicates import checks_of

LEAD = KINDS["lead"]
BATCH = "select * from api.record_duplicates_batch(%s, %s, %s)"


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """sp_e1a's own lead, a peer's (sp_e1b) live and archived leads, another region's lead."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        company.add_lead(conn, "自己的线索公司", owner="sp_e1a")
        company.add_lead(conn, "同事的线索公司", owner="sp_e1b", phone="021-62220001")
        archived = company.add_lead(conn, "同事归档的线索", owner="sp_e1b")
        conn.execute("update sales.leads set archived_at = now() where id = %s", (archived,))
        company.add_lead(conn, "北区的线索公司", owner="sp_n1a", contact_name="钱七")  # mobile 13900000001
        conn.execute("update private.duplicate_check_limits set burst = 1000, daily = 100000")
        conn.commit()
    return company


def test_a_lead_file_is_checked_company_wide_counted_and_logged(co: Company) -> None:
    sheet = parse_csv("公司名称,联系人,电话,手机\n全新线索公司,张三,,\n同事的线索公司（上海）,李四,,\n"
                      "电话相同的线索,王五,（021）6222 0001,\n手机相同的线索,赵六,,139 0000 0001\n"
                      "自己的线索公司,孙七,,\n全新线索公司,周八,,\n".encode(), "leads.csv")
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        before = checks_of(co, "sp_e1a")
        preview = check_rows(db, LEAD, sheet, guess_mapping(LEAD, sheet.headers))
    finally:
        db.close()
    said = {r.number: [p.problem.message for p in r.problems] for r in preview.rows}
    assert said == {2: [], 3: [IN_COMPANY_LEAD], 4: [IN_COMPANY_LEAD], 5: [IN_COMPANY_LEAD],
                    6: [IN_MY_RECORDS], 7: [SAME_IN_FILE]}
    assert checks_of(co, "sp_e1a") == before + 1  # one batch, one unit of the limit
    with co.admin() as conn:  # every row asked is logged as a lead lookup, as a single check would be
        logged = conn.execute("select kind, name, phone, matches, hidden from sales.lookup_log "
                              "where actor_id = %s and kind = 'lead' order by id",
                              (co.people["sp_e1a"],)).fetchall()
    assert logged == [("lead", "全新线索公司", None, 0, 0), ("lead", "同事的线索公司（上海）", None, 1, 1),
                      ("lead", "电话相同的线索", "(021)6222 0001", 1, 1),
                      ("lead", "手机相同的线索", "139 0000 0001", 1, 1),
                      ("lead", "自己的线索公司", None, 1, 0)]


def test_the_batch_tells_no_more_than_the_single_check(co: Company) -> None:
    """Only (row, in my sight): a hidden lead matched by name, by phone, live or archived, in my
    region or another, answers exactly alike; a missing one is not in the answer at all, as the
    single check answers no row; customers answer as the single check's rows say."""
    names = ["同事的线索公司", "无名", "同事归档的线索", "北区的线索公司", "没有这家", "自己的线索公司"]
    phones = [None, "021-62220001", None, None, "021-69990000", None]
    with co.connect("sp_e1a") as conn:
        cur = conn.execute(BATCH, ("lead", names, phones))
        assert [d.name for d in cur.description] == ["ord", "in_sight"]
        assert cur.fetchall() == [(1, False), (2, False), (3, False), (4, False), (6, True)]
        # customers: the batch's answer per row is what the single check says, reduced to one bit each
        asked = ["sp_e1a客户1", "sp_e1b客户2", "sp_n1a客户1", "没有这家客户"]
        batch = dict(conn.execute(BATCH, ("customer", asked, [None] * len(asked))).fetchall())
        single = {i + 1: conn.execute("select visible from api.customer_duplicates(%s)", (n,)).fetchall()
                  for i, n in enumerate(asked)}
    assert batch == {i: any(v for (v,) in rows) for i, rows in single.items() if rows}


@pytest.mark.parametrize("kind", [None, "", "contact", "customer_duplicates", "nope", "lead'; --"])
def test_a_kind_without_a_duplicate_check_is_a_bad_request(co: Company, kind: str | None) -> None:
    with co.connect("sp_e1a") as conn:
        got = outcome(conn, BATCH, (kind, ["甲"], [None]))
    assert (got.ok, got.sqlstate) == (False, "SD005")


def test_the_lead_batch_takes_the_same_limit(db_factory) -> None:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        conn.execute("update private.duplicate_check_limits set burst = 2, burst_seconds = 3600")
        conn.commit()
    with company.connect("sp_e1b") as conn:
        assert outcome(conn, BATCH, ("lead", ["甲"] * 1001, [None] * 1001)).ok  # two units
        got = outcome(conn, BATCH, ("lead", ["乙"], [None]))
        single = outcome(conn, "select * from api.customer_duplicates('任何公司')")
    assert (got.sqlstate, single.sqlstate) == ("SD007", "SD007")

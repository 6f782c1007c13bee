"""Import of customers (with a contact each) and leads from CSV/XLSX (issue 15 section 5): reading
(encodings, empty rows, formula-looking cells), the form's rules per row, duplicates in the file, in
my sight and company-wide through the batched duplicate check and its limit, the all-or-nothing
commit owned by the importer, and the error workbook."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from salesdesk.db.session import Database
from salesdesk.services.errors import DomainError, DuplicateCheckLimitError
from salesdesk.services.import_kinds import KINDS, guess_mapping, remembered_from
from salesdesk.services.import_report_xlsx import write_error_workbook
from salesdesk.services.record_import import (
    IN_COMPANY,
    IN_MY_RECORDS,
    NOT_IN_LIST,
    SAME_IN_FILE,
    ImportCancelled,
    check_rows,
    import_rows,
)
from salesdesk.services.sheet_reader import NOT_TEXT, Sheet, SheetError, parse_csv, read_sheet
from tests.factories import Company, build_small_company
from tests.rls_support import outcome
from tests.test_duplicates import checks_of, set_limits

CUSTOMER = KINDS["customer"]
LEAD = KINDS["lead"]
HEADER = "客户名称,级别,电话,信用额度,联系人,手机,备注\n"


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """A company of this module's own: imports add customers and leads."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        company.add_lead(conn, "已有线索公司", owner="sp_e1a")
        conn.execute("update private.duplicate_check_limits set burst = 1000, daily = 100000")
        conn.commit()
    return company


def sheet_of(text: str, encoding: str = "utf-8") -> Sheet:
    return parse_csv(text.encode(encoding), "test.csv")


def customers_named(co: Company, prefix: str) -> list[tuple]:
    with co.admin() as conn:
        return conn.execute(
            "select c.name, e.login, c.level, c.credit_limit, k.name, k.mobile, k.is_primary "
            "from sales.customers c join sales.employees e on e.id = c.owner_id "
            "left join sales.contacts k on k.customer_id = c.id where c.name like %s order by c.name",
            (prefix + "%",)).fetchall()


# -- reading -------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_utf8_with_and_without_bom_and_in_gbk_reads_the_same(encoding: str) -> None:
    row = "上海华东贸易有限公司,A,021-66668888,5000,李经理,13800138000,老客户\n"
    sheet = sheet_of(HEADER + row, encoding)
    assert sheet.headers[0] == "客户名称"  # a BOM is not part of the first header
    assert sheet.rows == [(2, ["上海华东贸易有限公司", "A", "021-66668888", "5000", "李经理", "13800138000",
                               "老客户"])]
    assert sheet.encoding == ("gb18030" if encoding.startswith("gb") else "utf-8")


@pytest.mark.parametrize("raw", ["客户名称\n测试\n".encode("utf-16"), b"name\ncaf\xe9,\xff\n"])
def test_a_file_in_another_encoding_is_refused_with_a_clear_message(raw: bytes) -> None:
    with pytest.raises(SheetError) as refused:
        parse_csv(raw, "export.csv")
    assert refused.value.message == NOT_TEXT and refused.value.params == {"file": "export.csv"}


def test_empty_rows_are_skipped_and_rows_keep_their_number_in_the_file() -> None:
    sheet = sheet_of(HEADER + ",,,,,,\n\n甲公司,A,,,,,\n  ,  ,,,,,\n乙公司,B,,,,,\n")
    assert [(n, cells[0]) for n, cells in sheet.rows] == [(4, "甲公司"), (6, "乙公司")]


def test_formula_looking_cells_are_data_in_csv_and_in_xlsx(tmp_path: Path) -> None:
    csv_sheet = sheet_of('客户名称,备注\n"=HYPERLINK(""http://x"")",+1\n@SUM(A1),-2\n')
    assert [cells for _, cells in csv_sheet.rows] == [['=HYPERLINK("http://x")', "+1"], ["@SUM(A1)", "-2"]]
    book = Workbook()
    sheet = book.active
    sheet.append(["客户名称", "电话"])
    sheet.append(["=1+1", 2166668888.0])  # a formula cell, a phone typed as a number
    book.save(tmp_path / "f.xlsx")
    read = read_sheet(tmp_path / "f.xlsx")
    assert read.rows == [(2, ["=1+1", "2166668888"])]


def test_headers_in_chinese_and_english_are_guessed_and_a_remembered_mapping_wins() -> None:
    headers = ["客户名称", "Level", "电话", "信用额度", "联系人", "手机", "备注", "无关列"]
    guessed = guess_mapping(CUSTOMER, headers)
    assert guessed == ["name", "level", "phone", "credit_limit", "contact_name", "contact_mobile", "notes",
                       None]
    mine = guessed[:7] + ["industry"]
    assert guess_mapping(CUSTOMER, headers, remembered_from(headers, mine))[7] == "industry"
    lead = guess_mapping(LEAD, ["公司名称", "Contact Name", "E-mail"])
    assert lead == ["company_name", "contact_name", "email"]


# -- checking ------------------------------------------------------------------

def test_wrong_types_get_one_message_per_bad_field_with_the_forms_rules(co: Company) -> None:
    sheet = sheet_of(HEADER + "类型错误公司,Z,12ab,很多,,1380013800,\n,A,,,,,\n")
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        preview = check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
    finally:
        db.close()
    assert not preview.ok
    first, second = preview.rows
    problems = {p.column: p.problem for p in first.problems}
    # level, phone, credit limit, mobile, and the contact's name (a mobile without a contact)
    assert set(problems) == {1, 2, 3, 4, 5}
    assert problems[1].message == "Choose a level from A to D."
    assert problems[5].message.startswith("Enter a mobile number")
    assert problems[4].message == "This field is required."
    assert first.status == "error"
    assert [p.problem.message for p in second.problems] == ["This field is required."] \
        and second.problems[0].column == 0


def test_duplicates_in_the_file_in_my_sight_and_company_wide(co: Company) -> None:
    # sp_e1a sees 'sp_e1a客户1' (own) and cannot see 'sp_e1b客户2' (a peer's)
    sheet = sheet_of(HEADER + "新公司甲,A,021-61110001,,,,\n新公司甲,B,,,,,\n别名公司,C,021-61110001,,,,\n"
                     "sp_e1a客户1,A,,,,,\nsp_e1b客户2,A,,,,,\n")
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        before = checks_of(co, "sp_e1a")
        preview = check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
    finally:
        db.close()
    said = {r.number: [(p.problem.message, dict(p.problem.params or {})) for p in r.problems]
            for r in preview.rows}
    assert said == {2: [], 3: [(SAME_IN_FILE, {"row": 2})], 4: [(SAME_IN_FILE, {"row": 2})],
                    5: [(IN_MY_RECORDS, {})], 6: [(IN_COMPANY, {})]}
    assert [r.status for r in preview.rows] == ["ok", "duplicate", "duplicate", "duplicate", "duplicate"]
    assert checks_of(co, "sp_e1a") == before + 1  # one batch, one check against the limit
    with co.admin() as conn:  # and every name asked is logged, as the single check logs it
        logged = conn.execute("select name, matches, hidden from sales.lookup_log where actor_id = %s "
                              "and name in ('新公司甲', 'sp_e1b客户2')", (co.people["sp_e1a"],)).fetchall()
    assert sorted(logged) == [("sp_e1b客户2", 1, 1), ("新公司甲", 0, 0)]


def test_the_batch_tells_only_that_a_duplicate_exists(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        cols = conn.execute("select * from api.customer_duplicates_batch(array['sp_e1b客户2'], array[null])")
        assert [d.name for d in cols.description] == ["ord", "in_sight"]
        assert cols.fetchall() == [(1, False)]


def test_the_batch_counts_against_the_duplicate_check_limit(co: Company, db_factory) -> None:
    company = build_small_company(db_factory())
    set_limits(company, burst=2)
    rows = "".join(f"限额公司{i},A,,,,,\n" for i in range(2500))  # three units of 1,000 rows
    sheet = sheet_of(HEADER + rows)
    db = Database.connect(company.url_for("sp_e1b"))
    try:
        with pytest.raises(DuplicateCheckLimitError) as limited:
            check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
    finally:
        db.close()
    assert limited.value.retry_after and limited.value.retry_after > 0
    with company.connect("sp_e1b") as conn:  # the single check is used up as well
        assert outcome(conn, "select * from api.customer_duplicates('任何公司')").sqlstate == "SD007"


def test_leads_check_the_source_list_and_the_leads_in_my_sight(co: Company) -> None:
    sheet = sheet_of("公司名称,联系人,来源\n已有线索公司,王五,\n新线索公司,赵六,不存在的来源\n")
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        preview = check_rows(db, LEAD, sheet, guess_mapping(LEAD, sheet.headers))
    finally:
        db.close()
    first, second = preview.rows
    assert [p.problem.message for p in first.problems] == [IN_MY_RECORDS]
    assert [(p.column, p.problem.message) for p in second.problems] == [(2, NOT_IN_LIST)]


# -- writing -------------------------------------------------------------------

def test_a_clean_file_is_imported_owned_by_the_importer_with_its_contacts(co: Company) -> None:
    sheet = sheet_of(HEADER + "导入甲公司,a,（021）6111 0002,6.5万,李经理,138 0013 8001,\n"
                     "导入乙公司,B,,,,,\n", "gbk")
    db = Database.connect(co.url_for("sup_e1"))
    try:
        preview = check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
        assert preview.ok
        assert import_rows(db, preview) == 2
    finally:
        db.close()
    rows = customers_named(co, "导入")
    assert [(r[0], r[1], r[2], str(r[3]), r[4], r[6]) for r in rows] == [
        ("导入乙公司", co.login("sup_e1"), "B", "0.00", None, None),
        ("导入甲公司", co.login("sup_e1"), "A", "65000.00", "李经理", True)]


def test_one_refused_row_and_nothing_is_written(co: Company, tmp_path: Path) -> None:
    sheet = sheet_of(HEADER + "全无甲公司,A,,,,,\n全无乙公司,B,,,,,\n")
    db = Database.connect(co.url_for("sp_e1b"))
    try:
        preview = check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
        preview.rows[1].values["level"] = "Z"  # past the client's rules: the database refuses
        with pytest.raises(DomainError):
            import_rows(db, preview)
    finally:
        db.close()
    assert customers_named(co, "全无") == []
    assert preview.rows[1].problems and preview.rows[1].problems[0].column is None
    lines = write_error_workbook(preview, tmp_path / "errors.xlsx")
    assert lines == 1


def test_nobody_imports_into_another_persons_scope(co: Company) -> None:
    with co.connect("sp_e1a") as conn:
        for field in ("owner_id", "pool_id"):
            rows = f'[{{"row": 2, "values": {{"name": "越权公司", "{field}": {co.people["sp_e1b"]}}}}}]'
            refused = outcome(conn, "select api.record_import('customer', %s::jsonb)", (rows,))
            assert (refused.ok, refused.sqlstate) == (False, "SD005")
        other = outcome(conn, "select api.record_import('followup', '[]'::jsonb)")
        assert (other.ok, other.sqlstate) == (False, "SD005")
    assert customers_named(co, "越权") == []


def test_the_error_workbook_lists_each_problem_with_the_original_row_as_text(co: Company) -> None:
    sheet = sheet_of(HEADER + "=HYPERLINK(\"x\"),Z,,,,,\n")
    db = Database.connect(co.url_for("sp_e1a"))
    try:
        preview = check_rows(db, CUSTOMER, sheet, guess_mapping(CUSTOMER, sheet.headers))
    finally:
        db.close()
    out = io.BytesIO()
    assert write_error_workbook(preview, out, lambda _c, s: "译:" + s) == 1
    ws = load_workbook(io.BytesIO(out.getvalue())).active
    assert [c.value for c in ws[1]][:4] == ["译:Row", "译:Column", "译:What to fix", "客户名称"]
    line = [c.value for c in ws[2]]
    assert line[:3] == ["2", "级别", "译:Choose a level from A to D."]
    assert line[3] == '=HYPERLINK("x")' and ws.cell(2, 4).data_type == "s"  # data, not a formula


TEN_THOUSAND = {  # (kind, header, one row): what the import's timing is measured on
    "customers with a contact": (CUSTOMER, HEADER,
                                 "万行公司{i:05d},B,021-7{i:07d},1000,联系人{i},139{i:08d},\n"),
    "customers": (CUSTOMER, "客户名称,级别,电话,信用额度\n", "万行客户{i:05d},B,021-8{i:07d},1000\n"),
    "leads": (LEAD, "公司名称,联系人,手机\n", "万行线索{i:05d},张{i},137{i:08d}\n"),
}


@pytest.mark.parametrize("case", TEN_THOUSAND)
def test_ten_thousand_rows_are_checked_and_imported(co: Company, case: str) -> None:
    kind, header, row = TEN_THOUSAND[case]
    sheet = sheet_of(header + "".join(row.format(i=i) for i in range(10000)))
    db = Database.connect(co.url_for("sp_e2a"))
    try:
        started = time.perf_counter()
        preview = check_rows(db, kind, sheet, guess_mapping(kind, sheet.headers))
        checked = time.perf_counter()
        assert preview.ok, preview.rejected[:3]
        assert import_rows(db, preview) == 10000
        done = time.perf_counter()
    finally:
        db.close()
    print(f"\n10k {case}: check {checked - started:.2f} s, import {done - checked:.2f} s")
    prefix = row[:4]
    with co.admin() as conn:
        table = "sales.leads" if kind is LEAD else "sales.customers"
        name = "company_name" if kind is LEAD else "name"
        n = conn.execute(f"select count(*), count(distinct owner_id) from {table} "
                         f"where {name} like %s", (prefix + "%",)).fetchone()
        contacts = conn.execute("select count(*) from sales.contacts k join sales.customers c "
                                "on c.id = k.customer_id where c.name like %s", (prefix + "%",)).fetchone()
    assert n == (10000, 1) and contacts == ((10000,) if "contact" in case else (0,))


def test_cancel_stops_the_check_and_the_import_with_nothing_written(co: Company) -> None:
    rows = "".join(f"取消公司{i:04d},B,,,,,\n" for i in range(1500))  # two chunks of 1,000
    sheet = sheet_of(HEADER + rows)
    db = Database.connect(co.url_for("sp_e1b"))
    try:
        mapping = guess_mapping(CUSTOMER, sheet.headers)
        with pytest.raises(ImportCancelled):
            check_rows(db, CUSTOMER, sheet, mapping, cancelled=lambda: True)
        preview = check_rows(db, CUSTOMER, sheet, mapping)
        assert preview.ok
        seen: list[int] = []
        with pytest.raises(ImportCancelled):  # cancelled after the first chunk was sent
            import_rows(db, preview, progress=lambda done, _total: seen.append(done),
                        cancelled=lambda: bool(seen))
    finally:
        db.close()
    assert seen == [0] and customers_named(co, "取消公司") == []  # the first chunk went with the rollback

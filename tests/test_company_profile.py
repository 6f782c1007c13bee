"""The company's own details (sql/0025) on a real database: every employee reads them, only
maintain_company_profile writes them, the tax number's check character is checked by the database
as by the client, and the exported quote carries the company's name and tax number."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.services import company_profile
from salesdesk.services.deal_documents import QuoteRequest, deal_quote
from salesdesk.services.document_xlsx import write_xlsx
from salesdesk.services.errors import (
    BAD_TAX_NUMBER,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from salesdesk.services.trade_documents import Party
from salesdesk.services.tx import transaction
from salesdesk.services.validation import CREDIT_CODE_CHARS, credit_code_check, valid_credit_code
from salesdesk.ui.document_pdf import write_pdf
from salesdesk.ui.i18n import install_language
from tests.factories import Company
from tests.test_deal_documents import make_deal

TAX = "91350100M000100Y43"  # the example of GB 32100-2015
DETAILS = {"legal_name": "华东精密机械有限公司", "short_name": "华东精密",
           "address": "上海市浦东新区张江路 88 号", "phone": "（021）6000 1234",
           "tax_number": "9135 0100 m000 100y 43", "bank_name": "中国工商银行上海张江支行",
           "bank_account": "1001 2345 6789 0123 456", "website": "www.hdjm.example.cn"}


@pytest.fixture
def dbs(fresh_company: Company) -> Iterator[dict[str, Database]]:
    keys = ("admin", "mgr_e", "sp_e1a", "sp_n1a")
    opened = {key: Database.connect(fresh_company.url_for(key)) for key in keys}
    yield opened
    for db in opened.values():
        db.close()


def test_every_employee_reads_the_details_once_entered(dbs: dict[str, Database]) -> None:
    assert company_profile.get_profile(dbs["sp_e1a"]) is None
    saved = company_profile.save_profile(dbs["admin"], None, DETAILS)
    assert (saved.tax_number, saved.phone, saved.version) == (TAX, "(021)6000 1234", 1)
    for key in ("mgr_e", "sp_e1a"):
        seen = company_profile.get_profile(dbs[key])
        assert seen is not None
        assert (seen.legal_name, seen.tax_number, seen.bank) == (
            "华东精密机械有限公司", TAX, "中国工商银行上海张江支行 1001 2345 6789 0123 456")
        assert seen.can_edit is False and seen.updated_by_name
    assert company_profile.get_profile(dbs["admin"]).can_edit is True  # type: ignore[union-attr]


def test_only_maintain_company_profile_writes_them(fresh_company: Company, dbs: dict[str, Database]) -> None:
    with pytest.raises(PermissionDeniedError):  # nothing entered yet: a salesperson cannot enter it
        company_profile.save_profile(dbs["sp_e1a"], None, {"legal_name": "冒名公司"})
    saved = company_profile.save_profile(dbs["admin"], None, DETAILS)
    with pytest.raises(PermissionDeniedError):
        company_profile.save_profile(dbs["sp_e1a"], saved.version, {"legal_name": "冒名公司"})
    company_profile.save_profile(dbs["admin"], saved.version, {"short_name": "甲"})
    with pytest.raises(ConflictError):  # saving over a version someone has replaced meanwhile
        company_profile.save_profile(dbs["admin"], saved.version, {"short_name": "乙"})
    # the table itself is out of reach: only the api schema is
    with psycopg.connect(fresh_company.url_for("sp_e1a")) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("update sales.company_profile set legal_name = '冒名公司'")
    with fresh_company.admin() as admin:
        row = admin.execute("select legal_name, short_name, c.relrowsecurity, c.relforcerowsecurity "
                            "from sales.company_profile, pg_class c "
                            "where c.oid = 'sales.company_profile'::regclass").fetchone()
        granted = admin.execute("select exists (select 1 from sales.position_permissions pp "
                                "join sales.positions p on p.id = pp.position_id "
                                "where p.code = 'admin' and pp.permission = 'maintain_company_profile')"
                                ).fetchone()
    assert row == ("华东精密机械有限公司", "甲", True, True) and granted == (True,)


def test_the_database_refuses_a_wrong_check_character_with_the_clients_message(
        dbs: dict[str, Database], qapp) -> None:  # noqa: ANN001
    wrong = TAX[:17] + "4"
    assert not valid_credit_code(wrong)
    with pytest.raises(ValidationError) as client:
        company_profile.save_profile(dbs["admin"], None, {**DETAILS, "tax_number": wrong})
    with pytest.raises(ValidationError) as server, transaction(dbs["admin"]) as session:  # past the client
        session.execute(text("select api.company_profile_save(null, cast(:v as jsonb))"),
                        {"v": json.dumps({"legal_name": "甲公司", "tax_number": wrong})})
    assert client.value.fields["tax_number"].message == BAD_TAX_NUMBER
    assert server.value.fields["tax_number"].message == BAD_TAX_NUMBER
    install_language("zh_CN")
    try:
        shown = server.value.fields["tax_number"].text(QCoreApplication.translate)
    finally:
        install_language("en")
    assert "统一社会信用代码" in shown and "Enter" not in shown


def test_the_database_and_the_client_agree_on_the_check_character(fresh_company: Company) -> None:
    rng = random.Random(32100)
    codes = []
    for _ in range(300):
        first = "".join([rng.choice(CREDIT_CODE_CHARS) for _ in range(2)]
                        + [rng.choice("0123456789") for _ in range(6)]
                        + [rng.choice(CREDIT_CODE_CHARS) for _ in range(9)])
        last = credit_code_check(first) if rng.random() < 0.5 else rng.choice(CREDIT_CODE_CHARS)
        codes.append(first + last)
    codes += [TAX, "91350100M000100Y4", "91350100M000100YI3", "9135010OM000100Y43"]
    with fresh_company.admin() as admin:
        found = [r[0] for r in admin.execute("select private.valid_credit_code(c) from unnest(%s::text[]) c",
                                             (codes,))]
    assert found == [valid_credit_code(c) for c in codes]
    assert 100 < sum(found) < 200


@pytest.mark.gui
def test_the_exported_quote_carries_the_companys_details(
        fresh_company: Company, dbs: dict[str, Database], tmp_path: Path, qapp) -> None:  # noqa: ANN001
    deal = make_deal(fresh_company, dbs["sp_e1a"])
    request = QuoteRequest(Party("连接名称"), date(2026, 12, 5))
    assert deal_quote(dbs["sp_e1a"], deal, request).seller == Party("连接名称")  # nothing entered yet
    company_profile.save_profile(dbs["admin"], None, DETAILS)
    doc = deal_quote(dbs["sp_n1a"], deal, request)  # a team member in another region quotes it too
    assert (doc.seller.name, doc.seller.tax_number, doc.seller.phone) == (
        "华东精密机械有限公司", TAX, "(021)6000 1234")
    write_xlsx(doc, tmp_path / "q.xlsx")
    sheet = load_workbook(tmp_path / "q.xlsx").active
    assert sheet["A1"].value == "华东精密机械有限公司"
    assert "Tax number: " + TAX in sheet["A2"].value and "1001 2345 6789 0123 456" in sheet["A2"].value
    install_language("zh_CN")
    try:
        write_pdf(doc, tmp_path / "q.pdf", QCoreApplication.translate)
    finally:
        install_language("en")
    text = " ".join(pypdfium2.PdfDocument(tmp_path / "q.pdf")[0].get_textpage().get_text_range().split())
    assert text.startswith("华东精密机械有限公司 上海市浦东新区张江路 88 号")
    assert "税号：" + TAX in text and "开户行：中国工商银行上海张江支行" in text

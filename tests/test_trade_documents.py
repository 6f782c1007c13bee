"""The document model's money rule and its Excel writer, read back with openpyxl and opened by
LibreOffice (headless, converted to PDF) as the check that the workbook is valid."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.services.document_xlsx import write_xlsx
from salesdesk.services.money_words import CapitalAmountError
from salesdesk.services.trade_documents import (
    QUOTE,
    DocumentLine,
    Party,
    TradeDocument,
    line_amount,
    line_tax,
)

D = Decimal


def sample(lines: tuple[DocumentLine, ...] | None = None) -> TradeDocument:
    return TradeDocument(
        kind=QUOTE, number="BJ-20261205-7", issued_on=date(2026, 12, 5),
        seller=Party("华东精密机械有限公司", "上海市浦东新区张江路 88 号", "021-5080 1234"),
        buyer=Party("杭州青禾科技有限公司", "杭州市西湖区文三路 1 号", None, "王丽", "138 0000 1234"),
        lines=lines if lines is not None else (
            DocumentLine("P-001", "工业传感器", "量程 0–10 MPa", "台", D("3.000"), D("1409.50"), D("5.00"),
                         D("0.1300")),
            DocumentLine("00123", "安装服务", None, "次", D("1"), D("6007.14"), D("0"), D("0.0600"))),
        subject="传感器升级项目", valid_until=date(2027, 1, 4), seller_signatory="张伟")


def test_line_amount_and_tax_round_half_up_to_the_fen_like_the_database() -> None:
    assert line_amount(D("3"), D("1409.50"), D("5")) == D("4017.08")  # 4017.075
    assert line_amount(D("1"), D("0.25"), D("2")) == D("0.25")  # 0.245: half up, not to even
    assert line_tax(D("0.50"), D("0.1300")) == D("0.07")  # 0.065
    # exact before the rounding, as numeric is, even where Decimal's default 28 digits round first
    # (…492.765 there, …492.7649… exactly; only beyond the columns' range, but the rule is the rule)
    assert line_amount(D("68679970648.224"), D("866773401357.43"), D("34.32")) == D(
        "39099285454522671545492.76")


def test_totals_sum_the_rounded_line_taxes() -> None:
    lines = tuple(DocumentLine(f"C{i}", "件", None, None, D("1"), D("0.50"), D("0"), D("0.1300"))
                  for i in range(3))
    doc = sample(lines)
    # each line's tax 0.065 -> 0.07, summed 0.21 (tax on the subtotal would be 0.195 -> 0.20)
    assert (doc.subtotal, doc.tax, doc.total) == (D("1.50"), D("0.21"), D("1.71"))
    assert doc.capital == "人民币壹元柒角壹分"
    doc = sample()
    assert (doc.subtotal, doc.tax, doc.total) == (D("10024.22"), D("882.65"), D("10906.87"))
    assert doc.capital == "人民币壹万零玖佰零陆元捌角柒分"


def test_a_given_line_amount_is_checked_and_floats_are_refused() -> None:
    ok = DocumentLine("A", "x", None, None, D("3"), D("1409.50"), D("5"), D("0.13"), amount=D("4017.08"))
    assert ok.net == D("4017.08")
    with pytest.raises(ValueError, match="not the rule's 4017.08"):
        DocumentLine("A", "x", None, None, D("3"), D("1409.50"), D("5"), D("0.13"), amount=D("4017.07"))
    with pytest.raises(TypeError, match="unit_price must be a Decimal"):
        DocumentLine("A", "x", None, None, D("3"), 1409.5, D("5"), D("0.13"))  # type: ignore[arg-type]


def test_a_total_beyond_the_capitals_says_so() -> None:
    huge = (DocumentLine("A", "x", None, None, D("99999999999.999"), D("99.99"), D("0"), D("0")),)
    with pytest.raises(CapitalAmountError, match="too large"):
        _ = sample(huge).capital


def write(tmp_path: Path) -> Path:
    path = tmp_path / "quote.xlsx"
    write_xlsx(sample(), path)
    return path


def test_the_workbook_has_typed_cells_and_a_print_setup(tmp_path: Path) -> None:
    path = write(tmp_path)
    sheet = load_workbook(path).active
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    header = cells["Product code"].row
    code, name, quantity, price = (sheet.cell(header + 1, col) for col in (2, 3, 6, 7))
    assert (code.value, code.data_type, code.number_format) == ("P-001", "s", "@")
    assert sheet.cell(header + 2, 2).value == "00123"  # a code stays text, its zeros kept
    assert name.value == "工业传感器"
    assert quantity.data_type == "n" and quantity.value == 3
    assert price.data_type == "n" and price.number_format == '"¥"#,##0.00'
    discount, rate, amount = (sheet.cell(header + 1, col) for col in (8, 9, 10))
    assert (discount.value, discount.number_format) == (0.05, "0%")
    assert (rate.value, rate.number_format) == (0.13, "0%")
    assert amount.data_type == "n"
    totals = [sheet.cell(header + 3 + i, 10) for i in range(3)]
    assert [c.value for c in totals] == [10024.22, 882.65, 10906.87]
    assert all(c.number_format == '"¥"#,##0.00' for c in totals)
    dated = cells[datetime(2026, 12, 5)]
    assert dated.is_date and dated.number_format == "yyyy-mm-dd"
    assert cells[datetime(2027, 1, 4)].is_date
    assert "人民币壹万零玖佰零陆元捌角柒分" in cells
    expected = {"Quotation", "杭州青禾科技有限公司", "Seller: 华东精密机械有限公司", "Representative: 张伟"}
    assert expected <= set(cells)
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.print_title_rows == f"${header}:${header}"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("portrait", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["C"].width == 26


def test_the_decimals_go_into_the_file_as_written(tmp_path: Path) -> None:
    """openpyxl reads numbers back as floats; the file itself holds the Decimal's digits."""
    with zipfile.ZipFile(write(tmp_path)) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    for digits in ("<v>1409.50</v>", "<v>4017.08</v>", "<v>10906.87</v>", "<v>0.1300</v>", "<v>3.000</v>"):
        assert digits in xml


def test_libreoffice_opens_the_workbook_and_prints_it(tmp_path: Path) -> None:
    """The check that the workbook is valid beyond openpyxl: LibreOffice (installed by
    installer/bootstrap.py for the tests) converts it to PDF, which holds the capital amount."""
    import pypdfium2

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: python3 installer/bootstrap.py test installs it"
    path = write(tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: parallel runs do not collide
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
               str(tmp_path), str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "quote.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1  # fitted to one page's width, nine lines fit on one page
    found = document[0].get_textpage().get_text_range()
    assert "人民币壹万零玖佰零陆元捌角柒分" in found and "10,906.87" in found

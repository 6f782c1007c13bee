"""The typed table writer (reports/table_writer.py): XLSX and CSV read back with openpyxl, and opened
by LibreOffice headless — the cells a spreadsheet would take for formulas stay text in both."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zipfile import ZipFile

import pytest
from openpyxl import load_workbook

from salesdesk.reports.table_writer import ColumnSpec, TableWriter, TypedSheet, XlsxBook, text_width

COLUMNS = [ColumnSpec("客户名称"), ColumnSpec("Amount", "money"), ColumnSpec("Share", "percent"),
           ColumnSpec("Signed", "date"), ColumnSpec("Updated", "datetime"), ColumnSpec("Phone", "phone"),
           ColumnSpec("Id", "id"), ColumnSpec("Deals", "int")]
UPDATED = datetime(2026, 3, 31, 9, 30, tzinfo=UTC)
ROWS = [
    ("上海申达有限公司", Decimal("1234.565"), Decimal("12.5"), date(2026, 3, 1), UPDATED, "+8613800138000",
     123456789012345678, 3),
    ("=1+2", Decimal("-60"), None, None, None, "0571-88001234", 7, 0),
    ("+SUM(A1:A2)", Decimal("0.005"), Decimal("100"), date(2026, 3, 2), UPDATED, "@1", 8, -4),
    ("-2+3", None, Decimal("0"), None, None, None, None, None),
    ("@SUM(1)", Decimal("1E+3"), None, None, None, "", 9, 1),
]
INJECTED = ["=1+2", "+SUM(A1:A2)", "-2+3", "@SUM(1)"]


def write(path: Path, rows: list[tuple] = ROWS) -> Path:
    with TableWriter(path, COLUMNS) as out:
        out.write_rows(rows)
    return path


def test_xlsx_cells_are_typed_and_the_sheet_is_laid_out(tmp_path: Path) -> None:
    book = load_workbook(write(tmp_path / "list.xlsx"))
    sheet = book.active
    assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS] and sheet["A1"].font.b
    first = [c for c in sheet[2]]
    assert first[0].value == "上海申达有限公司" and first[0].data_type == "s"
    assert first[1].value == pytest.approx(1234.57) and first[1].data_type == "n"  # half up to the fen
    assert "¥" in first[1].number_format
    assert first[2].value == pytest.approx(0.125) and first[2].number_format == "0.0%"
    assert first[3].value == datetime(2026, 3, 1) and first[3].number_format == "yyyy-mm-dd"
    assert first[4].value == UPDATED.astimezone().replace(tzinfo=None) and first[4].is_date
    assert first[5].value == "+8613800138000" and first[5].data_type == "s"  # a phone keeps its "+"
    assert first[6].value == "123456789012345678" and first[6].data_type == "s"  # every digit of a long id
    assert first[7].value == 3 and first[7].data_type == "n"
    assert sheet["B3"].value == -60 and sheet["B4"].value == pytest.approx(0.01)
    assert sheet["H4"].value == -4  # a negative number stays a number
    assert sheet["F6"].value is None and sheet["B5"].value is None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H6"
    assert sheet.column_dimensions["A"].width >= text_width("上海申达有限公司") == 16


def test_xlsx_never_holds_a_formula(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path / "list.xlsx")).active
    names = [sheet.cell(row, 1) for row in range(3, 7)]
    assert [c.value for c in names] == INJECTED
    assert all(c.data_type == "s" and c.quotePrefix for c in names)  # text, as Excel marks typed "'=…"
    assert sheet["F4"].value == "@1" and sheet["F4"].quotePrefix


def test_csv_is_utf8_with_bom_and_defuses_formulas(tmp_path: Path) -> None:
    path = write(tmp_path / "list.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "上海申达有限公司".encode() in raw
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [c.title for c in COLUMNS]
    assert rows[1] == ["上海申达有限公司", "1234.57", "0.125", "2026-03-01",
                       UPDATED.astimezone().strftime("%Y-%m-%d %H:%M"), "'+8613800138000",
                       "123456789012345678", "3"]
    assert [r[0] for r in rows[2:]] == ["'" + t for t in INJECTED]  # the rule: a leading apostrophe
    assert rows[2][1] == "-60.00" and rows[3][7] == "-4"  # numbers are not touched


def libreoffice(tmp_path: Path, source: Path, to: str, infilter: str | None = None) -> Path:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is missing: python3 installer/bootstrap.py test installs it"
    out = tmp_path / "lo-out"
    command = [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
               *([f"--infilter={infilter}"] if infilter else []), "--convert-to", to, "--outdir", str(out),
               str(source)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    converted = out / (source.stem + "." + to.split(":")[0])
    assert result.returncode == 0 and converted.exists(), result.stderr
    return converted


def test_libreoffice_reads_both_files_without_evaluating_anything(tmp_path: Path) -> None:
    """LibreOffice evaluates "=1+2" in a CSV it imports (checked: a bare one comes back as a formula);
    ours come back as text. The XLSX, saved again by LibreOffice as CSV, still says "=1+2", not 3."""
    from_csv = libreoffice(tmp_path, write(tmp_path / "list.csv"), "xlsx", "CSV:44,34,76,1")
    sheet = load_workbook(from_csv).active
    assert sheet["A2"].value == "上海申达有限公司" and sheet["B2"].value == pytest.approx(1234.57)
    assert all(sheet.cell(row, 1).data_type == "s" for row in range(3, 7))
    assert [sheet.cell(row, 1).value for row in range(3, 7)] == ["'" + t for t in INJECTED]
    as_csv = libreoffice(tmp_path, write(tmp_path / "list.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,76")
    with as_csv.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert [r[0] for r in rows[2:]] == INJECTED
    assert rows[1][0] == "上海申达有限公司" and rows[1][6] == "123456789012345678"


def test_a_file_is_in_place_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(RuntimeError), TableWriter(target, COLUMNS) as out:
        out.write(ROWS[0])
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"the previous export"  # untouched, and no partial file beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]
    write(target)
    assert load_workbook(target).active.max_row == len(ROWS) + 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_an_empty_list_is_a_header_row(tmp_path: Path) -> None:
    sheet = load_workbook(write(tmp_path / "empty.xlsx", [])).active
    assert sheet.max_row == 1 and sheet["A1"].value == "客户名称" and sheet.auto_filter.ref == "A1:H1"


def test_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError):
        ColumnSpec("x", "float")


def sheet_xml(path: Path) -> str:
    with ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_money_holds_the_decimals_digits_not_a_floats(tmp_path: Path) -> None:
    """0.07 as a float is 0.07000000000000001 (what the list export wrote); the cell holds 0.07."""
    columns = [ColumnSpec("Amount", "money"), ColumnSpec("Count", "decimal"), ColumnSpec("Share", "percent")]
    with TableWriter(tmp_path / "m.xlsx", columns) as out:
        out.write([Decimal("0.07"), Decimal("2.5"), Decimal("7")])
    xml = sheet_xml(tmp_path / "m.xlsx")
    assert re.search('<c r="A2" s="[0-9]+"><v>0.07</v></c>', xml), xml
    assert "<v>2.5</v>" in xml and "<v>0.07</v></c></row>" in xml  # 7 % is the fraction 0.07


RICH_LOOKALIKE = '<r><t>x</t></r></is></c><c r="B2"><f>1+1</f></c><c r="C2" t="inlineStr"><is><r><t>y</t></r>'


def test_a_text_like_rich_xml_stays_text(tmp_path: Path) -> None:
    """XlsxWriter writes an inline text "<r>…</r>" as raw XML (its rich-string shortcut): a customer
    named like this put a formula cell =1+1 into the list export. Now it is text, both ways."""
    with TableWriter(tmp_path / "r.xlsx", [ColumnSpec("Name"), ColumnSpec("Other")]) as out:
        out.write([RICH_LOOKALIKE, None])
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet["A2"].value == RICH_LOOKALIKE and sheet["B2"].value is None
    book = XlsxBook(tmp_path / "cells.xlsx")
    TypedSheet(book, "S", [ColumnSpec("Name")]).write_cells(1, [RICH_LOOKALIKE])
    book.close()
    sheet = load_workbook(tmp_path / "cells.xlsx").active
    assert sheet["A2"].value == RICH_LOOKALIKE and sheet["B2"].value is None


STREAM_COLUMNS = [*COLUMNS, ColumnSpec("Count", "decimal", num_format="#,##0.##"), ColumnSpec("Day", "date")]
STREAM_ROWS = [
    *[(*r, Decimal("2.50"), "2026-03-31T10:00:00+08:00") for r in ROWS],
    (" leading and trailing ", Decimal("999999999999.99"), Decimal("33.333"), date(1900, 2, 28), UPDATED,
     "a & b < c > d", "_x0041_ tab\there", 12, Decimal("-0.5"), None),
    ("line\r\nbreak\x01bell\x1f", Decimal("0"), Decimal("-1"), date(2026, 12, 31), datetime(2026, 1, 1),
     "", "'quoted'", 0, Decimal("1E+3"), date(2026, 1, 2)),
    ("中文\u3000", None, None, None, None, None, None, None, None, None),
    (None,) * 10, ("", "", "", "", "", "", "", "", "", ""),
    (RICH_LOOKALIKE, Decimal("1"), None, None, None, "x" * 40000, None, None, None, None),
]


def test_streamed_rows_are_the_cells_xlsxwriter_writes(tmp_path: Path) -> None:
    """`write` puts a row's XML into the sheet itself (the speed of the monthly report and the list
    export); it is byte for byte what XlsxWriter writes from `write_cells`. Fails when XlsxWriter
    changes how it writes a cell."""
    def book(name: str, streamed: bool) -> bytes:
        path = tmp_path / name
        out = XlsxBook(path, created=datetime(2026, 3, 31, 23, 59, 59), title="t")
        sheet = TypedSheet(out, "S", STREAM_COLUMNS)
        sheet.start(STREAM_ROWS)
        for n, row in enumerate(STREAM_ROWS, start=1):
            (sheet.write if streamed else sheet.write_cells)(n, row)
        sheet.autofilter(len(STREAM_ROWS))
        out.close()
        return path.read_bytes()

    streamed, cells = book("streamed.xlsx", True), book("cells.xlsx", False)
    assert streamed == cells
    sheet = load_workbook(io.BytesIO(streamed)).active
    assert sheet["A7"].value == " leading and trailing " and sheet["F7"].value == "a & b < c > d"
    assert sheet["A8"].value == "line_x000D_\nbreakbell"  # the CR escaped as Excel reads it; no bell
    assert sheet["G8"].value == "'quoted'" and sheet["A9"].value == "中文\u3000"
    assert sheet["J2"].value == datetime(2026, 3, 31) and sheet["I2"].value == 2.5
    assert sheet["A12"].value == RICH_LOOKALIKE and len(sheet["F12"].value) == 32767
    assert sheet_xml(tmp_path / "streamed.xlsx").count("<row ") == 10  # the two empty rows are none

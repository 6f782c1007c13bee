"""The monthly workbook (salesdesk/reports/monthly.py) from the real database: typed cells, sheets,
print setup; the same bytes twice and after a correction to a closed month; LibreOffice headless
recalculates every formula to the database's own figures."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.reports.monthly import write_monthly
from salesdesk.services import month_close
from salesdesk.services.month_close import Month
from salesdesk.services.nodes import Node
from tests.factories import Company
from tests.test_month_close import DAY, LAST, MONTH, seed

LIST_TOTALS = {  # sheet -> (section, {column letter: figure key})
    "Contracts": ("contracts", {"F": "amount", "G": "tax_amount", "H": "total_amount"}),
    "Payments": ("payments", {"F": "amount"}),
    "Receivables": ("receivables", {"E": "total_amount", "F": "received", "G": "receivable",
                                    "H": "not_due", "I": "d1_30", "J": "d31_60", "K": "d61_90",
                                    "L": "d91_plus", "M": "unplanned"}),
    "Invoices": ("invoices", {"G": "amount", "H": "tax_amount", "I": "total_amount"}),
}


def publish_targets(co: Company) -> None:
    """A published contract-amount target for last month: the company, both regions, EAST's branch
    and a salesperson, with a sprint tier on EAST that its actual reaches."""
    with co.admin() as conn:
        version = co.add_record(conn, "target_version", owner="director", fiscal_year=LAST.year,
                                reason="月结测试")
        first = LAST.replace(day=1)
        for kind, node, tier, value in (
                ("company", None, "target", "100000"), ("unit", co.units["EAST"], "target", "30000"),
                ("unit", co.units["EAST"], "sprint", "20000"), ("unit", co.units["NORTH"], "target", "40000"),
                ("unit", co.units["EAST_B1"], "target", "25000"),
                ("person", co.people["sp_e1a"], "target", "9000")):
            conn.execute("insert into sales.target_values (version_id, node_kind, node_id, month, tier, "
                         "value) values (%s, %s, %s, %s, %s, %s)",
                         (version, kind, node, first, tier, Decimal(value)))
        conn.execute("update sales.target_versions set status = 'published', published_at = now() "
                     "where id = %s", (version,))


@pytest.fixture
def co(fresh_company: Company) -> Company:
    seed(fresh_company)
    publish_targets(fresh_company)
    return fresh_company


def workbook_bytes(month: Month) -> bytes:
    out = io.BytesIO()
    write_monthly(month, out)
    return out.getvalue()


def test_the_workbook_is_typed_printable_and_the_same_twice(co: Company, as_user) -> None:  # noqa: ANN001
    db = as_user("mgr_e")
    node = Node("unit", co.units["EAST"])
    live = month_close.load_month(db, node, MONTH)
    data = workbook_bytes(live)
    assert workbook_bytes(month_close.load_month(db, node, MONTH)) == data
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Month summary", "Rankings", "Contracts", "Payments", "Receivables",
                               "Invoices", "New customers", "Leads converted", "Follow-ups", "Expenses",
                               "Pipeline", "Forecast", "Adjustments"]
    sheet = book["Contracts"]
    rows = list(sheet.iter_rows(min_row=2, max_row=1 + len(live.rows("contracts")), values_only=True))
    assert len(rows) == 2 and {r[0] for r in rows} == {c["number"] for c in live.rows("contracts")}
    assert all(r[4].date() == DAY and r[7] == 12000 for r in rows)
    assert sheet["H2"].number_format == '"¥"#,##0.00' and sheet["B2"].data_type == "s"
    # a contract's title is headed "Contract" (合同), a deal's "Deal" (商机): "Title" is a job title (职务)
    assert sheet["B1"].value == "Contract" and book["Pipeline"]["A1"].value == "Deal"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H3"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    # fit to one page wide, as tall as it takes (fitToWidth's default in the file format is 1)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.print_title_rows == "$1:$1"
    assert f"{MONTH} · 华东大区 · Preliminary" in sheet.oddHeader.center.text
    assert book.properties.modified.date() == LAST
    assert book["Month summary"]._charts and book["Month summary"]["C2"].number_format == '0\\.0000"万"'


def test_a_closed_months_workbook_is_the_same_after_a_correction(co: Company, as_user) -> None:  # noqa: ANN001
    db = as_user("mgr_e")
    node = Node("unit", co.units["EAST"])
    closed = month_close.close_month(db, node, MONTH)
    data = workbook_bytes(closed)
    with co.admin() as conn:
        conn.execute("update sales.contracts set total_amount = 13000, amount = 13000 where id = %s",
                     (co.contracts["sp_e1a月结合同"],))
    again = month_close.load_month(db, node, MONTH)
    assert workbook_bytes(again) == data
    header = load_workbook(io.BytesIO(data))["Month summary"].oddHeader.center.text
    assert "Closed" in header and "李华东" in header


@pytest.fixture
def soffice(tmp_path: Path) -> Iterator[Path]:
    exe = shutil.which("soffice")
    assert exe, "LibreOffice is needed (installer/ci installs it)"
    yield tmp_path


def recalculated(tmp: Path, data: bytes) -> tuple:
    source = tmp / "report.xlsx"
    source.write_bytes(data)
    out = tmp / "out"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(tmp)})
    return load_workbook(source), load_workbook(out / "report.xlsx", data_only=True)


@pytest.mark.parametrize(("who", "kind", "unit"), [("director", "company", None), ("mgr_e", "unit", "EAST")])
def test_libreoffice_recalculates_every_formula_to_the_databases_figures(
        co: Company, as_user, soffice: Path, who: str, kind: str, unit: str | None) -> None:  # noqa: ANN001
    with co.admin() as conn:  # a late payment, so that the receivables and payments have two rows
        co.add_record(conn, "payment", parent=co.contracts["sp_e1a月结合同"], received_on=DAY,
                      amount=Decimal("333.33"), method="cash", status="approved")
    month = month_close.load_month(as_user(who), Node(kind, co.units[unit] if unit else None), MONTH)
    formulas, values = recalculated(soffice, workbook_bytes(month))
    checked = 0
    # the Summary: each row's % is the database's, each total the database's node figure
    groups: list[tuple[dict, list[dict]]] = []
    for r in month.rows("attainment"):
        if r["role"] == "node":
            groups.append((r, []))
        else:
            groups[-1][1].append(r)
    expected: dict[str, object] = {}
    row = 1
    for node, children in groups:
        for r in [node, *children]:
            row += 1
            expected[f"E{row}"] = None if r["percent"] is None else Decimal(r["percent"])
        if children:
            row += 1
            target = sum((Decimal(c["target"] or 0) for c in children), Decimal(0))
            expected[f"C{row}"] = target
            expected[f"D{row}"] = Decimal(node["actual"])  # the children add up to the node
            expected[f"E{row}"] = (Decimal(node["actual"]) * 100 / target).quantize(Decimal("0.1")) \
                if target else None
    summary, summary_values = formulas["Month summary"], values["Month summary"]
    for cells in summary.iter_rows():
        for cell in cells:
            if cell.data_type != "f":
                continue
            got = summary_values[cell.coordinate].value
            want = expected[cell.coordinate]
            if cell.column_letter == "E":
                got = None if got in (None, "") else (Decimal(str(got)) * 100).quantize(Decimal("0.1"))
            else:
                got = Decimal(str(got))
            assert got == want, (cell.coordinate, cell.value)
            checked += 1
    assert any(v is not None for k, v in expected.items() if k.startswith("E"))
    # the list sheets' totals are the database's sums
    for title, (section, columns) in LIST_TOTALS.items():
        rows = month.rows(section)
        total_row = len(rows) + 2
        for letter, key in columns.items():
            cell = formulas[title][f"{letter}{total_row}"]
            assert cell.data_type == "f", (title, cell.coordinate)
            got = Decimal(str(values[title][cell.coordinate].value)).quantize(Decimal("0.01"))
            assert got == sum((Decimal(r[key]) for r in rows), Decimal(0)), (title, key)
            checked += 1
    # the rankings: a RANK formula per person, 1 for the highest actual, and the person's %
    people = {(n["metric_name_en"], c["name"]): None if c["percent"] is None else Decimal(c["percent"])
              for n, cs in groups for c in cs if c["node_kind"] == "person"}
    for cells in formulas["Rankings"].iter_rows(min_row=2):
        if cells[1].data_type == "f":
            rank = values["Rankings"][cells[1].coordinate].value
            actual = values["Rankings"][cells[4].coordinate].value
            block = [values["Rankings"][f"E{c.row}"].value for c in formulas["Rankings"]["A"][1:]
                     if c.value == cells[0].value]
            assert rank == 1 + sum(1 for a in block if a > actual)
            percent = values["Rankings"][cells[5].coordinate].value
            want = people[(cells[0].value, cells[2].value)]
            assert (None if percent in (None, "") else
                    (Decimal(str(percent)) * 100).quantize(Decimal("0.1"))) == want, cells[2].value
            checked += 2
    every = sum(1 for s in formulas for cells in s.iter_rows() for c in cells if c.data_type == "f")
    assert checked == every  # no formula left unchecked



def test_a_cancelled_report_writes_nothing(tmp_path: Path) -> None:
    from salesdesk.reports.monthly import ReportCancelled

    rows = [{"id": i, "title": f"合同{i}", "total_amount": "1.00"} for i in range(2500)]
    month = Month(Node("company"), MONTH, "preliminary", None, None,
                  {"month": MONTH, "last_day": LAST.isoformat(), "node": {"name": "公司"}, "contracts": rows})
    seen: list[tuple[int, int]] = []
    out = tmp_path / "r.xlsx"
    with pytest.raises(ReportCancelled):
        write_monthly(month, out, progress=lambda done, total: seen.append((done, total)) or done < 2000)
    assert seen == [(1000, 2500), (2000, 2500)] and not out.exists()
    write_monthly(month, out, progress=lambda done, total: True)
    assert out.exists()


def test_libreoffice_shows_the_summarys_figures_in_wan(soffice: Path) -> None:
    """123456 shows as 12.3456万: the format escapes its "." with a backslash, which Excel, WPS and
    LibreOffice read; Excel's other escape, "!", LibreOffice showed as is ("100000!.0000万")."""
    node = {"role": "node", "metric": "contract_amount", "metric_name": "合同金额", "measure": "amount",
            "metric_name_en": "Contract amount", "node_kind": "company", "name": None,
            "target": "123456.00", "actual": "24000.00"}
    figures = {"month": MONTH, "last_day": LAST.isoformat(), "node": {"name": "公司"}, "attainment": [node]}
    source = soffice / "wan.xlsx"
    write_monthly(Month(Node("company"), MONTH, "preliminary", None, None, figures), source)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{soffice}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",  # shown
                    "--outdir", str(soffice / "out"), str(source)],
                   check=True, capture_output=True, timeout=120, env={**os.environ, "HOME": str(soffice)})
    shown = (soffice / "out" / "wan.csv").read_text(encoding="utf-8").splitlines()[1].split(",")
    assert shown[2:4] == ["12.3456万", "2.4000万"], shown


def test_every_header_is_said_in_its_translation_context(tmp_path: Path) -> None:
    """Shared words go to the "words" context, all of them: "Whole company" and "Month" (defined after
    words.ALL) came out in English in a Chinese workbook."""
    node = {"role": "node", "metric": "contract_amount", "metric_name": "合同金额", "measure": "amount",
            "metric_name_en": "Contract amount", "node_kind": "company", "name": None,
            "target": None, "actual": "0.00"}
    figures = {"month": MONTH, "last_day": LAST.isoformat(), "node": {"name": "公司"}, "attainment": [node]}
    out = tmp_path / "said.xlsx"
    write_monthly(Month(Node("company"), MONTH, "preliminary", None, None, figures), out,
                  translate=lambda context, source: f"{context}|{source}")
    book = load_workbook(out)
    assert book["monthly_report|Month summary"]["B2"].value == "words|Whole company"
    assert book["monthly_report|Adjustments"]["A1"].value == "words|Month"
    assert book["monthly_report|Month summary"]["C1"].value == "words|Target"
    assert book["monthly_report|Month summary"].column_dimensions["B"].width >= len("words|Whole company")

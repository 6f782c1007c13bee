"""The monthly report's Summary and Rankings sheets: target vs actual per metric for the node and its
children, with the children's totals and every attainment % as Excel formulas (so the figures can
be checked and re-worked in Excel), the tier each reached, and a native bar chart of the first
metric's children."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from salesdesk import words
from salesdesk.reports import monthly as m

if TYPE_CHECKING:
    from salesdesk.reports.monthly import _Writer

HEADERS = (m.Words.METRIC, words.NAME, words.TARGET, m.Words.ACTUAL, m.Words.ATTAINMENT, m.Words.TIER)


def _number(sheet: WriteOnlyWorksheet, value: Any, fmt: str, bold: bool = False) -> WriteOnlyCell:
    cell = m.typed_cell(sheet, value, "count")
    if cell is None:
        cell = WriteOnlyCell(sheet, None)
    cell.number_format = fmt
    if bold:
        cell.font = m.BOLD
    return cell


def _formula(sheet: WriteOnlyWorksheet, text: str, fmt: str, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.number_format = fmt
    if bold:
        cell.font = m.BOLD
    return cell


def _text(sheet: WriteOnlyWorksheet, value: Any, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, None if value is None else str(value))
    if value is not None:
        cell.data_type = "s"  # a name is text, whatever it starts with
    if bold:
        cell.font = m.BOLD
    return cell


def _groups(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Per metric (in the figures' order): its node row and its children rows."""
    out: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for r in rows:
        if r["role"] == "node":
            out.append((r, []))
        elif out:
            out[-1][1].append(r)
    return out


def metric_name(row: dict[str, Any], translate: m.Translate | None) -> str:
    chinese = translate is not None and translate(m.REPORT, m.Words.METRIC) != m.Words.METRIC
    return str(row.get("metric_name") if chinese else row.get("metric_name_en") or row["metric"])


def write_summary(w: _Writer, sheet: WriteOnlyWorksheet) -> None:
    headers = [w.t(h) for h in HEADERS]
    groups = _groups(w.m.rows("attainment"))
    sample = ([metric_name(n, w.tr), str(c.get("name") or ""), "", "", "", ""]
              for n, cs in groups for c in [n, *cs])
    m.setup_sheet(sheet, headers, sample, w.header_text, w.tr)
    sheet.column_dimensions["C"].width = sheet.column_dimensions["D"].width = 16
    sheet.append(m.header_row(sheet, headers))
    row = 1
    chart_rows: tuple[int, int, str] | None = None
    for node, children in groups:
        fmt = m.WAN if node.get("measure") == "amount" else m.COUNT
        name = metric_name(node, w.tr)
        for i, r in enumerate([node, *children]):
            row += 1
            bold = i == 0
            label = r.get("name") or w.t(words.WHOLE_COMPANY)
            tier = r.get("tier")
            sheet.append([_text(sheet, name, bold), _text(sheet, label, bold),
                          _number(sheet, r.get("target"), fmt, bold),
                          _number(sheet, r.get("actual"), fmt, bold),
                          _formula(sheet, f'=IF(N(C{row})>0,D{row}/C{row},"")', m.PERCENT, bold),
                          _text(sheet, w.t(m.Words.TIERS[tier]) if tier else None, bold)])
        if children:
            first, last = row - len(children) + 1, row
            row += 1
            sheet.append([_text(sheet, name, True), _text(sheet, w.t(m.Words.CHILDREN_TOTAL), True),
                          _formula(sheet, f"=SUM(C{first}:C{last})", fmt, True),
                          _formula(sheet, f"=SUM(D{first}:D{last})", fmt, True),
                          _formula(sheet, f'=IF(N(C{row})>0,D{row}/C{row},"")', m.PERCENT, True), None])
            if chart_rows is None:
                chart_rows = (first, last, name)
    if chart_rows:
        _chart(w, sheet, *chart_rows)
    _rankings(w, groups)


def _chart(w: _Writer, sheet: WriteOnlyWorksheet, first: int, last: int, name: str) -> None:
    chart = BarChart()
    chart.type = "col"
    chart.title = w.t(m.Words.CHART).format(metric=name)
    for col, title in ((3, w.t(words.TARGET)), (4, w.t(m.Words.ACTUAL))):
        chart.add_data(Reference(sheet, min_col=col, min_row=first, max_row=last), titles_from_data=False)
        chart.series[-1].tx = SeriesLabel(v=title)
    chart.set_categories(Reference(sheet, min_col=2, min_row=first, max_row=last))
    chart.height, chart.width = 9, 18
    sheet.add_chart(chart, "H2")


def _rankings(w: _Writer, groups: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Per metric the people below the node, by actual; the rank is a RANK formula."""
    sheet = w.book.create_sheet(w.t(m.Words.RANKINGS))
    headers = [w.t(h) for h in (m.Words.METRIC, m.Words.RANK, words.NAME, words.TARGET, m.Words.ACTUAL,
                                m.Words.ATTAINMENT, m.Words.TIER)]
    blocks = [(n, sorted((c for c in cs if c["node_kind"] == "person"),
                         key=lambda c: (-Decimal(c["actual"]), str(c.get("name")))))
              for n, cs in groups]
    sample = ([metric_name(n, w.tr), "", str(c.get("name") or ""), "", "", "", ""]
              for n, cs in blocks for c in cs)
    m.setup_sheet(sheet, headers, sample, w.header_text, w.tr)
    sheet.append(m.header_row(sheet, headers))
    row = 1
    for node, people in blocks:
        fmt = m.WAN if node.get("measure") == "amount" else m.COUNT
        first, last = row + 1, row + len(people)
        for r in people:
            row += 1
            tier = r.get("tier")
            sheet.append([_text(sheet, metric_name(node, w.tr)),
                          _formula(sheet, f"=RANK(E{row},E${first}:E${last})", "0"),
                          _text(sheet, r.get("name")), _number(sheet, r.get("target"), fmt),
                          _number(sheet, r.get("actual"), fmt),
                          _formula(sheet, f'=IF(N(D{row})>0,E{row}/D{row},"")', m.PERCENT),
                          _text(sheet, w.t(m.Words.TIERS[tier]) if tier else None)])

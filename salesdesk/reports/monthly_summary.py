"""The monthly report's Summary and Rankings sheets: target vs actual per metric for the node and its
children, with the children's totals and every attainment % as Excel formulas (so the figures can
be checked and re-worked in Excel), the tier each reached, and a native bar chart of the first
metric's children."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from xlsxwriter.worksheet import Worksheet

from salesdesk import words
from salesdesk.reports import monthly as m
from salesdesk.reports.table_writer import ColumnSpec

if TYPE_CHECKING:
    from salesdesk.reports.monthly import _Writer

HEADERS = (m.Words.METRIC, words.NAME, words.TARGET, m.Words.ACTUAL, m.Words.ATTAINMENT, m.Words.TIER)
RANKING_HEADERS = (m.Words.METRIC, m.Words.RANK, words.NAME, words.TARGET, m.Words.ACTUAL,
                   m.Words.ATTAINMENT, m.Words.TIER)
FIGURE_WIDTH = 16
CHART_SIZE = {"width": 680, "height": 340}  # about 18 × 9 cm


class _Cells:
    """Writes one sheet's cells cell by cell, in the book's shared formats."""

    def __init__(self, w: _Writer, sheet: Worksheet) -> None:
        self.w, self.sheet = w, sheet

    def text(self, row: int, col: int, value: Any, bold: bool = False) -> None:
        if value is not None:  # a name is text, whatever it starts with
            self.sheet.write_string(row, col, str(value), self.w.book.format(bold=bold))

    def number(self, row: int, col: int, value: Any, fmt: str, bold: bool = False) -> None:
        cell_format = self.w.book.format(fmt, bold=bold)
        if value is None:
            self.sheet.write_blank(row, col, None, cell_format)
        else:
            self.sheet.write_number(row, col, Decimal(str(value)), cell_format)  # the Decimal's digits

    def formula(self, row: int, col: int, text: str, fmt: str, bold: bool = False) -> None:
        self.sheet.write_formula(row, col, text, self.w.book.format(fmt, bold=bold), m.NO_RESULT)


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


def _specs(w: _Writer, headers: tuple[str, ...]) -> list[ColumnSpec]:
    return [ColumnSpec(w.t(h), width=FIGURE_WIDTH if h in (words.TARGET, m.Words.ACTUAL) else None)
            for h in headers]


def write_summary(w: _Writer) -> None:
    groups = _groups(w.m.rows("attainment"))
    sample = [[metric_name(n, w.tr), str(c.get("name") or w.t(words.WHOLE_COMPANY)), "", "", "", ""]
              for n, cs in groups for c in [n, *cs]]
    sheet = w.typed_sheet(m.Words.SUMMARY, _specs(w, HEADERS), sample).sheet
    cells = _Cells(w, sheet)
    row = 0  # zero-based; Excel's row number is row + 1
    chart_rows: tuple[int, int, str] | None = None
    for node, children in groups:
        fmt = m.WAN if node.get("measure") == "amount" else m.COUNT
        name = metric_name(node, w.tr)
        for i, r in enumerate([node, *children]):
            row += 1
            bold, xl = i == 0, row + 1
            tier = r.get("tier")
            cells.text(row, 0, name, bold)
            cells.text(row, 1, r.get("name") or w.t(words.WHOLE_COMPANY), bold)
            cells.number(row, 2, r.get("target"), fmt, bold)
            cells.number(row, 3, r.get("actual"), fmt, bold)
            cells.formula(row, 4, f'=IF(N(C{xl})>0,D{xl}/C{xl},"")', m.PERCENT, bold)
            cells.text(row, 5, w.t(m.Words.TIERS[tier]) if tier else None, bold)
        if children:
            first, last = row - len(children) + 2, row + 1  # Excel rows of the children
            row += 1
            xl = row + 1
            cells.text(row, 0, name, True)
            cells.text(row, 1, w.t(m.Words.CHILDREN_TOTAL), True)
            cells.formula(row, 2, f"=SUM(C{first}:C{last})", fmt, True)
            cells.formula(row, 3, f"=SUM(D{first}:D{last})", fmt, True)
            cells.formula(row, 4, f'=IF(N(C{xl})>0,D{xl}/C{xl},"")', m.PERCENT, True)
            if chart_rows is None:
                chart_rows = (first, last, name)
    if chart_rows:
        _chart(w, sheet, *chart_rows)
    _rankings(w, groups)


def _chart(w: _Writer, sheet: Worksheet, first: int, last: int, name: str) -> None:
    """A native column chart (editable in Excel) of the children's target and actual."""
    chart = w.book.book.add_chart({"type": "column"})
    for col, title in ((2, w.t(words.TARGET)), (3, w.t(m.Words.ACTUAL))):
        chart.add_series({"name": title, "categories": [sheet.name, first - 1, 1, last - 1, 1],
                          "values": [sheet.name, first - 1, col, last - 1, col]})
    chart.set_title({"name": w.t(m.Words.CHART).format(metric=name)})
    chart.set_size(CHART_SIZE)
    sheet.insert_chart("H2", chart)


def _rankings(w: _Writer, groups: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Per metric the people below the node, by actual; the rank is a RANK formula."""
    blocks = [(n, sorted((c for c in cs if c["node_kind"] == "person"),
                         key=lambda c: (-Decimal(c["actual"]), str(c.get("name")))))
              for n, cs in groups]
    sample = [[metric_name(n, w.tr), "", str(c.get("name") or ""), "", "", "", ""]
              for n, cs in blocks for c in cs]
    cells = _Cells(w, w.typed_sheet(m.Words.RANKINGS, _specs(w, RANKING_HEADERS), sample).sheet)
    row = 0
    for node, people in blocks:
        fmt = m.WAN if node.get("measure") == "amount" else m.COUNT
        first, last = row + 2, row + 1 + len(people)
        for r in people:
            row += 1
            xl = row + 1
            tier = r.get("tier")
            cells.text(row, 0, metric_name(node, w.tr))
            cells.formula(row, 1, f"=RANK(E{xl},E${first}:E${last})", "0")
            cells.text(row, 2, r.get("name"))
            cells.number(row, 3, r.get("target"), fmt)
            cells.number(row, 4, r.get("actual"), fmt)
            cells.formula(row, 5, f'=IF(N(D{xl})>0,E{xl}/D{xl},"")', m.PERCENT)
            cells.text(row, 6, w.t(m.Words.TIERS[tier]) if tier else None)

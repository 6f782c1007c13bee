"""The monthly report (issue 15 §2): one node's month (services.month_close.Month) as a workbook.

Sheets: Summary (target vs actual per metric for the node and its children, attainment % and tier;
the children's totals and every % are Excel formulas; a native bar chart), Rankings, Contracts,
Payments, Receivables (ageing as at month end), Invoices, New customers, Leads converted,
Follow-ups, Expenses, Pipeline, Forecast, and Adjustments (corrections to earlier closed months).

Typed cells: money and counts are numbers (a Decimal's own digits go into the file, never a float),
dates are dates, ids and phone numbers text, and any text is written as text (one starting with
= + - @ never becomes a formula). Written in openpyxl's write-only mode (rows stream to the file).
The same Month gives the same bytes: the document properties carry the close's time (or the
month's end when preliminary) and every zip entry the same date.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services.month_close import Month

REPORT = "monthly_report"  # the translation context of the report's own words
Translate = Callable[[str, str], str]
Progress = Callable[[int, int], bool]  # (rows written, rows in all) -> go on?

YUAN = '"¥"#,##0.00'
WAN = '0!.0000"万"'  # 123456 → 12.3456万 (ten thousands, the summaries' unit)
COUNT = "#,##0.##"
PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
TEXT = "@"
BOLD = Font(bold=True)
MAX_WIDTH = 60


class Words:
    SUMMARY = QT_TRANSLATE_NOOP("monthly_report", "Month summary")
    RANKINGS = QT_TRANSLATE_NOOP("pages", "Rankings")
    CONTRACTS = QT_TRANSLATE_NOOP("pages", "Contracts")
    PAYMENTS = QT_TRANSLATE_NOOP("pages", "Payments")
    RECEIVABLES = QT_TRANSLATE_NOOP("pages", "Receivables")
    INVOICES = QT_TRANSLATE_NOOP("pages", "Invoices")
    NEW_CUSTOMERS = QT_TRANSLATE_NOOP("Performance", "New customers")
    LEADS = QT_TRANSLATE_NOOP("Performance", "Leads converted")
    FOLLOWUPS = QT_TRANSLATE_NOOP("pages", "Follow-ups")
    EXPENSES = QT_TRANSLATE_NOOP("pages", "Expenses")
    PIPELINE = QT_TRANSLATE_NOOP("pages", "Pipeline")
    FORECAST = QT_TRANSLATE_NOOP("OpportunityModels", "Forecast")
    ADJUSTMENTS = QT_TRANSLATE_NOOP("monthly_report", "Adjustments")
    METRIC = QT_TRANSLATE_NOOP("monthly_report", "Metric")
    ACTUAL = QT_TRANSLATE_NOOP("Performance", "Actual")
    ATTAINMENT = QT_TRANSLATE_NOOP("pages", "Attainment")
    TIER = QT_TRANSLATE_NOOP("monthly_report", "Tier reached")
    CHILDREN_TOTAL = QT_TRANSLATE_NOOP("monthly_report", "Total of the above")
    RANK = QT_TRANSLATE_NOOP("Performance", "Rank")
    APPROVED_ON = QT_TRANSLATE_NOOP("monthly_report", "Approved on")
    RECEIVED_ON = QT_TRANSLATE_NOOP("Money", "Received on")
    ISSUED_ON = QT_TRANSLATE_NOOP("Money", "Issued on")
    CREATED_ON = QT_TRANSLATE_NOOP("LeadModels", "Created on")
    CONVERTED_ON = QT_TRANSLATE_NOOP("monthly_report", "Converted on")
    SPENT_ON = QT_TRANSLATE_NOOP("monthly_report", "Spent on")
    CHANGED_ON = QT_TRANSLATE_NOOP("monthly_report", "Changed on")
    CONTRACT = QT_TRANSLATE_NOOP("monthly_report", "Contract")
    TAX = QT_TRANSLATE_NOOP("documents", "Tax")
    TOTAL = QT_TRANSLATE_NOOP("Money", "Total")
    RECEIVED = QT_TRANSLATE_NOOP("Money", "Received")
    RECEIVABLE = QT_TRANSLATE_NOOP("Money", "Receivable")
    NOT_DUE = QT_TRANSLATE_NOOP("Money", "Not due")
    D1_30 = QT_TRANSLATE_NOOP("Money", "1–30 days")
    D31_60 = QT_TRANSLATE_NOOP("Money", "31–60 days")
    D61_90 = QT_TRANSLATE_NOOP("Money", "61–90 days")
    D91 = QT_TRANSLATE_NOOP("Money", "Over 90 days")
    UNPLANNED = QT_TRANSLATE_NOOP("monthly_report", "Unplanned")
    METHOD = QT_TRANSLATE_NOOP("Money", "Method")
    REFERENCE = QT_TRANSLATE_NOOP("Money", "Reference")
    TYPE = QT_TRANSLATE_NOOP("FollowupListPage", "Type")
    COUNT = QT_TRANSLATE_NOOP("Performance", "Count")
    CUSTOMERS = QT_TRANSLATE_NOOP("monthly_report", "Customers")
    LAST_AT = QT_TRANSLATE_NOOP("monthly_report", "Last on")
    WEIGHTED = QT_TRANSLATE_NOOP("monthly_report", "Weighted")
    FORECAST_CATEGORY = QT_TRANSLATE_NOOP("monthly_report", "Forecast category")
    DEALS = QT_TRANSLATE_NOOP("Customer360Page", "Deals")
    SECTION = QT_TRANSLATE_NOOP("monthly_report", "Section")
    BEFORE = QT_TRANSLATE_NOOP("monthly_report", "At close")
    AFTER = QT_TRANSLATE_NOOP("monthly_report", "Now")
    DELTA = QT_TRANSLATE_NOOP("Performance", "Change")
    RECORD = QT_TRANSLATE_NOOP("History", "Record")
    PRELIMINARY = QT_TRANSLATE_NOOP("monthly_report", "Preliminary")
    CLOSED = QT_TRANSLATE_NOOP("monthly_report", "Closed {when} by {who}")
    HEADER = QT_TRANSLATE_NOOP("monthly_report", "Monthly report {month} · {scope} · {status}")
    FOOTER = QT_TRANSLATE_NOOP("monthly_report", "Page &P of &N")
    CHART = QT_TRANSLATE_NOOP("monthly_report", "Target and actual: {metric}")
    TIERS = {"target": words.TARGET, "sprint": QT_TRANSLATE_NOOP("TargetsPage", "Sprint"),
             "challenge": QT_TRANSLATE_NOOP("TargetsPage", "Challenge")}


# Words the report says as another page already does, translated once, in that page's context.
BORROWED = {
    "Customer360Page": ("Deals",), "FollowupListPage": ("Type",), "History": ("Record",),
    "LeadModels": ("Created on",), "OpportunityModels": ("Forecast",), "documents": ("Tax",),
    "Money": ("Not due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days", "Receivable",
              "Received on", "Method", "Reference", "Issued on", "Total", "Received"),
    "Performance": ("Actual", "New customers", "Leads converted", "Change", "Rank", "Count"),
    "TargetsPage": ("Sprint", "Challenge"),
    "pages": ("Rankings", "Contracts", "Receivables", "Follow-ups", "Expenses", "Pipeline", "Attainment",
              "Payments", "Invoices"),
}
CONTEXT_OF = {source: context for context, sources in BORROWED.items() for source in sources}


def say(source: str, translate: Translate | None) -> str:
    if translate is None:
        return source
    if source in words.ALL or source == words.TARGET:
        return translate(WORDS, source)
    return translate(CONTEXT_OF.get(source, REPORT), source)


@dataclass(frozen=True)
class Column:
    """One column of a list sheet: the figures' key, its header, the cell type, a width hint."""

    key: str
    header: str
    type: str = "text"  # text | id | money | count | date | percent


def typed_cell(sheet: WriteOnlyWorksheet, value: Any, kind: str) -> Any:
    """A cell (or a plain value where openpyxl's own typing is right: it is cheaper to stream)."""
    if value is None or value == "":
        return None
    if kind in ("money", "count", "percent"):
        number = Decimal(str(value))
        if kind == "percent":
            number = number / 100
        cell = WriteOnlyCell(sheet, format(number, "f"))
        cell.data_type = "n"  # the Decimal's own digits, never through a float
        cell.number_format = {"money": YUAN, "count": COUNT, "percent": PERCENT}[kind]
        return cell
    if kind == "date":
        cell = WriteOnlyCell(sheet, date.fromisoformat(str(value)[:10]))
        cell.number_format = DATE
        return cell
    text = str(value)
    if kind == "text" and not text.startswith("="):
        return text  # a str is written as text; only "=…" would become a formula
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"  # text stays text: "=1+1", a 20-digit id, a phone number
    cell.number_format = TEXT
    return cell


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def setup_sheet(sheet: WriteOnlyWorksheet, headers: Sequence[str], sample: Iterable[Sequence[str]],
           header_text: str, translate: Translate | None) -> None:
    """Widths fitting the text (CJK counts double), frozen header, filter, landscape fit to width."""
    widths = [_width(h) for h in headers]
    for row in sample:
        widths = [max(w, _width(v)) for w, v in zip(widths, row, strict=True)]
    for i, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, w + 3)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = header_text
    sheet.oddFooter.center.text = say(Words.FOOTER, translate)


def header_row(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[WriteOnlyCell]:
    out = []
    for h in headers:
        cell = WriteOnlyCell(sheet, h)
        cell.font = BOLD
        out.append(cell)
    return out


SAMPLE = 2000  # rows read for the column widths: a 100k-row sheet streams, its widths come from these


class _Writer:
    def __init__(self, month: Month, translate: Translate | None, progress: Progress | None) -> None:
        self.m, self.tr, self.progress = month, translate, progress
        self.total = sum(len(month.rows(s)) for s in month.figures if isinstance(month.figures[s], list))
        self.done = 0
        self.book = Workbook(write_only=True)
        when = month.closed_at.strftime("%Y-%m-%d %H:%M") if month.closed_at else ""
        status = (say(Words.CLOSED, translate).format(when=when, who=month.closed_by or "") if month.closed
                  else say(Words.PRELIMINARY, translate))
        scope = month.node_name or say(words.WHOLE_COMPANY, translate)
        self.header_text = say(Words.HEADER, translate).format(month=month.month, scope=scope, status=status)

    def t(self, source: str) -> str:
        return say(source, self.tr)

    def tick(self) -> None:
        self.done += 1
        if self.progress and self.done % 1000 == 0 and not self.progress(self.done, self.total):
            raise ReportCancelled()

    def list_sheet(self, title: str, columns: Sequence[Column], rows: Sequence[dict[str, Any]],
                   totals: Sequence[str] = ()) -> None:
        sheet = self.book.create_sheet(self.t(title))
        headers = [self.t(c.header) for c in columns]
        sample = ([str(r.get(c.key) or "") for c in columns] for r in rows[:SAMPLE])
        setup_sheet(sheet, headers, sample, self.header_text, self.tr)
        if rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        sheet.append(header_row(sheet, headers))
        for r in rows:
            sheet.append([typed_cell(sheet, r.get(c.key), c.type) for c in columns])
            self.tick()
        if totals and rows:
            line: list[Any] = [WriteOnlyCell(sheet, self.t(Words.TOTAL))]
            line[0].font = BOLD
            for i, c in enumerate(columns[1:], start=2):
                if c.key in totals:
                    letter = get_column_letter(i)
                    cell = WriteOnlyCell(sheet, f"=SUM({letter}2:{letter}{len(rows) + 1})")
                    cell.number_format, cell.font = YUAN, BOLD
                    line.append(cell)
                else:
                    line.append(None)
            sheet.append(line)

    def summary(self) -> None:
        from salesdesk.reports.monthly_summary import write_summary

        write_summary(self, self.book.create_sheet(self.t(Words.SUMMARY)))


class ReportCancelled(Exception):
    """The user cancelled the report while it was written."""


def _sheets(w: _Writer) -> None:
    w.summary()
    w.list_sheet(Words.CONTRACTS, (
        Column("number", words.NUMBER, "id"), Column("title", words.TITLE),
        Column("customer", words.CUSTOMER),
        Column("owner", words.OWNER), Column("approved_on", Words.APPROVED_ON, "date"),
        Column("amount", words.AMOUNT, "money"), Column("tax_amount", Words.TAX, "money"),
        Column("total_amount", Words.TOTAL, "money")), w.m.rows("contracts"),
        totals=("amount", "tax_amount", "total_amount"))
    w.list_sheet(Words.PAYMENTS, (
        Column("contract_number", words.NUMBER, "id"), Column("contract", Words.CONTRACT),
        Column("customer", words.CUSTOMER), Column("owner", words.OWNER),
        Column("received_on", Words.RECEIVED_ON, "date"), Column("amount", words.AMOUNT, "money"),
        Column("method", Words.METHOD), Column("reference", Words.REFERENCE, "id")), w.m.rows("payments"),
        totals=("amount",))
    w.list_sheet(Words.RECEIVABLES, (
        Column("number", words.NUMBER, "id"), Column("title", words.TITLE),
        Column("customer", words.CUSTOMER),
        Column("owner", words.OWNER), Column("total_amount", Words.TOTAL, "money"),
        Column("received", Words.RECEIVED, "money"), Column("receivable", Words.RECEIVABLE, "money"),
        Column("not_due", Words.NOT_DUE, "money"), Column("d1_30", Words.D1_30, "money"),
        Column("d31_60", Words.D31_60, "money"), Column("d61_90", Words.D61_90, "money"),
        Column("d91_plus", Words.D91, "money"), Column("unplanned", Words.UNPLANNED, "money")),
        w.m.rows("receivables"),
        totals=("total_amount", "received", "receivable", "not_due", "d1_30", "d31_60", "d61_90",
                "d91_plus", "unplanned"))
    w.list_sheet(Words.INVOICES, (
        Column("number", words.NUMBER, "id"), Column("contract_number", Words.CONTRACT, "id"),
        Column("customer", words.CUSTOMER), Column("owner", words.OWNER),
        Column("issued_on", Words.ISSUED_ON, "date"), Column("invoice_type", Words.TYPE),
        Column("amount", words.AMOUNT, "money"), Column("tax_amount", Words.TAX, "money"),
        Column("total_amount", Words.TOTAL, "money")), w.m.rows("invoices"),
        totals=("amount", "tax_amount", "total_amount"))
    w.list_sheet(Words.NEW_CUSTOMERS, (
        Column("name", words.NAME), Column("industry", words.INDUSTRY), Column("region", words.REGION),
        Column("phone", words.PHONE, "id"), Column("owner", words.OWNER),
        Column("created_on", Words.CREATED_ON, "date")), w.m.rows("new_customers"))
    w.list_sheet(Words.LEADS, (
        Column("company_name", words.CUSTOMER), Column("contact_name", words.CONTACT),
        Column("source", words.SOURCE), Column("owner", words.OWNER),
        Column("converted_on", Words.CONVERTED_ON, "date")), w.m.rows("leads_converted"))
    w.list_sheet(Words.FOLLOWUPS, (
        Column("owner", words.OWNER), Column("count", Words.COUNT, "count"),
        Column("customers", Words.CUSTOMERS, "count"), Column("last_at", Words.LAST_AT, "date")),
        w.m.rows("followups"))
    w.list_sheet(Words.EXPENSES, (
        Column("owner", words.OWNER), Column("spent_on", Words.SPENT_ON, "date"),
        Column("category", words.CATEGORY), Column("customer", words.CUSTOMER),
        Column("amount", words.AMOUNT, "money"), Column("note", words.NOTES)), w.m.rows("expenses"),
        totals=("amount",))
    w.list_sheet(Words.PIPELINE, (
        Column("title", words.TITLE), Column("customer", words.CUSTOMER), Column("owner", words.OWNER),
        Column("stage", words.STAGE), Column("amount", words.AMOUNT, "money"),
        Column("probability", words.PROBABILITY, "percent"), Column("weighted", Words.WEIGHTED, "money"),
        Column("expected_close", words.EXPECTED_CLOSE, "date"),
        Column("forecast_category", Words.FORECAST_CATEGORY)), w.m.rows("pipeline"),
        totals=("amount", "weighted"))
    w.list_sheet(Words.FORECAST, (
        Column("category", Words.FORECAST_CATEGORY), Column("deals", Words.DEALS, "count"),
        Column("amount", words.AMOUNT, "money"), Column("weighted", Words.WEIGHTED, "money")),
        w.m.rows("forecast"), totals=("amount", "weighted"))
    w.list_sheet(Words.ADJUSTMENTS, (
        Column("month", words.MONTH), Column("changed_on", Words.CHANGED_ON, "date"),
        Column("section", Words.SECTION), Column("label", Words.RECORD), Column("metric", Words.METRIC),
        Column("node_name", words.NAME), Column("before", Words.BEFORE, "money"),
        Column("after", Words.AFTER, "money"), Column("delta", Words.DELTA, "money")),
        w.m.rows("adjustments"), totals=("delta",))


def stamp(month: Month) -> datetime:
    """The workbook's created/modified time: the close's, else the end of the month (naive UTC)."""
    if month.closed and month.closed_at:
        at = month.closed_at
        at = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
        return at.replace(microsecond=0)
    return datetime.combine(month.last_day, time(23, 59, 59))


class _FixedDateZip(ZipFile):
    """A zip whose entries all carry one date, so the same workbook gives the same bytes."""

    def __init__(self, file: IO[bytes], when: datetime) -> None:
        super().__init__(file, "w", ZIP_DEFLATED, allowZip64=True)
        self.when = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)

    def writestr(self, zinfo_or_arcname: str | ZipInfo, data: Any, compress_type: int | None = None,
                 compresslevel: int | None = None) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = ZipInfo(zinfo_or_arcname, date_time=self.when)
            info.compress_type = ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename: Any, arcname: Any = None, compress_type: int | None = None,
              compresslevel: int | None = None, **kwargs: Any) -> None:
        """A streamed (write-only) sheet comes as a temporary file: its entry gets the fixed date too."""
        self.writestr(str(arcname or filename), Path(filename).read_bytes())


def write_monthly(month: Month, target: str | Path | IO[bytes], translate: Translate | None = None,
                  progress: Progress | None = None) -> None:
    """Write the month's workbook to a path or stream; ReportCancelled when `progress` says stop
    (nothing is left at a path then)."""
    w = _Writer(month, translate, progress)
    try:
        _sheets(w)
        if progress and not progress(w.total, w.total):  # the last word before anything is written
            raise ReportCancelled()
    except ReportCancelled:
        for sheet in w.book.worksheets:  # finish the streamed sheets' temporary files
            sheet.close()
        raise
    when = stamp(month)
    w.book.properties.creator = "salesdesk"
    w.book.properties.created = w.book.properties.modified = when
    w.book.properties.title = w.header_text
    buffer = io.BytesIO()
    ExcelWriter(w.book, _FixedDateZip(buffer, when)).save()  # save_workbook would stamp "now"
    data = buffer.getvalue()
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)

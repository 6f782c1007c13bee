"""The monthly report (issue 15 §2): one node's month (services.month_close.Month) as a workbook.

Sheets: Summary (target vs actual per metric for the node and its children, attainment % and tier;
the children's totals and every % are Excel formulas; a native bar chart), Rankings, Contracts,
Payments, Receivables (ageing as at month end), Invoices, New customers, Leads converted,
Follow-ups, Expenses, Pipeline, Forecast, and Adjustments (corrections to earlier closed months).

Typed cells: money and counts are numbers (a Decimal's own digits go into the file, never a float),
dates are dates, ids and phone numbers text, and any text is written as text (one starting with
= + - @ never becomes a formula). Formulas carry no cached result, so Excel, WPS and LibreOffice
compute them on opening. Written through reports/table_writer.py (XlsxBook, TypedSheet: XlsxWriter in
constant-memory mode, each list row streamed to disk as one piece of XML; 100k rows in 2-3 s, where
openpyxl's write-only mode took 11 s). The same Month gives the same bytes: the document properties
carry the close's time (or the month's end when preliminary) and every zip entry XlsxWriter's fixed
date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import IO, Any

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.reports.table_writer import ColumnSpec, PartFile, TypedSheet, XlsxBook
from salesdesk.services.month_close import Month

REPORT = "monthly_report"  # the translation context of the report's own words
Translate = Callable[[str, str], str]
Progress = Callable[[int, int], bool]  # (rows written, rows in all) -> go on?

YUAN = '"¥"#,##0.00'
WAN = '0\\.0000"万"'  # 123456 → 12.3456万 (ten thousands, the summaries' unit; LibreOffice reads no "!.")
COUNT = "#,##0.##"
PERCENT = "0.0%"
FORMATS = {"money": YUAN, "decimal": COUNT}  # the report's look of these types (table_writer: the rest)
A4 = 9
NO_RESULT = ""  # a formula's cached result: none, so every application computes it on opening


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


# every shared word: words.ALL and those defined after it (Target, Month, Whole company, …)
SHARED = frozenset(v for k, v in vars(words).items() if k.isupper() and isinstance(v, str))


def say(source: str, translate: Translate | None) -> str:
    if translate is None:
        return source
    if source in SHARED:
        return translate(WORDS, source)
    return translate(CONTEXT_OF.get(source, REPORT), source)


@dataclass(frozen=True)
class Column:
    """One column of a list sheet: the figures' key, its header, the cell type (table_writer TYPES)."""

    key: str
    header: str
    type: str = "text"

    def spec(self, translate: Translate | None) -> ColumnSpec:
        return ColumnSpec(say(self.header, translate), self.type, num_format=FORMATS.get(self.type))


SAMPLE = 2000  # rows read for the column widths: a 100k-row sheet streams, its widths come from these


class _Writer:
    def __init__(self, month: Month, translate: Translate | None, progress: Progress | None,
                 target: str | IO[bytes]) -> None:
        self.m, self.tr, self.progress = month, translate, progress
        self.total = sum(len(month.rows(s)) for s in month.figures if isinstance(month.figures[s], list))
        self.done = 0
        when = month.closed_at.strftime("%Y-%m-%d %H:%M") if month.closed_at else ""
        status = (say(Words.CLOSED, translate).format(when=when, who=month.closed_by or "") if month.closed
                  else say(Words.PRELIMINARY, translate))
        scope = month.node_name or say(words.WHOLE_COMPANY, translate)
        self.header_text = say(Words.HEADER, translate).format(month=month.month, scope=scope, status=status)
        self.book = XlsxBook(target, created=stamp(month), title=self.header_text)

    def t(self, source: str) -> str:
        return say(source, self.tr)

    def tick(self) -> None:
        self.done += 1
        if self.progress and self.done % 1000 == 0 and not self.progress(self.done, self.total):
            raise ReportCancelled()

    def typed_sheet(self, title: str, columns: Sequence[ColumnSpec],
                    sample: Sequence[Sequence[Any]]) -> TypedSheet:
        """A sheet with its header row, widths from `sample`, and the print setup."""
        typed = TypedSheet(self.book, self.t(title), columns)
        typed.start(sample)
        self.print_setup(typed.sheet)
        return typed

    def print_setup(self, sheet: Worksheet) -> None:
        """Landscape A4 fit to width, the header row on every page, the scope/month/status header."""
        sheet.repeat_rows(0)
        sheet.set_landscape()
        sheet.set_paper(A4)
        sheet.fit_to_pages(1, 0)
        sheet.set_header("&C" + self.header_text.replace("&", "&&"))
        sheet.set_footer("&C" + self.t(Words.FOOTER))

    def list_sheet(self, title: str, columns: Sequence[Column], rows: Sequence[dict[str, Any]],
                   totals: Sequence[str] = ()) -> None:
        keys = [c.key for c in columns]
        sample = [[r.get(k) for k in keys] for r in rows[:SAMPLE]]
        typed = self.typed_sheet(title, [c.spec(self.tr) for c in columns], sample)
        for n, r in enumerate(rows, start=1):
            typed.write(n, [r.get(k) for k in keys])
            self.tick()
        if not rows:
            return
        typed.autofilter(len(rows))
        sheet, last = typed.sheet, len(rows) + 1
        bold, money = self.book.format(bold=True), self.book.format(YUAN, bold=True)
        if totals:
            sheet.write_string(last, 0, self.t(Words.TOTAL), bold)
        for i, c in enumerate(columns[1:], start=1):
            if c.key in totals:
                letter = xl_col_to_name(i)
                sheet.write_formula(last, i, f"=SUM({letter}2:{letter}{last})", money, NO_RESULT)

    def summary(self) -> None:
        from salesdesk.reports.monthly_summary import write_summary

        write_summary(self)


class ReportCancelled(Exception):
    """The user cancelled the report while it was written."""


def _sheets(w: _Writer) -> None:
    w.summary()
    w.list_sheet(Words.CONTRACTS, (  # a contract's title under "Contract" (合同): "Title" is 职务
        Column("number", words.NUMBER, "id"), Column("title", Words.CONTRACT),
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
        Column("number", words.NUMBER, "id"), Column("title", Words.CONTRACT),
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
        Column("owner", words.OWNER), Column("count", Words.COUNT, "decimal"),
        Column("customers", Words.CUSTOMERS, "decimal"), Column("last_at", Words.LAST_AT, "date")),
        w.m.rows("followups"))
    w.list_sheet(Words.EXPENSES, (
        Column("owner", words.OWNER), Column("spent_on", Words.SPENT_ON, "date"),
        Column("category", words.CATEGORY), Column("customer", words.CUSTOMER),
        Column("amount", words.AMOUNT, "money"), Column("note", words.NOTES)), w.m.rows("expenses"),
        totals=("amount",))
    w.list_sheet(Words.PIPELINE, (
        Column("title", words.DEAL), Column("customer", words.CUSTOMER), Column("owner", words.OWNER),
        Column("stage", words.STAGE), Column("amount", words.AMOUNT, "money"),
        Column("probability", words.PROBABILITY, "percent"), Column("weighted", Words.WEIGHTED, "money"),
        Column("expected_close", words.EXPECTED_CLOSE, "date"),
        Column("forecast_category", Words.FORECAST_CATEGORY)), w.m.rows("pipeline"),
        totals=("amount", "weighted"))
    w.list_sheet(Words.FORECAST, (
        Column("category", Words.FORECAST_CATEGORY), Column("deals", Words.DEALS, "decimal"),
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


def write_monthly(month: Month, target: str | Path | IO[bytes], translate: Translate | None = None,
                  progress: Progress | None = None) -> None:
    """Write the month's workbook to a path or stream; ReportCancelled when `progress` says stop
    (nothing is left at a path then, and nothing is written to a stream)."""
    part = PartFile(target) if isinstance(target, (str, Path)) else None
    if part:
        part.path.touch()  # an unwritable place fails now (OSError), before any row is written
    w = _Writer(month, translate, progress, str(part.path) if part else target)
    try:
        _sheets(w)
        if progress and not progress(w.total, w.total):  # the last word before anything is written
            raise ReportCancelled()
        w.book.close()
        if part:
            part.commit()
    except BaseException:
        w.book.abort()
        if part:
            part.discard()
        raise

"""A typed table to XLSX or CSV, streamed: column specs + rows in, a file out. No Qt.

    columns = [ColumnSpec("客户", "text"), ColumnSpec("Amount", "money"), ColumnSpec("Phone", "phone")]
    with TableWriter("list.xlsx", columns) as out:      # ".csv" writes CSV
        for row in rows:                                # any iterable: rows are never all held
            out.write(row)
    # leaving the block by an exception (a cancel) removes the partial file

The file is written as `<name>.part` beside the target and renamed over it only when complete, so a
cancelled or failed export never leaves (or overwrites with) half a file.

Types (`ColumnSpec.type`) and how a value is written:

    text      str as text                     int       a whole number
    decimal   a Decimal as it is (General, or the column's `num_format`)
    money     Decimal rounded half up to the fen (0.01), shown "¥#,##0.00"
    percent   a percentage (12.5 means 12.5 %), stored as the fraction 0.125, shown "0.0%"
    date      a date (a datetime is taken in local time; an ISO "YYYY-MM-DD…" text is read), yyyy-mm-dd
    datetime  local date and time (Excel has no time zones), shown yyyy-mm-dd hh:mm
    phone, id always text, never a number: long ids and phone numbers keep every digit and any "+"

Formula injection: a text cell whose text starts with "=", "+", "-" or "@" is never a formula. In
XLSX it is a string cell with Excel's quote prefix (the "'" Excel itself adds when such text is
typed), so it stays text even when edited. In CSV, which has no cell types, the text is written with
a leading apostrophe ("'=1+2"), the OWASP rule: Excel, WPS and LibreOffice then show it as text.
Numbers, dates and money are written as values and are not affected (a negative amount stays a
number).

CSV is UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; numbers are plain
("1234.50"), dates ISO.

XLSX: XlsxWriter's constant-memory mode (each row goes to disk as it comes), one sheet with a bold
frozen header row, an autofilter over the data, and column widths fitted to the title and the first
rows (a Chinese character counts twice). Not openpyxl's write-only mode: it serialises a cell in
about 15 us (11 us with lxml), so 100,000 rows of nine columns took 11-16 s; XlsxWriter writes the
same in 4.6 s on this machine (installer/tools/export_bench.py). openpyxl still reads workbooks.

The pieces are shared with the monthly report (reports/monthly.py), which writes many sheets,
formulas and a chart into one book:

    book = XlsxBook(path_or_stream, created=when, title="…")  # fixed created date: same bytes twice
    sheet = TypedSheet(book, "Contracts", columns)
    sheet.start(first_rows)                 # widths from the titles and these rows, frozen bold header
    sheet.write(1, row)                     # row 1 (0 is the header), typed as the columns say
    book.close()                            # or book.abort(): the temporary row files are removed

A money (or decimal) cell holds the Decimal's own digits: the Decimal goes to XlsxWriter's
write_number, whose `{:.16G}` formats a Decimal by decimal arithmetic, so "1234.50" is written
<v>1234.50</v> and never goes through a float (at most 16 significant digits: numeric(14,2) has 14).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import xlsxwriter
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet
from xlsxwriter.xmlwriter import XMLwriter

TYPES = ("text", "int", "decimal", "money", "percent", "date", "datetime", "phone", "id")
TEXT_TYPES = ("text", "phone", "id")
FORMULA_STARTS = ("=", "+", "-", "@")
FEN = Decimal("0.01")
MONEY_FORMAT = '"¥"#,##0.00;-"¥"#,##0.00'
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MEASURED_ROWS = 100  # rows held back to fit the column widths before the first is written
MIN_WIDTH, MAX_WIDTH = 6, 60


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its header `title`, its `type` (see TYPES), an optional `width` in characters
    (None: fitted to the title and the first rows) and `num_format` (None: the type's own)."""

    title: str
    type: str = "text"
    width: int | None = None
    num_format: str | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"unknown column type {self.type!r}")


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would take for a formula."""
    return text.startswith(FORMULA_STARTS)


def text_width(text: str) -> int:
    """Width in Excel character units: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def typed_value(kind: str, value: Any) -> Any:
    """The value a cell of this type holds (None stays None)."""
    if value is None or (value == "" and kind not in TEXT_TYPES):
        return None
    if kind == "money":
        return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)
    if kind == "decimal":
        return Decimal(value)
    if kind == "percent":
        return Decimal(value) / 100
    if kind == "int":
        return int(value)
    if kind == "date":
        if isinstance(value, str):
            return date.fromisoformat(value[:10])
        return value.astimezone().date() if isinstance(value, datetime) else value
    if kind == "datetime":
        if isinstance(value, datetime):
            return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        return value
    return str(value)


def csv_text(kind: str, value: Any) -> str:
    """A cell as CSV text."""
    value = typed_value(kind, value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if not isinstance(value, str):
        return str(value)  # a number: "-4" is minus four, not a formula
    text = value
    return "'" + text if is_formula_like(text) else text


class PartFile:
    """`<name>.part` beside a target, put in its place only when complete (`commit`), else removed
    (`discard`): a cancelled or failed write never leaves, or overwrites with, half a file."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        self.path = self.target.with_name(self.target.name + ".part")

    def commit(self) -> Path:
        os.replace(self.path, self.target)
        return self.target

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class _TextSheet(Worksheet):
    """XlsxWriter's worksheet without its rich-string shortcut: in constant-memory mode it writes a
    text starting "<r>" and ending "</r>" into the file as raw XML (a name could smuggle in a formula
    cell); here such a text is an escaped string like any other. (No sheet here writes rich text.)"""

    def _xml_rich_inline_string(self, string: str, attributes: list[tuple[str, Any]] | None = None) -> None:
        self._xml_inline_string(string, False, attributes or [])


class XlsxBook:
    """An XLSX workbook written by XlsxWriter in constant-memory mode (rows go to a temporary file
    per sheet as they come), to a path or a binary stream. Text is never taken for a formula, number
    or link; formats are made once per look (`format`). With `created` the document's created and
    modified dates are that time, and the zip entries carry XlsxWriter's fixed 1980 date, so the same
    content gives the same bytes."""

    def __init__(self, target: str | os.PathLike[str] | IO[bytes], *, created: datetime | None = None,
                 title: str = "") -> None:
        self.book = xlsxwriter.Workbook(target if hasattr(target, "write") else str(target),
                                        {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_numbers": False, "strings_to_urls": False})
        properties: dict[str, Any] = {"author": "salesdesk", "title": title}
        if created is not None:
            properties["created"] = created
        self.book.set_properties(properties)
        self._formats: dict[tuple[str | None, bool, bool], Format | None] = {}

    def format(self, num_format: str | None = None, *, bold: bool = False,
               quoted: bool = False) -> Format | None:
        """The cell format with these properties (None: the default look)."""
        key = (num_format, bold, quoted)
        if key not in self._formats:
            props: dict[str, Any] = {k: v for k, v in (("num_format", num_format), ("bold", bold),
                                                       ("quote_prefix", quoted)) if v}
            self._formats[key] = self.book.add_format(props) if props else None
        return self._formats[key]

    def add_sheet(self, name: str) -> Worksheet:
        return self.book.add_worksheet(name[:31], worksheet_class=_TextSheet)

    def close(self) -> None:
        self.book.close()

    def abort(self) -> None:
        """Stop without writing the file: remove every sheet's temporary row file."""
        for sheet in self.book.worksheets():
            row_data = getattr(sheet, "row_data_fh", None)
            if row_data is not None and not row_data.closed:
                row_data.close()
            filename = getattr(sheet, "row_data_filename", None)
            if filename:
                Path(filename).unlink(missing_ok=True)
        self.book.fileclosed = True


CellWriter = Callable[[int, int, Any], None]
CellXml = Callable[[str, Any], str | None]  # (cell reference, raw value) -> the <c> element, None: empty
MAX_TEXT = 32767  # Excel's longest cell text
_SPECIAL = re.compile("[&<>_\x00-\x1f\ufffe\uffff]")  # text that needs cleaning or escaping
_escape_control = XMLwriter._escape_control_characters


class _Slow(Exception):
    """A value the row streamer leaves to XlsxWriter's own cell writer (a NaN: refused there)."""


class TypedSheet:
    """One sheet of typed columns in an XlsxBook: a bold frozen header row fitted to the first rows,
    then rows whose cells are written as their column's type says (see TYPES).

    Rows are streamed: `write` puts a row's XML, cell for cell the XML XlsxWriter writes for the same
    values (tests/test_table_writer.py compares the files byte for byte with `write_cells`), straight
    into the sheet's constant-memory row file, instead of one write_* call, one cell tuple and one
    file write per cell: 100k rows of eight columns take 2 s instead of 3.5 s. Anything else (the
    header, formulas, a row written out of order, an odd value) goes through XlsxWriter itself."""

    def __init__(self, book: XlsxBook, name: str, columns: Sequence[ColumnSpec]) -> None:
        self.book, self.columns = book, list(columns)
        self.sheet = book.add_sheet(name)
        self._cells = [self._cell_writer(c) for c in self.columns]
        self._xml = [self._cell_xml(c) for c in self.columns]
        self._letters = [xl_col_to_name(i) for i in range(len(self.columns))]

    def start(self, rows: Sequence[Sequence[Any]] = ()) -> None:
        """Widths from the titles and `rows` (the first rows, or a sample), the frozen bold header."""
        bold = self.book.format(bold=True)
        for i, column in enumerate(self.columns):
            self.sheet.set_column(i, i, _width(i, column, rows))
            self.sheet.write_string(0, i, column.title, bold)
        self.sheet.freeze_panes(1, 0)

    def write(self, n: int, row: Sequence[Any]) -> None:
        """Row `n` (0 is the header), a value per column: text always as a string (formula-like text
        with Excel's quote prefix), numbers and dates as values in their column's format; None and ""
        leave the cell empty."""
        sheet = self.sheet
        if not sheet.constant_memory or n < sheet.previous_row or sheet.table.get(n):
            self.write_cells(n, row)
            return
        if n > sheet.previous_row:  # the row XlsxWriter holds (the header) goes first, its formats too
            sheet._write_single_row(n)
        number, cells, first, last = n + 1, [], -1, -1
        try:
            for i, (xml, raw) in enumerate(zip(self._xml, row, strict=True)):
                if raw is not None and (cell := xml(f"{self._letters[i]}{number}", raw)):
                    cells.append(cell)
                    first, last = (i if first < 0 else first), i
        except _Slow:
            self.write_cells(n, row)
            return
        if not cells or sheet._check_dimensions(n, first) or sheet._check_dimensions(n, last):
            return  # nothing to write, or beyond the sheet's last row (XlsxWriter drops it too)
        sheet.fh.write(f'<row r="{number}">{"".join(cells)}</row>')

    def write_cells(self, n: int, row: Sequence[Any]) -> None:
        """Row `n` cell by cell through XlsxWriter's write_* (what `write` streams)."""
        for i, (cell, raw) in enumerate(zip(self._cells, row, strict=True)):
            if raw is not None:
                cell(n, i, raw)

    def autofilter(self, rows: int) -> None:
        """A filter over the header and `rows` data rows."""
        self.sheet.autofilter(0, 0, rows, max(1, len(self.columns)) - 1)

    def _cell_writer(self, column: ColumnSpec) -> CellWriter:
        kind, sheet = column.type, self.sheet
        if kind in TEXT_TYPES:
            quoted = self.book.format(quoted=True)
            write_string = sheet.write_string

            def text(n: int, i: int, raw: Any) -> None:
                value = ILLEGAL_CHARACTERS_RE.sub("", str(raw))  # control characters XLSX cannot hold
                if value:
                    write_string(n, i, value, quoted if value.startswith(FORMULA_STARTS) else None)
            return text
        fmt = self.book.format(column.num_format or _FORMATS.get(kind))
        write = sheet.write_datetime if kind in ("date", "datetime") else sheet.write_number

        def typed(n: int, i: int, raw: Any) -> None:
            value = typed_value(kind, raw)
            if value is not None:
                write(n, i, value, fmt)
        return typed

    def _cell_xml(self, column: ColumnSpec) -> CellXml:
        """The streamed twin of `_cell_writer`: XlsxWriter's inline string and number cells."""
        kind = column.type
        if kind in TEXT_TYPES:
            quoted = self.book.format(quoted=True)
            assert quoted is not None

            def text(ref: str, raw: Any) -> str | None:
                value = str(raw)
                special = _SPECIAL.search(value) is not None
                if special:
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if not value:
                    return None
                value = value[:MAX_TEXT]  # as XlsxWriter cuts it
                style = f' s="{quoted._get_xf_index()}"' if value.startswith(FORMULA_STARTS) else ""
                if special:
                    value = _escape_control(value)
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                if special:
                    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{value}</t></is></c>'
            return text
        fmt = self.book.format(column.num_format or _FORMATS.get(kind))
        days: dict[Any, float] = {}
        convert = self.sheet._convert_date_time

        def typed(ref: str, raw: Any) -> str | None:
            value = typed_value(kind, raw)
            if value is None:
                return None
            if isinstance(value, (date, datetime)):
                if (serial := days.get(value)) is None:
                    serial = convert(value)
                    if kind == "date":
                        days[value] = serial
                value = serial
            elif isinstance(value, Decimal) and not value.is_finite():
                raise _Slow()
            style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""
            return f'<c r="{ref}"{style}><v>{value:.16G}</v></c>'
        return typed


def _width(index: int, column: ColumnSpec, rows: Sequence[Sequence[Any]]) -> float:
    if column.width is not None:
        return column.width
    widest = max((text_width(csv_text(column.type, r[index])) for r in rows), default=0)
    if column.type == "money":
        widest += 3  # the ¥ and the thousands separators
    return min(MAX_WIDTH, max(MIN_WIDTH, widest, text_width(column.title) + 3)) + 1


class TableWriter:
    """Rows of typed values to an XLSX (default) or CSV file (`fmt`, else the target's suffix)."""

    def __init__(self, target: str | os.PathLike[str], columns: Sequence[ColumnSpec], *,
                 fmt: str | None = None, sheet: str = "Sheet1") -> None:
        self.target = Path(target)
        self.columns = list(columns)
        self.fmt = (fmt or ("csv" if self.target.suffix.lower() == ".csv" else "xlsx")).lower()
        self._part = PartFile(self.target)
        self.part = self._part.path
        self.rows = 0
        self._pending: list[Sequence[Any]] | None = []
        self._closed = False
        if self.fmt == "csv":
            self._file = open(self.part, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._csv = csv.writer(self._file)
            self._csv.writerow([csv_text("text", c.title) for c in self.columns])
        else:
            self.part.touch()  # an unwritable place fails now (OSError), not after every row is paged
            self._book = XlsxBook(self.part)
            self._sheet = TypedSheet(self._book, sheet, self.columns)

    # -- writing -------------------------------------------------------------------------------
    def write(self, row: Sequence[Any]) -> None:
        """One row: a value per column, in column order."""
        if self.fmt == "csv":
            self._csv.writerow([csv_text(c.type, v) for c, v in zip(self.columns, row, strict=True)])
        elif self._pending is not None:
            self._pending.append(row)
            if len(self._pending) >= MEASURED_ROWS:
                self._start_sheet()
        else:
            self._sheet.write(self.rows + 1, row)
        self.rows += 1

    def write_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.write(row)

    def close(self) -> Path:
        """Finish the file and put it in place of the target; returns the target."""
        if self._closed:
            return self.target
        try:
            if self.fmt == "csv":
                self._file.close()
            else:
                if self._pending is not None:
                    self._start_sheet()
                self._sheet.autofilter(self.rows)
                self._book.close()
            self._part.commit()
        except BaseException:
            self.abort()
            raise
        self._closed = True
        return self.target

    def abort(self) -> None:
        """Stop and remove the partial file (the target, if it existed, is left as it was)."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "csv":
            self._file.close()
        else:  # the rows so far wait in XlsxWriter's temporary file: remove it
            self._book.abort()
        self._part.discard()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def _start_sheet(self) -> None:
        """Widths from the title and the rows held back, the frozen bold header, then those rows."""
        pending, self._pending = self._pending or [], None
        self._sheet.start(pending)
        for n, row in enumerate(pending, start=1):
            self._sheet.write(n, row)


_FORMATS = {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT, "date": DATE_FORMAT,
            "datetime": DATETIME_FORMAT}

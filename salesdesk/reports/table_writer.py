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
    money     Decimal rounded half up to the fen (0.01), shown "¥#,##0.00"
    percent   a percentage (12.5 means 12.5 %), stored as the fraction 0.125, shown "0.0%"
    date      a date (a datetime is taken in local time), shown yyyy-mm-dd
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
same in 4.6 s on this machine (installer/tools/export_bench.py). openpyxl still reads workbooks
and writes the report workbooks, which need its charts and formulas kept in memory anyway.
"""

from __future__ import annotations

import csv
import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import xlsxwriter
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

TYPES = ("text", "int", "money", "percent", "date", "datetime", "phone", "id")
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
    """One column: its header `title`, its `type` (see TYPES) and an optional `width` in characters
    (None: fitted to the title and the first rows)."""

    title: str
    type: str = "text"
    width: int | None = None

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
    if value is None or (value == "" and kind not in ("text", "phone", "id")):
        return None
    if kind == "money":
        return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)
    if kind == "percent":
        return Decimal(value) / 100
    if kind == "int":
        return int(value)
    if kind == "date":
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


class TableWriter:
    """Rows of typed values to an XLSX (default) or CSV file (`fmt`, else the target's suffix)."""

    def __init__(self, target: str | os.PathLike[str], columns: Sequence[ColumnSpec], *,
                 fmt: str | None = None, sheet: str = "Sheet1") -> None:
        self.target = Path(target)
        self.columns = list(columns)
        self.fmt = (fmt or ("csv" if self.target.suffix.lower() == ".csv" else "xlsx")).lower()
        self.part = self.target.with_name(self.target.name + ".part")
        self.rows = 0
        self._pending: list[Sequence[Any]] | None = []
        self._closed = False
        if self.fmt == "csv":
            self._file = open(self.part, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            self._csv = csv.writer(self._file)
            self._csv.writerow([csv_text("text", c.title) for c in self.columns])
        else:
            self.part.touch()  # an unwritable place fails now (OSError), not after every row is paged
            self._book = xlsxwriter.Workbook(str(self.part), {"constant_memory": True,
                                                              "strings_to_formulas": False,
                                                              "strings_to_numbers": False,
                                                              "strings_to_urls": False})
            self._sheet = self._book.add_worksheet(sheet[:31])
            self._bold = self._book.add_format({"bold": True})
            self._formats = {kind: self._book.add_format({"num_format": f}) for kind, f in _FORMATS.items()}
            self._quoted = self._book.add_format({"quote_prefix": True})

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
            self._write_row(self.rows + 1, row)
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
                self._sheet.autofilter(0, 0, self.rows, max(1, len(self.columns)) - 1)
                self._book.close()
            os.replace(self.part, self.target)
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
            row_data = getattr(self._sheet, "row_data_fh", None)
            if row_data is not None and not row_data.closed:
                row_data.close()
            filename = getattr(self._sheet, "row_data_filename", None)
            if filename:
                Path(filename).unlink(missing_ok=True)
        self.part.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    # -- XLSX ----------------------------------------------------------------------------------
    def _start_sheet(self) -> None:
        """Widths from the title and the rows held back, the frozen bold header, then those rows."""
        pending, self._pending = self._pending or [], None
        sheet = self._sheet
        for i, column in enumerate(self.columns):
            sheet.set_column(i, i, self._width(i, column, pending))
        sheet.freeze_panes(1, 0)
        for i, column in enumerate(self.columns):
            sheet.write_string(0, i, column.title, self._bold)
        for n, row in enumerate(pending, start=1):
            self._write_row(n, row)

    def _width(self, index: int, column: ColumnSpec, rows: list[Sequence[Any]]) -> float:
        if column.width is not None:
            return column.width
        widest = max((text_width(csv_text(column.type, r[index])) for r in rows), default=0)
        if column.type == "money":
            widest += 3  # the ¥ and the thousands separators
        return min(MAX_WIDTH, max(MIN_WIDTH, widest, text_width(column.title) + 3)) + 1

    def _write_row(self, n: int, row: Sequence[Any]) -> None:
        """Row `n` (0 is the header): text always as a string (never a formula: formula-like text with
        the quote prefix), numbers and dates as values in their column's format."""
        sheet = self._sheet
        for i, (column, raw) in enumerate(zip(self.columns, row, strict=True)):
            value = typed_value(column.type, raw)
            if value is None or value == "":
                continue
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters XLSX cannot hold
                if is_formula_like(value):
                    sheet.write_string(n, i, value, self._quoted)
                else:
                    sheet.write_string(n, i, value)
            elif isinstance(value, (date, datetime)):
                sheet.write_datetime(n, i, value, self._formats[column.type])
            else:  # exact to the fen as text, then Excel's double, as openpyxl wrote it
                sheet.write_number(n, i, float(value), self._formats.get(column.type))


_FORMATS = {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT, "date": DATE_FORMAT,
            "datetime": DATETIME_FORMAT}

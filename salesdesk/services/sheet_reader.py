"""A spreadsheet as rows of text: XLSX (first sheet) or CSV in UTF-8, UTF-8 with BOM or GBK/GB18030.

Shared by every import (people from the admin CLI, customers and leads from the client). The CSV
encoding is found by strict decoding, in order: UTF-8 (a BOM is dropped), then GB18030 (a superset
of GBK and GB2312, what Excel in China saves as "CSV"); a file neither decodes, or one with NUL
bytes (UTF-16, a binary file renamed), is refused. Every cell comes back as stripped text, exactly
as typed: a cell starting with = + - or @ is data, never evaluated (an XLSX formula cell gives its
formula text); a whole-number float (a phone typed as a number) loses its ".0"; a date is
yyyy-mm-dd. Rows whose cells are all empty are left out, keeping each row's number in the sheet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import DomainError

ENCODINGS = ("utf-8-sig", "gb18030")
NOT_TEXT = QT_TRANSLATE_NOOP("errors", "{file} is not a text file in UTF-8 or GBK/GB18030: save it from "
                                       "Excel as \"CSV UTF-8\" or as .xlsx.")
NOT_XLSX = QT_TRANSLATE_NOOP("errors", "{file} is not a readable .xlsx workbook.")
WRONG_TYPE = QT_TRANSLATE_NOOP("errors", "{file}: use a .csv or .xlsx file.")
EMPTY_FILE = QT_TRANSLATE_NOOP("errors", "{file} has no header row.")
NO_FILE = QT_TRANSLATE_NOOP("errors", "{file} does not exist.")


class SheetError(DomainError):
    """The file cannot be read as a table: a translatable message ("errors") and its parameters."""


@dataclass(frozen=True)
class Sheet:
    """The header row and the non-empty rows below it, each with its row number in the file."""

    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""  # the CSV's encoding ("" for XLSX)


def cell_text(value: object) -> str:
    """A cell's value as the text a person typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():  # a phone typed as a number in Excel
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def decode(raw: bytes, name: str = "") -> tuple[str, str]:
    """(text, encoding) of a CSV's bytes by strict decoding; SheetError when none fits."""
    if b"\x00" in raw:
        raise SheetError(NOT_TEXT, file=name)
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding), ("utf-8" if encoding == "utf-8-sig" else encoding)
        except UnicodeDecodeError:
            continue
    raise SheetError(NOT_TEXT, file=name)


def parse_csv(raw: bytes, name: str = "") -> Sheet:
    text, encoding = decode(raw, name)
    table = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text, newline=""))]
    return _sheet(table, name, encoding)


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:  # not data_only: a formula cell is read as the text it holds, never as a result
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises several kinds for a damaged or foreign file
        raise SheetError(NOT_XLSX, file=path.name) from exc
    try:
        return [[cell_text(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _sheet(table: list[list[str]], name: str, encoding: str = "") -> Sheet:
    if not table or not any(table[0]):
        raise SheetError(EMPTY_FILE, file=name)
    rows = [(n, cells) for n, cells in enumerate(table[1:], start=2) if any(cells)]
    return Sheet(headers=table[0], rows=rows, encoding=encoding)


def read_sheet(path: Path) -> Sheet:
    """The file at `path` as a Sheet (by its suffix); SheetError says what is wrong with it."""
    if not path.is_file():
        raise SheetError(NO_FILE, file=path.name)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _sheet(_read_xlsx(path), path.name)
    if suffix in (".csv", ".txt"):
        return parse_csv(path.read_bytes(), path.name)
    raise SheetError(WRONG_TYPE, file=path.name)

"""A quote or contract (`TradeDocument`) as an Excel workbook: one A4 portrait sheet.

Typed cells: amounts are numbers (the `Decimal`'s exact digits go into the file, never a float: `put`) in
¥ formats, quantities numbers, discount and tax rate percentages (stored as fractions), dates
dates, product codes text. The lines table has a frozen header that repeats on every printed page;
the sheet prints fitted to the page width.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from salesdesk.services.trade_documents import (
    HUNDRED,
    DocumentLine,
    Say,
    TradeDocument,
    Translate,
    Words,
    header_lines,
    labelled,
    sayer,
)

YUAN = '"¥"#,##0.00'
DATE = "yyyy-mm-dd"
TEXT = "@"
COLUMNS = (  # (label, width in characters)
    (Words.ROW, 5), (Words.CODE, 12), (Words.PRODUCT, 26), (Words.SPECIFICATION, 18), (Words.UNIT, 7),
    (Words.QUANTITY, 10), (Words.UNIT_PRICE, 13), (Words.DISCOUNT, 10), (Words.TAX_RATE, 9),
    (Words.AMOUNT, 16),
)
LAST = len(COLUMNS)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """A cell with `value`; a Decimal goes into the file as its own digits, typed as a number
    (openpyxl would format it through a float: "%.16g")."""
    if isinstance(value, Decimal):
        cell = sheet.cell(row, column, str(value))
        cell.data_type = "n"
        return cell
    return sheet.cell(row, column, value)


def percent_format(fraction: Decimal) -> str:
    """Whole percentages as 13%, others with two places (12.50%)."""
    return "0%" if (fraction * HUNDRED) == (fraction * HUNDRED).to_integral_value() else "0.00%"


def write_xlsx(document: TradeDocument, target: str | Path | IO[bytes],
               translate: Translate | None = None) -> None:
    """Write `document` to `target` (a path or a binary stream), labels in `translate`'s language."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = document.number[:31] or "1"
    t = sayer(translate)
    row = _head(sheet, document, t, translate)
    header = row
    for column, (label, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(header, column, t(label))
        cell.font, cell.border = BOLD, BOX
        cell.fill = PatternFill("solid", fgColor="E8EEF4")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(header + 1, 1)
    sheet.print_title_rows = f"{header}:{header}"
    for number, line in enumerate(document.lines, start=1):
        _line(sheet, header + number, number, line)
    row = _totals(sheet, header + len(document.lines) + 1, document, t)
    _signatures(sheet, row + 1, document, t)
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "portrait", sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    book.save(target)


def _merged(sheet: Worksheet, row: int, value: object, *, font: Font | None = None,
            align: str = "left", first: int = 1, last: int = LAST) -> None:
    cell = sheet.cell(row, first, value)
    if font is not None:
        cell.font = font
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _labelled(sheet: Worksheet, row: int, column: int, label: str, value: object,
              number_format: str | None = None) -> None:
    sheet.cell(row, column, label).font = BOLD
    cell = sheet.cell(row, column + 1, value)
    cell.alignment = Alignment(horizontal="left")
    if number_format:
        cell.number_format = number_format


def _head(sheet: Worksheet, d: TradeDocument, tr: Say, translate: Translate | None) -> int:
    """Title, the seller's header, number / dates, the customer; returns the lines' header row."""
    _merged(sheet, 1, d.seller.name, font=Font(bold=True, size=14), align="center")
    seller = "    ".join(header_lines(d.seller, tr, "  "))
    _merged(sheet, 2, seller or None, align="center")
    _merged(sheet, 3, d.title(translate), font=Font(bold=True, size=18), align="center")
    sheet.row_dimensions[3].height = 30
    _labelled(sheet, 5, 1, tr(Words.NUMBER), d.number, TEXT)
    sheet.merge_cells(start_row=5, start_column=2, end_row=5, end_column=3)
    _labelled(sheet, 5, 6, tr(Words.DATE), d.issued_on, DATE)
    if d.valid_until is not None:
        _labelled(sheet, 5, 8, tr(Words.VALID_UNTIL), d.valid_until, DATE)
        sheet.merge_cells(start_row=5, start_column=9, end_row=5, end_column=10)
    _labelled(sheet, 6, 1, tr(Words.BUYER), d.buyer.name)
    sheet.merge_cells(start_row=6, start_column=2, end_row=6, end_column=5)
    contact = " ".join(x for x in (d.buyer.contact, d.buyer.contact_phone) if x)
    _labelled(sheet, 6, 6, tr(Words.CONTACT), contact or None)
    sheet.merge_cells(start_row=6, start_column=7, end_row=6, end_column=10)
    row = 7
    for label, value in ((Words.ADDRESS, d.buyer.address), (Words.PHONE, d.buyer.phone),
                         (Words.SUBJECT, d.subject)):
        if value:
            _labelled(sheet, row, 1, tr(label), value)
            sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=LAST)
            row += 1
    return row + 1


def _line(sheet: Worksheet, row: int, number: int, line: DocumentLine) -> None:
    values: list[tuple[object, str | None]] = [
        (number, "0"), (line.code, TEXT), (line.name, None), (line.specification, None), (line.unit, None),
        (line.quantity, "#,##0.###"), (line.unit_price, YUAN),
        (line.discount / HUNDRED, percent_format(line.discount / HUNDRED)),
        (line.tax_rate, percent_format(line.tax_rate)), (line.net, YUAN),
    ]
    for column, (value, number_format) in enumerate(values, start=1):
        cell = put(sheet, row, column, value)
        cell.border = BOX
        if number_format:
            cell.number_format = number_format
        if column in (3, 4):
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _totals(sheet: Worksheet, row: int, d: TradeDocument, t: Say) -> int:
    """Subtotal, tax, total and the total in capitals below the lines; returns the next free row."""
    for label, value in ((Words.SUBTOTAL, d.subtotal), (Words.TAX, d.tax), (Words.TOTAL, d.total)):
        _merged(sheet, row, t(label), font=BOLD, align="right", first=1, last=LAST - 1)
        cell = put(sheet, row, LAST, value)
        cell.number_format, cell.font, cell.border = YUAN, BOLD, BOX
        row += 1
    sheet.cell(row, 1, t(Words.CAPITAL)).font = BOLD
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    _merged(sheet, row, d.capital, font=Font(bold=True, size=12), first=3)
    row += 2
    for value in (t(Words.PRICES_NOTE), d.notes):
        if value:
            _merged(sheet, row, value)
            row += 1
    return row


def _signatures(sheet: Worksheet, row: int, d: TradeDocument, t: Say) -> None:
    """Both parties side by side: name, representative, signature and seal, date."""
    sides = ((1, Words.SELLER, d.seller.name, d.seller_signatory),
             (6, Words.BUYER, d.buyer.name, d.buyer_signatory))
    for first, label, name, signatory in sides:
        last = first + 4
        _merged(sheet, row, labelled(t, label, name), font=BOLD, first=first, last=last)
        lines = ((Words.REPRESENTATIVE, signatory or ""), (Words.SIGNATURE, ""), (Words.SEAL, ""),
                 (Words.SIGNED_ON, ""))
        for offset, (caption, value) in enumerate(lines, start=1):
            _merged(sheet, row + offset, labelled(t, caption, value), first=first, last=last)

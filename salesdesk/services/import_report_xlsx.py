"""The error workbook of a refused import: one line per problem — the file's row number, the column,
what to fix (in the user's language), then the original row as it was in the file.

Every cell is written as text (a cell starting with = + - or @ stays data, never a formula), so
the user can correct the rows and import them again."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from salesdesk.i18n import ERRORS, QT_TRANSLATE_NOOP
from salesdesk.services.errors import FieldError, Translate
from salesdesk.services.record_import import ImportPreview

CONTEXT = "import"
ROW = QT_TRANSLATE_NOOP("import", "Row")
COLUMN = QT_TRANSLATE_NOOP("import", "Column")
WHAT_TO_FIX = QT_TRANSLATE_NOOP("import", "What to fix")
WHOLE_ROW = QT_TRANSLATE_NOOP("import", "(whole row)")
SHEET_TITLE = QT_TRANSLATE_NOOP("import", "Rows to fix")


def _untranslated(_context: str, text: str) -> str:
    return text


def problem_text(problem: FieldError, translate: Translate) -> str:
    """A problem in the user's language; a parameter that is itself a message is translated too."""
    params = {k: (translate(ERRORS, v) if isinstance(v, str) and v[:1].isupper() and v.endswith(".") else v)
              for k, v in (problem.params or {}).items()}
    return FieldError(problem.message, params, problem.field, problem.kind).text(translate)


def _text(sheet: object, value: object, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=None)  # type: ignore[arg-type]
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"  # text, even "=1+1": never a formula
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_error_workbook(preview: ImportPreview, target: str | Path | IO[bytes],
                         translate: Translate | None = None) -> int:
    """Write the rejected rows of `preview` to `target`; the number of problem lines written."""
    t = translate or _untranslated
    book = Workbook(write_only=True)
    sheet = book.create_sheet(re.sub(r"[\\/*?:\[\]]", " ", t(CONTEXT, SHEET_TITLE))[:31])
    headers = [t(CONTEXT, ROW), t(CONTEXT, COLUMN), t(CONTEXT, WHAT_TO_FIX), *preview.sheet.headers]
    sheet.column_dimensions["C"].width = 60
    sheet.freeze_panes = "D2"
    sheet.append([_text(sheet, h, bold=True) for h in headers])
    lines = 0
    if preview.problem is not None:
        sheet.append([_text(sheet, ""), _text(sheet, ""), _text(sheet, problem_text(preview.problem, t))])
        lines += 1
    for row in preview.rejected:
        for p in row.problems:
            column = preview.sheet.headers[p.column] if p.column is not None else t(CONTEXT, WHOLE_ROW)
            cells = [row.number, column, problem_text(p.problem, t), *row.cells]
            sheet.append([_text(sheet, c) for c in cells])
            lines += 1
    book.save(target)
    return lines

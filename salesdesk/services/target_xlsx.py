"""The target grid as an Excel workbook and back (openpyxl): export a version's grid for one tier,
edit it in Excel, import it into a draft with validation and a preview of the changes.

The sheet: a title row, then a header row (kind, id, name, the twelve months as yyyy-mm, the year),
then one row per node. The kind and id columns say which node a row is (the name is for people);
the year column is a formula and is not read back. Importing reads every month cell, compares it
with the draft and returns the changes (old → new) and the problems (unknown node, bad number, a
cell the person may not write, a locked version); nothing is saved until the caller saves the
changes in one transaction (targets.save_cells)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.document_xlsx import BOLD, put
from salesdesk.services.target_rules import Cell, parse_value
from salesdesk.services.targets import TargetGrid
from salesdesk.services.validation import BadValue

FIRST_ROW = 3  # row 1: the title, row 2: the header
MONTH_COLUMN = 4  # kind, id, name, then the months
UNKNOWN_NODE = QT_TRANSLATE_NOOP("errors", "Row {row}: no such company, unit or person in this grid.")
NOT_YOURS = QT_TRANSLATE_NOOP("errors", "Row {row}, {month}: you may not set this target.")
BAD_NUMBER = QT_TRANSLATE_NOOP("errors", "Row {row}, {month}: {problem}")
LOCKED = QT_TRANSLATE_NOOP("errors", "This target version is locked (published or submitted): start a new "
                                     "version to change it.")
BAD_SHEET = QT_TRANSLATE_NOOP("errors", "This is not a target sheet of this fiscal year: the months do not "
                                        "match.")


@dataclass(frozen=True)
class Problem:
    """One thing the import refuses: a translatable message and its parameters."""

    message: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One cell the import would change."""

    cell: Cell
    name: str
    old: Decimal | None
    new: Decimal | None


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: save `changes` only when `problems` is empty."""

    changes: list[Change]
    problems: list[Problem]

    @property
    def cells(self) -> dict[Cell, Decimal | None]:
        return {c.cell: c.new for c in self.changes}


def export_grid(grid: TargetGrid, target: str | Path | IO[bytes], tier: str = "target",
                title: str = "") -> None:
    """The grid of `tier` as a workbook; amounts are numbers with their exact digits."""
    book = Workbook()
    sheet = book.active
    sheet.title = f"FY{grid.months[0].year if grid.months else ''}"
    sheet.cell(1, 1, title or f"{grid.metric.name} · v{grid.version.number} · {tier}").font = BOLD
    headers = ["kind", "id", "name", *(m.strftime("%Y-%m") for m in grid.months), "year"]
    for col, text in enumerate(headers, start=1):
        sheet.cell(2, col, text).font = BOLD
    depth = _depths(grid)
    number_format = "#,##0" if grid.metric.measure == "count" else "#,##0.00"
    for r, node in enumerate(grid.nodes, start=FIRST_ROW):
        sheet.cell(r, 1, node.node_kind)
        sheet.cell(r, 2, node.node_id)
        sheet.cell(r, 3, "  " * depth.get(node.key, 0) + node.name)
        for i, m in enumerate(grid.months):
            value = grid.values.get((node.node_kind, node.node_id, m, tier))
            if value is not None:
                put(sheet, r, MONTH_COLUMN + i, value).number_format = number_format
        last = MONTH_COLUMN + len(grid.months)
        first_col, last_col = get_column_letter(MONTH_COLUMN), get_column_letter(last - 1)
        total = sheet.cell(r, last, f"=SUM({first_col}{r}:{last_col}{r})")
        total.number_format = number_format
    sheet.column_dimensions["C"].width = 28
    sheet.freeze_panes = sheet.cell(FIRST_ROW, MONTH_COLUMN)
    book.save(target)


def read_import(grid: TargetGrid, source: str | Path | IO[bytes], tier: str = "target") -> ImportPreview:
    """The changes an edited workbook makes to the draft `grid`, and what is wrong with it."""
    if not grid.editable:
        return ImportPreview([], [Problem(LOCKED)])
    sheet = load_workbook(source, data_only=False).active
    months = [str(sheet.cell(2, MONTH_COLUMN + i).value or "") for i in range(len(grid.months))]
    if months != [m.strftime("%Y-%m") for m in grid.months]:
        return ImportPreview([], [Problem(BAD_SHEET)])
    nodes = {(n.node_kind, n.node_id): n for n in grid.nodes}
    changes: list[Change] = []
    problems: list[Problem] = []
    for r in range(FIRST_ROW, sheet.max_row + 1):
        kind, raw_id = sheet.cell(r, 1).value, sheet.cell(r, 2).value
        if kind is None and raw_id is None:
            continue
        node = nodes.get((str(kind), _node_id(raw_id)))
        if node is None:
            problems.append(Problem(UNKNOWN_NODE, {"row": r}))
            continue
        for i, m in enumerate(grid.months):
            raw = sheet.cell(r, MONTH_COLUMN + i).value
            cell: Cell = (node.node_kind, node.node_id, m, tier)
            old = grid.values.get(cell)
            try:
                new = parse_value(_text(raw), grid.metric.measure)
            except BadValue as bad:
                problems.append(Problem(BAD_NUMBER, {"row": r, "month": _month(m), "problem": bad.message,
                                                     **bad.params}))
                continue
            if (old or Decimal(0)) == (new or Decimal(0)):
                continue
            if not node.writable:
                problems.append(Problem(NOT_YOURS, {"row": r, "month": _month(m)}))
                continue
            changes.append(Change(cell, node.name, old, new))
    return ImportPreview(changes, problems)


def _depths(grid: TargetGrid) -> dict[tuple[str, int | None], int]:
    parents = {n.key: n.parent for n in grid.nodes}
    out: dict[tuple[str, int | None], int] = {}
    for key in parents:
        depth, up = 0, parents.get(key)
        while up is not None and up in parents and depth < 50:
            depth, up = depth + 1, parents.get(up)
        out[key] = depth
    return out


def _node_id(raw: object) -> int | None:
    if raw is None or raw == "":
        return None
    try:
        return int(str(raw).strip())
    except ValueError:
        return -1


def _text(raw: object) -> object:
    if isinstance(raw, float):
        return repr(raw)
    return raw


def _month(m: date) -> str:
    return m.strftime("%Y-%m")

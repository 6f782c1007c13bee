"""The target grid's Excel round trip (services/target_xlsx.py) on the real database: a version's
grid exported and read back unchanged to the fen; an edited file previews its changes (old → new)
and names every problem (unknown node, bad number, a cell the person may not write, a locked
version) before anything is saved; the changes are then saved in one transaction."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from salesdesk.services import target_xlsx, targets
from tests.factories import Company, build_small_company

YEAR = 2031


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def edited(data: bytes, edits: dict[tuple[int, int], object], extra_row: list | None = None) -> io.BytesIO:
    book = load_workbook(io.BytesIO(data))
    sheet = book.active
    for (r, c), v in edits.items():
        sheet.cell(r, c, v)
    if extra_row:
        sheet.append(extra_row)
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    return out


def test_export_import_preview_and_save(co: Company, as_user) -> None:
    db = as_user("mgr_e")
    director = as_user("director")
    v = targets.draft(director, YEAR, "contract_amount")
    grid = targets.load_grid(director, YEAR, "contract_amount", v)
    m0 = grid.months[0]
    targets.save_cells(director, v, {("unit", co.units["EAST"], m0, "target"): Decimal("1000.01"),
                                     ("unit", co.units["EAST_T1"], m0, "target"): Decimal("333.33")})
    grid = targets.load_grid(db, YEAR, "contract_amount", v)
    out = io.BytesIO()
    target_xlsx.export_grid(grid, out)
    data = out.getvalue()
    # read back unchanged: no changes, no problems
    same = target_xlsx.read_import(grid, io.BytesIO(data))
    assert same.changes == [] and same.problems == []
    rows = {(load_workbook(io.BytesIO(data)).active.cell(r, 1).value,
             load_workbook(io.BytesIO(data)).active.cell(r, 2).value): r
            for r in range(3, 3 + len(grid.nodes))}
    t1, east = rows[("unit", co.units["EAST_T1"])], rows[("unit", co.units["EAST"])]
    assert Decimal(repr(load_workbook(io.BytesIO(data)).active.cell(east, 4).value)) == Decimal("1000.01")
    sp = rows[("person", co.people["sp_e1a"])]
    preview = target_xlsx.read_import(grid, edited(data, {(t1, 4): "500.5", (sp, 5): 12}))
    assert preview.problems == []
    assert {(c.cell[1], c.old, c.new) for c in preview.changes} == {
        (co.units["EAST_T1"], Decimal("333.33"), Decimal("500.50")), (co.people["sp_e1a"], None, Decimal(12))}
    # nothing saved yet
    def team() -> Decimal:
        shown = targets.load_grid(db, YEAR, "contract_amount", v)
        return shown.values[("unit", co.units["EAST_T1"], m0, "target")]

    assert team() == Decimal("333.33")
    assert targets.save_cells(db, v, preview.cells) == 2
    assert team() == Decimal("500.50")

    bad = target_xlsx.read_import(grid, edited(data, {(east, 4): 5, (t1, 4): "abc", (sp, 6): "1.005"},
                                                    ["person", 999999, "无名氏", 1]))
    messages = {p.message for p in bad.problems}
    assert messages == {target_xlsx.NOT_YOURS, target_xlsx.BAD_NUMBER, target_xlsx.UNKNOWN_NODE}
    assert len(bad.problems) == 4  # own unit (not mine to write), two bad numbers, one unknown row

    locked = targets.load_grid(db, YEAR, "contract_amount", v)
    locked.version = replace(locked.version, status="published")
    refused = target_xlsx.read_import(locked, io.BytesIO(data))
    assert [p.message for p in refused.problems] == [target_xlsx.LOCKED] and refused.changes == []

"""The lines model for child rows: generic lines, as quote and order lines will be."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from salesdesk.ui.lines_model import LineField, LineOp, LinesModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class QuoteLine:
    id: int
    version: int
    product: str
    quantity: str
    taxable: bool


FIELDS = [LineField("product", lambda: "Product"), LineField("quantity", lambda: "Quantity"),
          LineField("taxable", lambda: "Taxable", kind="check")]


def quote_lines() -> LinesModel[QuoteLine]:
    model: LinesModel[QuoteLine] = LinesModel(FIELDS)
    model.set_lines([QuoteLine(1, 3, "Pump", "2", True), QuoteLine(2, 1, "Valve", "10", False)])
    return model


def test_lines_pass_the_model_tester_while_edited(qtmodeltester) -> None:
    model = quote_lines()
    model.add({"product": "Hose"})
    model.set_errors(0, {"quantity": "Enter a number."})
    qtmodeltester.check(model)
    model.read_only = True
    qtmodeltester.check(model)


def test_edits_become_inserts_updates_and_deletes_with_the_versions_read() -> None:
    model = quote_lines()
    assert not model.is_dirty() and model.operations() == []
    assert model.setData(model.index(0, 1), " 3 ")
    assert model.setData(model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.remove(0)
    row = model.add({"product": "Hose", "quantity": "1"})
    assert model.is_dirty()
    assert model.operations() == [
        LineOp("delete", 1, 3, {}, -1),
        LineOp("update", 2, 1, {"taxable": True}, 0),
        LineOp("insert", None, None, {"product": "Hose", "quantity": "1", "taxable": False}, row)]
    model.set_lines([QuoteLine(2, 2, "Valve", "10", True)])  # saved and read again
    assert not model.is_dirty()


def test_problems_show_on_their_cell_until_it_is_edited() -> None:
    model = quote_lines()
    model.set_errors(1, {"quantity": "Enter a number."})
    cell = model.index(1, model.column_of("quantity"))
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Enter a number."
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # only the bad cell
    model.setData(cell, "12")
    assert model.errors_of(1) == {} and cell.data(Qt.ItemDataRole.BackgroundRole) is None


def test_read_only_lines_cannot_be_edited() -> None:
    model = quote_lines()
    model.read_only = True
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "Other")
    assert model.index(0, 0).data() == "Pump"

"""The lines model for child rows: generic lines (as quote lines will be) and the contacts built on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from salesdesk.services.customer_types import Contact
from salesdesk.ui.contacts_model import ContactsModel
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


def contact(i: int, primary: bool = False) -> Contact:
    return Contact(id=i, customer_id=7, name=f"联系人{i}", title=None, mobile=None, phone=None, email=None,
                   is_primary=primary, notes=None, version=i + 10,
                   updated_at=datetime(2026, 1, 1, tzinfo=UTC))


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


def test_contacts_keep_one_primary_and_save_the_move_last(qtmodeltester) -> None:
    model = ContactsModel()
    model.set_contacts([contact(1, primary=True), contact(2)])
    qtmodeltester.check(model)
    primary = model.column_of("is_primary")
    model.setData(model.index(1, primary), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [model.index(r, primary).data(Qt.ItemDataRole.CheckStateRole) for r in (0, 1)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    model.setData(model.index(0, model.column_of("email")), "a@example.com")
    ops = model.operations()
    assert [(op.kind, op.line_id, op.values) for op in ops] == [
        ("update", 1, {"email": "a@example.com"}),  # unticking the old primary is implied, not sent
        ("update", 2, {"is_primary": True})]  # the move comes after the other updates
    assert [op.version for op in ops] == [11, 12]


def test_the_first_contact_of_a_new_customer_is_the_primary_one() -> None:
    model = ContactsModel()
    model.add("甲")
    model.add("乙")
    assert [(c.name, c.is_primary) for c in model.inputs()] == [("甲", True), ("乙", False)]

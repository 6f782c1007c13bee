"""A draft quote's lines edited in the quote editor on the real database, typed into the cells
with QTest like a user (issue 13 §8): quantity, unit price, discount and tax rate changed, a product
added, a line removed; the totals are the database's, to the fen. Text that is no number stays in
its cell, marked, and nothing is sent; a save that meets someone else's line edit merges it (other
cells) or marks the cell both changed and stores nothing until saved again."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from PySide6.QtWidgets import QLineEdit, QTableView

from salesdesk.services.picks import Pick
from salesdesk.services.quotes import get_quote
from salesdesk.ui.lines_model import ERROR_ROLE
from salesdesk.ui.quote_editor import QuoteEditor
from tests.contract_support import product
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, main_window

pytestmark = pytest.mark.gui
FEN = Decimal("0.01")
LINE_COLUMNS = "product_id, quantity, unit_price, discount, tax_rate, amount, tax_amount"


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory(), deals=True)


@pytest.fixture
def quote_id(co: Company) -> int:
    return co.call("sp_e1a", "select api.quote_from_opportunity(%s)", (co.deals["sp_e1a商机1"],))[0][0]


def open_editor(qtbot, window, quote_id: int) -> QuoteEditor:  # noqa: ANN001
    editor = QuoteEditor(window, ctx=window.ctx, record=get_quote(window.ctx.session.database, quote_id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_cell(qtbot, editor: QuoteEditor, row: int, key: str, text: str) -> None:  # noqa: ANN001
    """Open the cell's editor, type as a user, and press Enter."""
    view, model = editor.ui.linesView, editor.line_model
    index = model.index(row, model.column_of(key))
    view.setCurrentIndex(index)
    view.edit(index)
    cell = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, "\r")
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState, timeout=WAIT_MS)


def save(qtbot, editor: QuoteEditor) -> None:  # noqa: ANN001
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.form_editor._saving, timeout=WAIT_MS)


def stored_lines(co: Company, quote_id: int) -> list[tuple]:
    with co.admin() as conn:
        return conn.execute(f"select {LINE_COLUMNS} from sales.quote_lines where quote_id = %s order by id",
                            (quote_id,)).fetchall()


def totals(co: Company, quote_id: int) -> tuple:
    with co.admin() as conn:
        return conn.execute("select amount, tax_amount, total_amount from sales.quotes where id = %s",
                            (quote_id,)).fetchone()


def fen(value: Decimal) -> Decimal:
    return value.quantize(FEN, ROUND_HALF_UP)


def test_lines_typed_in_the_cells_are_stored_and_totalled_to_the_fen(qtbot, co: Company,
                                                                     quote_id: int) -> None:
    seed = product(co)
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = open_editor(qtbot, window, quote_id)
        assert editor.line_model.rowCount() == 1 and not editor.line_model.read_only
        type_cell(qtbot, editor, 0, "quantity", "3")
        type_cell(qtbot, editor, 0, "unit_price", "3333.335")  # half up to the fen: 3,333.34
        type_cell(qtbot, editor, 0, "discount", "12.5")
        type_cell(qtbot, editor, 0, "tax_rate", "6")
        assert "computed when you save" in editor.ui.totalsLabel.text()
        editor.product_picker.picked.emit(Pick(seed, "SEED-1", ""))   # "Add a product": twice
        qtbot.waitUntil(lambda: editor.line_model.rowCount() == 2, timeout=WAIT_MS)
        editor.product_picker.picked.emit(Pick(seed, "SEED-1", ""))
        qtbot.waitUntil(lambda: editor.line_model.rowCount() == 3, timeout=WAIT_MS)
        type_cell(qtbot, editor, 1, "quantity", "2")
        type_cell(qtbot, editor, 1, "discount", "5")
        editor.ui.linesView.setCurrentIndex(editor.line_model.index(2, 1))
        editor.ui.removeLineButton.click()                             # the third goes again
        assert editor.line_model.rowCount() == 2
        save(qtbot, editor)
        assert editor.form_editor.record.total_amount == totals(co, quote_id)[2]
    lines = stored_lines(co, quote_id)
    first, second = (fen(Decimal(3) * Decimal("3333.34") * Decimal("0.875")),
                     fen(Decimal(2) * Decimal(10000) * Decimal("0.95")))
    assert [line[:5] for line in lines] == [
        (seed, Decimal(3), Decimal("3333.34"), Decimal("12.5"), Decimal(6)),
        (seed, Decimal(2), Decimal(10000), Decimal(5), lines[1][4])]
    assert (lines[0][5], lines[1][5]) == (first, second) == (Decimal("8750.02"), Decimal("19000.00"))
    tax = fen(first * 6 / 100) + fen(second * lines[1][4] / 100)
    assert totals(co, quote_id) == (first + second, tax, first + second + tax)


def test_text_that_is_no_number_stays_marked_in_its_cell_and_nothing_is_sent(qtbot, co: Company,
                                                                             quote_id: int) -> None:
    before = stored_lines(co, quote_id)
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = open_editor(qtbot, window, quote_id)
        type_cell(qtbot, editor, 0, "quantity", "three")
        type_cell(qtbot, editor, 0, "discount", "120")
        save(qtbot, editor)
        model = editor.line_model
        quantity = model.index(0, model.column_of("quantity"))
        discount = model.index(0, model.column_of("discount"))
        assert quantity.data() == "three" and quantity.data(ERROR_ROLE)
        assert editor.isVisible() and "Line 1" in editor.ui.messageLabel.text()
        assert stored_lines(co, quote_id) == before
        type_cell(qtbot, editor, 0, "quantity", "4")
        save(qtbot, editor)
        assert discount.data(ERROR_ROLE)       # the discount above 100 %, at its cell
        assert stored_lines(co, quote_id) == before
        type_cell(qtbot, editor, 0, "discount", "10")
        save(qtbot, editor)
    assert stored_lines(co, quote_id)[0][1:4] == (Decimal(4), Decimal(10000), Decimal(10))


def their_edit(co: Company, quote_id: int, values: str) -> None:
    """The owner, in another client, saves a change of the first line."""
    line, version = co.call("sp_e1a", "select id, version from api.quote_line_rows(%s)", (quote_id,))[0]
    co.call("sp_e1a", "select api.record_update('quote_line', %s, %s, %s::jsonb)", (line, version, values))


def test_a_save_meeting_their_line_edit_merges_other_cells_and_marks_the_same_cell(qtbot, co: Company,
                                                                                 quote_id: int) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = open_editor(qtbot, window, quote_id)
        type_cell(qtbot, editor, 0, "quantity", "2")
        their_edit(co, quote_id, '{"discount": 3}')
        save(qtbot, editor)                     # refused, merged (other cell), sent again
        merged = (Decimal(2), Decimal(10000), Decimal(3))
        qtbot.waitUntil(lambda: stored_lines(co, quote_id)[0][1:4] == merged, timeout=WAIT_MS)
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = open_editor(qtbot, window, quote_id)
        type_cell(qtbot, editor, 0, "quantity", "5")
        their_edit(co, quote_id, '{"quantity": 7}')
        save(qtbot, editor)                     # both changed the quantity: marked, nothing stored
        model = editor.line_model
        cell = model.index(0, model.column_of("quantity"))
        assert cell.data(ERROR_ROLE) and "7" in cell.data(ERROR_ROLE) and cell.data() == "5"
        assert "same lines" in editor.ui.messageLabel.text() and editor.isVisible()
        assert stored_lines(co, quote_id)[0][1] == Decimal(7)
        save(qtbot, editor)                     # saved again: mine, at their version
    assert stored_lines(co, quote_id)[0][1] == Decimal(5)


def test_a_sent_quote_opens_with_its_lines_read_only(qtbot, co: Company, quote_id: int) -> None:
    co.call("sp_e1a", "select api.quote_send(%s, null)", (quote_id,))
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = open_editor(qtbot, window, quote_id)
        model = editor.line_model
        assert model.read_only and not editor.ui.removeLineButton.isEnabled()
        assert not editor.product_picker.isEnabled() and not editor.save_button.isVisible()
        assert "10,000.00" in editor.ui.totalsLabel.text()

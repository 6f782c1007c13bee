"""The targets page end to end on the real database: the director drafts a year, types the company's
January into the grid (QTest key presses), watches the reconciliation while typing, splits down the
tree with the buttons and publishes; a manager then revises a split in a new version, and the history
keeps both. Cells the database would refuse are not editable; bad typing is kept and named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from zipfile import BadZipFile

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.target_import import TargetImportDialog
from salesdesk.ui.targets_page import TargetsPage
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
YEAR = date.today().year + 1


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def find(page: TargetsPage, kind: str, node: int | None, parent: QModelIndex | None = None) -> QModelIndex:
    """The grid row of a node (searched through the whole tree)."""
    model = page.model
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        n = model.node_at(index)
        if n is not None and n.key == (kind, node):
            return index
        deeper = find(page, kind, node, index)
        if deeper.isValid():
            return deeper
    return QModelIndex()


def type_into(qtbot, page: TargetsPage, index: QModelIndex, text: str) -> None:  # noqa: ANN001
    """Open the cell's editor as a user would (F2) and type into it, then Enter."""
    page.tree.setCurrentIndex(index)
    QTest.keyClick(page.tree, Qt.Key.Key_F2)

    def open_editors() -> list[QLineEdit]:
        return [e for e in page.tree.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: bool(open_editors()), timeout=WAIT_MS)
    editor = open_editors()[0]
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not open_editors(), timeout=WAIT_MS)


def readable(path: Path) -> bool:
    """The workbook is written whole (the export runs on a worker thread)."""
    try:
        load_workbook(path)
    except (OSError, BadZipFile, KeyError):
        return False
    return True


def db_value(co: Company, kind: str, node: int | None, month: date,
             version_status: str = "published") -> Decimal:
    with co.admin() as conn:
        row = conn.execute(
            "select x.value from sales.target_values x join sales.target_versions v on v.id = x.version_id "
            "where v.status = %s and v.fiscal_year = %s and x.node_kind = %s "
            "and x.node_id is not distinct from %s and x.month = %s and x.tier = 'target'",
            (version_status, YEAR, kind, node, month)).fetchone()
    return row[0] if row else Decimal(0)


def test_draft_reconcile_publish_and_revise_a_split(qtbot, co: Company) -> None:
    jan = date(YEAR, 1, 1)
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "targets")
        assert isinstance(page, TargetsPage)
        page.year_spin.setValue(YEAR)
        qtbot.waitUntil(lambda: page.new_button.isEnabled(), timeout=WAIT_MS)
        page.new_button.click()
        qtbot.waitUntil(lambda: page.set is not None and page.set.grid is not None, timeout=WAIT_MS)
        company = find(page, "company", None)
        jan_cell = page.model.index(company.row(), 1, company.parent())
        assert page.model.flags(jan_cell) & Qt.ItemFlag.ItemIsEditable
        own = find(page, "person", co.people["director"])
        assert not page.model.flags(page.model.index(own.row(), 1, own.parent())) & Qt.ItemFlag.ItemIsEditable

        type_into(qtbot, page, jan_cell, "12x")  # bad typing: kept and named, nothing saved
        qtbot.waitUntil(lambda: bool(page.model.problems), timeout=WAIT_MS)
        assert page.model.edits[("company", None, jan, "target")] == "12x"
        assert not page.save_button.isEnabled()
        type_into(qtbot, page, jan_cell, "1,200,000")
        qtbot.waitUntil(lambda: not page.model.problems, timeout=WAIT_MS)
        # live: the company's January is unallocated before anything is saved
        balance = page.model.balance(("company", None), jan)
        assert balance is not None and balance.difference == Decimal("1200000")
        assert page.model.unreconciled() == 1 and "1" in page.status.text()
        page.save_button.click()
        qtbot.waitUntil(lambda: not page.model.edits and page.set.grid.values.get(
            ("company", None, jan, "target")) == Decimal("1200000"), timeout=WAIT_MS)

        # split down the tree with the buttons, node by node
        for kind, key in (("company", None), ("unit", "EAST"), ("unit", "EAST_B1"), ("unit", "EAST_T1"),
                          ("unit", "EAST_T2"), ("unit", "NORTH"), ("unit", "NORTH_B1"), ("unit", "NORTH_T1")):
            node = None if key is None else co.units[key]
            page.tree.setCurrentIndex(find(page, kind, node))
            qtbot.waitUntil(lambda: page.split_buttons["even"].isEnabled(), timeout=WAIT_MS)
            before = page.set.grid
            page.split_buttons["even"].click()
            qtbot.waitUntil(lambda b=before: page.set.grid is not b, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.model.unreconciled() == 0, timeout=WAIT_MS)
        assert page.publish_button.isEnabled()
        page.publish_button.click()
        qtbot.waitUntil(lambda: page.set.grid.version.status == "published", timeout=WAIT_MS)
    team = sorted(co.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1"))
    a, b = db_value(co, "person", team[1], jan), db_value(co, "person", team[2], jan)
    assert a > 0 and b > 0

    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "targets")
        page.year_spin.setValue(YEAR)
        qtbot.waitUntil(lambda: page.set is not None and page.set.grid is not None
                        and page.new_button.isEnabled(), timeout=WAIT_MS)
        page.new_button.click()
        qtbot.waitUntil(lambda: page.set.grid.version.status == "draft", timeout=WAIT_MS)
        first = find(page, "person", team[1])
        second = find(page, "person", team[2])
        type_into(qtbot, page, page.model.index(first.row(), 1, first.parent()), str(a - 1000))
        assert page.model.unreconciled() == 1, page.model._balances  # the team is under-allocated, live
        type_into(qtbot, page, page.model.index(second.row(), 1, second.parent()), str(b + 1000))
        assert page.model.unreconciled() == 0
        page.save_button.click()
        qtbot.waitUntil(lambda: not page.model.edits and page.submit_button.isEnabled(), timeout=WAIT_MS)

        def reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("一组内部调整")
            dialog.accept()

        with answering(ReasonDialog, reason):
            page.submit_button.click()
        qtbot.waitUntil(lambda: page.set.grid.version.status == "published" and page.history.count() == 2,
                        timeout=WAIT_MS)
        assert "一组内部调整" in page.history.item(0).text()
    assert db_value(co, "person", team[1], jan) == a - 1000
    assert db_value(co, "person", team[1], jan, "superseded") == a


def test_excel_round_trip_previews_then_saves(qtbot, co: Company, tmp_path) -> None:  # noqa: ANN001
    jan = date(YEAR, 1, 1)
    path = tmp_path / "targets.xlsx"
    with main_window(qtbot, co, "mgr_e") as window:
        with co.connect("director") as conn:  # the year's draft, made by the director
            conn.execute("select api.target_draft(%s, 'contract_amount')", (YEAR,))
        page = wait_loaded(qtbot, window, "targets")
        page.year_spin.setValue(YEAR)
        qtbot.waitUntil(lambda: page.set is not None and page.set.grid is not None
                        and page.import_button.isEnabled(), timeout=WAIT_MS)
        page.export_to(str(path))
        qtbot.waitUntil(lambda: readable(path), timeout=WAIT_MS)
        book = load_workbook(path)
        sheet = book.active
        row = next(r for r in range(3, sheet.max_row + 1)
                   if (sheet.cell(r, 1).value, sheet.cell(r, 2).value) == ("person", co.people["sp_e1a"]))
        sheet.cell(row, 4, 8888.88)
        book.save(path)
        seen: list = []

        def confirm(dialog: TargetImportDialog) -> None:
            seen.append(dialog.table.rowCount())
            seen.append(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled())
            dialog.accept()

        with answering(TargetImportDialog, confirm):
            page.import_from(str(path))
            qtbot.waitUntil(lambda: page.set.grid.values.get(("person", co.people["sp_e1a"], jan, "target"))
                            == Decimal("8888.88"), timeout=WAIT_MS)
        assert seen == [1, True]

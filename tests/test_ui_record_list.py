"""The record list page over an in-memory list service: keyboard, actions per row, empty states, export."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from salesdesk.services.errors import PermissionDeniedError
from salesdesk.ui.columns import Column
from salesdesk.ui.record_actions import ActionSpec, always, each, one_row, right
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.record_model import RecordTableModel
from salesdesk.ui.tasks import TaskRunner
from tests.fake_sources import FakeSource, Item, ItemQuery, items

pytestmark = pytest.mark.gui
WAIT_MS = 5000
COLUMNS = [Column("name", lambda: "Name", lambda r: r.name, "name", fixed=True, width=160),
           Column("amount", lambda: "Amount", lambda r: str(r.amount), "amount", right=True, kind="int",
                  value=lambda r: r.amount),
           Column("owner", lambda: "Owner", lambda r: str(r.owner_id), hidden=True)]


@dataclass(frozen=True)
class BareItem:
    """A row from a service that sends no rights at all."""

    id: int
    name: str
    amount: int = 0
    owner_id: int | None = 1


def owned(row: Any, me: Any) -> bool:
    return row.owner_id is not None


class ItemsPage(RecordListPage):
    settings_key = "tests/items"

    def make_model(self) -> RecordTableModel:
        self.opened: list[Any] = []
        self.archived: list[Any] = []
        return RecordTableModel(self.ctx.tasks, self.ctx.source, COLUMNS, query=ItemQuery(), page_size=20,
                                parent=self)

    def query(self) -> ItemQuery:
        return ItemQuery(search=self.search.text().strip())

    def action_specs(self) -> list[ActionSpec]:
        return [ActionSpec("new", "new", lambda: "New", lambda: None, enabled=always),
                ActionSpec("open", "edit", lambda: "Open", self.open_selected, enabled=one_row),
                ActionSpec("archive", "archive", lambda: "Archive",
                           lambda: self.archived.extend(self.selected_ids()),
                           enabled=each(lambda r, me: owned(r, me) and right("can_manage")(r, me)))]

    def empty_text(self) -> str:
        return "No items yet — press {key} to add one"

    def open_row(self, row: Any) -> None:
        self.opened.append(row.id)


@pytest.fixture
def make_page(qtbot, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path))  # the header is remembered here
    runner = TaskRunner()
    errors: list[BaseException] = []

    def make(rows: list[Any]) -> ItemsPage:
        window = SimpleNamespace(handle_error=errors.append, pages={}, notify=lambda _t: None)
        me = SimpleNamespace(employee_id=1, data_scope="self")
        ctx = SimpleNamespace(session=SimpleNamespace(database=None, me=me), tasks=runner, live=None,
                              window=window, source=FakeSource(rows), show_page=lambda _s: None)
        page = ItemsPage(ctx)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(700, 500)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
        return page

    yield make
    runner.shutdown()


def search(qtbot, page: ItemsPage, text: str) -> None:  # noqa: ANN001
    page.search.setText(text)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.is_loaded() and not page.model.is_loading(), timeout=WAIT_MS)


def test_down_or_enter_in_the_search_moves_into_the_results_and_enter_opens(qtbot, make_page) -> None:
    page = make_page(items(50))
    search(qtbot, page, "item 000")
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    assert page.selected_ids() == [1] and page.opened == []
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on a row opens it
    assert page.opened == [2]
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # many results: Enter also moves into them
    assert QApplication.focusWidget() is page.view and page.selected_ids() == [1] and page.opened == [2]


def test_enter_in_the_search_opens_the_only_result_even_before_the_search_ran(qtbot, make_page) -> None:
    page = make_page(items(50))
    page.search.setFocus()
    qtbot.keyClicks(page.search, "item 00042")
    assert page.search_timer.isActive()  # typed faster than the search delay
    qtbot.keyClick(page.search, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: page.opened == [42], timeout=WAIT_MS)


def test_actions_follow_each_selected_rows_state_and_rights(qtbot, make_page) -> None:
    page = make_page([Item(1, "a mine"), Item(2, "b pool", owner_id=None),
                      Item(3, "c not mine", can_manage=False), BareItem(4, "d no rights sent"),
                      Item(5, "e mine too")])
    archive, open_, new = (page.actions_by_name[n] for n in ("archive", "open", "new"))
    assert not archive.isEnabled() and not open_.isEnabled() and new.isEnabled()  # nothing selected
    expected = {0: True, 1: False, 2: False, 3: False, 4: True}
    for row, enabled in expected.items():
        page.view.selectRow(row)
        assert archive.isEnabled() is enabled, page.model.row_at(row)
        assert open_.isEnabled()
    page.view.selectAll()
    assert not archive.isEnabled() and not open_.isEnabled()  # one pool row among them is enough
    page.view.clearSelection()
    page.view.selectRow(0)
    page.view.selectionModel().select(page.model.index(4, 0), page.view.selectionModel().SelectionFlag.Select
                                      | page.view.selectionModel().SelectionFlag.Rows)
    assert archive.isEnabled() and not open_.isEnabled()
    archive.trigger()
    assert page.archived == [1, 5]


def test_empty_states_say_what_to_do(qtbot, make_page) -> None:
    page = make_page([])
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No items yet — press Ctrl+N to add one"
    page.ctx.source.rows = items(5)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.rows()) == 5, timeout=WAIT_MS)
    assert not page.empty_label.isVisible()
    search(qtbot, page, "zzz <b>")
    assert page.empty_label.isVisible() and "Nothing matches “zzz &lt;b&gt;”" in page.empty_label.text()
    page.empty_label.linkActivated.emit("clear")  # "clear the search"
    qtbot.waitUntil(lambda: len(page.model.rows()) == 5, timeout=WAIT_MS)
    assert page.search.text() == "" and not page.empty_label.isVisible()
    page.ctx.source.fail = PermissionDeniedError()
    page.refresh()
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=WAIT_MS)
    assert page.empty_label.text() == "You are not allowed to do this."  # the error, in words


def test_count_label_never_wraps_and_export_gives_the_visible_columns(qtbot, make_page) -> None:
    from salesdesk.ui.i18n import install_language

    install_language("en")
    page = make_page(items(30))
    qtbot.waitUntil(lambda: page.count_label.text() == "30 records", timeout=WAIT_MS)  # a plural, in English
    assert not page.count_label.wordWrap()
    qtbot.waitUntil(lambda: page.count_label.width() >= page.count_label.sizeHint().width(), timeout=WAIT_MS)
    header = page.view.horizontalHeader()
    assert header.isSortIndicatorShown() and header.isSectionHidden(2)
    assert page.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    header.moveSection(1, 0)  # amount first
    export = page.export()
    assert [c.key for c in export.columns] == ["amount", "name"]
    assert export.rows[0] == (37, "item 00001") and not export.complete  # 20 of 30 loaded

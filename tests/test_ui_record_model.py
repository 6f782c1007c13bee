"""The paged record model over an in-memory list service: totals, paging, sorting, late answers, errors."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from salesdesk.services.errors import NotFoundError
from salesdesk.ui.columns import Column
from salesdesk.ui.record_model import PLACEHOLDER, RecordTableModel
from salesdesk.ui.tasks import TaskRunner
from tests.fake_sources import FakeSource, Item, ItemQuery, items

pytestmark = pytest.mark.gui
WAIT_MS = 5000
COLUMNS = [Column("name", lambda: "Name", lambda r: r.name, "name", fixed=True),
           Column("amount", lambda: "Amount", lambda r: str(r.amount), "amount", right=True),
           Column("owner", lambda: "Owner", lambda r: str(r.owner_id))]


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.shutdown()


def make(runner: TaskRunner, source: FakeSource, page_size: int = 50) -> RecordTableModel[Item]:
    model: RecordTableModel[Item] = RecordTableModel(runner, source, COLUMNS, query=ItemQuery(),
                                                     page_size=page_size)
    model.reload()
    return model


def settle(qtbot, model: RecordTableModel) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: model.is_settled() and not model.is_loading(), timeout=WAIT_MS)


def test_models_pass_the_model_tester_in_every_state(qtbot, qtmodeltester, runner) -> None:
    for source in (FakeSource(items(120)), FakeSource(items(120), exact=False), FakeSource([]),
                   FakeSource(items(3), fail=NotFoundError())):
        model = make(runner, source, page_size=20)
        settle(qtbot, model)
        qtmodeltester.check(model)
        settle(qtbot, model)  # the tester asked for every row: the fetches it started end cleanly


def test_an_exact_total_sizes_the_view_and_the_end_is_reached_in_a_few_fetches(qtbot, runner) -> None:
    source = FakeSource(items(1136))
    model = make(runner, source)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.setModel(model)
    view.show()
    settle(qtbot, model)
    assert model.rowCount() == 1136 and model.total() == 1136 and len(model.rows()) == 50
    assert model.index(1135, 0).data() == PLACEHOLDER
    bar = view.verticalScrollBar()
    assert bar.maximum() > 1000  # the scrollbar is sized to the total, not to what is loaded
    bar.setValue(bar.maximum())  # the user drags the handle to the bottom
    qtbot.waitUntil(lambda: model.row_at(1135) is not None, timeout=WAIT_MS)
    assert model.index(1135, 0).data() == "item 01136"
    assert len(source.list_calls) <= 5, source.list_calls
    assert max(limit for _after, limit in source.list_calls) == 500  # big pages when far away
    assert model.rowCount() == 1136 and [r.id for r in model.rows()] == list(range(1, 1137))


def test_at_least_counts_page_in_as_the_view_reaches_the_end(qtbot, runner) -> None:
    model = make(runner, FakeSource(items(120), exact=False, count_cap=100), page_size=50)
    settle(qtbot, model)
    assert (model.count, model.count_exact, model.total()) == (100, False, None)
    assert model.rowCount() == 50 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 100 and not model.is_loading(), timeout=WAIT_MS)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 120 and not model.is_loading(), timeout=WAIT_MS)
    assert not model.canFetchMore()
    assert (model.count, model.count_exact) == (120, True)  # the end is here: now it is exact


def test_sort_and_filter_run_on_the_server(qtbot, runner) -> None:
    source = FakeSource(items(30))
    model = make(runner, source, page_size=10)
    settle(qtbot, model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.row_at(0) is not None and not model.is_loading(), timeout=WAIT_MS)
    amounts = [r.amount for r in model.rows()]
    assert amounts == sorted((r.amount for r in source.rows), reverse=True)[:10]
    assert model.rowCount() == 30  # the total stays: re-sorting does not shrink the scrollbar
    calls = len(source.list_calls)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable on the server: nothing happens
    assert len(source.list_calls) == calls and model.sort_key == "amount"
    model.set_query(ItemQuery(search="item 0002"))
    settle(qtbot, model)
    assert {r.name for r in model.rows()} == {f"item {i:05d}" for i in range(20, 30)}
    assert [r.amount for r in model.rows()] == sorted((r.amount for r in model.rows()), reverse=True)
    assert model.total() == 10


def test_late_answers_of_an_old_query_are_dropped(qtbot, runner) -> None:
    source = FakeSource(items(40))
    source.hold_count = threading.Event()
    model = make(runner, source, page_size=10)  # counts 40 ... slowly
    qtbot.waitUntil(lambda: model.loaded_once, timeout=WAIT_MS)
    source.hold_count.set()  # the new query's count answers at once, the old one is still on its way
    model.set_query(ItemQuery(search="item 0000"))  # items 1-9
    settle(qtbot, model)
    qtbot.waitUntil(lambda: runner.active() == 0, timeout=WAIT_MS)
    assert model.count == 9 and model.rowCount() == 9


def test_a_failing_service_becomes_an_error_state(qtbot, runner) -> None:
    source = FakeSource(items(100))
    model = make(runner, source, page_size=10)
    settle(qtbot, model)
    assert model.rowCount() == 100
    source.fail = NotFoundError()
    with qtbot.waitSignal(model.failed, timeout=WAIT_MS) as failed:
        model.index(99, 0).data()  # asking for a far row fetches ... and fails
    assert isinstance(failed.args[0], NotFoundError)
    assert model.error and "not found" in model.error
    assert model.rowCount() == 10 and not model.canFetchMore()  # no endless placeholders, no retry loop
    source.fail = None
    model.reload()
    settle(qtbot, model)
    assert not model.error and model.rowCount() == 100


def test_single_rows_follow_live_changes(qtbot, runner) -> None:
    source = FakeSource(items(20))
    model = make(runner, source, page_size=10)
    settle(qtbot, model)
    source.change(3, name="renamed")
    model.refresh_record(3)
    qtbot.waitUntil(lambda: model.row_at(2).name == "renamed", timeout=WAIT_MS)
    source.delete(4)
    model.refresh_record(4)
    qtbot.waitUntil(lambda: model.row_of(4) is None, timeout=WAIT_MS)
    assert model.count == 19 and model.rowCount() == 19
    model.put(Item(5, "saved here"))
    assert model.row_at(3).name == "saved here"
    model.remove_record(5)
    assert model.count == 18 and model.rowCount() == 18


def test_a_page_read_before_a_change_does_not_bring_the_old_record_back(qtbot, runner) -> None:
    """A search typed just before a hand-on: its page was read with the record still mine."""
    source = FakeSource(items(20))
    model = make(runner, source, page_size=50)
    settle(qtbot, model)
    source.hold_answer = threading.Event()
    model.set_query(ItemQuery(search="item"))  # read now, answered later
    qtbot.waitUntil(lambda: len(source.list_calls) == 2, timeout=WAIT_MS)
    source.delete(4)  # handed away meanwhile ...
    source.change(5, name="item renamed")  # ... and another one renamed
    model.refresh_record(4)  # what the hand-on and the save say when they are done
    model.put(Item(5, "item renamed"))
    source.hold_answer.set()
    qtbot.waitUntil(lambda: model.row_of(4) is None and model.loaded_once, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.row_of(5) is not None
                    and model.row_at(model.row_of(5)).name == "item renamed", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: runner.active() == 0, timeout=WAIT_MS)
    assert model.row_of(4) is None and model.rowCount() == 19 and model.count == 19

"""The record picker on the real database: pinyin typed, Down, Enter picks; Esc, Tab, notes, stale answers.

The test page is a small form (a customer picker, then a notes line) as a new record screen lays it out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from salesdesk.db.session import Database
from salesdesk.services import customer_list
from salesdesk.services.picks import Pick
from salesdesk.ui.i18n import install_language
from salesdesk.ui.record_picker import RecordPicker
from salesdesk.ui.tasks import TaskRunner
from tests.factories import Company
from tests.ui_support import WAIT_MS

pytestmark = pytest.mark.gui


class PickerPage(QWidget):
    """The test page: a customer picker over the customer list API, and a field after it."""

    def __init__(self, tasks: TaskRunner, db: Database) -> None:
        super().__init__()
        self.picker = RecordPicker(tasks, functools.partial(customer_list.search_customers, db))
        self.after = QLineEdit()
        form = QFormLayout(self)
        form.addRow("Customer", self.picker)
        form.addRow("Notes", self.after)
        self.resize(500, 400)


@pytest.fixture
def page(qtbot, fresh_company: Company) -> Iterator[PickerPage]:  # noqa: ANN001
    with fresh_company.admin() as conn:
        for name, owner in (("深圳金德饮料有限公司", "sp_e1a"), ("金地置业有限公司", "sp_e1a"),
                            ("重庆金德贸易有限公司", "sp_n1a")):  # the last is hidden from sp_e1a
            fresh_company.add_customer(conn, name, owner=owner)
        conn.commit()
    db = Database.connect(fresh_company.url_for("sp_e1a"))
    tasks = TaskRunner()
    shown = PickerPage(tasks, db)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    tasks.shutdown()
    db.close()


def type_and_wait(qtbot, picker: RecordPicker, text: str) -> None:  # noqa: ANN001
    picker.edit.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT_MS):
        qtbot.keyClicks(picker.edit, text)


def listed(picker: RecordPicker) -> list[str]:
    return [picker.list.item(i).data(Qt.ItemDataRole.UserRole).text for i in range(picker.list.count())]


def test_a_pinyin_prefix_then_down_and_enter_picks_the_customer(qtbot, page: PickerPage,
                                                                 fresh_company: Company) -> None:
    picker = page.picker
    with fresh_company.admin() as conn:
        wanted = conn.execute("select id from sales.customers where name = %s",
                              ("深圳金德饮料有限公司",)).fetchone()[0]
    type_and_wait(qtbot, picker, "szjd")
    assert listed(picker) == ["深圳金德饮料有限公司"] and picker.is_open()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.list.hasFocus() and picker.list.currentRow() == 0
    with qtbot.waitSignal(picker.picked, timeout=WAIT_MS) as got:
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert isinstance(got.args[0], Pick) and got.args[0].id == wanted
    assert picker.value() == wanted and picker.edit.text() == "深圳金德饮料有限公司"
    assert not picker.is_open() and picker.edit.hasFocus()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # typing again: the pick no longer holds
    assert picker.value() is None


def test_enter_in_the_line_takes_the_first_match_and_hidden_ones_never_show(qtbot, page: PickerPage) -> None:
    picker = page.picker
    type_and_wait(qtbot, picker, "jin")
    assert sorted(listed(picker)) == ["深圳金德饮料有限公司", "金地置业有限公司"]  # not the other region's
    with qtbot.waitSignal(picker.picked, timeout=WAIT_MS):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.edit.text() == listed(picker)[0]


def test_esc_closes_the_list_and_tab_leaves(qtbot, page: PickerPage) -> None:
    picker = page.picker
    type_and_wait(qtbot, picker, "jd")
    assert picker.is_open()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.is_open() and picker.edit.text() == "jd" and picker.value() is None
    type_and_wait(qtbot, picker, "y")
    assert picker.is_open()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.after.hasFocus(), timeout=WAIT_MS)
    assert not picker.is_open()


def test_too_short_and_no_match_are_said_in_either_language(qtbot, page: PickerPage) -> None:
    picker = page.picker
    install_language("en")
    try:
        type_and_wait(qtbot, picker, "j")
        assert picker.list.count() == 0 and picker.note.text() == "Type at least 2 characters."
        install_language("zh_CN")  # the note shown follows the language switch
        qtbot.waitUntil(lambda: picker.note.text() == "请至少输入 2 个字符。", timeout=WAIT_MS)
        type_and_wait(qtbot, picker, "qqqq")
        assert picker.list.count() == 0 and picker.note.text() == "没有匹配的记录。"
    finally:
        install_language("en")


def test_a_search_the_server_refuses_says_why(qtbot, page: PickerPage) -> None:
    picker = page.picker
    type_and_wait(qtbot, picker, "13")  # two digits: the server wants three to search phone numbers
    assert picker.list.count() == 0 and "three digits" in picker.note.text()


def test_only_the_answer_to_the_latest_text_is_shown(qtbot, page: PickerPage) -> None:
    picker = page.picker
    picker.edit.setText("szjd")
    picker.find()                       # in flight for "szjd" ...
    picker.edit.setText("jdmy")
    with qtbot.waitSignal(picker.searched, timeout=WAIT_MS):
        picker.find()                   # ... overtaken: only the answer for "jdmy" counts
    qtbot.wait(50)
    assert listed(picker) == [] and picker.note.text() == "No match."


def test_typing_searches_once_when_it_pauses_and_off_the_gui_thread(qtbot, page: PickerPage) -> None:
    import threading

    calls: list[tuple[str, bool]] = []
    search = page.picker.search

    def counted(text: str, limit: int) -> list[Pick]:
        calls.append((text, threading.current_thread() is threading.main_thread()))
        return search(text, limit)

    picker = RecordPicker(page.picker.tasks, counted, delay_ms=1500)  # a pause longer than any key gap
    page.layout().addRow("Again", picker)
    type_and_wait(qtbot, picker, "szjd")
    assert calls == [("szjd", False)] and listed(picker) == ["深圳金德饮料有限公司"]

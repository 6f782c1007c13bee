"""The approvals page end to end on the real database (scratch kind `t_item`): a supervisor's
inbox, approve by Ctrl+Enter, a reject without a comment asks for one and keeps the typing, the
salesperson's submitted list with withdraw, the inbox filling from the change feed, and a busy
inbox read a page at a time as its table scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk.services import approvals
from salesdesk.ui.approvals_page import ApprovalsPage
from tests.factories import Company, build_small_company
from tests.scratch_kinds import declare_scratch_approvals
from tests.test_approvals import SUPERIOR, add_item, add_rule, status, submit
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory())
    declare_scratch_approvals(c)
    add_rule(c, [SUPERIOR])
    return c


def test_the_supervisor_approves_with_ctrl_enter(qtbot, co: Company) -> None:
    item = add_item(co, "sp_e1a", amount=1000)
    req = submit(co, "sp_e1a", item)
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "approvals")
        assert isinstance(page, ApprovalsPage)
        assert [r.id for r in page.inbox_model.rows()] == [req]
        qtbot.waitUntil(lambda: page.trail_model.rowCount() == 2, timeout=WAIT_MS)  # submitted, waiting
        assert page.buttons["approve"].isEnabled() and not page.buttons["withdraw"].isEnabled()
        page.comment.setFocus()
        page.comment.setPlainText("同意")
        qtbot.keyClick(page.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.inbox_model.rowCount() == 0, timeout=WAIT_MS)
        assert status(co, item) == "approved"
        assert page.comment.toPlainText() == ""


def test_a_reject_needs_a_comment_and_keeps_the_typing_on_failure(qtbot, co: Company) -> None:
    item = add_item(co, "sp_e1a")
    submit(co, "sp_e1a", item)
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "approvals")
        qtbot.waitUntil(lambda: page.inbox_model.rowCount() == 1, timeout=WAIT_MS)
        page.buttons["reject"].click()
        assert page.message.text() == "Write a comment: a rejection says why."
        assert status(co, item) == "submitted"
        co.call("sp_e1a", "select api.approval_withdraw(%s)", (page.inbox_model.rows()[0].id,))
        page.comment.setPlainText("折扣太大")
        page.buttons["reject"].click()   # withdrawn meanwhile: the database says so, the comment stays
        qtbot.waitUntil(lambda: "not waiting" in page.message.text(), timeout=WAIT_MS)
        assert page.comment.toPlainText() == "折扣太大"


def test_the_feed_fills_the_inbox_and_the_salesperson_withdraws(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sup_e1", live=True) as boss_window:
        inbox = wait_loaded(qtbot, boss_window, "approvals")
        assert inbox.inbox_model.rowCount() == 0
        item = add_item(co, "sp_e1a")
        req = submit(co, "sp_e1a", item)
        # the client's live updates read the change feed (at the latest on their 5 s poll)
        qtbot.waitUntil(lambda: [r.id for r in inbox.inbox_model.rows()] == [req], timeout=WAIT_MS)
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "approvals")
        assert page.inbox_model.rowCount() == 0
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.mine_model.rowCount() == 1, timeout=WAIT_MS)
        assert page.mine_model.rows()[0].waiting_on == "张主管"
        assert page.buttons["withdraw"].isEnabled() and not page.buttons["approve"].isEnabled()
        page.buttons["withdraw"].click()
        qtbot.waitUntil(lambda: [r.state for r in page.mine_model.rows()] == ["withdrawn"], timeout=WAIT_MS)
        assert status(co, item) == "draft"


def test_a_busy_inbox_reads_a_page_and_the_next_as_the_table_scrolls(qtbot, co: Company) -> None:
    with co.admin() as conn:  # 120 items of the supervisor's people
        items = [r[0] for r in conn.execute(
            "insert into sales.t_items (holder_id, title, amount, discount) "
            "select %s, '测试单' || n, n, 0 from generate_series(1, 120) n returning id",
            (co.people["sp_e1a"],)).fetchall()]
        conn.commit()
    with co.connect("sp_e1a") as conn:
        reqs = [conn.execute("select api.t_item_submit(%s)", (item,)).fetchone()[0] for item in items]
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "approvals")
        assert isinstance(page, ApprovalsPage)
        assert [r.id for r in page.inbox_model.rows()] == reqs[:approvals.INBOX_PAGE]
        assert page.tabs.tabText(0) == "Waiting on me (120)"  # every one counted, 50 read
        view = page.inbox_view
        for shown in (100, 120):
            view.scrollToBottom()  # the view asks the model for more at its end
            qtbot.waitUntil(lambda n=shown: page.inbox_model.rowCount() == n, timeout=WAIT_MS)
        assert [r.id for r in page.inbox_model.rows()] == reqs
        view.scrollToBottom()
        qtbot.wait(200)
        assert page.inbox_model.rowCount() == 120 and not page.inbox_model.canFetchMore()
        view.selectRow(110)  # deciding one far down reads the inbox again, as much of it as was shown
        scrolled = view.verticalScrollBar().value()
        assert scrolled > 0
        page.comment.setPlainText("同意")
        page.buttons["approve"].click()
        qtbot.waitUntil(lambda: page.inbox_model.rowCount() == 119, timeout=WAIT_MS)
        assert reqs[110] not in [r.id for r in page.inbox_model.rows()]
        assert page.current().id == reqs[111]  # the next one is chosen, where the decided one was
        bar = view.verticalScrollBar()  # and the table stays (one row fewer may end it sooner)
        assert bar.value() == min(scrolled, bar.maximum()) > 0
        assert page.tabs.tabText(0) == "Waiting on me (119)"
        assert status(co, items[110]) == "approved"

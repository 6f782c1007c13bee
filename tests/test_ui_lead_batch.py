"""Leads on the real database, several at a time (issue 12 §3, §6): disqualify a selection with one
reason by keyboard, all or nothing with the lead that failed named and the reason kept; the lead
pool page filters by pool for who sees several, and a manager weeds the pool the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.services import leads
from salesdesk.ui.reason_dialog import ReasonDialog
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(fresh_company: Company) -> Company:
    c = fresh_company
    with c.admin() as conn:
        for name in ("甲公司", "乙公司", "丙公司"):
            c.add_lead(conn, name, owner="sp_e1a")
        c.add_lead(conn, "东区池线索", pool="EAST")
        c.add_lead(conn, "北区池线索", pool="NORTH")
        conn.commit()
    return c


def names(page) -> list[str]:  # noqa: ANN001
    return [r.company_name for r in page.model.rows()]


def select(qtbot, page, *wanted: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: set(wanted) <= set(names(page)), timeout=WAIT_MS)
    page.view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in wanted:
        page.view.selectionModel().select(page.model.index(names(page).index(name), 0), flags)
    page.view.setFocus()


def statuses(co: Company) -> dict[str, tuple[str, str | None]]:
    with co.admin() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.execute(
            "select company_name, status, disqualify_reason from sales.leads where company_name = any (%s)",
            (["甲公司", "乙公司", "丙公司", "东区池线索", "北区池线索"],))}


def test_several_leads_are_disqualified_with_one_reason_by_keyboard(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "leads")
        select(qtbot, page, "甲公司", "丙公司")
        assert page.actions_by_name["disqualify"].isEnabled()

        def give_reason(dialog: ReasonDialog) -> None:
            assert "2" in dialog.ui.promptLabel.text()
            dialog.ui.reasonEdit.setText("无采购需求")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            qtbot.keyClick(page.view, Qt.Key.Key_D,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        # QTest's emulated Shift stays down when a modal dialog ran inside the key press: let it go,
        # as a real keyboard does, or the next test's selectRow would extend a selection
        for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
            qtbot.keyRelease(page.view, key)
        assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        qtbot.waitUntil(lambda: statuses(co)["丙公司"][0] == "disqualified", timeout=WAIT_MS)
        assert statuses(co)["甲公司"] == ("disqualified", "无采购需求")
        assert statuses(co)["乙公司"] == ("new", None)
        shown = lambda: {r.company_name: r.status for r in page.model.rows()}  # noqa: E731
        qtbot.waitUntil(lambda: shown()["甲公司"] == "disqualified", timeout=WAIT_MS)


def test_one_refusal_leaves_all_as_they_were_names_the_lead_and_keeps_the_reason(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "leads")
        select(qtbot, page, "甲公司", "乙公司", "丙公司")
        with co.admin() as conn:  # someone saves 乙公司 after the list was read
            conn.execute("update sales.leads set notes = '刚联系过' where company_name = '乙公司'")
            conn.commit()
        seen: list[str] = []

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("重复线索")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: dialog.ui.reasonError.isVisible(), timeout=WAIT_MS)
            seen.extend([dialog.ui.reasonError.text(), dialog.ui.reasonEdit.text()])
            dialog.reject()

        with answering(ReasonDialog, give_reason):
            page.actions_by_name["disqualify"].trigger()
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
        assert seen[0].startswith("Nothing was changed: 乙公司:") and seen[1] == "重复线索"
        assert {s for s, _ in statuses(co).values()} == {"new"}


def test_the_pool_page_filters_by_pool_and_a_manager_disqualifies_there(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "lead_pool")
        qtbot.waitUntil(lambda: page.pool.count() > 2, timeout=WAIT_MS)  # "all" and both regions' pools
        assert page.pool.isVisibleTo(page)
        qtbot.waitUntil(lambda: {"东区池线索", "北区池线索"} <= set(names(page)), timeout=WAIT_MS)
        page.pool.setCurrentIndex(page.pool.findData(co.pools["NORTH"]))
        qtbot.waitUntil(lambda: names(page) == ["北区池线索"], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.model.count == 1 and page.model.count_exact, timeout=WAIT_MS)
        select(qtbot, page, "北区池线索")

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.reasonEdit.setText("空号")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            page.actions_by_name["disqualify"].trigger()
        qtbot.waitUntil(lambda: statuses(co)["北区池线索"] == ("disqualified", "空号"), timeout=WAIT_MS)
        assert leads.get_lead(window.session.database, co.leads["东区池线索"]).status == "new"
    with main_window(qtbot, co, "sp_e1a") as window:  # a salesperson claims from the pool, no more
        page = wait_loaded(qtbot, window, "lead_pool")
        qtbot.waitUntil(lambda: "东区池线索" in names(page), timeout=WAIT_MS)
        assert "disqualify" not in page.actions_by_name


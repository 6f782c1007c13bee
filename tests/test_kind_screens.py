"""A kind's screens from declarations, end to end on the real database: the example kind `t_project`
(tests/kinds_example: SQL declarations, one Python file of declarations, a Designer form) gets a
list page that pages, sorts by every declared sort, searches and filters by scope and status, and
an editor that creates, edits, refuses at the field with the typing kept (the form's type, the
service's spec, the database's constraint) and merges a save that met someone else's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.ui.kind_list import KindListPage
from tests.factories import Company
from tests.kinds_example.project import SCREEN, SQL, ProjectEditor
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
N = 60  # more than a page (50)


@pytest.fixture
def co(fresh_company: Company) -> Company:
    c = fresh_company
    with c.admin() as conn:
        conn.execute(SQL.read_text())
        conn.execute("reset role")
        for i in range(N):
            c.add_record(conn, "t_project", owner="sp_e1a", name=f"Project {i:02d}", budget=1000 + i * 7 % 13,
                         due_on=date(2027, 1 + i % 12, 1 + i % 28) if i % 5 else None,
                         status=("planned", "running", "done")[i % 3])
        c.add_record(conn, "t_project", owner="sp_e1b", name="Peer project", status="done")
        c.add_record(conn, "t_project", owner="sp_n1a", name="North project")
        conn.commit()
    return c


def open_page(qtbot, window) -> KindListPage:  # noqa: ANN001
    page = KindListPage(window.ctx, SCREEN)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
    return page


def settled(qtbot, page, expected_count: int | None = None) -> list:  # noqa: ANN001
    """Every row of the list, once loaded to its end."""
    qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
    page.model.fetch_to_end()
    qtbot.waitUntil(lambda: page.model.is_complete() and len(page.model.rows()) == page.model.total(),
                    timeout=WAIT_MS)
    rows = page.model.rows()
    if expected_count is not None:
        assert len(rows) == expected_count
    return rows


def save(editor: ProjectEditor) -> None:
    editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_list_pages_sorts_by_every_declared_sort_searches_and_filters(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = open_page(qtbot, window)
        assert page.objectName() == "tProjectsPage" and page.scope.findData("team") >= 0
        assert len(page.model.rows()) == 50 and page.model.count == N + 0  # a peer's are out of sight
        assert page.count_label.text() == f"{N} project(s)"
        rows = settled(qtbot, page, N)
        assert [r.name for r in rows] == [f"Project {i:02d}" for i in range(N)]  # by name, the default
        keys = {"name": lambda r: r.name, "budget": lambda r: r.budget, "updated_at": lambda r: r.updated_at}
        for column, c in enumerate(page.model.columns):
            if c.sort_key is None:
                continue
            for descending in (False, True):
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                page.model.sort(column, order)
                got = settled(qtbot, page, N)
                if c.sort_key == "due_on":  # empty dates come last either way
                    dated = [r.due_on for r in got if r.due_on is not None]
                    assert dated == sorted(dated, reverse=descending) and got[-1].due_on is None
                else:
                    values = [keys[c.sort_key](r) for r in got]
                    assert values == sorted(values, reverse=descending), c.sort_key
        page.search.setText("Project 07")
        qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["Project 07"], timeout=WAIT_MS)
        page.clear_filters()
        page.combos["status"].setCurrentIndex(page.combos["status"].findData("done"))
        assert {r.status for r in settled(qtbot, page, N // 3)} == {"done"}
        page.scope.setCurrentIndex(page.scope.findData("team"))
        settled(qtbot, page, 0)  # a salesperson has no team
    with main_window(qtbot, co, "sup_e1") as window:
        page = open_page(qtbot, window)
        page.scope.setCurrentIndex(page.scope.findData("team"))
        assert "Peer project" in {r.name for r in settled(qtbot, page, N + 1)}
        page.scope.setCurrentIndex(page.scope.findData("mine"))
        settled(qtbot, page, 0)


def test_the_editor_creates_refuses_at_the_field_and_edits(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = open_page(qtbot, window)
        seen: dict = {}

        def create(editor: ProjectEditor) -> None:
            seen["title"] = editor.windowTitle()
            editor.ui.budgetEdit.setText("abc")
            save(editor)  # the form's type refuses it: at the field, nothing sent, the typing kept
            assert editor.ui.budgetError.isVisible() and editor.ui.budgetEdit.text() == "abc"
            editor.ui.budgetEdit.setText("6.5万")
            save(editor)  # no name: the service's spec refuses it
            qtbot.waitUntil(lambda: editor.ui.nameError.isVisible(), timeout=WAIT_MS)
            editor.ui.nameEdit.setText("新项目")
            editor.ui.dueOnEdit.setText("2019-12-31")
            save(editor)  # the database's own rule refuses it, at its field, the typing kept
            qtbot.waitUntil(lambda: editor.ui.dueOnError.isVisible(), timeout=WAIT_MS)
            seen["due_on"] = (editor.ui.dueOnError.text(), editor.ui.nameEdit.text(), editor.isVisible())
            editor.ui.dueOnEdit.setText("2027-03-01")
            editor.ui.statusCombo.setCurrentIndex(editor.ui.statusCombo.findData("running"))
            picker = editor.ui.customerIdPicker  # the reference: searched as typed, picked by Enter
            with qtbot.waitSignal(picker.searched, timeout=WAIT_MS):
                qtbot.keyClicks(picker.edit, "sp_e1a")  # its customers, by name: 客户1 first
            qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
            assert editor.form.value("customer_id") == co.customers["sp_e1a客户1"]
            save(editor)

        with answering(ProjectEditor, create) as answered:
            page.actions_by_name["new"].trigger()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        assert seen["title"] == "New project"
        assert seen["due_on"] == ("This value is not valid.", "新项目", True)
        page.search.setText("新项目")
        qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["新项目"], timeout=WAIT_MS)
        row = page.model.row_at(0)
        assert (row.budget, row.due_on, row.status, row.customer_name) == (
            Decimal("65000.00"), date(2027, 3, 1), "running", "sp_e1a客户1")

        page.view.selectRow(0)

        def rename(editor: ProjectEditor) -> None:
            assert editor.ui.nameEdit.text() == "新项目" and editor.ui.budgetEdit.text() == "¥65,000.00"
            assert editor.ui.customerIdPicker.edit.text() == "sp_e1a客户1"
            editor.ui.nameEdit.setText("新项目二期")
            save(editor)

        with answering(ProjectEditor, rename) as answered:
            page.actions_by_name["edit"].trigger()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.model.row_at(0).name == "新项目二期", timeout=WAIT_MS)


def test_a_save_that_met_someone_elses_merges_and_asks_only_about_both_changed_fields(
        qtbot, co: Company) -> None:
    def someone_else(sql: str) -> None:
        with co.admin() as conn:
            conn.execute(f"update sales.t_projects set {sql} where name = 'Project 01'")
            conn.commit()

    with main_window(qtbot, co, "sp_e1a") as window:
        page = open_page(qtbot, window)
        page.view.selectRow(1)
        seen: dict = {}

        def edit(editor: ProjectEditor) -> None:
            someone_else("budget = 777")  # a field I do not touch: taken, and mine saved on top
            editor.ui.statusCombo.setCurrentIndex(editor.ui.statusCombo.findData("done"))
            save(editor)
            qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)

        with answering(ProjectEditor, edit) as answered:
            page.actions_by_name["edit"].trigger()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        with co.admin() as conn:
            assert conn.execute("select budget, status from sales.t_projects where name = 'Project 01'"
                                ).fetchone() == (Decimal("777.00"), "done")

        def clash(editor: ProjectEditor) -> None:
            someone_else("name = 'Their name'")
            editor.ui.nameEdit.setText("My name")
            save(editor)  # both changed the name: asked, the typing kept and marked
            form = editor.form_editor
            qtbot.waitUntil(lambda: form.conflict_dialog is not None, timeout=WAIT_MS)
            seen["marked"] = (editor.form.marked(), editor.ui.nameEdit.text())
            form.conflict_dialog.ui.keepButton.click()
            qtbot.waitUntil(lambda: form.conflict_dialog is None, timeout=WAIT_MS)
            save(editor)  # mine, on top of theirs
            qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)

        qtbot.waitUntil(lambda: page.model.row_at(1).status == "done", timeout=WAIT_MS)
        page.view.selectRow(1)
        with answering(ProjectEditor, clash) as answered:
            page.actions_by_name["edit"].trigger()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        assert seen["marked"] == (["name"], "My name")
        with co.admin() as conn:
            mine = conn.execute("select count(*) from sales.t_projects where name = 'My name'").fetchone()
        assert mine == (1,)


def test_the_ported_lead_list_still_starts_newest_first(qtbot, fresh_company: Company) -> None:
    for name in ("A 最早", "C 其次", "B 最新"):  # saved one after the other: not in name order
        with fresh_company.admin() as conn:
            fresh_company.add_lead(conn, name, owner="sp_e1a")
            conn.commit()
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        for key in ("leads", "lead_pool"):
            page = wait_loaded(qtbot, window, key)
            assert (page.model.sort_key, page.model.descending) == ("updated_at", True)
        page = wait_loaded(qtbot, window, "leads")
        assert [r.company_name for r in page.model.rows()] == ["B 最新", "C 其次", "A 最早"]


def test_a_lead_opened_from_the_list_is_edited_in_the_ported_editor(qtbot, fresh_company: Company) -> None:
    from salesdesk.ui.lead_editor import LeadEditor

    with fresh_company.admin() as conn:
        lead = fresh_company.add_lead(conn, "东海贸易", owner="sp_e1a", contact_name="刘经理")
        conn.commit()
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "leads")
        qtbot.waitUntil(lambda: page.model.row_of(lead) is not None, timeout=WAIT_MS)
        page.view.selectRow(page.model.row_of(lead))

        def edit(editor: LeadEditor) -> None:
            assert not editor.ui.contactNameEdit.isReadOnly() and editor.save_button.isVisible()
            editor.ui.contactNameEdit.setText("刘建国")
            save(editor)

        with answering(LeadEditor, edit) as answered:
            page.open_selected()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(lead)).contact_name == "刘建国",
                        timeout=WAIT_MS)


def test_archive_takes_the_selected_projects_off_the_list(qtbot, co: Company) -> None:
    from PySide6.QtWidgets import QMessageBox

    with main_window(qtbot, co, "sp_e1a") as window:
        page = open_page(qtbot, window)
        page.view.selectRow(0)
        assert page.actions_by_name["archive"].isEnabled()
        page.actions_by_name["archive"].trigger()
        box = page.active_dialog
        assert isinstance(box, QMessageBox) and box.text().startswith("Archive 1 project")
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: "Project 00" not in {r.name for r in page.model.rows()}, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.model.count == N - 1, timeout=WAIT_MS)
    with co.admin() as conn:
        archived = conn.execute("select archived_at is not null from sales.t_projects "
                                "where name = 'Project 00'").fetchone()
    assert archived == (True,)


def test_esc_asks_before_dropping_typing_and_ctrl_s_saves(qtbot, co: Company) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    with main_window(qtbot, co, "sp_e1a") as window:
        page = open_page(qtbot, window)
        asked: list[str] = []

        def keys(editor: ProjectEditor) -> None:
            editor.ui.nameEdit.setText("快捷键项目")

            def stay(box: QMessageBox) -> None:
                asked.append(box.objectName())
                box.button(QMessageBox.StandardButton.Cancel).click()

            with answering(QMessageBox, stay):
                qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_Escape)
            assert editor.isVisible() and editor.ui.nameEdit.text() == "快捷键项目"  # Cancel: kept
            editor.activateWindow()  # a shortcut works in the active window (the box had it)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=WAIT_MS)
            qtbot.keyClick(editor.ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

        with answering(ProjectEditor, keys) as answered:
            page.actions_by_name["new"].trigger()
            qtbot.waitUntil(lambda: bool(answered) and not answered[0].isVisible(), timeout=WAIT_MS)
        assert asked == ["unsavedBox"]
        page.search.setText("快捷键")
        qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["快捷键项目"], timeout=WAIT_MS)

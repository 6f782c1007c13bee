"""The deal screens end to end on the real database: a salesperson creates a deal with two product
lines and a presales colleague on its team, a split that is not 100 % is marked and never sent, the
probability follows the stage; a supervisor and the team member see the deal and its split."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from salesdesk.services import opportunities
from salesdesk.ui.record_picker import RecordPicker
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
TITLE = "华联二期扩容"


def pick(qtbot, picker: RecordPicker, text: str) -> None:  # noqa: ANN001
    """Type into a record picker and take the first match with Enter, as a user does."""
    picker.edit.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT_MS):
        qtbot.keyClicks(picker.edit, text)
    with qtbot.waitSignal(picker.picked, timeout=WAIT_MS):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)


def set_cell(model, row: int, key: str, text: str) -> None:  # noqa: ANN001
    assert model.setData(model.index(row, model.column_of(key)), text, Qt.ItemDataRole.EditRole)


def stored_deals(c: Company) -> list[tuple]:
    with c.admin() as conn:
        return conn.execute("select id, amount, stage_id, probability from sales.opportunities "
                            "where title = %s", (TITLE,)).fetchall()


def team_of(c: Company, deal_id: int) -> dict[int, Decimal]:
    with c.admin() as conn:
        return dict(conn.execute("select employee_id, credit_share from sales.opportunity_members "
                                 "where opportunity_id = %s", (deal_id,)).fetchall())


@pytest.fixture
def deal_company(fresh_company: Company) -> Company:
    with fresh_company.admin() as conn:
        conn.execute("insert into sales.products (code, name, unit, list_price) values "
                     "('OPP-A', '扩容服务器', '台', 33.33), ('OPP-B', '安装调试', '次', 0.25)")
        conn.commit()
    return fresh_company


def test_a_salesperson_runs_a_deal_with_lines_and_a_credit_split(qtbot, deal_company: Company) -> None:
    c = deal_company
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, "opportunity:new")
        qtbot.waitUntil(lambda: editor.ui.stageCombo.count() > 0, timeout=WAIT_MS)
        pick(qtbot, editor.customer, "sp_e1a")
        assert editor.customer.value() == c.customers["sp_e1a客户1"]
        editor.ui.titleEdit.setText(TITLE)
        lines = editor.line_model
        for code in ("OPP-A", "OPP-B"):
            before = lines.rowCount()
            pick(qtbot, editor.product_picker, code)
            qtbot.waitUntil(lambda n=before: lines.rowCount() == n + 1, timeout=WAIT_MS)
        assert lines.values()[0]["unit_price"] == Decimal("33.33")  # the product's list price
        set_cell(lines, 0, "quantity", "3")
        set_cell(lines, 0, "discount", "10")   # 3 x 33.33 x 0.9 = 89.991 -> 89.99
        set_cell(lines, 1, "discount", "2%")   # 0.25 x 0.98 = 0.245 -> 0.25 (half up, not to even)
        amount = lines.column_of("amount")
        assert [lines.index(r, amount).data() for r in (0, 1)] == ["¥89.99", "¥0.25"]
        assert editor.ui.amountEdit.text() == "¥90.24" and editor.ui.amountEdit.isReadOnly()

        team = editor.team_model
        pick(qtbot, editor.member_picker, "sp_e1a")   # herself (赵一), the lead
        pick(qtbot, editor.member_picker, "sp_e1b")   # the presales colleague (钱二)
        assert team.rowCount() == 2
        set_cell(team, 0, "credit_share", "50")
        set_cell(team, 1, "credit_share", "40")
        assert "90%" in editor.ui.creditTotalLabel.text() and "100%" in editor.ui.creditTotalLabel.text()
        assert "c62828" in editor.ui.creditTotalLabel.styleSheet()  # marked at the total at once
        editor.save()
        assert team.errors_of(0).get("credit_share") and team.errors_of(1).get("credit_share")
        assert "100" in editor.ui.statusLabel.text()
        assert stored_deals(c) == []  # nothing reached the database

        set_cell(team, 0, "credit_share", "60")
        assert editor.ui.creditTotalLabel.styleSheet() == ""
        with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
            editor.save()
        [(deal_id, stored_amount, stage_id, _p)] = stored_deals(c)
        assert stored_amount == Decimal("90.24")
        assert team_of(c, deal_id) == {c.people["sp_e1a"]: Decimal("60"), c.people["sp_e1b"]: Decimal("40")}
        assert not editor.has_unsaved_changes()

        combo = editor.ui.stageCombo   # the next stage, by keyboard: the probability follows
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        stage = editor.stages[combo.currentData()]
        assert stage.id != stage_id
        assert editor.form.value("probability") == stage.probability
        assert editor.ui.forecastEdit.text()
        with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
            editor.save()
        assert stored_deals(c)[0][2:] == (stage.id, stage.probability)
        qtbot.waitUntil(lambda: editor.history.rowCount() == 2, timeout=WAIT_MS)


def test_the_team_member_and_the_supervisor_see_the_deal_and_its_split(qtbot, deal_company: Company) -> None:
    c = deal_company
    db_deal = None
    with main_window(qtbot, c, "sp_e1a") as window:
        db = window.session.database
        db_deal = opportunities.create_opportunity(
            db, c.customers["sp_e1a客户1"], {"title": TITLE},
            team=[{"employee_id": c.people["sp_e1a"], "role": "lead", "access": "write", "credit_share": 60},
                  {"employee_id": c.people["sp_e1b"], "role": "presales", "access": "read",
                   "credit_share": 40}])
    with main_window(qtbot, c, "sp_e1b") as window:
        page = wait_loaded(qtbot, window, "opportunities")
        page.scope.setCurrentIndex(page.scope.findData("all"))
        qtbot.waitUntil(lambda: page.model.row_of(db_deal.id) is not None, timeout=WAIT_MS)
        row = page.model.row_at(page.model.row_of(db_deal.id))
        assert row.access == "read" and not row.can_manage
        editor = wait_loaded(qtbot, window, f"opportunity:{db_deal.id}")
        qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == db_deal.id, timeout=WAIT_MS)
        assert editor.team_model.read_only and editor.line_model.read_only  # a member with read access
        assert not editor.save_button.isEnabled()
    with main_window(qtbot, c, "sup_e1") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{db_deal.id}")
        qtbot.waitUntil(lambda: editor.record is not None and editor.record.id == db_deal.id, timeout=WAIT_MS)
        shares = [v["credit_share"] for v in editor.team_model.values()]
        assert sorted(shares) == [Decimal("40"), Decimal("60")]
        column = editor.team_model.column_of("credit_share")
        assert sorted(editor.team_model.index(r, column).data() for r in range(2)) == ["40%", "60%"]
        assert editor.team_model.read_only == (not editor.record.can_manage)


def test_a_lost_deal_needs_its_reason_at_the_field_and_a_deal_starts_from_its_customer(
        qtbot, deal_company: Company) -> None:
    c = deal_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        deal = opportunities.create_opportunity(window.session.database, customer_id, {"title": TITLE})
        editor = wait_loaded(qtbot, window, f"opportunity:{deal.id}")
        qtbot.waitUntil(lambda: editor.record is not None and bool(editor.stages), timeout=WAIT_MS)
        combo = editor.ui.stageCombo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last stage: lost
        assert editor.stages[combo.currentData()].outcome == "lost"
        assert editor.form.value("probability") == 0
        with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as done:
            editor.save()
        assert done.args == [False]
        assert editor.ui.wonLostReasonError.isVisibleTo(editor) and editor.ui.wonLostReasonError.text()
        assert stored_deals(c)[0][2] == deal.stage_id  # refused by the database's rule, nothing stored
        editor.ui.wonLostReasonEdit.setText("预算取消")
        with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
            editor.save()
        assert stored_deals(c)[0][2] == combo.currentData()

        editor = wait_loaded(qtbot, window, f"opportunity:new?customer={customer_id}")
        qtbot.waitUntil(lambda: editor.customer.value() == customer_id, timeout=WAIT_MS)
        assert editor.customer.edit.text() == "sp_e1a客户1" and editor.record is None


def test_the_deal_screens_follow_a_language_switch(qtbot, company: Company) -> None:
    from salesdesk.ui.i18n import install_language

    deal_id = company.deals["sp_e1a商机1"]
    install_language("en")
    try:
        with main_window(qtbot, company, "sp_e1a") as window:
            editor = wait_loaded(qtbot, window, f"opportunity:{deal_id}")
            qtbot.waitUntil(lambda: editor.record is not None and bool(editor.stages), timeout=WAIT_MS)
            stage = editor.stages[editor.record.stage_id]
            assert editor.ui.stageCombo.currentText() == stage.name_en and editor.ui.forecastEdit.text()
            english = editor.ui.forecastEdit.text()
            install_language("zh_CN")
            qtbot.waitUntil(lambda: editor.ui.stageCombo.currentText() == stage.name, timeout=WAIT_MS)
            assert editor.ui.forecastEdit.text() != english and editor.ui.tabs.tabText(1) == "产品明细(&I)"
            assert not editor.has_unsaved_changes()  # re-showing the stages is no edit
            page = wait_loaded(qtbot, window, "opportunities")
            qtbot.waitUntil(lambda: page.model.row_of(deal_id) is not None, timeout=WAIT_MS)
            column = next(i for i, col in enumerate(page.model.columns) if col.key == "stage")
            assert page.model.index(page.model.row_of(deal_id), column).data() == stage.name
            qtbot.waitUntil(lambda: page.count_label.text().endswith("个商机"), timeout=WAIT_MS)
    finally:
        install_language("en")


def test_the_deal_list_sorts_by_every_declared_sort_and_filters_on_the_server(qtbot,
                                                                           company: Company) -> None:
    ours = {company.deals[f"{k}商机1"] for k in ("sp_e1a", "sp_e1b", "sp_e2a")}  # the east region's deals
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "opportunities")
        assert page.scope.currentData() == "all"  # a manager starts on all they see
        qtbot.waitUntil(lambda: ours <= {r.id for r in page.model.rows()}, timeout=WAIT_MS)
        sortable = [(i, c.sort_key) for i, c in enumerate(page.model.columns) if c.sort_key]
        assert sorted(k for _i, k in sortable) == sorted(opportunities.SORT_KEYS)
        for column, _key in sortable:
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                page.view.sortByColumn(column, order)
                qtbot.waitUntil(lambda: page.model.is_settled() and bool(page.model.rows()), timeout=WAIT_MS)
                assert not page.model.error and ours <= {r.id for r in page.model.rows()}
        page.forecast.setCurrentIndex(page.forecast.findData("commit"))  # the seeded deals are in "pipeline"
        qtbot.waitUntil(lambda: page.model.is_settled() and not ours & {r.id for r in page.model.rows()},
                        timeout=WAIT_MS)
        assert all(r.forecast_category == "commit" for r in page.model.rows())
        page.clear_filters()
        qtbot.waitUntil(lambda: ours <= {r.id for r in page.model.rows()}, timeout=WAIT_MS)
        first_stage = page.model.rows()[0].stage_id
        page.stage.setCurrentIndex(page.stage.findData(first_stage))
        qtbot.waitUntil(lambda: page.model.is_settled() and bool(page.model.rows()), timeout=WAIT_MS)
        assert {r.stage_id for r in page.model.rows()} == {first_stage}


def test_archiving_a_deal_from_the_list(qtbot, deal_company: Company) -> None:
    from PySide6.QtWidgets import QMessageBox

    c = deal_company
    with main_window(qtbot, c, "sp_e1a") as window:
        deal = opportunities.create_opportunity(window.session.database, c.customers["sp_e1a客户1"],
                                                {"title": TITLE})
        page = wait_loaded(qtbot, window, "opportunities")
        qtbot.waitUntil(lambda: page.model.row_of(deal.id) is not None, timeout=WAIT_MS)
        page.view.selectRow(page.model.row_of(deal.id))
        assert page.actions_by_name["archive"].isEnabled()
        page.actions_by_name["archive"].trigger()
        page.active_dialog.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: page.model.is_settled() and page.model.row_of(deal.id) is None,
                        timeout=WAIT_MS)
        with c.admin() as conn:
            archived = conn.execute("select archived_at from sales.opportunities where id = %s", (deal.id,))
            assert archived.fetchone()[0] is not None

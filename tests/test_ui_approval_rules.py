"""The approval rules page and dialog (ui/approval_rules_page.py, ui/approval_rule_dialog.py) on the
real database: the rule maintainer adds an expense rule (an amount threshold, a category, two
steps: the superior, then a named person) and expenses are routed by it — above the threshold to
the supervisor, below it approved at once; a rule is changed and deactivated; bad typing is
refused in the dialog and kept; without the permission the page only reads and the database
refuses the write."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLineEdit

from salesdesk.services import approval_rules
from salesdesk.services.approval_types import ApprovalRule, RuleStep
from salesdesk.services.errors import PermissionDeniedError
from salesdesk.ui.approval_rule_dialog import ApprovalRuleDialog
from salesdesk.ui.approval_rules_page import ApprovalRulesPage
from tests.factories import Company, build_small_company
from tests.test_expenses import create, request_of, status, submit
from tests.ui_support import WAIT_MS, answering, main_window, session_for, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory(), deals=True)


def save(dialog: ApprovalRuleDialog) -> None:
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()


def test_a_rule_added_on_the_page_routes_expenses(qtbot, co: Company) -> None:
    person = co.login("mgr_e")

    def fill(dialog: ApprovalRuleDialog) -> None:
        ui = dialog.ui
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("expense"))
        ui.nameEdit.setText("差旅大额")
        ui.min_amountEdit.setText("1,000")
        for i in range(ui.categoriesList.count()):
            item = ui.categoriesList.item(i)
            if item.data(256) == "travel":
                item.setCheckState(item.checkState().Checked)
        assert ui.stepsTable.rowCount() == 1  # a new rule starts with the direct superior
        ui.addStepButton.click()
        approver = ui.stepsTable.cellWidget(1, 0)
        approver.setCurrentIndex(approver.findData("people"))
        who = ui.stepsTable.cellWidget(1, 1)
        assert isinstance(who, QLineEdit)
        who.setText(person)
        save(dialog)

    with main_window(qtbot, co, "admin") as window:
        page = wait_loaded(qtbot, window, "approval_rules")
        assert isinstance(page, ApprovalRulesPage) and page.add_button.isVisible()
        with answering(ApprovalRuleDialog, fill) as done:
            page.edit(new=True)
        assert done
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
        rule = page.model.rows()[0]
        assert (rule.type, rule.name, rule.min_amount, rule.expense_categories) == (
            "expense",
            "差旅大额",
            Decimal("1000.00"),
            ("travel",),
        )
        assert [s.approver for s in rule.steps] == ["superior", "people"]
        assert person in page.steps_text(rule)

        big, small = create(co, "sp_e1a", amount="2000.00"), create(co, "sp_e1a", amount="999.99")
        submit(co, "sp_e1a", big)
        submit(co, "sp_e1a", small)
        assert (status(co, big), status(co, small)) == ("submitted", "approved")
        assert request_of(co, big) in [
            r[0] for r in co.call("sup_e1", "select id from api.approvals_inbox()")
        ]
        other = create(co, "sp_e1a", amount="5000.00", category="gifts")  # another category: no rule
        submit(co, "sp_e1a", other)
        assert status(co, other) == "approved"

        # changed: the threshold raised; then deactivated
        def raise_it(dialog: ApprovalRuleDialog) -> None:
            assert not dialog.ui.typeCombo.isEnabled()
            assert dialog.ui.stepsTable.cellWidget(1, 1).text() == person  # the login, as typed
            dialog.ui.min_amountEdit.setText("3000")
            save(dialog)

        page.view.selectRow(0)
        with answering(ApprovalRuleDialog, raise_it):
            page.edit()
        qtbot.waitUntil(lambda: page.model.rows()[0].min_amount == Decimal("3000.00"), timeout=WAIT_MS)
        page.view.selectRow(0)
        page.active_button.click()
        qtbot.waitUntil(lambda: not page.model.rows()[0].active, timeout=WAIT_MS)
        later = create(co, "sp_e1a", amount="4000.00")
        submit(co, "sp_e1a", later)
        assert status(co, later) == "approved"


def test_bad_typing_is_refused_in_the_dialog_and_kept(qtbot, co: Company) -> None:
    seen: dict[str, str] = {}

    def bad(dialog: ApprovalRuleDialog) -> None:
        ui = dialog.ui
        ui.min_amountEdit.setText("一千块")
        ui.min_discountEdit.setText("120")
        ui.removeStepButton.click()
        save(dialog)
        assert dialog.isVisible()  # refused before anything is sent
        for key in ("name", "min_amount", "min_discount", "steps"):
            seen[key] = ui.errors[key].text() if not ui.errors[key].isHidden() else ""
        seen["typed"] = ui.min_amountEdit.text()
        ui.nameEdit.setText("规则")
        ui.min_amountEdit.setText("100")
        ui.min_discountEdit.setText("")
        ui.addStepButton.click()
        approver = ui.stepsTable.cellWidget(0, 0)
        approver.setCurrentIndex(approver.findData("people"))
        ui.stepsTable.cellWidget(0, 1).setText("nobody_here")
        save(dialog)
        qtbot.waitUntil(
            lambda: "nobody_here" in ui.errors["steps"].text() and not dialog.busy, timeout=WAIT_MS
        )
        seen["unknown"] = ui.errors["steps"].text()
        dialog.reject()

    with main_window(qtbot, co, "admin") as window:
        page = wait_loaded(qtbot, window, "approval_rules")
        with answering(ApprovalRuleDialog, bad):
            page.edit(new=True)
    assert all(seen[k] for k in ("name", "min_amount", "min_discount", "steps")), seen
    assert seen["typed"] == "一千块"
    assert "nobody_here" in seen["unknown"]
    assert approval_rules.list_rules(session_for(co, "admin").database) == []


def test_without_the_permission_the_page_reads_and_the_database_refuses(qtbot, co: Company) -> None:
    rule = ApprovalRule(type="contract", name="合同", steps=(RuleStep("superior", levels=1),))
    approval_rules.save_rule(session_for(co, "admin").database, rule)
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "approval_rules")
        assert page.model.rowCount() == 1 and not page.add_button.isVisible()
        assert not page.edit_button.isVisible() and not page.active_button.isVisible()
        settings = wait_loaded(qtbot, window, "settings")
        assert settings.ui.approvalRulesGroup.isHidden()
    with pytest.raises(PermissionDeniedError):
        approval_rules.save_rule(session_for(co, "sup_e1").database, rule)
    with pytest.raises(PermissionDeniedError):
        approval_rules.save_rule(
            session_for(co, "sup_e1").database,
            ApprovalRule(
                type="contract",
                name="x",
                steps=(RuleStep("superior", levels=1),),
                id=approval_rules.list_rules(session_for(co, "admin").database)[0].id,
                version=1,
                active=False,
            ),
        )
    assert [r.active for r in approval_rules.list_rules(session_for(co, "admin").database)] == [True]

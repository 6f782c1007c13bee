"""The expense screens end to end on the real database: a salesperson creates an expense on a
customer in the editor and submits it from the list; the supervisor sees its amount, category and
customer in the approvals inbox and approves it; the customer's 360° page then shows the approved
cost, to the fen, in its Expenses tab. Bad typing is refused at its field and kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

from salesdesk.services.picks import Pick
from salesdesk.ui.approvals_page import ApprovalsPage
from salesdesk.ui.expense_editor import ExpenseEditor
from salesdesk.ui.expense_list import ExpenseListPage
from tests.factories import Company, build_small_company
from tests.test_expenses import add_rules, create, request_of, status, submit
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:
    company = build_small_company(db_factory(), deals=True)
    add_rules(company)
    return company


def _column(model, key: str) -> int:  # noqa: ANN001
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_create_submit_approve_in_the_inbox_and_the_customers_cost(qtbot, co: Company) -> None:
    customer = co.customers["sp_e1a客户1"]
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "expenses")
        assert isinstance(page, ExpenseListPage)
        qtbot.waitUntil(lambda: page.category.count() == 6, timeout=WAIT_MS)  # any + the five

        def fill(dialog: ExpenseEditor) -> None:
            dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("entertainment"))
            dialog.ui.amountEdit.setText("1,234.565")  # rounds half up to the fen
            dialog.customer.set_value(Pick(customer, "sp_e1a客户1"))
            dialog.ui.noteEdit.setPlainText("客户晚宴")
            dialog.accept()

        with answering(ExpenseEditor, fill):
            page.new()
        qtbot.waitUntil(lambda: any(r.note == "客户晚宴" for r in page.model.rows()), timeout=WAIT_MS)
        row = next(r for r in page.model.rows() if r.note == "客户晚宴")
        assert row.amount == Decimal("1234.57") and row.status == "draft"
        index = page.model.index(page.model.rows().index(row), _column(page.model, "amount"))
        assert index.data() == "¥1,234.57"
        page.view.selectRow(index.row())
        assert page.actions_by_name["submit"].isEnabled() and not page.actions_by_name["withdraw"].isEnabled()
        page.actions_by_name["submit"].trigger()
        qtbot.waitUntil(lambda: status(co, row.id) == "submitted", timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: any(r.id == row.id and r.status == "submitted" for r in page.model.rows()),
            timeout=WAIT_MS,
        )
    with main_window(qtbot, co, "sup_e1") as window:
        inbox = wait_loaded(qtbot, window, "approvals")
        assert isinstance(inbox, ApprovalsPage)
        qtbot.waitUntil(lambda: any(r.record_id == row.id for r in inbox.inbox_model.rows()), timeout=WAIT_MS)
        line = next(i for i, r in enumerate(inbox.inbox_model.rows()) if r.record_id == row.id)
        shown = {
            key: inbox.inbox_model.index(line, _column(inbox.inbox_model, key)).data()
            for key in ("amount", "category", "customer")
        }
        assert shown == {"amount": "¥1,234.57", "category": "Entertainment", "customer": "sp_e1a客户1"}
        inbox.inbox_view.selectRow(line)
        qtbot.waitUntil(lambda: inbox.buttons["approve"].isEnabled(), timeout=WAIT_MS)
        inbox.buttons["approve"].click()
        qtbot.waitUntil(lambda: status(co, row.id) == "approved", timeout=WAIT_MS)
        overview = wait_loaded(qtbot, window, f"customer360:{customer}")
        label = overview.expenses_tab.total
        qtbot.waitUntil(lambda: label.cost is not None and label.cost.approved_count == 1, timeout=WAIT_MS)
        assert label.text() == "Approved expenses ¥1,234.57 (1)"
        qtbot.waitUntil(lambda: overview.expenses_tab.model.rowCount() == 1, timeout=WAIT_MS)
        tabs = overview.money_tabs   # the tab counts its expenses like the contracts' and payments' tabs
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        qtbot.waitUntil(lambda: tabs.tabText(tabs.indexOf(overview.expenses_tab)) == "Expenses (1)",
                        timeout=WAIT_MS)
        assert titles[0].startswith("Contracts (")


def test_bad_typing_is_refused_at_its_field_and_kept(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "expenses")
        qtbot.waitUntil(lambda: page.category.count() == 6, timeout=WAIT_MS)
        seen: dict[str, object] = {}

        def type_badly(dialog: ExpenseEditor) -> None:
            dialog.ui.amountEdit.setText("abc")
            dialog.accept()  # refused before anything is sent
            seen["first"] = (dialog.isVisible(), dialog.ui.amountError.text(), dialog.ui.amountEdit.text())
            dialog.ui.amountEdit.setText("0")
            dialog.accept()
            qtbot.waitUntil(lambda: "more than zero" in dialog.ui.amountError.text(), timeout=WAIT_MS)
            seen["second"] = (dialog.isVisible(), dialog.ui.amountEdit.text())
            dialog.reject()

        with answering(ExpenseEditor, type_badly):
            page.new()
        visible, error, kept = seen["first"]  # type: ignore[misc]
        assert visible and error and kept == "abc"
        assert seen["second"] == (True, "0")


def test_the_deal_editor_shows_the_deals_approved_expenses(qtbot, co: Company) -> None:
    deal = co.deals["sp_e1a商机1"]
    expense = create(
        co, "sp_e1a", amount="300.10", customer_id=co.customers["sp_e1a客户1"], opportunity_id=deal
    )
    submit(co, "sp_e1a", expense)
    co.call("sup_e1", "select api.approval_decide(%s, true)", (request_of(co, expense),))
    with main_window(qtbot, co, "sup_e1") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        label = editor.expense_cost
        qtbot.waitUntil(lambda: label.cost is not None, timeout=WAIT_MS)
        assert label.text() == "Approved expenses ¥300.10 (1)"

"""A payment plan checked again after an amendment changed the contract's total (sql/0028's
amendments, sql/0029's plan rule): the plan of the approved contract adds up to its old total, the
amendment raises it, and the contract page flags the plan with the difference (its money tab, the
plan tab and a line above the plan); "Edit plan…" fixes it, and the flag goes. The service says the
same (`ContractMoney.plan_gap`), and a contract without a plan or with a plan that adds up is not
flagged."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from salesdesk.services import payments
from salesdesk.ui.contract_editor import ContractEditor
from salesdesk.ui.payment_dialogs import PaymentPlanDialog
from tests.contract_support import contract_company, decide, request_of, totals
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
OLD, NEW = Decimal("21470.00"), Decimal("32205.00")  # 2 × 9,500 + 13 %; 3 × 9,500 + 13 %


@pytest.fixture
def co(db_factory) -> Company:
    """sp_e1a's contract approved, with a plan of two instalments adding up to its total."""
    c = contract_company(db_factory())
    cid = c.contracts["sp_e1a合同1"]
    c.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    decide(c, "sup_e1", request_of(c, cid))
    plan = [{"due_on": "2026-12-31", "amount": "10000.00"}, {"due_on": "2027-03-31", "amount": "11470.00"}]
    c.call("sp_e1a", "select api.payment_plan_save(%s, 0, %s)", (cid, json.dumps(plan)))
    return c


def amend_to_three(co: Company, cid: int) -> None:
    """The amendment triples the line's quantity and is approved by the supervisor."""
    co.call("sp_e1a", "select api.contract_amend(%s)", (cid,))
    flow = co.call("sp_e1a", "select amendment_fields, amendment_lines from api.contract_flow(%s)", (cid,))[0]
    lines = [{k: v for k, v in line.items() if k in ("product_id", "unit_price", "discount", "tax_rate")}
             | {"quantity": "3"} for line in flow[1]]
    co.call("sp_e1a", "select api.contract_amendment_save(%s, null, %s, %s)",
            (cid, json.dumps(flow[0]), json.dumps(lines)))
    co.call("sp_e1a", "select api.contract_amendment_submit(%s)", (cid,))
    decide(co, "sup_e1", request_of(co, cid))
    assert totals(co, cid)[2] == NEW


def test_the_service_flags_a_plan_the_amended_total_no_longer_matches(co: Company, as_user) -> None:
    cid = co.contracts["sp_e1a合同1"]
    db = as_user("sp_e1a")
    before = payments.contract_money(db, cid)
    assert before is not None and (before.total_amount, before.planned, before.plan_gap) == (OLD, OLD, None)
    amend_to_three(co, cid)
    after = payments.contract_money(db, cid)
    assert after is not None and (after.total_amount, after.planned, after.plan_gap) == (NEW, OLD, NEW - OLD)
    co.call("sp_e1a", "select api.payment_plan_save(%s, 1, %s)", (cid, json.dumps([
        {"due_on": "2026-12-31", "amount": "32205.00"}])))
    assert payments.contract_money(db, cid).plan_gap is None   # type: ignore[union-attr]
    assert replace(after, planned=Decimal(0)).plan_gap is None   # no plan yet: nothing to flag


def fix_plan(dialog: PaymentPlanDialog) -> None:
    table = dialog.ui.linesTable
    assert table.rowCount() == 2 and "¥32,205.00" in dialog.ui.sumLabel.text()
    table.item(1, 1).setText("22205.00")   # the second instalment takes what the amendment added
    assert "Planned ¥32,205.00 of ¥32,205.00" == dialog.ui.sumLabel.text()
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()


def test_the_contract_page_flags_the_plan_and_edit_plan_fixes_it(qtbot, co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    amend_to_three(co, cid)
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, f"contract:{cid}")
        assert isinstance(page, ContractEditor)
        panel = page.money
        qtbot.waitUntil(lambda: panel.contract_id == cid and panel.is_loaded() and panel.money is not None,
                        timeout=WAIT_MS)
        assert panel.plan_gap.isVisibleTo(panel)
        assert panel.plan_gap.text() == ("The payment plan adds up to ¥21,470.00, not the contract total "
                                         "¥32,205.00: ¥10,735.00 is left to plan. Edit the plan to match.")
        assert page.ui.tabs.tabText(page.money_tab).startswith("⚠")
        assert panel.tabs.tabText(0).startswith("⚠")
        with answering(PaymentPlanDialog, fix_plan) as done:
            panel.edit_plan()
        assert done
        qtbot.waitUntil(lambda: panel.money is not None and panel.money.planned == NEW, timeout=WAIT_MS)
        assert not panel.plan_gap.isVisibleTo(panel)
        assert not page.ui.tabs.tabText(page.money_tab).startswith("⚠")
        assert not panel.tabs.tabText(0).startswith("⚠")
    with co.admin() as conn:
        assert conn.execute("select sum(amount) from sales.instalments where contract_id = %s",
                            (cid,)).fetchone() == (NEW,)

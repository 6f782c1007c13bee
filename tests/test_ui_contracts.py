"""The contract screens end to end on the real database (sql/0028): a salesperson starts a
contract from a deal, adds a second line, saves and submits it; the supervisor approves it in the
approvals inbox; the number appears on the contract page and "Export contract…" writes a PDF with
the capital amount. The contracts list filters by status and sorts by every declared sort; an
approved contract is read-only until amended."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest

from salesdesk.ui import contract_flow
from salesdesk.ui.approvals_page import ApprovalsPage
from salesdesk.ui.contract_editor import ContractEditor
from tests.contract_support import contract_company, decide, product, request_of
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
CAPITAL = "人民币壹万贰仟玖佰玖拾伍元整"  # 10,000 + 1,300 tax; 3 × 500 + 195 tax = 12,995.00


@pytest.fixture
def co(db_factory) -> Company:
    return contract_company(db_factory())


def idle(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.ctx.tasks.active(), timeout=WAIT_MS)


def test_a_contract_from_a_deal_is_approved_numbered_and_printed(qtbot, monkeypatch, co: Company,
                                                                 tmp_path: Path) -> None:
    deal = co.deals["sp_e1a商机1"]
    with main_window(qtbot, co, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        qtbot.waitUntil(editor.contract_button.isEnabled, timeout=WAIT_MS)
        editor.contract_button.click()
        page = window.current_page()
        assert isinstance(page, ContractEditor)
        qtbot.waitUntil(lambda: window.is_page_loaded("contract"), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.line_model.rowCount() == 1, timeout=WAIT_MS)
        assert page.form.values()["title"] == "sp_e1a商机1"
        row = page.line_model.add_taxed(product(co), "标准服务包", Decimal("500"), Decimal("0.13"))
        page.line_model.setData(page.line_model.index(row, page.line_model.column_of("quantity")), "3")
        page.save()
        qtbot.waitUntil(lambda: page.record is not None, timeout=WAIT_MS)
        idle(qtbot, page)
        contract = page.record.id
        assert (page.record.total_amount, page.record.opportunity_id) == (Decimal("12995.00"), deal)
        assert "12,995.00" in page.ui.totalsLabel.text()
        assert page.flow_bar.buttons["submit"].isVisibleTo(page)
        page.flow_bar.buttons["submit"].click()
        qtbot.waitUntil(lambda: page.record.flow.status == "submitted", timeout=WAIT_MS)
        assert not page.ui.titleEdit.isEnabled() or page.ui.titleEdit.isReadOnly()
        assert page.flow_bar.buttons["withdraw"].isVisibleTo(page)
    with main_window(qtbot, co, "sup_e1") as window:
        inbox = wait_loaded(qtbot, window, "approvals")
        assert isinstance(inbox, ApprovalsPage)
        qtbot.waitUntil(lambda: [r.record_id for r in inbox.inbox_model.rows()] == [contract],
                        timeout=WAIT_MS)
        inbox.buttons["approve"].click()
        qtbot.waitUntil(lambda: inbox.inbox_model.rowCount() == 0, timeout=WAIT_MS)
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, f"contract:{contract}")
        qtbot.waitUntil(lambda: page.record is not None and page.record.id == contract, timeout=WAIT_MS)
        number = page.record.flow.number
        assert number and number.startswith("HT-") and number in page.ui.factsLabel.text()
        assert page.ui.tabs.isTabEnabled(1) and page.ui.tabs.isTabEnabled(2)
        # the approved contract's money tab: it counts now, with nothing planned, paid or invoiced yet
        assert page.ui.tabs.isTabEnabled(page.money_tab)
        qtbot.waitUntil(lambda: page.money.contract_id == contract and page.money.is_loaded(),
                        timeout=WAIT_MS)
        assert page.money.money is not None and page.money.money.total_amount == Decimal("12995.00")
        qtbot.waitUntil(lambda: page.trail_model.rowCount() == 2, timeout=WAIT_MS)   # submitted, approved
        assert page.versions.rowCount() == 1 and not page.save_button.isEnabled()
        assert page.flow_bar.buttons["amend"].isVisibleTo(page)
        monkeypatch.setattr(contract_flow, "ask_path", lambda _p, suggested, _t=None: str(tmp_path / "c.pdf"))
        page.flow_bar.export_button.click()
        qtbot.waitUntil(lambda: (tmp_path / "c.pdf").exists() and page.flow_bar.export_button.isEnabled(),
                        timeout=WAIT_MS)
        idle(qtbot, page)
        text = " ".join(pypdfium2.PdfDocument(tmp_path / "c.pdf")[0].get_textpage().get_text_range().split())
        assert CAPITAL in text and number in text and "¥12,995.00" in text


def test_an_amendment_is_edited_on_the_page_and_the_approved_total_stays(qtbot, co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    decide(co, "sup_e1", request_of(co, cid))
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, f"contract:{cid}")
        qtbot.waitUntil(lambda: page.record is not None, timeout=WAIT_MS)
        assert not page.save_button.isEnabled()
        assert "amendment" in page.ui.statusLabel.text()
        page.flow_bar.buttons["amend"].click()
        qtbot.waitUntil(lambda: page.record.flow.amendment_status == "draft", timeout=WAIT_MS)
        assert page.save_button.isEnabled()
        page.line_model.setData(page.line_model.index(0, page.line_model.column_of("quantity")), "3")
        page.save()
        qtbot.waitUntil(lambda: page.record.total_amount == Decimal("32205.00"), timeout=WAIT_MS)  # 3 × 9,500
        idle(qtbot, page)
        assert "Amendment" in page.ui.totalsLabel.text() and "stays in force" in page.ui.stateLabel.text()
        page.flow_bar.buttons["submit_amendment"].click()
        qtbot.waitUntil(lambda: page.record.flow.amendment_status == "submitted",
                        timeout=WAIT_MS)
    approved = co.call("sp_e1a", "select total_amount from api.contract_get(%s)", (cid,))
    assert approved == [(Decimal("21470.00"),)]


def test_the_list_filters_by_status_and_sorts_by_every_declared_sort(qtbot, co: Company) -> None:
    cid = co.contracts["sp_e1a合同1"]
    co.call("sp_e1a", "select api.contract_submit(%s)", (cid,))
    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "contracts")
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
        combo = page.combos["status"]
        combo.setCurrentIndex(combo.findData("submitted"))
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
        combo.setCurrentIndex(0)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
        assert set(page.screen.sorts()) == {"number", "status", "signed_on", "total_amount", "updated_at"}

"""The quotes page end to end on the real database (issue 13's "done when", the quote part): a
salesperson makes a quote from a deal in the deal editor, its 20 % discount goes to the
supervisor's inbox and is approved there, the quote is sent and accepted on the quotes page, and a
draft contract exists with the same lines and totals to the fen; the page sorts by every declared
sort and filters by status."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from salesdesk.ui.quote_editor import QuoteEditor
from salesdesk.ui.quote_list import QuoteListPage
from tests.factories import Company, build_small_company
from tests.test_quotes import add_discount_rules, superuser
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:
    c = build_small_company(db_factory(), deals=True)
    add_discount_rules(c)
    with c.admin() as conn:
        conn.execute("update sales.opportunity_lines set discount = 20, quantity = 3, unit_price = 3333.33 "
                     "where opportunity_id = %s", (c.deals["sp_e1a商机1"],))
        conn.commit()
    return c


def quote_page(qtbot, window) -> QuoteListPage:  # noqa: ANN001
    page = wait_loaded(qtbot, window, "quotes")
    assert isinstance(page, QuoteListPage)
    return page


def act(qtbot, page: QuoteListPage, name: str, quote_id: int, status: str) -> None:  # noqa: ANN001
    page.refresh()
    qtbot.waitUntil(lambda: page.is_loaded() and page.model.row_of(quote_id) is not None, timeout=WAIT_MS)
    page.view.selectRow(page.model.row_of(quote_id))
    assert page.actions_by_name[name].isEnabled(), name
    page.actions_by_name[name].trigger()
    qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(quote_id)).approval == status
                    or page.model.row_at(page.model.row_of(quote_id)).status == status, timeout=WAIT_MS)


def test_from_deal_through_the_discount_approval_to_a_draft_contract(qtbot, co: Company) -> None:
    deal = co.deals["sp_e1a商机1"]
    shown: list[tuple[int, str]] = []

    def look(editor: QuoteEditor) -> None:
        qtbot.waitUntil(lambda: editor.line_model.rowCount() == 1, timeout=WAIT_MS)
        shown.append((editor.form_editor.record.id, editor.ui.totalsLabel.text()))
        editor.reject()

    with main_window(qtbot, co, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        button = editor.new_quote_button
        qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
        with answering(QuoteEditor, look):
            button.click()
            qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
        quote_id, totals = shown[0]
        assert "7,999.99" in totals and "9,039.99" in totals  # 3 × 3,333.33 less 20 %; 13 % tax
        page = quote_page(qtbot, window)
        act(qtbot, page, "send", quote_id, "pending")       # 20 %: the supervisor decides first
        assert not page.actions_by_name["send"].isEnabled()

    with main_window(qtbot, co, "sup_e1") as boss:
        inbox = wait_loaded(qtbot, boss, "approvals")
        item = inbox.inbox_model.rows()[0]
        assert (item.record_id, item.amount, item.discount) == \
            (quote_id, Decimal("9039.99"), Decimal("20.00"))
        assert item.summary.startswith("BJ-") and "sp_e1a客户1" in item.summary
        inbox.comment.setFocus()
        qtbot.keyClick(inbox.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: inbox.inbox_model.rowCount() == 0, timeout=WAIT_MS)

    with main_window(qtbot, co, "sp_e1a") as window:
        page = quote_page(qtbot, window)
        act(qtbot, page, "send", quote_id, "sent")
        act(qtbot, page, "accept", quote_id, "accepted")
    contract = superuser(co, "select contract_id from sales.quotes where id = %s", (quote_id,))
    columns = "product_id, quantity, unit_price, discount, tax_rate, amount, tax_amount"
    with co.admin() as conn:
        quote_lines = conn.execute(f"select {columns} from sales.quote_lines where quote_id = %s order by id",
                                   (quote_id,)).fetchall()
        contract_lines = conn.execute(f"select {columns} from sales.contract_lines where contract_id = %s "
                                      "order by id", (contract,)).fetchall()
        status = conn.execute("select status from sales.contracts where id = %s", (contract,)).fetchone()
    assert contract_lines == quote_lines and status == ("draft",)
    assert sum(r[5] + r[6] for r in contract_lines) == Decimal("9039.99")


def test_the_page_sorts_by_every_declared_sort_and_filters_by_status(qtbot, co: Company) -> None:
    for _ in range(3):
        co.call("sp_e1a", "select api.quote_from_opportunity(%s)", (co.deals["sp_e1a商机1"],))
    with main_window(qtbot, co, "sp_e1a") as window:
        page = quote_page(qtbot, window)
        qtbot.waitUntil(lambda: len(page.model.rows()) == 3, timeout=WAIT_MS)
        for column, c in enumerate(page.model.columns):
            if c.sort_key is None:
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                page.model.sort(column, order)
                qtbot.waitUntil(lambda: page.is_loaded() and len(page.model.rows()) == 3, timeout=WAIT_MS)
        status = page.combos["status"]
        status.setCurrentIndex(status.findData("sent"))
        qtbot.waitUntil(lambda: page.is_loaded() and len(page.model.rows()) == 0, timeout=WAIT_MS)


def test_export_quote_writes_the_quotes_pdf(qtbot, co: Company, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    quote_id = co.call("sp_e1a", "select api.quote_from_opportunity(%s)", (co.deals["sp_e1a商机1"],))[0][0]
    target = tmp_path / "quote.pdf"
    monkeypatch.setattr("salesdesk.ui.quote_actions.ask_path", lambda _parent, suggested: str(target))
    with main_window(qtbot, co, "sp_e1a") as window:
        page = quote_page(qtbot, window)
        qtbot.waitUntil(lambda: page.model.row_of(quote_id) is not None, timeout=WAIT_MS)
        page.view.selectRow(page.model.row_of(quote_id))
        page.actions_by_name["export"].trigger()
        qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")

"""The receivables page and the contract's money panel end to end on the real database: a
salesperson plans two instalments, records a payment of the first and its invoice through the
panel's dialogs; the manager's ageing by unit shows the rest in the right bucket (highlighted),
with the totals row; an overpayment is refused in the dialog with the typing kept."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from salesdesk.services import receivables
from salesdesk.ui.payment_dialogs import InvoiceDialog, PaymentDialog, PaymentPlanDialog
from salesdesk.ui.receivables_page import ReceivablesPage
from tests.factories import Company, build_small_company
from tests.test_payments import INVOICE, PAY, TODAY, contract, invoice, pay
from tests.test_ui_list_export import choose_file
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
D = Decimal


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def as_of(qtbot, page: ReceivablesPage) -> None:  # noqa: ANN001
    page.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.waitUntil(lambda: page.ageing is not None and page.ageing.today == TODAY, timeout=WAIT_MS)


def plan_two(dialog: PaymentPlanDialog) -> None:
    table = dialog.ui.linesTable
    first, second = TODAY - timedelta(days=70), TODAY - timedelta(days=45)
    table.cellWidget(0, 0).setDate(QDate(first.year, first.month, first.day))
    table.item(0, 1).setText("600.00")
    dialog.ui.addButton.click()
    table.cellWidget(1, 0).setDate(QDate(second.year, second.month, second.day))
    table.item(1, 1).setText("530.00")
    assert "¥1,130.00" in dialog.ui.sumLabel.text()
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()


def pay_first(dialog: PaymentDialog) -> None:
    dialog.ui.amountEdit.setText("600")
    dialog.ui.referenceEdit.setText("回单 0001")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()


def invoice_first(dialog: InvoiceDialog) -> None:
    dialog.ui.numberEdit.setText("44000001")
    dialog.ui.amountEdit.setText("530.97")
    dialog.ui.tax_amountEdit.setText("69.03")
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()


def test_two_instalments_one_paid_and_invoiced_the_manager_sees_the_rest(qtbot, co: Company, monkeypatch,
                                                                        tmp_path: Path) -> None:
    c = contract(co, total="1130.00")
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "receivables")
        assert isinstance(page, ReceivablesPage)
        # loaded means the first row's contract and its money are shown, not a line saying it does not count
        assert page.panel.contract_id == c and page.panel.money is not None
        assert page.panel.summary.text().startswith("Total ¥1,130.00")
        as_of(qtbot, page)
        qtbot.waitUntil(lambda: page.panel.contract_id == c and page.panel.is_loaded(), timeout=WAIT_MS)
        panel = page.panel
        assert panel.buttons["plan"].isEnabled()
        with answering(PaymentPlanDialog, plan_two) as done:
            panel.edit_plan()
        assert done
        qtbot.waitUntil(lambda: panel.plan_model.rowCount() == 2, timeout=WAIT_MS)
        with answering(PaymentDialog, pay_first):
            panel.record_payment()
        with answering(InvoiceDialog, invoice_first):
            panel.record_invoice()
        qtbot.waitUntil(lambda: panel.invoice_model.rowCount() == 1 and panel.money is not None
                        and panel.money.received == D("600.00") and panel.money.invoiced == D("600.00"),
                        timeout=WAIT_MS)
        assert [(i.unpaid, i.bucket) for i in panel.plan.instalments] == [(D("0.00"), "d61_90"),
                                                                          (D("530.00"), "d31_60")]
        assert "¥530.00" in panel.summary.text()
    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "receivables")
        assert isinstance(page, ReceivablesPage)
        as_of(qtbot, page)
        page.open("unit")
        # the region's tree: its branch (a row of the whole tree below it); Enter opens it
        qtbot.waitUntil(lambda: page.model.group == "unit" and page.model.rowCount() == 2
                        and page.ageing is not None and page.ageing.group == "unit", timeout=WAIT_MS)
        branch, total = page.model.rows()
        assert (branch.kind, branch.group_name, branch.receivable) == ("unit", "上海分公司", D("530.00"))
        assert page.path_label.text() == "华东大区" and not page.up_button.isEnabled()
        page.table.setFocus()
        page.table.selectRow(0)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.ageing is not None and page.ageing.unit == co.units["EAST_B1"],
                        timeout=WAIT_MS)
        assert page.path_label.text() == "华东大区 › 上海分公司" and page.up_button.isEnabled()
        unit, total = page.model.rows()
        assert (unit.group_name, unit.d31_60, unit.receivable) == ("上海一组", D("530.00"), D("530.00"))
        assert total.group_id is None and total.receivable == D("530.00")
        column = [c.key for c in page.model.columns].index("d31_60")
        cell = page.model.index(0, column)
        assert cell.data() == "¥530.00"
        assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue highlighted
        assert page.model.index(1, 0).data() == "Total"
        assert page.model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
        # Ctrl+E: the table as shown, totals row last, money as numbers to the fen
        path = tmp_path / "ageing.xlsx"
        choose_file(monkeypatch, path)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: path.exists() and not page.exporter.is_running(), timeout=WAIT_MS)
        sheet = load_workbook(path).active
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
        titles = [c.title() for c in page.model.columns]
        assert values[0] == titles
        receivable = titles.index("Receivable")
        assert [(r[0], D(str(r[receivable]))) for r in values[1:]] == [("上海一组", D("530.00")),
                                                                      ("Total", D("530.00"))]
        # Alt+Up goes back up to where the manager stands
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: page.ageing is not None and page.ageing.unit is None, timeout=WAIT_MS)
        assert [r.group_name for r in page.model.rows()] == ["上海分公司", None]


def test_an_overpayment_is_refused_in_the_dialog_with_the_typing_kept(qtbot, co: Company) -> None:
    contract(co, total="100.00")
    seen: list[str] = []

    def overpay(dialog: PaymentDialog) -> None:
        dialog.ui.amountEdit.setText("100.01")
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisible(), timeout=WAIT_MS)
        seen.extend([dialog.ui.messageLabel.text(), dialog.ui.amountEdit.text()])
        dialog.reject()

    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "receivables")
        assert isinstance(page, ReceivablesPage)
        qtbot.waitUntil(lambda: page.panel.is_loaded() and page.panel.money is not None, timeout=WAIT_MS)
        with answering(PaymentDialog, overpay):
            page.panel.record_payment()
    assert seen == ["This is more than the contract still expects: at most ¥100.00 can be received "
                    "(payments waiting for approval included).", "100.01"]


def test_the_customer_overview_shows_its_money_tabs_and_events(qtbot, co: Company) -> None:
    c = contract(co, total="1130.00")
    co.call("sp_e1a", PAY, pay(c, "600.00"))
    co.call("sp_e1a", INVOICE, invoice(c, "530.97", "69.03"))
    customer = co.customers["sp_e1a客户1"]
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, f"customer360:{customer}")
        tabs = page.money_tabs
        assert [tabs.tabText(n) for n in range(3)] == ["Contracts (1)", "Payments (1)", "Invoices (1)"]
        assert tabs.totals["contracts"].text() == "Contracts total ¥1,130.00 · receivable ¥530.00"
        assert tabs.totals["invoices"].text() == "Invoiced ¥600.00 · not invoiced ¥530.00"
        texts = [page.timeline.item(r, 1).text() for r in range(page.timeline.rowCount())]
        assert texts[:2] == ["Invoice issued ¥600.00", "Payment received ¥600.00"]


def test_by_customer_the_largest_come_first_more_as_the_table_ends_and_the_export_has_them_all(
        qtbot, co: Company, monkeypatch, tmp_path: Path) -> None:
    """sql/0053: the page reads the first customers (here two of three) with the totals row of all,
    reads on when the table shows its end (here at once: three rows do not fill it), and Export…
    pages through every customer."""
    for n, total in ((1, "300.00"), (2, "100.00"), (3, "200.00")):
        contract(co, total=total, customer=f"sp_e1a客户{n}")
    monkeypatch.setattr(receivables, "CUSTOMER_ROWS", 2)
    monkeypatch.setattr(receivables, "MORE_ROWS", 1)
    read: list[str | None] = []
    held = threading.Event()  # the first reading on (as of today) answers only after the date changed
    monkeypatch.setattr(receivables, "page", spy(receivables.page, read, held))
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "receivables")
        assert isinstance(page, ReceivablesPage)
        as_of(qtbot, page)  # read again while the first read on is on its way: it reads on itself
        held.set()
        qtbot.waitUntil(lambda: page.ageing is not None and page.ageing.next_cursor is None
                        and len(page.model.rows()) == 4, timeout=WAIT_MS)
        assert [(r.group_name, r.receivable) for r in page.model.rows()] == [
            ("sp_e1a客户1", D("300.00")), ("sp_e1a客户3", D("200.00")), ("sp_e1a客户2", D("100.00")),
            (None, D("600.00"))]
        assert page.model.rows()[-1].contracts == 3 and read and not page.more_label.isVisible()
        path = tmp_path / "ageing.xlsx"
        choose_file(monkeypatch, path)
        page.exporter.start()
        qtbot.waitUntil(lambda: path.exists() and not page.exporter.is_running(), timeout=WAIT_MS)
        values = [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]
        receivable = values[0].index("Receivable")
        assert [(r[0], D(str(r[receivable]))) for r in values[1:]] == [
            ("sp_e1a客户1", D("300.00")), ("sp_e1a客户3", D("200.00")), ("sp_e1a客户2", D("100.00")),
            ("Total", D("600.00"))]


def spy(fn, calls: list, held: threading.Event | None = None):
    """`fn`, noting the cursor (the fourth argument) of every call in `calls`; the first call answers
    only once `held` is set (when given)."""
    def wrapped(*args, **kwargs):
        calls.append(args[3])
        if held is not None and len(calls) == 1:
            held.wait(WAIT_MS / 1000)
        return fn(*args, **kwargs)
    return wrapped


def test_by_person_the_largest_come_first_and_more_as_the_table_ends(qtbot, co: Company, monkeypatch) -> None:
    """sql/0063: by person too the page reads the first people (here one of three) and the totals of
    all, then the rest a page at a time as the table shows its end, and sees only the team."""
    contract(co, "sp_e1a", total="300.00")
    contract(co, "sp_e1b", total="100.00")
    contract(co, "sup_e1", total="200.00")
    contract(co, "sp_e2a", total="900.00")  # another team's
    monkeypatch.setattr(receivables, "OWNER_ROWS", 1)
    monkeypatch.setattr(receivables, "MORE_ROWS", 1)
    read: list[str | None] = []
    monkeypatch.setattr(receivables, "page", spy(receivables.page, read))
    with main_window(qtbot, co, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "receivables")
        assert isinstance(page, ReceivablesPage)
        as_of(qtbot, page)
        page.open("owner")
        qtbot.waitUntil(lambda: page.ageing is not None and page.ageing.group == "owner"
                        and page.ageing.next_cursor is None and len(page.model.rows()) == 4, timeout=WAIT_MS)
        assert [(r.group_name, r.receivable) for r in page.model.rows()] == [
            ("赵一", D("300.00")), ("张主管", D("200.00")), ("钱二", D("100.00")), (None, D("600.00"))]
        assert len(read) == 3 and None not in read  # (a full page may be the last: a read more finds the end)
        # a person lists their contracts; the totals row lists none (a million for a director)
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page.contract_model.rowCount() == 1, timeout=WAIT_MS)
        page.table.selectRow(3)
        qtbot.waitUntil(lambda: page.contract_model.rowCount() == 0, timeout=WAIT_MS)
        assert page.contracts_title.text() == "Total: choose a row above to list its contracts"
        page.table.selectRow(1)
        qtbot.waitUntil(lambda: page.contract_model.rowCount() == 1, timeout=WAIT_MS)
        assert page.contracts_title.text() == "张主管"

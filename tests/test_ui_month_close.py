"""The month close page end to end on the real database: the manager sees their region's last
month as preliminary with a preview of the database's figures, closes it after confirming, and
exports the workbook off the GUI thread — the same bytes as `salesdesk report monthly`; a
salesperson gets no Close button."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from salesdesk.services import month_close
from salesdesk.ui.app import main as salesdesk_main
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.i18n import current_language
from salesdesk.ui.month_close_page import MonthClosePage, months
from tests.factories import Company, build_small_company
from tests.test_month_close import MONTH, TODAY, database_sums, seed
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:  # noqa: ANN001
    company = build_small_company(db_factory())
    seed(company)
    return company


def test_a_manager_closes_last_month_and_exports_the_same_bytes_as_the_command_line(
        qtbot, co: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "month_close")
        assert isinstance(page, MonthClosePage)
        assert page.month_combo.currentData() == MONTH and page.node().id == co.units["EAST"]
        assert page.month is not None and not page.month.closed and page.close_button.isEnabled()
        assert_the_preview_shows_the_databases_figures(qtbot, page, co)
        asked: list[str] = []
        monkeypatch.setattr(page, "confirm_close", lambda text: asked.append(text) or True)
        page.close_button.click()
        qtbot.waitUntil(lambda: page.month is not None and page.month.closed, timeout=WAIT_MS)
        assert asked and MONTH in asked[0]
        assert not page.close_button.isEnabled() and "李华东" in page.status.text()
        out = tmp_path / "gui.xlsx"
        page.export_to(str(out))
        qtbot.waitUntil(lambda: page.export_button.isEnabled() and out.exists(), timeout=WAIT_MS)
        assert not page.progress.isVisible()
    monkeypatch.setenv("SALESDESK_PASSWORD", co.password)
    cli = tmp_path / "cli.xlsx"
    assert salesdesk_main(["report", "monthly", "--month", MONTH, "--out", str(cli),  # the page's language
                           "--login", co.login("mgr_e"), "--server", co.admin_url,
                           "--lang", current_language()]) == 0
    assert out.read_bytes() == cli.read_bytes()


def assert_the_preview_shows_the_databases_figures(qtbot, page: MonthClosePage, co: Company) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.preview.figures.rowCount() > 0, timeout=WAIT_MS)
    figures, sums = page.preview.figures, database_sums(co, "EAST")
    sections = [s for s in month_close.KEY_FIGURES]
    sections.insert(sections.index("receivables") + 1, "overdue")
    assert figures.rowCount() == len(sections)
    shown = {s: (figures.item(i, 1).text(), figures.item(i, 2).text()) for i, s in enumerate(sections)}
    for section, (count, amount) in sums.items():
        assert shown[section] == (str(count), fmt_money(amount)), section
    assert shown["contracts"] == ("2", fmt_money(Decimal("24000")))
    assert page.preview.figures_title.text() and page.preview.figures_title.isVisible()
    # attainment by node: a row per figure; EAST's contract amount is its two contracts
    table, rows = page.preview.attainment, page.month.rows("attainment") if page.month else []
    assert rows and table.rowCount() == len(rows)
    at = next(i for i, r in enumerate(rows) if r["metric"] == "contract_amount" and r["role"] == "node")
    assert table.item(at, 1).text() == "华东大区"
    assert table.item(at, 3).text() == fmt_money(sums["contracts"][1])


def test_a_salesperson_may_not_close(qtbot, co: Company) -> None:  # noqa: ANN001
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "month_close")
        assert isinstance(page, MonthClosePage)
        assert page.node().kind == "person" and not page.close_button.isEnabled()


def test_the_months_offered_start_with_last_month() -> None:
    assert months(TODAY, 2)[0] == MONTH
    assert months(TODAY.replace(month=1, day=5), 1) == [f"{TODAY.year - 1}-12"]

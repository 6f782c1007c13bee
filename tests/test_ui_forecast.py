"""The forecast page and its "Adjust…" dialog on the real database, over the seeded history of
tests/forecast_history.py: a manager's page shows what the API computes for their region (both
weightings, the funnel, the calibration), drills into a child; a bad amount is refused in the
dialog with the typing kept, a good one is recorded and shown beside the computed figure; a
salesperson is offered no adjustment; the director's dashboard has the Forecast section."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.services import forecast as fc
from salesdesk.ui.forecast_adjust import ForecastAdjustDialog
from salesdesk.ui.forecast_page import ForecastPage, node_key
from tests import forecast_history as fh
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def company(db_factory) -> Company:  # noqa: ANN001
    co = build_small_company(db_factory())
    fh.seed_history(co)
    return co


def select(page: ForecastPage, kind: str, node_id: int | None, period: str) -> None:
    page.node_combo.setCurrentIndex(page.node_combo.findData(node_key(kind, node_id)))
    page.period_combo.setCurrentIndex(page.period_combo.findData(period))
    page.view = None
    page.reload()


def test_a_manager_reads_and_adjusts_their_regions_forecast(qtbot, company: Company) -> None:  # noqa: ANN001
    east = company.units["EAST"]
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "forecast")
        assert isinstance(page, ForecastPage)
        assert page.node_combo.itemData(0) == node_key("unit", east)
        assert page.period_combo.count() >= 5
        select(page, "unit", east, "FY2026")
        qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
        with company.connect("mgr_e") as conn:
            want = conn.execute("select sum(amount), sum(weighted), sum(calibrated) "
                                "from api.forecast('unit', %s, 'FY2026') where category <> 'closed'",
                                (east,)).fetchone()
            stages = conn.execute("select count(*) from api.funnel('unit', %s, 'FY2026')",
                                  (east,)).fetchone()[0]
        assert tuple(page.totals().values()) == want
        assert page.forecast_table.rowCount() == 12 * 4
        assert page.funnel_table.rowCount() == stages
        assert page.calibration_table.rowCount() > 0
        assert page.adjust_button.isEnabled()
        qtbot.waitUntil(lambda: page.forecast_chart.canvas is not None, timeout=WAIT_MS)

        # drill into the branch from the roll-up
        row = next(r for r in range(page.breakdown_table.rowCount())
                   if page.breakdown_table.item(r, 0).text() == "上海分公司")
        page.view = None
        page._drill(page.breakdown_table.item(row, 1))
        qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
        assert page.node() is not None and page.node().id == company.units["EAST_B1"]
        assert not page.adjust_button.isEnabled()  # not the manager's own node

        select(page, "unit", east, "FY2026-Q4")
        qtbot.waitUntil(page.is_loaded, timeout=WAIT_MS)
        page.adjust()
        dialog = page.adjust_dialog
        assert isinstance(dialog, ForecastAdjustDialog)
        dialog.category.setCurrentIndex(dialog.category.findData("best_case"))
        dialog.amount.setText("十二万")
        dialog.note.setText("大单推迟")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT_MS)
        assert dialog.isVisible() and dialog.amount.text() == "十二万"  # the typing kept
        dialog.amount.setText("12万")
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: page.view is not None and page.view.forecast.months[0].category("best_case")
                        .adjusted == Decimal("120000.00"), timeout=WAIT_MS)
        cell = page.view.forecast.months[0].category("best_case")
        assert (cell.adjusted_by, cell.adjustment_note) == ("李华东", "大单推迟")
    with company.admin() as conn:
        saved = conn.execute("select unit_id, amount, created_by from sales.forecast_adjustments").fetchall()
    assert saved == [(east, Decimal("120000.00"), company.people["mgr_e"])]


def test_a_salesperson_may_not_adjust(qtbot, company: Company) -> None:  # noqa: ANN001
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "forecast")
        assert [page.node_combo.itemData(i) for i in range(page.node_combo.count())] == [
            node_key("person", company.people["sp_e1a"])]
        assert not page.adjust_button.isEnabled()
        assert not fc.may_adjust("salesperson", page.node(), company.units["EAST_T1"])


def test_the_directors_dashboard_has_the_forecast(qtbot, company: Company) -> None:  # noqa: ANN001
    from salesdesk.ui.dashboard_sections import sections_for
    from salesdesk.ui.forecast_section import ForecastSection
    assert "forecast" in [s.key for s in sections_for("director")]
    assert "forecast" not in [s.key for s in sections_for("salesperson")]
    with main_window(qtbot, company, "director") as window:
        section = ForecastSection(window.ctx) if hasattr(window, "ctx") else None
        if section is None:
            pytest.fail("the main window has no ctx to build a section with")
        qtbot.addWidget(section)
        qtbot.waitUntil(section.is_loaded, timeout=WAIT_MS)
        assert section.node.kind == "company"
        assert section.table.rowCount() == 3

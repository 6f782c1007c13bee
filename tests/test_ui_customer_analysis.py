"""Customer analysis in the client on the real database (issue 15 §4): the analysis page shows the
caller's customers with the database's figures, sorts by a clicked header in the database, draws
its three charts, explains each figure in its header's tooltip and hides profit without see_cost;
the 360° page's Analysis tab shows one customer's figures with a "?" per formula."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from salesdesk.ui.analysis_page import AnalysisPage
from salesdesk.ui.customer360 import Customer360Page
from salesdesk.ui.formats import fmt_money
from tests.factories import Company, build_small_company
from tests.test_customer_analysis import TODAY, got_rows, seed
from tests.ui_support import WAIT_MS, choose, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed(company, conn)
        conn.commit()
    return company


def as_of(qtbot, page: AnalysisPage) -> None:  # noqa: ANN001
    page.date_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.waitUntil(lambda: page.data is not None and page.data.today == TODAY, timeout=WAIT_MS)


def column(page: AnalysisPage, key: str) -> int:
    return [c.key for c in page.model.columns].index(key)


def test_the_director_sees_every_figure_sorts_and_charts(qtbot, co: Company) -> None:  # noqa: ANN001
    want = got_rows(co, "director")
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "analysis")
        assert isinstance(page, AnalysisPage)
        as_of(qtbot, page)
        rows = page.model.rows()
        assert {r.customer_id for r in rows} == set(want)
        assert [r.revenue for r in rows] == sorted((r.revenue for r in rows), reverse=True)
        first = rows[0]
        assert first.profit == want[first.customer_id]["profit"] is not None
        assert page.model.index(0, column(page, "profit")).data() == fmt_money(first.profit)
        tip = page.model.headerData(column(page, "credit_score"), Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.ToolTipRole)
        assert "punctuality" in tip
        page.table.horizontalHeader().sectionClicked.emit(column(page, "receivable"))
        qtbot.waitUntil(lambda: page.data is not None and page.sort == "receivable"
                        and [r.customer_id for r in page.model.rows()]
                        == sorted(want, key=lambda c: (-want[c]["receivable"], c)), timeout=WAIT_MS)  # type: ignore[operator]
        assert page.table.horizontalHeader().sortIndicatorSection() == column(page, "receivable")
        page.table.horizontalHeader().sectionClicked.emit(column(page, "rfm_segment"))  # not sortable
        assert page.sort == "receivable"
        for chart in (page.segments, page.pareto, page.profit):
            qtbot.waitUntil(lambda c=chart: c.canvas is not None and c.canvas.figure is not None,
                            timeout=WAIT_MS)
        assert not page.profit.isHidden() and page.no_cost.isHidden()
        assert page.month_model.rowCount() == 12
        choose(qtbot, page.group_combo, "By person")
        qtbot.waitUntil(lambda: page.tables.currentWidget() is page.rollup_table
                        and page.rollup_model.rowCount() > 0, timeout=WAIT_MS)
        rolled = {r.group_id: r.revenue for r in page.rollup_model.rows()}
        by_owner: dict[object, object] = {}
        for r in want.values():
            by_owner[r["owner_id"]] = by_owner.get(r["owner_id"], 0) + r["revenue"]  # type: ignore[operator]
        assert rolled == by_owner
        assert page.rollup_model.headerData(0, Qt.Orientation.Horizontal) == "Owner"


def test_a_salesperson_sees_only_theirs_and_no_profit(qtbot, co: Company) -> None:  # noqa: ANN001
    want = got_rows(co, "sp_e1a")
    with main_window(qtbot, co, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "analysis")
        assert isinstance(page, AnalysisPage)
        as_of(qtbot, page)
        assert {r.customer_id for r in page.model.rows()} == set(want)
        assert all(r.profit is None and r.product_cost is None for r in page.model.rows())
        assert page.model.index(0, column(page, "profit")).data() == "—"
        assert not page.no_cost.isHidden() and page.profit.isHidden()


def test_the_360_page_analysis_tab(qtbot, co: Company) -> None:  # noqa: ANN001
    want = got_rows(co, "director")
    customer = max(want, key=lambda c: (want[c]["contract_amount"], c))  # type: ignore[arg-type, return-value]
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, f"customer360:{customer}")
        assert isinstance(page, Customer360Page)
        tab = page.analysis_tab
        assert page.money_tabs.indexOf(tab) >= 0
        figures = tab.analysis.figures if tab.analysis else None
        assert figures is not None and figures.customer_id == customer
        assert tab.values["contract_amount"].text() == fmt_money(want[customer]["contract_amount"])  # type: ignore[arg-type]
        assert "positions that may see cost" in tab.helps["profit"].toolTip()
        assert all(tab.helps[k].toolTip() for k in tab.helps)
        assert tab.month_model.rowCount() == 12

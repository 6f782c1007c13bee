"""The attainment and rankings pages end to end on the real database: the director drills from the
company through the units to a team's people (a click on a bar, a double-click on a row) and back
up; the table and chart show deal credit (a member of another region credited 40 %); the rankings
rank people and units in the caller's scope."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from matplotlib.patches import Rectangle

from salesdesk.ui.attainment_page import AttainmentPage
from salesdesk.ui.rankings_page import RankingsPage
from tests.factories import Company, build_small_company
from tests.test_attainment import seed_credit
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
YEAR = f"FY{date.today().year}"


@pytest.fixture
def co(db_factory) -> Company:
    company = build_small_company(db_factory())
    with company.admin() as conn:
        seed_credit(company, conn)
        conn.commit()
    return company


def choose_year(qtbot, page) -> None:  # noqa: ANN001
    combo = page.pickers.period_combo
    qtbot.waitUntil(lambda: combo.findData(YEAR) >= 0, timeout=WAIT_MS)
    combo.setCurrentIndex(combo.findData(YEAR))


def bar_keys(page) -> list[str]:  # noqa: ANN001
    return [p.get_gid() for p in page.canvas.figure.axes[0].patches
            if isinstance(p, Rectangle) and p.get_gid()]


def test_the_director_drills_from_the_company_to_a_person(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "attainment")
        assert isinstance(page, AttainmentPage)
        choose_year(qtbot, page)
        qtbot.waitUntil(lambda: page.shown is not None and page.shown.period == YEAR
                        and page.shown.node.node_kind == "company", timeout=WAIT_MS)
        assert page.shown.node.actual == Decimal(15000)
        assert "¥15,000.00" in page.node_label.text() and "no target" in page.node_label.text()
        assert {f"unit:{co.units['EAST']}", f"unit:{co.units['NORTH']}"} <= set(bar_keys(page))
        page.canvas.barClicked.emit(f"unit:{co.units['NORTH']}")  # what a click on the bar sends
        qtbot.waitUntil(lambda: page.shown.node.node_id == co.units["NORTH"], timeout=WAIT_MS)
        for code in ("NORTH_B1", "NORTH_T1"):
            row = next(i for i, r in enumerate(page.model.rows()) if r.node_id == co.units[code])
            page._drill_row(row)  # noqa: SLF001 - what a double-click on the row does
            qtbot.waitUntil(lambda c=code: page.shown.node.node_id == co.units[c], timeout=WAIT_MS)
        people = {r.node_id: r.actual for r in page.model.rows()}
        assert people[co.people["sp_n1a"]] == Decimal(4000)  # credited on a deal signed in the east
        assert page.model.index(0, 1).data() == "¥4,000.00"
        assert f"person:{co.people['sp_n1a']}" in bar_keys(page)
        assert page.up_button.isEnabled()
        page.up()
        qtbot.waitUntil(lambda: page.shown.node.node_id == co.units["NORTH_B1"], timeout=WAIT_MS)


def test_rankings_of_people_and_units(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "rankings")
        assert isinstance(page, RankingsPage)
        choose_year(qtbot, page)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page._query()[1] == YEAR, timeout=WAIT_MS)  # noqa: SLF001
        qtbot.waitUntil(lambda: page.model.rows()[0].actual == Decimal(6000), timeout=WAIT_MS)
        first = page.model.rows()[0]
        assert (first.node_id, first.rank) == (co.people["sp_e1a"], 1)
        assert co.people["sp_n1a"] not in {r.node_id for r in page.model.rows()}  # not in the east's scope
        assert bar_keys(page)[0] == f"person:{co.people['sp_e1a']}"
        page.open("units")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.rows()[0].node_kind == "unit",
                        timeout=WAIT_MS)
        assert {r.node_id for r in page.model.rows()} <= set(co.units.values())
        assert co.units["NORTH"] not in {r.node_id for r in page.model.rows()}


def test_the_dashboard_sections(qtbot, co: Company) -> None:
    from salesdesk.ui.attainment_sections import MyAttainmentSection, TeamAttainmentSection
    from salesdesk.ui.dashboard_sections import sections_for

    assert "my_attainment" in [s.key for s in sections_for("salesperson")]
    assert "team_attainment" in [s.key for s in sections_for("manager")]
    with main_window(qtbot, co, "sp_n1a") as window:
        mine = MyAttainmentSection(window.ctx)
        qtbot.waitUntil(mine.is_loaded, timeout=WAIT_MS)
        assert "¥4,000.00" in mine.month_label.text() and "no target" in mine.month_label.text()
        assert "¥4,000.00" in mine.year_label.text()
        assert mine.canvas.figure.axes[0].lines  # the running total and the target line
    with main_window(qtbot, co, "mgr_n") as window:
        team = TeamAttainmentSection(window.ctx)
        qtbot.waitUntil(team.is_loaded, timeout=WAIT_MS)
        assert [(r.node_kind, r.node_id, r.actual) for r in team.model.rows()] == [
            ("unit", co.units["NORTH_B1"], Decimal(4000)), ("person", co.people["mgr_n"], Decimal(0))]
        team.table.doubleClicked.emit(team.model.index(0, 0))
        page = window.current_page()
        assert isinstance(page, AttainmentPage)
        qtbot.waitUntil(lambda: page.shown is not None and page.shown.node.node_id == co.units["NORTH_B1"],
                        timeout=WAIT_MS)


def test_the_briefing_and_the_scorecards(qtbot, co: Company) -> None:
    from salesdesk.ui.performance_page import PerformancePage

    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "performance")
        assert isinstance(page, PerformancePage)
        brief = page.briefing
        choose_year(qtbot, brief)
        qtbot.waitUntil(lambda: brief.model.rowCount() == 7 and brief.pickers.period() == YEAR
                        and brief.model.rows()[4].current_value == Decimal(15000), timeout=WAIT_MS)
        assert brief.model.index(4, 0).data() == "Contract amount"
        assert brief.model.index(4, 1).data() == "¥15,000.00" and brief.model.index(4, 3).data() == "–"
        assert brief.model.index(3, 1).data() == "2"  # approved contracts, credited by share
        page.open("scorecards")
        cards = page.scorecards
        qtbot.waitUntil(lambda: cards.model.rowCount() > 0, timeout=WAIT_MS)
        names = [r.employee_id for r in cards.model.rows()]
        assert co.people["sp_n1a"] in names and co.people["sup_e1"] not in names  # one position
        assert [p.get_gid() for p in cards.canvas.figure.axes[0].patches if p.get_gid()]


def test_the_director_keeps_the_weights_a_manager_cannot(qtbot, co: Company) -> None:
    from salesdesk.ui.performance_page import PerformancePage
    from salesdesk.ui.scorecard_weights_dialog import ScorecardWeightsDialog
    from tests.ui_support import answering

    def weigh(dialog: ScorecardWeightsDialog) -> None:
        for spin in dialog.weights:
            spin.setValue(0)
        dialog.weights[0].setValue(50)   # contract amount
        dialog.weights[-1].setValue(40)  # deal credit
        dialog.goals[-1].setText("1000")
        assert "90" in dialog.sum_label.text()
        dialog.save()  # refused, the typing kept
        qtbot.waitUntil(lambda: "100" in dialog.message.text(), timeout=WAIT_MS)
        assert dialog.isVisible() and dialog.weights[-1].value() == 40
        dialog.weights[-1].setValue(50)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved, timeout=WAIT_MS)

    with main_window(qtbot, co, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "performance")
        assert isinstance(page, PerformancePage) and not page.scorecards.edit_button.isVisibleTo(page)
    with main_window(qtbot, co, "director") as window:
        page = wait_loaded(qtbot, window, "performance")
        assert isinstance(page, PerformancePage)
        page.open("scorecards")
        cards = page.scorecards
        assert cards.edit_button.isVisibleTo(page)
        with answering(ScorecardWeightsDialog, weigh):
            cards.edit_weights()
            qtbot.waitUntil(lambda: bool(cards.rows) and [i.indicator for i in cards.rows[0].indicators]
                            == ["contract_amount", "deal_credit"], timeout=WAIT_MS)

"""The dashboard page (工作台) on the real database, per level: which sections show, "Today"'s
numbers as the oracle computes them from the raw rows, a click drills down, F5 and the change feed
re-read, a section that fails shows a polite message while the others still show."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from salesdesk.ui import dashboard_section, dashboard_sections
from salesdesk.ui.dashboard_page import DashboardPage, FailedSection
from salesdesk.ui.dashboard_section import SectionBody
from tests.factories import Company
from tests.test_dashboard import DAY, co, oracle  # noqa: F401 - `co` is the module's company fixture
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui
BUILT_INS = {"today", "my_pipeline", "receivables"}


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashboard_section, "clock", lambda: DAY)


def shown(page: DashboardPage) -> set[str]:
    return {k for k in page.frames if k in BUILT_INS}


def dashboard(qtbot, window) -> DashboardPage:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.current_key() == "dashboard", timeout=WAIT_MS)  # the first page
    page = wait_loaded(qtbot, window, "dashboard")
    assert isinstance(page, DashboardPage)
    return page


@pytest.mark.parametrize(("who", "sections"), [
    ("sp_e1a", {"today", "my_pipeline"}),
    ("sup_e1", {"today", "my_pipeline", "receivables"}),
    ("mgr_e", {"today", "my_pipeline", "receivables"}),
    ("director", {"receivables"}),
])
def test_the_first_page_shows_the_levels_sections(qtbot, co: Company, who: str, sections: set[str]) -> None:  # noqa: F811
    with main_window(qtbot, co, who) as window:
        page = dashboard(qtbot, window)
        assert shown(page) == sections
        for key in sections:
            assert page.frames[key].title() and page.frames[key].isVisible()
            assert not page.bodies[key].message.isVisible()  # loaded, no error


def test_today_says_the_oracles_numbers_and_each_line_opens_its_list(qtbot, co: Company) -> None:  # noqa: F811
    due, overdue, closing, _amount = oracle(co, "sp_e1a", DAY)
    with main_window(qtbot, co, "sp_e1a") as window:
        page = dashboard(qtbot, window)
        today = page.bodies["today"]
        assert today.today is not None
        assert (today.today.due_today, today.today.overdue, today.today.closing) == (due, overdue, closing)
        # whichever language an earlier test left installed, the lines say the numbers in it
        said = QCoreApplication.translate
        assert today.lines["due"].text() == said("Dashboard", "%n follow-up(s) due today", "", due)
        assert today.lines["overdue"].text() == said("Dashboard", "%n overdue follow-up(s)", "", overdue)
        assert today.lines["closing"].text().startswith(
            said("Dashboard", "%n deal(s) closing this month · %1", "", closing).replace("%1", "¥"))
        qtbot.mouseClick(today.lines["overdue"], Qt.MouseButton.LeftButton)
        assert window.current_key() == "followups"
        window.show_page("dashboard")
        qtbot.mouseClick(today.lines["closing"], Qt.MouseButton.LeftButton)
        assert window.current_key() == "opportunities"


def bar_centre(canvas, index: int) -> QPoint:  # noqa: ANN001
    from tests.test_ui_chart_canvas import centre
    return centre(canvas, index)


def test_a_click_on_an_ageing_bar_opens_the_receivables(qtbot, co: Company) -> None:  # noqa: F811
    with main_window(qtbot, co, "sup_e1") as window:
        page = dashboard(qtbot, window)
        section = page.bodies["receivables"]
        canvas = section.chart.canvas
        assert canvas is not None and "¥" in section.summary.text()
        qtbot.waitUntil(lambda: canvas.canvas is not None and canvas.canvas.isVisible(), timeout=WAIT_MS)
        canvas.draw()
        bars = [p for p in canvas.figure.axes[0].patches if p.get_gid()]
        tallest = max(range(len(bars)), key=lambda i: bars[i].get_height())  # an empty bucket has no bar
        qtbot.mouseClick(canvas.canvas, Qt.MouseButton.LeftButton, pos=bar_centre(canvas, tallest))
        qtbot.waitUntil(lambda: window.current_key() == "receivables", timeout=WAIT_MS)


class Broken(QWidget):
    def __init__(self, _ctx: object) -> None:
        raise RuntimeError("a section's bug")


class FailsToLoad(SectionBody):
    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx, "failingSection")

    def work(self):  # noqa: ANN201
        def load() -> None:
            raise RuntimeError("the section's query broke")
        return load, ()

    def show_result(self, result: object) -> None:
        raise AssertionError("never")


@pytest.fixture
def broken_sections() -> Iterator[None]:
    dashboard_sections.register_section("broken", "Broken", Broken, order=1)
    dashboard_sections.register_section("failing", "Failing", FailsToLoad, order=2)
    try:
        yield
    finally:
        for key in ("broken", "failing"):
            dashboard_sections._SECTIONS.pop(key)


def test_a_failing_section_says_so_politely_and_the_others_show(qtbot, co: Company,  # noqa: F811
                                                                 broken_sections: None) -> None:
    with main_window(qtbot, co, "sp_e1a") as window:
        page = dashboard(qtbot, window)
        assert isinstance(page.bodies["broken"], FailedSection)
        failing = page.bodies["failing"]
        assert failing.message.isVisible() and "could not be shown" in failing.message.text()
        assert "Traceback" not in failing.message.text()
        assert page.bodies["today"].today is not None  # the others still show
        assert page.bodies["my_pipeline"].summary.text().startswith("My open deals: ")
        titles = [f.title() for f in page.findChildren(QGroupBox)]
        assert titles[:2] == ["Broken", "Failing"]


def test_f5_and_the_feed_read_again(qtbot, co: Company) -> None:  # noqa: F811
    with main_window(qtbot, co, "sp_e1a") as window:
        page = dashboard(qtbot, window)
        today = page.bodies["today"]
        calls: list[str] = []
        real = today.refresh
        today.refresh = lambda: (calls.append("refresh"), real())[1]  # type: ignore[method-assign]
        today._live.timeout.disconnect()
        today._live.timeout.connect(today.refresh)
        page.on_live_change({"kind": "payment", "root_kind": "contract", "op": "update"})
        qtbot.wait(dashboard_section.LIVE_DELAY_MS + 100)
        assert calls == []  # money is none of Today's business
        page.on_live_change({"kind": "followup", "op": "insert"})
        qtbot.waitUntil(lambda: calls == ["refresh"], timeout=WAIT_MS)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: calls == ["refresh", "refresh"], timeout=WAIT_MS)


def test_the_page_in_chinese(qtbot, co: Company) -> None:  # noqa: F811
    from salesdesk.ui.i18n import install_language
    install_language("zh_CN")
    try:
        with main_window(qtbot, co, "sup_e1") as window:
            page = dashboard(qtbot, window)
            assert page.frames["today"].title() == "今日"
            assert "跟进" in page.bodies["today"].lines["due"].text()
            # every section's placeholder gives way (a chart is drawn after its section's data)
            qtbot.waitUntil(lambda: not any(w.text() == "…" for w in page.findChildren(QLabel)
                                            if w.isVisible()), timeout=WAIT_MS)
    finally:
        install_language("en")


def test_no_query_and_no_figure_runs_on_the_gui_thread(qtbot, co: Company, monkeypatch) -> None:  # noqa: ANN001, F811
    """What keeps the page quick on any machine: every section's read and every chart's figure run on a
    worker (only the drawing is the GUI thread's); the first read of each shows on the page."""
    import threading

    from salesdesk.services import dashboard as service
    from salesdesk.ui import pipeline_funnel
    ran: list[tuple[str, bool]] = []

    def watched(name: str, real):  # noqa: ANN001, ANN202
        return lambda *a: (ran.append((name, threading.current_thread() is threading.main_thread())),
                           real(*a))[1]
    for name in ("today", "my_pipeline", "scope_ageing"):
        monkeypatch.setattr(service, name, watched(name, getattr(service, name)))
    monkeypatch.setattr(pipeline_funnel, "load_chart_modules",
                        watched("figure", pipeline_funnel.load_chart_modules))
    with main_window(qtbot, co, "sup_e1") as window:
        page = dashboard(qtbot, window)
        assert page.bodies["receivables"].chart.canvas is not None  # its figure arrived and is drawn
    assert {name for name, _ in ran} == {"today", "my_pipeline", "scope_ageing", "figure"}
    assert [name for name, on_gui in ran if on_gui] == []


def test_each_section_reads_once_when_the_page_opens(qtbot, co: Company, monkeypatch) -> None:  # noqa: ANN001, F811
    from salesdesk.services import dashboard as service
    calls: list[str] = []
    for name in ("today", "my_pipeline", "scope_ageing"):
        real = getattr(service, name)
        monkeypatch.setattr(service, name, lambda *a, _n=name, _f=real: (calls.append(_n), _f(*a))[1])
    with main_window(qtbot, co, "sup_e1") as window:
        dashboard(qtbot, window)
        qtbot.wait(300)
        assert sorted(calls) == ["my_pipeline", "scope_ageing", "today"]

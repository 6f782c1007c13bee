"""Every page fits a small screen at 150 % scaling, in both languages.

Qt lays windows out in device-independent pixels, so a 1366×768 laptop at 150 % offers
910×512 of them, less a taskbar. The window's minimum size on every page (menu bar, page,
status bar) must stay inside that, or part of it can never be seen. What the pages look
like at 125 % and 150 %: `installer/tools/screenshots.py --scale 1.5`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from salesdesk.ui.i18n import install_language
from tests.factories import Company
from tests.ui_support import main_window, wait_loaded

pytestmark = pytest.mark.gui
SMALLEST = QSize(1366 * 2 // 3, 768 * 2 // 3 - 40)  # 1366×768 at 150 %, a 40-pixel taskbar


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_fits_a_small_screen_at_150_percent(qtbot, company: Company, lang: str) -> None:
    install_language(lang)
    try:
        with main_window(qtbot, company, "mgr_e") as window:
            too_big: dict[str, QSize] = {}
            keys = [s.key for s in window.nav_specs]
            keys += ["customer:new", f"customer:{company.customers['sp_e1a客户1']}"]
            for key in keys:
                page = wait_loaded(qtbot, window, key)
                if key.startswith("customer:"):  # a long company name must not widen the window
                    page.ui.titleLabel.setText("上海创博供应链管理有限公司" * 4)
                    qtbot.wait(50)  # the layouts hear of it
                need = window.minimumSizeHint().expandedTo(window.minimumSize())
                if need.width() > SMALLEST.width() or need.height() > SMALLEST.height():
                    too_big[key] = need
            assert not too_big, f"larger than {SMALLEST}: {too_big}"
            window.resize(SMALLEST)
            qtbot.waitUntil(lambda: window.size() == SMALLEST, timeout=2000)
            assert window.statusBar().isVisible()
            nav = window.nav  # every page's title fits the navigation: no scrollbar, nothing cut
            assert all(nav.visualItemRect(nav.item(i)).width() >= nav.sizeHintForIndex(
                nav.model().index(i, 0)).width() for i in range(nav.count()))
    finally:
        install_language("en")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_editor_header_keeps_its_actions_and_shortens_the_name_with_an_ellipsis(qtbot, company: Company,
                                                                                    lang: str) -> None:
    from PySide6.QtWidgets import QToolButton

    install_language(lang)
    try:
        with main_window(qtbot, company, "mgr_e") as window:
            page = wait_loaded(qtbot, window, f"customer:{company.customers['sp_e1a客户1']}")
            window.resize(SMALLEST)
            qtbot.waitUntil(lambda: window.size() == SMALLEST, timeout=2000)
            page.ui.titleLabel.setText("上海创博供应链管理有限公司" * 4)
            qtbot.waitUntil(lambda: page.ui.titleLabel.width() < page.ui.titleLabel.sizeHint().width(),
                            timeout=2000)
            bar = page.header_actions
            shown = [a for a in bar.actions() if a.isVisible()]
            assert len(shown) >= 3  # reassign, release, archive
            for action in shown:  # each a button of its own, none behind »
                assert bar.widgetForAction(action).isVisible(), action.text()
            more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            assert more is None or not more.isVisible()
            title = page.ui.titleLabel
            assert title.text() == "上海创博供应链管理有限公司" * 4  # the whole name is still there
            assert title.shown_text().endswith("…")  # shortened visibly, not cut mid-character
            for label in (page.ui.factsLabel, page.ui.stampLabel):
                assert label.shown_text() == label.text() or label.shown_text().endswith("…")
    finally:
        install_language("en")

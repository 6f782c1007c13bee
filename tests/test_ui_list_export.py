"""Export… of a list page end to end on the real database: Ctrl+E, a file chosen in the (patched) save
dialog, every row of the filtered, sorted view written off the GUI thread; Cancel leaves no file."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from salesdesk.reports.list_export import ListView
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> list[str]:
    """The save dialog answers `path` (and the filter picked); returns the names it was offered."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, _filters: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


def test_ctrl_e_exports_the_whole_filtered_sorted_list(qtbot, company: Company, monkeypatch,
                                                       tmp_path: Path) -> None:
    from salesdesk.ui.i18n import install_language

    install_language("en")  # the English plural of the notice
    with main_window(qtbot, company, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        page.model.page_size = 2  # the screen holds 2 rows; the file must hold them all
        page.view.setFixedHeight(page.view.horizontalHeader().height() + 2 * page.view.rowHeight(0) + 4)
        page.search.setText("客户")
        page.apply_filters()  # now, not after the search delay
        qtbot.waitUntil(lambda: page.model.count is not None and page.model.count > 2
                        and not page.model.is_loading() and page.is_loaded(), timeout=WAIT_MS)
        name_column = next(i for i, c in enumerate(page.model.columns) if c.key == "name")
        page.view.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: page.model.descending and not page.model.is_loading()
                        and page.model.count is not None, timeout=WAIT_MS)
        total = page.model.count
        assert len(page.model.rows()) < total
        path = tmp_path / "mine.xlsx"
        offered = choose_file(monkeypatch, path)
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert offered and offered[0].endswith(".xlsx") and Path(offered[0]).name.startswith("customers-")
        qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=WAIT_MS)
        sheet = load_workbook(path).active
        titles = [c.title() for c in page.export_columns()]
        assert [c.value for c in sheet[1]] == titles
        names = [r[titles.index(page.model.columns[name_column].title())]
                 for r in sheet.iter_rows(min_row=2, values_only=True)]
        page.model.fetch_to_end()
        qtbot.waitUntil(lambda: len(page.model.rows()) == total, timeout=WAIT_MS)
        assert names == names_in(page.model) and len(names) == total  # the screen's rows, its order
        assert "sp_e2a客户1" not in names  # another team's: outside the supervisor's scope
        assert window.status.notice.text() == f"{total} rows exported to {path}"


def test_the_csv_filter_gives_a_csv_file(qtbot, company: Company, monkeypatch, tmp_path: Path) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        choose_file(monkeypatch, tmp_path / "team", "CSV, UTF-8 (*.csv)")  # no suffix typed
        page.actions_by_name["export_list"].trigger()
        qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=WAIT_MS)
        raw = (tmp_path / "team.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        assert len(rows) == 1 + page.model.count and "客户" in raw.decode("utf-8-sig")


class GatedSource:
    """The page's own list source, holding its first page until the test lets it go."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.gate, self.calls = inner, threading.Event(), 0

    def list(self, query: Any, **kwargs: Any) -> Any:
        self.calls += 1
        page = self.inner.list(query, **kwargs)
        self.gate.wait(WAIT_MS / 1000)
        return type(page)(page.rows, "more")  # as if more pages followed


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, company: Company, monkeypatch,
                                                    tmp_path: Path) -> None:
    with main_window(qtbot, company, "sup_e1") as window:
        page = wait_loaded(qtbot, window, "customers")
        view = page.export_view()
        source = GatedSource(view.source)
        monkeypatch.setattr(page, "export_view", lambda: ListView(source, view.query, view.sort,
                                                                  view.descending))
        choose_file(monkeypatch, tmp_path / "cancelled.xlsx")
        page.actions_by_name["export_list"].trigger()
        assert page.exporter.is_running() and page.exporter.dialog is not None
        task = page.exporter.task
        page.exporter.dialog.findChild(QPushButton).click()  # the dialog's Cancel
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            source.gate.set()
        assert not page.exporter.is_running() and page.exporter.dialog is None
        assert source.calls <= 1 and list(tmp_path.iterdir()) == []  # paging stopped, no file


def test_every_list_page_has_export_on_ctrl_e_and_no_clash(qtbot, company: Company, monkeypatch,
                                                           tmp_path: Path) -> None:
    """Every list page of the navigation (customers, pool, leads, deals, follow-ups, products, quotes,
    contracts, expenses, the team, the kind screens) offers Export… on Ctrl+E, a key no other
    action of the page or window has; the deals list's export holds the whole list."""
    from PySide6.QtGui import QAction, QKeySequence

    from salesdesk.ui.record_list import RecordListPage

    with main_window(qtbot, company, "mgr_e") as window:
        window_keys = [k.toString() for a in window.findChildren(QAction) if a.parent() is window
                       for k in a.shortcuts()]
        assert "Ctrl+E" not in window_keys
        lists = []
        for spec in window.nav_specs:
            page = window.show_page(spec.key)
            if isinstance(page, RecordListPage):
                lists.append(spec.key)
                keys = [a.shortcut().toString() for a in page.actions_by_name.values()]
                assert page.actions_by_name["export_list"].shortcut() == QKeySequence("Ctrl+E")
                assert keys.count("Ctrl+E") == 1, spec.key
        assert {"customers", "pool", "leads", "opportunities", "products", "org"} <= set(lists)
        page = wait_loaded(qtbot, window, "opportunities")
        qtbot.waitUntil(lambda: page.model.count is not None and not page.model.is_counting(),
                        timeout=WAIT_MS)
        choose_file(monkeypatch, tmp_path / "deals.xlsx")
        page.actions_by_name["export_list"].trigger()
        qtbot.waitUntil(lambda: not page.exporter.is_running(), timeout=WAIT_MS)
        sheet = load_workbook(tmp_path / "deals.xlsx").active
        assert page.model.count > 0 and sheet.max_row == 1 + page.model.count
        org = wait_loaded(qtbot, window, "org")
        choose_file(monkeypatch, tmp_path / "team.csv")
        org.actions_by_name["export_list"].trigger()
        qtbot.waitUntil(lambda: not org.exporter.is_running(), timeout=WAIT_MS)
        rows = list(csv.reader((tmp_path / "team.csv").read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) == 1 + len(org.model.people())

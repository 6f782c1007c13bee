"""Which customers a list opens on: a salesperson their own, everyone else all they can see."""

from __future__ import annotations

import pytest

from tests.ui_support import main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def test_a_salespersons_list_opens_on_their_own_customers(qtbot, company) -> None:
    with main_window(qtbot, company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert page.scope.currentData() == "mine"
        assert sorted(names_in(page.model)) == ["sp_e1a客户1", "sp_e1a客户2", "sp_e1a客户3"]  # no pool rows
        page.scope.setCurrentIndex(page.scope.findData("all"))  # the rest is one choice away
        qtbot.waitUntil(lambda: "华东公海客户1" in names_in(page.model), timeout=10_000)


def test_a_manager_still_opens_on_everything_in_scope(qtbot, company) -> None:
    with main_window(qtbot, company, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert page.scope.currentData() == "all"
        assert {"sp_e1a客户1", "sp_e2a客户1"} <= set(names_in(page.model))

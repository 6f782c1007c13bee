"""The customer pool page end to end: claim from the pool, release back to it from the customer list."""

from __future__ import annotations

import pytest

from salesdesk.services import customers
from salesdesk.ui.reason_dialog import ReasonDialog
from tests.ui_support import WAIT_MS, answering, main_window, names_in, wait_loaded

pytestmark = pytest.mark.gui


def test_claim_from_the_pool_and_release_back(qtbot, fresh_company) -> None:
    c = fresh_company
    with main_window(qtbot, c, "sp_e1a") as window:
        pool = wait_loaded(qtbot, window, "pool")
        qtbot.waitUntil(lambda: "华东公海客户1" in names_in(pool.model), timeout=WAIT_MS)
        assert "华北公海客户1" not in names_in(pool.model)  # another region's pool
        assert all(r.owner_id is None for r in pool.model.rows())
        pool.view.selectRow(names_in(pool.model).index("华东公海客户1"))
        pool.actions_by_name["claim"].trigger()
        qtbot.waitUntil(lambda: "华东公海客户1" not in names_in(pool.model), timeout=WAIT_MS)
        db = window.session.database
        claimed = customers.get_customer(db, c.customers["华东公海客户1"])
        assert claimed.owner_id == c.people["sp_e1a"] and claimed.pool_id is None

        page = wait_loaded(qtbot, window, "customers")
        page.search.setText("华东公海客户1")
        qtbot.waitUntil(lambda: names_in(page.model) == ["华东公海客户1"], timeout=WAIT_MS)
        page.view.selectRow(0)
        assert page.actions_by_name["release"].isEnabled()  # claimed: mine to hand on now

        def give_reason(dialog: ReasonDialog) -> None:
            dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()  # no reason: refused
            assert dialog.isVisible() and dialog.ui.reasonError.isVisible()
            dialog.ui.reasonEdit.setText("客户暂无需求")
            dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()

        with answering(ReasonDialog, give_reason):
            page.actions_by_name["release"].trigger()
        qtbot.waitUntil(lambda: customers.get_customer(db, claimed.id).pool_id is not None, timeout=WAIT_MS)
        history = customers.ownership_history(db, claimed.id)
        assert "客户暂无需求" in {h.reason for h in history}
        window.show_page("pool")
        pool.refresh()
        qtbot.waitUntil(lambda: "华东公海客户1" in names_in(pool.model), timeout=WAIT_MS)


def test_choosing_a_pool_shows_exactly_that_pools_customers(qtbot, company) -> None:
    c = company
    with main_window(qtbot, c, "director") as window:
        pool = wait_loaded(qtbot, window, "pool")
        qtbot.waitUntil(lambda: pool.pool.count() == 1 + len(c.pools), timeout=WAIT_MS)
        assert {"总部公海客户1", "华东公海客户1", "华北公海客户1"} <= set(names_in(pool.model))
        expected = {unit: {n for n, p in c.customer_pool.items() if p == unit} for unit in c.pools}
        for unit in ("HQ", "EAST", "NORTH"):
            pool.pool.setCurrentIndex(pool.pool.findData(c.pools[unit]))
            qtbot.waitUntil(lambda u=unit: set(names_in(pool.model)) == expected[u]
                            and pool.model.count == len(expected[u]) and not pool.model.is_loading(),
                            timeout=WAIT_MS)
        assert expected["HQ"] == {"总部公海客户1"}  # the HQ pool alone, not the regions' pools below it
        pool.pool.setCurrentIndex(0)
        qtbot.waitUntil(lambda: pool.model.count == sum(map(len, expected.values())), timeout=WAIT_MS)

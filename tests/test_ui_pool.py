"""The customer pool page end to end: claim from the pool, release back to it from the customer list."""

from __future__ import annotations

import pytest

from salesdesk.services import customers
from tests.ui_support import WAIT_MS, main_window, names_in, wait_loaded

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
        page.release()
        dialog = page.active_dialog
        dialog.setTextValue("客户暂无需求")
        dialog.accept()
        qtbot.waitUntil(lambda: customers.get_customer(db, claimed.id).pool_id is not None, timeout=WAIT_MS)
        history = customers.ownership_history(db, claimed.id)
        assert "客户暂无需求" in {h.reason for h in history}
        window.show_page("pool")
        pool.refresh()
        qtbot.waitUntil(lambda: "华东公海客户1" in names_in(pool.model), timeout=WAIT_MS)

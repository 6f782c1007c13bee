"""The products page end to end on the real database: the catalog for everyone, the editor for
maintain_products, the cost column only with see_cost, bad input kept and marked at its field."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.services import products
from salesdesk.ui.product_editor import ProductEditor, parse_percent, percent_text
from tests.factories import Company
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui


def seed(c: Company) -> None:
    cat = c.call("admin", "select api.product_category_save(null, null, %s)",
                 (json.dumps({"code": "NET", "name": "网络设备"}),))[0][0]
    for code, name, price, cost in (("SW-1", "千兆交换机", "1299.00", "856.50"),
                                    ("SV-1", "长城服务器", "45800.00", "31000.00")):
        c.call("admin", "select api.product_save(null, null, %s)", (json.dumps(
            {"code": code, "name": name, "list_price": price, "cost_price": cost, "unit": "台",
             "category_id": cat}),))


def column_keys(page) -> list[str]:  # noqa: ANN001
    return [c.key for c in page.model.columns]


@pytest.mark.parametrize(("typed", "rate"), [("13", Decimal("0.1300")), ("６.５%", Decimal("0.0650")),
                                             ("0", Decimal("0.0000")), ("101", None), ("abc", None)])
def test_tax_rate_is_typed_as_a_percentage(typed: str, rate: Decimal | None) -> None:
    assert parse_percent(typed) == rate
    if rate is not None:
        assert parse_percent(percent_text(rate)) == rate


def test_the_admin_adds_a_product_and_sees_the_cost(qtbot, fresh_company: Company) -> None:
    c = fresh_company
    seed(c)
    with main_window(qtbot, c, "admin") as window:
        page = wait_loaded(qtbot, window, "products")
        qtbot.waitUntil(lambda: [r.code for r in page.model.rows()] == ["SV-1", "SW-1"], timeout=WAIT_MS)
        assert {"cost_price", "margin"} <= set(column_keys(page))
        assert "new" in page.actions_by_name
        cost_col = column_keys(page).index("cost_price")
        assert page.model.index(1, cost_col).data() == "¥856.50"

        def bad_then_good(dialog: ProductEditor) -> None:
            dialog.ui.codeEdit.setText("RT-1")
            dialog.ui.nameEdit.setText("企业路由器")
            dialog.ui.listPriceEdit.setText("一千")  # no amount: marked, kept, not sent
            dialog.ui.taxRateEdit.setText("13")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            assert dialog.isVisible() and dialog.ui.listPriceError.isVisibleTo(dialog)
            assert dialog.ui.listPriceEdit.text() == "一千"
            dialog.ui.codeEdit.setText("SW-1")  # taken: the database says so at the field
            dialog.ui.listPriceEdit.setText("3,200.5")
            dialog.ui.costPriceEdit.setText("2100")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            qtbot.waitUntil(lambda: dialog.ui.codeError.isVisibleTo(dialog), timeout=WAIT_MS)
            assert dialog.isVisible() and dialog.ui.nameEdit.text() == "企业路由器"
            dialog.ui.codeEdit.setText("RT-1")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

        with answering(ProductEditor, bad_then_good):
            page.new()
        qtbot.waitUntil(lambda: "RT-1" in [r.code for r in page.model.rows()], timeout=WAIT_MS)
    saved = next(p for p in products.list_products(session_db(c, "admin")).rows if p.code == "RT-1")
    assert (saved.list_price, saved.cost_price, saved.tax_rate) == (
        Decimal("3200.50"), Decimal("2100.00"), Decimal("0.1300"))


def session_db(c: Company, key: str):  # noqa: ANN201
    from salesdesk.db.session import Database
    return Database.connect(c.url_for(key))


def test_a_manager_reads_the_catalog_without_cost_and_cannot_edit(qtbot, fresh_company: Company) -> None:
    c = fresh_company
    seed(c)
    with main_window(qtbot, c, "mgr_e") as window:
        page = wait_loaded(qtbot, window, "products")
        qtbot.waitUntil(lambda: len(page.model.rows()) == 2, timeout=WAIT_MS)
        assert "cost_price" not in column_keys(page) and "margin" not in column_keys(page)
        assert "new" not in page.actions_by_name

        def look(dialog: ProductEditor) -> None:
            assert not dialog.ui.costPriceEdit.isVisibleTo(dialog)
            assert dialog.ui.nameEdit.isReadOnly()
            assert not dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isVisibleTo(dialog)
            dialog.reject()

        with answering(ProductEditor, look):
            page.open_row(page.model.rows()[0])


def test_search_by_pinyin_initials(qtbot, fresh_company: Company) -> None:
    seed(fresh_company)
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "products")
        page.search.setText("qzjhj")
        page.apply_filters()
        qtbot.waitUntil(lambda: [r.code for r in page.model.rows()] == ["SW-1"], timeout=WAIT_MS)

"""The product list's columns and paged model (the generic RecordTableModel over services.products).

The cost and margin columns exist only for a position with see_cost: the database sends them
empty to anyone else, and an empty column would only say that something is being withheld.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from salesdesk.services import products
from salesdesk.services.products import Product, ProductQuery
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_datetime, fmt_money
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.tasks import TaskRunner
from salesdesk.ui.words import word

translate = QCoreApplication.translate
_GREY = QColor("#808080")


def fmt_rate(rate: Decimal | None) -> str:
    """A tax rate as a percentage: 0.1300 -> '13%', 0.0650 -> '6.5%'."""
    if rate is None:
        return ""
    return f"{(rate * 100).normalize():f}%"


def product_columns(see_cost: bool) -> list[Column[Product]]:
    """The list's columns; keys are stable (the column chooser saves them)."""
    columns: list[Column[Product]] = [
        Column("code", lambda: translate("ProductModels", "Code"), lambda r: r.code, "code", width=110),
        Column("name", lambda: word(words.NAME), lambda r: r.name, "name",
               width=220, fixed=True),
        Column("specification", lambda: translate("ProductModels", "Specification"),
               lambda r: r.specification or "", width=160),
        Column("unit", lambda: word(words.UNIT), lambda r: r.unit or "", width=50),
        Column("category", lambda: word(words.CATEGORY), lambda r: r.category_name or "",
               width=100),
        Column("list_price", lambda: translate("ProductModels", "List price"),
               lambda r: fmt_money(r.list_price), "list_price", right=True, width=110, kind="money",
               value=lambda r: r.list_price),
    ]
    if see_cost:
        columns += [
            Column("cost_price", lambda: translate("ProductModels", "Cost price"),
                   lambda r: fmt_money(r.cost_price), right=True, width=110, kind="money",
                   value=lambda r: r.cost_price),
            Column("margin", lambda: translate("ProductModels", "Margin"), lambda r: fmt_money(r.margin),
                   right=True, width=110, kind="money", value=lambda r: r.margin),
        ]
    columns += [
        Column("tax_rate", lambda: translate("ProductModels", "Tax rate"), lambda r: fmt_rate(r.tax_rate),
               right=True, width=70),
        Column("active", lambda: translate("ProductModels", "Active"),
               lambda r: translate("ProductModels", "Yes") if r.active else translate("ProductModels", "No"),
               width=60),
        Column("updated_at", lambda: word(words.UPDATED),
               lambda r: fmt_datetime(r.updated_at), hidden=True, kind="datetime",
               value=lambda r: r.updated_at),
    ]
    return columns


class ProductTableModel(RecordTableModel[Product]):
    """Products page by page from `list_products`, sorted and filtered by the server."""

    def __init__(self, runner: TaskRunner, db: Any, *, see_cost: bool, parent: Any = None) -> None:
        super().__init__(runner, ServiceSource(db, products.list_products, products.count_products,
                                               products.get_product),
                         product_columns(see_cost), query=ProductQuery(), sort="code", parent=parent)

    def extra_data(self, row: Product, column: Column[Product], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(_GREY)
        return None

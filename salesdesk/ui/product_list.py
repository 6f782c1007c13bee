"""The products page (产品): the catalog for everyone, an editor dialog for maintain_products.

Search by code, name, pinyin or its initials; filter by category and active; sort by code, name
(pinyin) or list price on the server. The cost and margin columns are there only with see_cost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import products
from salesdesk.services.permissions import MAINTAIN_PRODUCTS, SEE_COST
from salesdesk.services.products import Category, Product, ProductQuery
from salesdesk.ui import words
from salesdesk.ui.combos import fill_combo
from salesdesk.ui.pages import register_page
from salesdesk.ui.product_editor import ProductEditor
from salesdesk.ui.product_models import ProductTableModel
from salesdesk.ui.record_actions import ActionSpec, always, one_row
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.words import word

translate = QCoreApplication.translate
ACTIVE, ALL, INACTIVE = "active", "all", "inactive"


class ProductListPage(RecordListPage):
    """Products: list, search, filters; open one in the editor (read-only without maintain_products)."""

    settings_key = "products/list"
    view_name = "productTable"

    def make_model(self) -> ProductTableModel:
        me = self.ctx.session.me
        self.may_edit, self.see_cost = me.may(MAINTAIN_PRODUCTS), me.may(SEE_COST)
        self.categories: list[Category] = []
        return ProductTableModel(self.ctx.tasks, self.db, see_cost=self.see_cost, parent=self)

    def build_filters(self) -> None:
        self.setObjectName("productsPage")
        self.active = self.add_filter("activeCombo")
        self.category = self.add_filter("categoryCombo")
        for combo, keys in ((self.active, (ACTIVE, ALL, INACTIVE)), (self.category, (None,))):
            combo.blockSignals(True)  # the first item would reload before the page is built
            for key in keys:
                combo.addItem("", key)
            combo.blockSignals(False)

    def start(self) -> None:
        self.ctx.tasks.run(products.categories, self.db, busy=False, on_success=self._categories_arrived)
        super().start()

    def _categories_arrived(self, found: list[Category]) -> None:
        self.categories = found
        fill_combo(self.category, [(c.id, c.name) for c in found if c.active])

    def query(self) -> ProductQuery:
        state = self.active.currentData()
        return ProductQuery(search=self.search.text().strip(),
                            active=None if state == ALL else state == ACTIVE,
                            category_id=self.category.currentData())

    def filters_active(self) -> bool:  # "active only" is where the page starts, not a filter
        return bool(self.search.text().strip()) or self.category.currentIndex() > 0 \
            or self.active.currentData() != ACTIVE

    def action_specs(self) -> list[ActionSpec]:
        specs = [ActionSpec("edit", "edit", lambda: word(words.OPEN), self.open_selected,
                            None, one_row)]
        if self.may_edit:
            specs.insert(0, ActionSpec("new", "new", lambda: translate("ProductEditor", "New product"),
                                       self.new, None, always))
        return specs

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ProductListPage", "Search code, name or pinyin initials…"))
        for i, text in enumerate((translate("ProductListPage", "Active products"),
                                  translate("ProductListPage", "All products"),
                                  translate("ProductListPage", "Inactive products"))):
            self.active.setItemText(i, text)
        self.category.setItemText(0, translate("ProductListPage", "All categories"))
        super().retranslate()

    def empty_text(self) -> str:
        if self.may_edit:
            return translate("ProductListPage", "No products yet — press Ctrl+N to add one")
        return translate("ProductListPage", "No products yet")

    def count_text(self, n: int, exact: bool) -> str:
        return translate("ProductListPage", "%n product(s)", "", n)

    def new(self) -> None:
        if self.may_edit:
            self._edit(None)

    def open_row(self, row: Any) -> None:
        self._edit(row)

    def open(self, arg: str) -> None:
        """Screenshot and links: `products:<id>` opens that product's editor."""
        if arg.isdigit():
            self.ctx.tasks.run(products.get_product, self.db, int(arg), on_success=self._edit)

    def _edit(self, product: Product | None) -> None:
        saved = ProductEditor.ask(self, product=product, categories=self.categories, may_edit=self.may_edit,
                                  see_cost=self.see_cost, db=self.db, runner=self.ctx.tasks)
        if saved is None:
            return
        if product is None:
            self.refresh()
        else:
            self.model.refresh_record(saved.id)


register_page("products", QT_TRANSLATE_NOOP("pages", "Products"), "products", ProductListPage, order=40)

"""The product editor: a dialog over forms/product_editor.ui, bound with FormBinding.

Amounts are typed as anywhere else (¥1,299.00, 1299, 6.5万: ui/formats.py) and the tax rate as a
percentage (13 for 13 %). The cost price is on the form only for a position with see_cost; for
one without maintain_products the form is read-only (the database refuses their saves anyway).
A refused save keeps the dialog open with the typing and shows each problem at its field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from salesdesk.services import products
from salesdesk.services.products import Category, Product
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.dialogs import FormDialog, show_form_problems
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.forms_gen.product_editor import Ui_ProductEditor
from salesdesk.ui.words import word

FIELDS = {"code": "codeEdit", "name": "nameEdit", "category_id": "categoryCombo",
          "specification": "specificationEdit", "unit": "unitEdit", "list_price": "listPriceEdit",
          "cost_price": "costPriceEdit", "tax_percent": "taxRateEdit", "active": "activeCheck"}
MONEY = ("list_price", "cost_price")
DEFAULT_TAX = Decimal("0.1300")


def percent_text(rate: Decimal | None) -> str:
    """0.1300 -> '13', 0.0650 -> '6.5'."""
    return "" if rate is None else f"{(rate * 100).normalize():f}"


def parse_percent(text: str) -> Decimal | None:
    """'13', '13%', '６.５' -> 0.13, 0.065; None when it is no percentage from 0 to 100."""
    value = unicodedata.normalize("NFKC", text).strip().removesuffix("%").strip()
    try:
        percent = Decimal(value)
    except InvalidOperation:
        return None
    if not percent.is_finite() or not Decimal(0) <= percent <= Decimal(100):
        return None
    return products.rate(percent / 100)


class ProductEditor(FormDialog):
    """One product, new (`product=None`) or existing. `ask(...)` returns the saved Product or None."""

    ui_class = Ui_ProductEditor

    def __init__(self, parent: QWidget | None = None, *, product: Product | None = None,
                 categories: Sequence[Category] = (), may_edit: bool = False, see_cost: bool = False,
                 db: Any = None, **kwargs: Any) -> None:
        super().__init__(parent, submit=self._save, **kwargs)
        self.setObjectName("productEditor")
        self.product, self.db, self.see_cost = product, db, see_cost
        combo = self.ui.categoryCombo
        combo.addItem("", None)
        for c in categories:
            if c.active or (product is not None and c.id == product.category_id):
                combo.addItem(c.name, c.id)
        fields = dict(FIELDS) if see_cost else {k: v for k, v in FIELDS.items() if k != "cost_price"}
        for widget in (self.ui.costPriceLabel, self.ui.costPriceEdit, self.ui.costPriceError):
            widget.setVisible(see_cost)
        self.form = FormBinding(self.ui, fields, money=[m for m in MONEY if m in fields], parent=self)
        self.form.edited.connect(self.form.clear_error)
        base = _fields_of(product) if product is not None else {"active": True}
        rate = product.tax_rate if product is not None else DEFAULT_TAX
        self.form.show(SimpleNamespace(**base, tax_percent=percent_text(rate)))
        self.form.set_read_only(not may_edit)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(may_edit)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            word(words.CANCEL) if may_edit else self.tr("Close"))
        self.setWindowTitle(product.name if product else self.tr("New product"))

    def value(self) -> dict[str, Any]:
        """What to save: every field of a new product, the changed ones of an existing one."""
        values = self.form.values() if self.product is None else self.form.changes()
        if "tax_percent" in values:
            values["tax_rate"] = parse_percent(values.pop("tax_percent") or "")
        values = {k: (None if v == "" else v) for k, v in values.items()}
        return values

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        problems = dict(self.form.input_errors())
        if "tax_rate" in value and value["tax_rate"] is None:
            problems["tax_percent"] = products.BAD_RATE
        return {k: ui_errors.problem_text(v) for k, v in problems.items()}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        problems = {("tax_percent" if k == "tax_rate" else k): v for k, v in problems.items()}
        show_form_problems(self.form, self.ui.messageLabel, problems, message)

    def _save(self, changes: Mapping[str, Any]) -> Product:
        """On a worker thread: the save (nothing to save: the product as it is)."""
        if self.product is not None and not changes:
            return self.product
        return products.save_product(self.db, self.product.id if self.product else None,
                                     self.product.version if self.product else None, changes)


def _fields_of(product: Product) -> dict[str, Any]:
    return {k: getattr(product, k) for k in Product.__dataclass_fields__}

"""A contract's product lines: the deal's lines model (ui/opportunity_lines.ProductLines) with the
contract line's tax rate (services/contract_rules.CONTRACT_LINE_SPEC); a new line takes the
product's tax rate. The totals shown are the database's, once saved."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services.contract_rules import CONTRACT_LINE_SPEC, DEFAULT_TAX_RATE
from salesdesk.ui.lines_model import LineField
from salesdesk.ui.opportunity_lines import ProductLines

translate = QCoreApplication.translate


class ContractLines(ProductLines):
    """Product, quantity, unit price, discount %, tax rate %, amount, notes."""

    spec = CONTRACT_LINE_SPEC
    extra = (LineField("tax_rate", lambda: translate("ContractEditor", "Tax rate %")),)

    def add_taxed(self, product_id: int, name: str, list_price: Decimal, tax_rate: Decimal | None) -> int:
        """A line of the product at its list price and (the catalog's fraction as a percentage) tax rate."""
        rate = (tax_rate * 100).quantize(Decimal("0.01")) if tax_rate is not None else DEFAULT_TAX_RATE
        return self.add({**self.new_line(product_id, name, list_price), "tax_rate": rate})

    def whole_lines(self) -> list[dict[str, Any]]:
        """Every line as an amendment holds it: the product and the spec's fields."""
        return [{**{k: v for k, v in line.values.items() if k in self.spec},
                 "product_id": line.values.get("product_id") or getattr(line.original, "product_id", None)}
                for line in self._lines]

"""The quote editor: the kind editor (ui/kind_editor.py) over forms/quote_editor.ui and
services.quotes: a draft's title, customer, validity and notes; its lines with their amounts and
taxes, its totals and its versions shown. A sent, accepted or declined quote opens read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from salesdesk.services import quotes
from salesdesk.services.customer_list import search_customers
from salesdesk.services.quote_types import Quote, QuoteLine
from salesdesk.ui import words
from salesdesk.ui.columns import fmt_money
from salesdesk.ui.forms_gen.quote_editor import Ui_QuoteEditor
from salesdesk.ui.kind_editor import KindEditor
from salesdesk.ui.quote_models import QUOTE, STATUS_WORDS
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def line_cells(line: QuoteLine) -> list[str]:
    cells = [f"{line.product_code} {line.product_name}", f"{line.quantity.normalize():f}",
             fmt_money(line.unit_price), f"{line.discount}%", f"{line.tax_rate}%", fmt_money(line.amount),
             fmt_money(line.tax_amount)]
    if line.cost_price is not None:  # only for a position that sees costs
        cells.append(fmt_money(line.margin))
    return cells


class QuoteEditor(KindEditor):
    """One quote, new (`record=None`, `fixed={"customer_id": …}`) or existing."""

    ui_class = Ui_QuoteEditor
    service = quotes.QUOTES
    kind = QUOTE
    pickers = {"customer_id": (search_customers, "customer_name")}

    @classmethod
    def inputs(cls, db: Any, record_id: int | None) -> dict[str, Any]:
        return {"record": quotes.get_quote(db, record_id) if record_id is not None else None}

    def prepare(self) -> None:
        self.setObjectName("quoteEditor")
        # the deal editor's labels, one translation for both
        self.ui.titleLabel.setText(translate("OpportunityEditor", "&Title:"))
        self.ui.customerIdLabel.setText(translate("OpportunityEditor", "&Customer:"))
        self.ui.linesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def editable(self, record: Quote) -> bool:
        return record.editable

    def headers(self, costs: bool) -> list[str]:
        names = [translate("ProductEditor", "Product"), word(words.QUANTITY), word(words.PRICE),
                 word(words.DISCOUNT), translate("ProductModels", "Tax rate"), word(words.AMOUNT),
                 translate("documents", "Tax")]
        return names + [translate("ProductModels", "Margin")] if costs else names

    def shown(self, quote: Quote) -> None:
        status = STATUS_WORDS.get(quote.status, lambda: quote.status)()
        self.ui.headerLabel.setText(f"<b>{quote.number} v{quote.revision}</b> · {status}")
        lines = getattr(quote, "lines", ())
        costs = any(line.cost_price is not None for line in lines)
        table = self.ui.linesTable
        table.setColumnCount(len(self.headers(costs)))
        table.setHorizontalHeaderLabels(self.headers(costs))
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for col, text in enumerate(line_cells(line)):
                table.setItem(row, col, QTableWidgetItem(text))
        self.ui.totalsLabel.setText(self.tr("Before tax {amount} · tax {tax} · total {total}").format(
            amount=fmt_money(quote.amount), tax=fmt_money(quote.tax_amount),
            total=fmt_money(quote.total_amount)))
        versions = getattr(quote, "versions", ())
        self.ui.versionsLabel.setText(self.tr("Versions: {versions}").format(versions="、".join(
            f"v{v.revision} {STATUS_WORDS.get(v.status, lambda s=v.status: s)()}" for v in versions))
            if len(versions) > 1 else "")

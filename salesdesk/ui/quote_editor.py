"""The quote editor: the kind editor (ui/kind_editor.py) over forms/quote_editor.ui and
services.quotes: a draft's title, customer, validity and notes, and its product lines edited in
place like a contract's (ui/contract_lines.ContractLines: add a product, change quantity, unit
price, discount or tax rate, remove a line), saved with the quote in one transaction; the totals
shown are the database's, once saved. A sent, accepted or declined quote opens read-only."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QSizePolicy

from salesdesk.services import products, quotes
from salesdesk.services.customer_list import search_customers
from salesdesk.services.errors import ValidationError
from salesdesk.services.picks import Pick
from salesdesk.services.quote_types import Quote
from salesdesk.ui.contract_lines import ContractLines
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.forms_gen.quote_editor import Ui_QuoteEditor
from salesdesk.ui.kind_editor import KindEditor
from salesdesk.ui.opportunity_editor import search_products
from salesdesk.ui.quote_models import QUOTE, STATUS_WORDS
from salesdesk.ui.record_history import prepare as prepare_view
from salesdesk.ui.record_picker import RecordPicker

translate = QCoreApplication.translate


def save_quote(db: Any, record: Quote | None, values: dict[str, Any], lines: list[Any],
               fixed: Mapping[str, Any]) -> Quote:
    """Worker: a new quote with its lines, or a draft's changed fields and line edits."""
    if record is None:
        customer = values.pop("customer_id", None) or fixed.get("customer_id")
        return quotes.create_quote(db, int(customer or 0), values, lines,
                                   opportunity_id=fixed.get("opportunity_id"))
    return quotes.save_quote(db, record.id, record.version, values, lines)


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
        self.ui.addProductLabel.setText(translate("OpportunityEditor", "Add a product:"))
        self.ui.removeLineButton.setText(translate("OpportunityEditor", "Remove line"))
        self.line_model = ContractLines(self)
        view = self.ui.linesView
        prepare_view(view, self.line_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        find = lambda t, n: search_products(self.form_editor.db, t, n)  # noqa: E731
        self.product_picker = RecordPicker(self.ctx.tasks, find, parent=self.ui.productBox)
        self.product_picker.setObjectName("productPicker")
        self.ui.productBox.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self.ui.productBox)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.product_picker)
        self.product_picker.picked.connect(self._product_picked)
        self.ui.removeLineButton.clicked.connect(lambda: self.line_model.remove(view.currentIndex().row()))
        lines = self.line_model
        for signal in (lines.dataChanged, lines.rowsInserted, lines.rowsRemoved):
            signal.connect(lambda *_a: self._show_totals())

    # -- lines ---------------------------------------------------------------------------------------
    def line_tables(self) -> Mapping[str, tuple[Any, Any]]:
        return {"lines": (self.ui.linesView, self.line_model)}

    def show_lines(self, record: Quote | None) -> None:
        self.line_model.set_lines(record.lines if record is not None else ())
        self._show_totals()

    def lines_of(self, record: Quote) -> Mapping[str, Iterable[Any]]:
        return {"lines": record.lines}

    def local_problems(self) -> Mapping[str, Any]:
        return dict(self.line_model.unparsed())

    def _product_picked(self, pick: Pick | None) -> None:
        if pick is not None:
            self.ctx.tasks.run(products.get_product, self.form_editor.db, pick.id,
                               on_success=self._add_product)

    def _add_product(self, product: Any) -> None:
        row = self.line_model.add_taxed(product.id, product.name, product.list_price, product.tax_rate)
        self.product_picker.set_value(None)
        self.ui.linesView.setCurrentIndex(self.line_model.index(row, self.line_model.column_of("quantity")))

    def _show_totals(self) -> None:
        """The database's totals of what is stored (and the margin for whoever sees costs); while
        lines are edited they follow on saving."""
        quote = self.form_editor.record
        if quote is None or self.line_model.is_dirty():
            self.ui.totalsLabel.setText(translate("ContractEditor", "The totals are computed when you save.")
                                        if self.line_model.rowCount() else "")
            return
        text = self.tr("Before tax {amount} · tax {tax} · total {total}").format(
            amount=fmt_money(quote.amount), tax=fmt_money(quote.tax_amount),
            total=fmt_money(quote.total_amount))
        margins = [line.margin for line in quote.lines]
        if margins and all(m is not None for m in margins):  # only for a position that sees costs
            margin = translate("ProductModels", "Margin")
            text += f" · {margin} {fmt_money(sum(margins, Decimal(0)))}"  # type: ignore[arg-type]
        self.ui.totalsLabel.setText(text)

    # -- saving --------------------------------------------------------------------------------------
    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        editor = self.form_editor
        problems = self.local_problems()
        if problems:
            editor.show_validation(ValidationError(problems))
            return None
        ops = self.line_model.service_ops()
        if editor.record is None and not ops:
            return super().save_job()
        values = self.values()
        if editor.record is not None and not values and not ops:
            self._saved(editor.record)
            return None
        return save_quote, (editor.db, editor.record, values, ops, self.fixed), {}

    def editable(self, record: Quote) -> bool:
        return record.editable

    def show_editable(self, editable: bool) -> None:
        super().show_editable(editable)
        for widget in (self.product_picker, self.ui.removeLineButton):
            widget.setEnabled(editable)

    def shown(self, quote: Quote) -> None:
        status = STATUS_WORDS.get(quote.status, lambda: quote.status)()
        self.ui.headerLabel.setText(f"<b>{quote.number} v{quote.revision}</b> · {status}")
        self._show_totals()
        versions = getattr(quote, "versions", ())
        self.ui.versionsLabel.setText(self.tr("Versions: {versions}").format(versions="、".join(
            f"v{v.revision} {STATUS_WORDS.get(v.status, lambda s=v.status: s)()}" for v in versions))
            if len(versions) > 1 else "")

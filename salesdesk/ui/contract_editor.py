"""The contract page (`contract:<id>`, `contract:new`, `contract:new?deal=<id>`): header fields,
product lines (the lines model with the tax rate), the totals as the database computed them, the
flow bar (ui/contract_flow.py), the approval trail (the approvals page's trail model) and every
approved version.

Only a draft or rejected contract is edited in place; an approved one is edited through its open
amendment: the page then shows and saves the amendment's fields and lines (the approved contract
stays in force until the amendment is approved). The payments slice adds its "money" tab where
marked below.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QSizePolicy

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import approvals, contracts, customer_list, opportunities, products
from salesdesk.services.contract_rules import CONTRACT_SPEC, DEFAULT_TAX_RATE, EDITABLE
from salesdesk.services.contract_types import Contract
from salesdesk.services.errors import REQUIRED, FieldError, NotFoundError, ValidationError
from salesdesk.services.picks import Pick
from salesdesk.services.validation import clean
from salesdesk.ui import words
from salesdesk.ui.approval_models import TrailModel
from salesdesk.ui.columns import RowsModel
from salesdesk.ui.contract_flow import ContractFlowBar, state_text
from salesdesk.ui.contract_lines import ContractLines
from salesdesk.ui.contract_models import status_text, version_columns, version_line_columns
from salesdesk.ui.contract_money import ContractMoneyPanel
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.forms_gen.contract_editor import Ui_ContractEditor
from salesdesk.ui.opportunity_editor import search_products
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.record_editor import LiveBar, RecordEditor
from salesdesk.ui.record_history import prepare
from salesdesk.ui.record_picker import RecordPicker

translate = QCoreApplication.translate
MONEY_SUFFIX = "?money"  # contract:<id>?money opens on the payments and invoices tab
WIDGETS = {"title": "titleEdit", "signed_on": "signedOnDate", "starts_on": "startsOnDate",
           "ends_on": "endsOnDate", "notes": "notesEdit"}


def read_contract(db: Any, contract_id: int) -> Contract:
    """Worker: the contract as the page edits it (its open amendment's content while amending)."""
    return contracts.amendment_view(contracts.get_contract(db, contract_id))


def amending(record: Contract | None) -> bool:
    return bool(record and record.flow and record.flow.amendment_status in EDITABLE)


def save_contract(db: Any, record: Contract | None, customer_id: int | None, changes: dict[str, Any],
                  lines: ContractLines, deal_id: int | None) -> Contract:
    """Worker: create the contract, save a draft's changes and line edits, or save the open
    amendment's whole content; the contract as the page shows it next."""
    if record is None:
        made = contracts.create_contract(db, int(customer_id or 0), changes, opportunity_id=deal_id,
                                         lines=lines.service_ops())
        return contracts.amendment_view(made)
    if amending(record):
        fields = {**changes, "customer_id": customer_id or record.customer_id,
                  "opportunity_id": record.opportunity_id}
        contracts.save_amendment(db, record.id, record.version, fields, lines.whole_lines())
        return read_contract(db, record.id)
    if customer_id is not None:
        changes["customer_id"] = customer_id
    return contracts.save_contract(db, record.id, int(record.version), changes, line_ops=lines.service_ops())


def deal_start(db: Any, deal_id: int) -> tuple[Any, list[Any]]:
    """Worker: a deal's customer, title and lines, to start a contract from."""
    return opportunities.get_opportunity(db, deal_id), contracts.lines_from_deal(db, deal_id)


class ContractEditor(RecordEditor):
    """One contract: fields, lines, flow, approval trail, versions."""

    live_kind = "contract"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("contractEditor")
        self.ui = Ui_ContractEditor()
        self.ui.setupUi(self)
        self._customer: int | None = None
        self._deal: int | None = None
        self.customer = self._picker(self.ui.customerBox,
                                     functools.partial(customer_list.search_customers, self.db))
        self.ui.customerLabel.setBuddy(self.customer.edit)
        self.product_picker = self._picker(self.ui.productBox, functools.partial(search_products, self.db))
        self.product_picker.picked.connect(self._product_picked)
        self.line_model = ContractLines(self)
        self.trail_model = TrailModel(self)
        self.versions = RowsModel(version_columns(), self)
        self.version_lines = RowsModel(version_line_columns(), self)
        for view, model in ((self.ui.linesView, self.line_model), (self.ui.trailView, self.trail_model),
                            (self.ui.versionsView, self.versions),
                            (self.ui.versionLinesView, self.version_lines)):
            prepare(view, model)
        self.ui.linesView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.ui.linesView.horizontalHeader().setStretchLastSection(True)
        self.ui.versionsView.clicked.connect(self._version_chosen)
        form = FormBinding(self.ui, WIDGETS, error_only={"customer_id": "customerBox"}, parent=self)
        self.setup_editor(form, save_button=self.ui.saveButton, revert_button=self.ui.revertButton,
                          status_label=self.ui.statusLabel,
                          live_bar=LiveBar(self.ui.liveBar, self.ui.liveLabel, self.ui.liveReloadButton,
                                           self.ui.liveKeepButton),
                          lines={"lines": (self.ui.linesView, self.line_model)})
        self.ui.removeLineButton.clicked.connect(
            lambda: self.line_model.remove(self.ui.linesView.currentIndex().row()))
        self.flow_bar = ContractFlowBar(ctx, self.has_unsaved_changes, self)
        self.flow_bar.done.connect(self._step_done)
        self.ui.flowLayout.insertWidget(0, self.flow_bar)
        lines = self.line_model
        for signal in (lines.dataChanged, lines.rowsInserted, lines.rowsRemoved):
            signal.connect(lambda *_a: self._show_totals())
        # -- issue 13 §3/§4: the contract's plan, payments and invoices (ui/contract_money.py) -------
        self.money = ContractMoneyPanel(ctx, parent=self)
        self.money_tab = self.ui.tabs.addTab(self.money, "")
        self.money.planGapChanged.connect(lambda _gap: self._money_tab_text())  # a plan off its total
        # -- end of the money tab ---------------------------------------------------------------------
        self._retranslate()

    def _picker(self, box: Any, search: Any) -> RecordPicker:
        picker = RecordPicker(self.ctx.tasks, search, parent=box)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picker)
        return picker

    # -- lines and totals ---------------------------------------------------------------------------
    def _product_picked(self, pick: Pick | None) -> None:
        if pick is not None:
            self.ctx.tasks.run(products.get_product, self.db, pick.id, on_success=self._add_product)

    def _add_product(self, product: Any) -> None:
        row = self.line_model.add_taxed(product.id, product.name, product.list_price, product.tax_rate)
        self.product_picker.set_value(None)
        self.ui.linesView.setCurrentIndex(self.line_model.index(row, self.line_model.column_of("quantity")))

    def _show_totals(self) -> None:
        """The database's totals of what is stored; while lines are edited, they follow on saving."""
        r = self.record
        if self.line_model.is_dirty() or r is None:
            self.ui.totalsLabel.setText(translate("ContractEditor", "The totals are computed when you save.")
                                        if self.line_model.rowCount() else "")
            return
        label = (translate("ContractEditor", "Amendment: amount {amount} + tax {tax} = total {total}")
                 if amending(r) else
                 translate("ContractEditor", "Amount {amount} + tax {tax} = total {total}"))
        self.ui.totalsLabel.setText(label.format(amount=fmt_money(r.amount), tax=fmt_money(r.tax_amount),
                                                 total=fmt_money(r.total_amount)))

    def _version_chosen(self, index: Any) -> None:
        rows = self.versions.rows()
        if 0 <= index.row() < len(rows):
            self.version_lines.set_rows(list(rows[index.row()].lines))

    # -- the record editor's hooks ----------------------------------------------------------------
    def read(self, record_id: int) -> Contract:
        return read_contract(self.db, record_id)

    def open(self, arg: str) -> None:
        """`new?deal=<id>` starts a contract from a deal: its customer, title and product lines."""
        if arg.startswith("new?deal=") and arg[9:].isdigit():
            self.new()
            if self.record is None and not self.has_unsaved_changes():
                self.ctx.tasks.run(deal_start, self.db, int(arg[9:]), on_success=self._deal_arrived)
            return
        if arg.endswith(MONEY_SUFFIX):  # `<id>?money`: a payment's or invoice's contract, on its money tab
            self._money_first = True
            arg = arg[:-len(MONEY_SUFFIX)]
        super().open(arg)

    def _deal_arrived(self, started: tuple[Any, list[Any]]) -> None:
        deal, ops = started
        self._deal = deal.id
        self.customer.set_value(Pick(deal.customer_id, deal.customer_name or ""))
        self.form.set_value("title", deal.title)
        names = {line.product_id: line.product_name for line in deal.lines}
        for op in ops:
            v = dict(op.values or {})
            self.line_model.add({**v, "product_name": names.get(v["product_id"], ""),
                                 "tax_rate": DEFAULT_TAX_RATE})

    def start_new(self) -> None:
        self._customer, self._deal = None, None
        self.customer.set_value(None)
        self.form.show(None)
        self.form.baseline = self.form.values()
        self.line_model.set_lines([])
        self.trail_model.set_rows([])
        self.versions.set_rows([])
        self.version_lines.set_rows([])
        for tab in (1, 2, self.money_tab):
            self.ui.tabs.setTabEnabled(tab, False)
        self.ui.tabs.setCurrentIndex(0)
        self.set_editable(True)
        self.update_title()
        self.flow_bar.show_contract(None)
        self._show_totals()
        self.customer.setFocus()
        self.mark_loaded()

    def show_lines(self, record: Contract) -> None:
        self._customer = record.customer_id
        self.customer.set_value(Pick(record.customer_id, record.customer_name or ""))
        self.line_model.set_lines(record.lines)
        self.versions.set_rows(list(record.versions))
        self.version_lines.set_rows(list(record.versions[0].lines) if record.versions else [])
        for tab in (1, 2, self.money_tab):
            self.ui.tabs.setTabEnabled(tab, True)

    def lines_of(self, record: Contract) -> dict[str, Any]:
        return {"lines": record.lines}

    def set_editable(self, editable: bool) -> None:
        r = self.record
        editable = editable and (r is None or r.status in EDITABLE or amending(r))
        super().set_editable(editable)
        for widget in (self.customer, self.product_picker, self.ui.removeLineButton):
            widget.setEnabled(editable)

    def on_shown(self, record: Contract) -> None:
        self.flow_bar.show_contract(record)
        self.money.show_contract(record.id)
        if getattr(self, "_money_first", False):
            self._money_first = False
            self.ui.tabs.setCurrentIndex(self.money_tab)
        self._show_totals()
        request = record.flow.request_id if record.flow else None
        if request is None:
            self.trail_model.set_rows([])
        else:
            self.ctx.tasks.run(approvals.trail, self.db, request, busy=False,
                               on_success=self.trail_model.set_rows, on_error=lambda _e: None)
        self.mark_loaded()

    def _step_done(self, contract_id: int) -> None:
        self.announce_written(contract_id)
        self.load(contract_id)

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or self.customer.value() != self._customer

    def focus_first_field(self) -> None:
        self.customer.setFocus()

    def local_problems(self) -> dict[str, Any]:
        typed = self.form.input_errors()
        problems: dict[str, Any] = dict(self.line_model.unparsed())
        if self.customer.value() is None:
            problems["customer_id"] = FieldError(REQUIRED)
        try:
            clean({k: v for k, v in self._changes().items() if k not in typed}, CONTRACT_SPEC,
                  partial=self.record is not None and not amending(self.record))
        except ValidationError as err:
            problems.update(err.fields)
        return problems

    def _changes(self) -> dict[str, Any]:
        whole = self.record is None or amending(self.record)
        return self.form.values() if whole else self.form.changes()

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        problems = self.local_problems()
        if problems:
            self.show_validation(ValidationError(problems))
            return None
        customer = self.customer.value()
        if self.record is not None and customer == self._customer and not amending(self.record):
            customer = None
        args = (self.db, self.record, customer, self._changes(), self.line_model, self._deal)
        return save_contract, args, {}

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self.flow_bar.show_contract(None)
        super()._load_failed(exc)

    def field_labels(self) -> dict[str, str]:
        return {}

    def record_title(self) -> str:
        return self.form.values().get("title") or (self.record.title if self.record else "")

    def untitled_text(self) -> str:
        return translate("ContractEditor", "New contract")

    def read_only_text(self) -> str:
        if self.record is not None and self.record.can_edit and self.record.status not in EDITABLE:
            return translate("ContractEditor", "This contract is {status}: it changes only through an "
                                               "amendment.").format(status=status_text(self.record.status))
        return translate("ContractEditor", "You can read this contract but not change it.")

    def update_title(self) -> None:
        c = self.record
        self.ui.stateLabel.setText(state_text(c))
        if c is None:
            self.ui.titleLabel.setText(self.untitled_text())
            self.ui.factsLabel.setText("")
            self.ui.stampLabel.setText("")
            return
        archived = translate("CustomerEditor", " (archived)") if c.archived_at else ""
        self.ui.titleLabel.setText(c.title + archived)
        facts = [c.flow.number if c.flow and c.flow.number else "", c.customer_name or "",
                 status_text(c.flow.status if c.flow else c.status)]
        self.ui.factsLabel.setText(" · ".join(f for f in facts if f))
        owner = translate("OpportunityEditor", "Owner: {owner}")
        self.ui.stampLabel.setText(owner.format(owner=c.owner_name or ""))

    def _retranslate(self) -> None:
        self.ui.saveButton.setText(words.word(words.SAVE))
        self.ui.revertButton.setText(words.word(words.DISCARD_CHANGES))
        self.ui.liveReloadButton.setText(translate("CustomerEditor", "Reload"))
        self.ui.liveKeepButton.setText(translate("CustomerEditor", "Keep editing"))
        self.ui.addProductLabel.setText(translate("OpportunityEditor", "Add a product:"))
        self.ui.removeLineButton.setText(translate("OpportunityEditor", "Remove line"))
        self.flow_bar.retranslate()
        self._money_tab_text()
        for model in (self.line_model, self.trail_model, self.versions, self.version_lines):
            model.retranslate()

    def _money_tab_text(self) -> None:
        """The money tab's name, flagged while the payment plan no longer adds up to the total."""
        text = translate("ContractEditor", "Payments and invoices")
        money = self.money.money
        self.ui.tabs.setTabText(self.money_tab, f"⚠ {text}" if money and money.plan_gap is not None else text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.update_title()
            self._show_totals()
            self.flow_bar.show_contract(self.record)
        super().changeEvent(event)


register_page("contract", QT_TRANSLATE_NOOP("pages", "Contract"), "products", ContractEditor, order=15,
              in_navigation=False)

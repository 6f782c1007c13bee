"""The deal editor page (`opportunity:<id>`, `opportunity:new`, `opportunity:new?customer=<id>`).

Built on the record editor (Save / Discard / Cancel, conflicts, read-only when the database says
so). What is the deal's own: the customer is picked by a record picker; choosing a stage moves the
probability to the stage's default (still editable) and shows its forecast category; with product
lines the amount is their total and read-only; the team is edited only with `can_manage`, and a
credit split that does not make exactly 100 % is marked at the total and its cells and never sent.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customer_list, customers, followups, opportunities, org, picklists, products
from salesdesk.services.errors import REQUIRED, FieldError, NotFoundError, ValidationError
from salesdesk.services.opportunity_rules import OPPORTUNITY_SPEC, clean_opportunity
from salesdesk.services.opportunity_types import OpportunityDetail, Stage
from salesdesk.services.picks import Pick
from salesdesk.ui import words
from salesdesk.ui.columns import Column, RowsModel, fmt_datetime, fmt_money
from salesdesk.ui.document_export import QuoteExportButton  # issue 13 §6 (docs)
from salesdesk.ui.expense_costs import ExpenseCostLabel  # expenses
from salesdesk.ui.followup_list import followup_columns
from salesdesk.ui.form_binding import FormBinding, restyle
from salesdesk.ui.formats import fmt_percent
from salesdesk.ui.forms_gen.opportunity_editor import Ui_OpportunityEditor
from salesdesk.ui.opportunity_editor_live import DealChangedElsewhere
from salesdesk.ui.opportunity_lines import ChoiceDelegate, ProductLines, TeamLines
from salesdesk.ui.opportunity_list import OPPORTUNITY
from salesdesk.ui.opportunity_models import forecast_text, stage_text
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.picklist_combos import fill_picklist
from salesdesk.ui.quote_actions import NewQuoteButton  # issue 13 §1 (quotes)
from salesdesk.ui.record_action_bar import RecordActionBar
from salesdesk.ui.record_actions import RecordActions
from salesdesk.ui.record_editor import LiveBar, RecordEditor
from salesdesk.ui.record_history import prepare
from salesdesk.ui.record_picker import RecordPicker

translate = QCoreApplication.translate
WIDGETS = {"title": "titleEdit", "stage_id": "stageCombo", "probability": "probabilityEdit",
           "amount": "amountEdit", "expected_close_date": "expectedCloseDate", "source": "sourceCombo",
           "competitors": "competitorsEdit", "next_step": "nextStepEdit",
           "won_lost_reason": "wonLostReasonEdit", "notes": "notesEdit"}
TYPES = {k: OPPORTUNITY_SPEC[k] for k in ("probability", "amount")}


def reread(db: Any, deal_id: int) -> OpportunityDetail | None:
    """Worker: the deal as the editor shows it, or None when I no longer see it."""
    try:
        return opportunities.get_opportunity(db, deal_id)
    except NotFoundError:
        return None


EDITOR_KIND = dataclasses.replace(OPPORTUNITY, reread=reread)


def search_products(db: Any, text: str, limit: int) -> list[Pick]:
    """Active products for the line picker: code and name, the list price beside them."""
    page = products.list_products(db, products.ProductQuery(search=text, active=True), limit=limit)
    return [Pick(p.id, f"{p.code} {p.name}", fmt_money(p.list_price)) for p in page.rows]


def search_people(db: Any, text: str, limit: int) -> list[Pick]:
    return [Pick(p.id, p.name, p.unit_name) for p in org.directory(db, text, limit)]


def save_deal(db: Any, deal_id: int | None, version: int | None, customer_id: int | None,
              changes: dict[str, Any], lines: ProductLines, team: list[dict[str, Any]] | None) -> Any:
    """Worker: create or save the deal with its lines and team; a bad line is named by its row."""
    ops = lines.service_ops()
    rows = {f"lines[{i}].": f"lines[{op.row}]." for i, op in enumerate(lines.operations())}
    try:
        if deal_id is None:
            stage = changes.pop("stage_id", None) or None
            return opportunities.create_opportunity(db, int(customer_id or 0), changes, stage_id=stage,
                                                    lines=ops, team=team)
        if customer_id is not None:
            changes["customer_id"] = customer_id
        return opportunities.save_opportunity(db, deal_id, int(version or 0), changes, line_ops=ops,
                                              team=team)
    except ValidationError as err:
        raise ValidationError({_on_row(k, rows): v for k, v in err.fields.items()}, err.message,
                              **err.params) from err


def _on_row(key: str, rows: dict[str, str]) -> str:
    """`lines[1].quantity` of the service's edits -> the same cell by the model's row."""
    prefix = next((p for p in rows if key.startswith(p)), None)
    return rows[prefix] + key[len(prefix):] if prefix else key


def history_columns(stages: dict[int, Stage]) -> list[Column[Any]]:
    name = lambda sid: stage_text(stages[sid]) if sid in stages else ""  # noqa: E731
    return [
        Column("when", lambda: translate("History", "When"), lambda r: fmt_datetime(r.changed_at)),
        Column("who", lambda: translate("History", "Who"), lambda r: r.changed_by_name or ""),
        Column("from", lambda: translate("OpportunityEditor", "From stage"), lambda r: name(r.from_stage_id)),
        Column("to", lambda: translate("OpportunityEditor", "To stage"), lambda r: name(r.to_stage_id)),
        Column("probability", lambda: words.word(words.PROBABILITY), lambda r: fmt_percent(r.probability),
               right=True),
        Column("amount", lambda: words.word(words.AMOUNT), lambda r: fmt_money(r.amount), right=True),
    ]


class OpportunityEditor(DealChangedElsewhere, RecordEditor):
    """One deal: its fields, product lines, team and credit, stage history."""

    live_kind = "opportunity"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("opportunityEditor")
        self.ui = Ui_OpportunityEditor()
        self.ui.setupUi(self)
        self.stages: dict[int, Stage] = {}
        self._customer: int | None = None  # the stored deal's customer (the baseline of the picker)
        self.customer = self._picker(self.ui.customerBox,
                                     functools.partial(customer_list.search_customers, self.db))
        self.ui.customerLabel.setBuddy(self.customer.edit)
        self.product_picker = self._picker(self.ui.productBox, functools.partial(search_products, self.db))
        self.member_picker = self._picker(self.ui.memberBox, functools.partial(search_people, self.db))
        self.product_picker.picked.connect(self._product_picked)
        self.member_picker.picked.connect(self._member_picked)
        self.line_model, self.team_model = ProductLines(self), TeamLines(self)
        self.history = RowsModel(history_columns(self.stages), self)
        for view, model in ((self.ui.linesView, self.line_model), (self.ui.teamView, self.team_model),
                            (self.ui.historyView, self.history)):
            prepare(view, model)
        for view in (self.ui.linesView, self.ui.teamView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for view in (self.ui.linesView, self.ui.teamView, self.ui.historyView):  # dates and names whole
            view.horizontalHeader().setStretchLastSection(view is self.ui.linesView)  # its notes
            for signal in (view.model().modelReset, view.model().rowsInserted):
                signal.connect(lambda *_a, v=view: v.resizeColumnsToContents())
        form = FormBinding(self.ui, WIDGETS, error_only={"customer_id": "customerBox"}, types=TYPES,
                           parent=self)
        self.setup_editor(form, save_button=self.ui.saveButton, revert_button=self.ui.revertButton,
                          status_label=self.ui.statusLabel,
                          live_bar=LiveBar(self.ui.liveBar, self.ui.liveLabel, self.ui.liveReloadButton,
                                           self.ui.liveKeepButton),
                          lines={"lines": (self.ui.linesView, self.line_model),
                                 "members": (self.ui.teamView, self.team_model)})
        self.ui.teamView.setItemDelegate(ChoiceDelegate(self.ui.teamView))
        self.ui.stageCombo.activated.connect(self._stage_chosen)  # the user's choice, not a record shown
        self.ui.stageCombo.currentIndexChanged.connect(lambda _i: self._show_forecast())
        self.ui.removeLineButton.clicked.connect(
            lambda: self.line_model.remove(self.ui.linesView.currentIndex().row()))
        self.ui.removeMemberButton.clicked.connect(
            lambda: self.team_model.remove(self.ui.teamView.currentIndex().row()))
        for signal in (self.line_model.dataChanged, self.line_model.rowsInserted, self.line_model.rowsRemoved,
                       self.line_model.modelReset):
            signal.connect(lambda *_a: self._lines_changed())
        for signal in (self.team_model.dataChanged, self.team_model.rowsInserted, self.team_model.rowsRemoved,
                       self.team_model.modelReset):
            signal.connect(lambda *_a: self._credit_changed())
        self.ui.sourceCombo.addItem("", "")
        restyle(self.ui.forecastEdit, "readonly", True)  # follows the stage, never typed
        fields = self.ui.fieldsLayout
        fields.setRowStretch(fields.rowCount(), 1)  # the fields at the top, the room below them
        self.header_actions = RecordActionBar(self, lambda bar: RecordActions(bar, EDITOR_KIND),
                                              ("reassign", "share", "history"))
        self.ui.headerLayout.addWidget(self.header_actions)
        self.followup_button = QPushButton()  # the quick follow-up of this deal (Ctrl+Shift+F too)
        self.followup_button.setObjectName("logFollowupButton")
        self.followup_button.clicked.connect(lambda: self.ctx.window.log_followup())
        self.ui.headerLayout.addWidget(self.followup_button)
        # -- issue 13 §6: the electronic quote (helper "docs"; the button and its two hooks) ---------
        self.export_button = QuoteExportButton(ctx, lambda: self.record_id, self.has_unsaved_changes)
        self.export_button.setEnabled(False)  # a stored deal's, once shown
        self.ui.headerLayout.addWidget(self.export_button)
        self.new_quote_button = NewQuoteButton(ctx, lambda: self.record_id, self.has_unsaved_changes)
        self.new_quote_button.setEnabled(False)  # quotes: a stored deal's, once shown
        self.ui.headerLayout.addWidget(self.new_quote_button)  # quotes
        # -- end of the electronic quote block -----------------------------------------------------
        # -- issue 13 §1: a contract from this deal (helper contracts) -------------------------------
        self.contract_button = QPushButton()
        self.contract_button.setObjectName("newContractButton")
        self.contract_button.setEnabled(False)  # a stored deal's, once shown
        self.contract_button.clicked.connect(
            lambda: self.record_id and self.ctx.show_page(f"contract:new?deal={self.record_id}"))
        self.ui.headerLayout.addWidget(self.contract_button)
        # -- end of the contract block ---------------------------------------------------------------
        # -- issue 13 §5: the deal's approved expenses under its facts (helper "expenses") ----------
        self.expense_cost = ExpenseCostLabel(ctx, self)
        facts = self.ui.factsLabel.parentWidget().layout()
        facts.insertWidget(facts.indexOf(self.ui.factsLabel) + 1, self.expense_cost)
        # -- end of the expenses block --------------------------------------------------------------
        # the deal's follow-ups, newest first (the follow-up list's columns, read by the deal filter)
        self.followup_columns = [c for c in followup_columns()
                                 if c.key not in ("customer", "deal", "updated_at")]
        # (the follow-up list's columns: one definition of how a follow-up reads)
        self.followup_table = QTableWidget(0, len(self.followup_columns))
        self.followup_table.setObjectName("followupTable")
        self.followup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followup_table.verticalHeader().hide()
        self.followup_table.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(self.followup_columns):
            self.followup_table.setColumnWidth(i, column.width)
        self.followups_tab = self.ui.tabs.addTab(self.followup_table, "")
        self._retranslate()
        self.ctx.tasks.run(opportunities.stages, self.db, busy=False, on_success=self._stages_arrived,
                           on_error=lambda _e: None)
        self.ctx.tasks.run(picklists.all_entries, self.db, busy=False,
                           on_success=lambda lists: fill_picklist(self.ui.sourceCombo, lists["source"]),
                           on_error=lambda _e: None)

    def _picker(self, box: Any, search: Any) -> RecordPicker:
        picker = RecordPicker(self.ctx.tasks, search, parent=box)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one line, like a field
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picker)
        return picker

    # -- stages, lines, team ----------------------------------------------------------------------
    def _stages_arrived(self, stages: list[Stage]) -> None:
        self.stages.update({s.id: s for s in stages})
        combo, current = self.ui.stageCombo, self.form.value("stage_id")
        combo.blockSignals(True)
        combo.clear()
        for s in stages:
            if s.active or s.id == current:
                combo.addItem(stage_text(s), s.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if self.record is not None and not self.form.is_dirty():
            self.form.show(self.record)
        elif self.record is None and not self.form.is_dirty():
            self.form.show(None)
            self._stage_chosen()
            self.form.baseline = self.form.values()
        self._show_forecast()
        self.history.set_rows(self.history.rows())

    def _stage_chosen(self, *_a: Any) -> None:
        """The probability follows the stage chosen here (still editable); the forecast category too."""
        stage = self.stages.get(self.ui.stageCombo.currentData())
        if stage is not None:
            self.form.set_value("probability", stage.probability)
        self._show_forecast()

    def _show_forecast(self) -> None:
        stage = self.stages.get(self.ui.stageCombo.currentData())
        self.ui.forecastEdit.setText(forecast_text(stage.forecast_category) if stage else "")

    def _lines_changed(self) -> None:
        """With lines the amount is their total (read-only); without, it is typed."""
        has_lines = self.line_model.rowCount() > 0
        editable = not self.line_model.read_only
        self.ui.amountEdit.setReadOnly(has_lines or not editable)
        restyle(self.ui.amountEdit, "readonly", has_lines or not editable)
        total = self.line_model.total()
        if has_lines and total is not None and self.line_model.is_dirty():
            self.ui.amountEdit.setText(fmt_money(total))
        self.ui.linesNote.setText(translate("OpportunityEditor", "Total {amount}").format(
            amount=fmt_money(total)) if has_lines and total is not None else "")

    def _credit_changed(self) -> None:
        total = self.team_model.credit_total()
        bad = bool(self.team_model.split_problems()) or total is None
        shown = fmt_percent(total) if total is not None else "?"
        text = (translate("OpportunityEditor", "Credit total {total}: it must be exactly 100%") if bad
                else translate("OpportunityEditor", "Credit total {total}")).format(total=shown)
        text = text if self.team_model.rowCount() else ""
        self.ui.creditTotalLabel.setText(text)
        self.ui.creditTotalLabel.setStyleSheet("color: #c62828; font-weight: 600;" if bad and text else "")

    def _product_picked(self, pick: Pick | None) -> None:
        if pick is not None:
            self.ctx.tasks.run(products.get_product, self.db, pick.id, on_success=self._add_product)

    def _add_product(self, product: Any) -> None:
        row = self.line_model.add_product(product.id, product.name, product.list_price)
        self.product_picker.set_value(None)
        self.ui.linesView.setCurrentIndex(self.line_model.index(row, self.line_model.column_of("quantity")))

    def _member_picked(self, pick: Pick | None) -> None:
        if pick is not None:
            row = self.team_model.add_member(pick.id, pick.text)
            self.member_picker.set_value(None)
            column = self.team_model.column_of("credit_share")
            self.ui.teamView.setCurrentIndex(self.team_model.index(row, column))

    # -- the record editor's hooks ------------------------------------------------------------------
    def read(self, record_id: int) -> OpportunityDetail:
        return opportunities.get_opportunity(self.db, record_id)

    def open(self, arg: str) -> None:
        """`new?customer=<id>` starts a deal for that customer (from its page)."""
        if arg.startswith("new?customer=") and arg[13:].isdigit():
            self.new()
            if self.record is None and not self.has_unsaved_changes():
                self.ctx.tasks.run(customers.get_customer, self.db, int(arg[13:]),
                                   on_success=lambda c: self.customer.set_value(Pick(c.id, c.name)))
            return
        super().open(arg)

    def start_new(self) -> None:
        self._customer = None
        self.export_button.setEnabled(False)  # issue 13 §6 (docs): nothing stored to quote yet
        self.contract_button.setEnabled(False)  # issue 13 §1 (contracts)

        self.new_quote_button.setEnabled(False)  # quotes
        self.customer.set_value(None)
        self.form.show(None)
        self._stage_chosen()
        self.form.baseline = self.form.values()
        self.line_model.set_lines([])
        self.team_model.set_members(())
        self.history.set_rows([])
        self.ui.tabs.setCurrentIndex(0)
        self.ui.tabs.setTabEnabled(3, False)
        self.set_editable(True)
        self.update_title()
        self.header_actions.update_actions()
        self.customer.setFocus()
        self.mark_loaded()

    def show_lines(self, record: OpportunityDetail) -> None:
        self._customer = record.customer_id
        self.customer.set_value(Pick(record.customer_id, record.customer_name or ""))
        self.line_model.set_lines(record.lines)
        self.expense_cost.show_for(opportunity_id=record.id)  # expenses
        self.team_model.set_members(record.team)
        self.history.set_rows(record.history)
        self.ui.tabs.setTabEnabled(3, True)
        self._show_forecast()

    def lines_of(self, record: OpportunityDetail) -> dict[str, Any]:
        return {"lines": record.lines, "members": record.team}

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        manage = editable and (self.record is None or bool(getattr(self.record, "can_manage", False)))
        self.team_model.read_only = not manage
        restyle(self.ui.teamView, "readonly", not manage)
        for widget in (self.member_picker, self.ui.removeMemberButton):
            widget.setEnabled(manage)
        for widget in (self.customer, self.product_picker, self.ui.removeLineButton):
            widget.setEnabled(editable)
        self.ui.forecastEdit.setReadOnly(True)
        self._lines_changed()

    def on_shown(self, record: OpportunityDetail) -> None:
        self._off_team = False  # in sight (again)
        self.followup_button.setEnabled(True)
        self.export_button.setEnabled(True)  # issue 13 §6 (docs)
        self.contract_button.setEnabled(True)  # issue 13 §1 (contracts)

        self.new_quote_button.setEnabled(True)  # quotes
        self._load_followups(record.id)
        self.header_actions.setEnabled(True)
        self.header_actions.update_actions()
        self.mark_loaded()

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or self.customer.value() != self._customer

    def focus_first_field(self) -> None:
        self.customer.setFocus()

    def lines_problems(self) -> dict[str, Any]:
        team = self.team_model
        return {**self.line_model.unparsed(), **team.unparsed(), **team.split_problems()}

    def local_problems(self) -> dict[str, Any]:
        typed = self.form.input_errors()
        problems: dict[str, Any] = dict(self.lines_problems())
        if self.customer.value() is None:
            problems["customer_id"] = FieldError(REQUIRED)
        try:
            values = {k: v for k, v in self._changes().items() if k in OPPORTUNITY_SPEC and k not in typed}
            clean_opportunity(values, partial=self.record is not None)
        except ValidationError as err:
            problems.update(err.fields)
        return problems

    def _changes(self) -> dict[str, Any]:
        changes = self.form.values() if self.record is None else self.form.changes()
        if self.line_model.rowCount():
            changes.pop("amount", None)  # the lines' total, the database's rule
        return changes

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        problems = self.local_problems()
        if problems:  # never sent: a split that is not 100 %, a cell that is no number, no customer
            self.show_validation(ValidationError(problems))
            return None
        team = None
        if not self.team_model.read_only and (self.record is None and self.team_model.rowCount()
                                              or self.team_model.is_dirty()):
            team = self.team_model.team(self.team_model.employee_ids())
        customer = self.customer.value()
        if self.record is not None and customer == self._customer:
            customer = None
        return (save_deal, (self.db, self.record_id, self.version, customer, self._changes(), self.line_model,
                            team), {})

    def field_labels(self) -> dict[str, str]:
        return {}

    def record_title(self) -> str:
        return self.form.values().get("title") or (self.record.title if self.record else "")

    def untitled_text(self) -> str:
        return translate("OpportunityListPage", "New deal")

    def read_only_text(self) -> str:
        return translate("OpportunityEditor", "You can read this deal but not change it.")

    def update_title(self) -> None:
        d = self.record
        if d is None:
            self.ui.titleLabel.setText(self.untitled_text())
            self.ui.factsLabel.setText("")
            self.ui.stampLabel.setText("")
            return
        # the suffix as the customer editor says it (one translation)
        archived = translate("CustomerEditor", " (archived)") if d.archived_at else ""
        self.ui.titleLabel.setText(d.title + archived)
        stage = self.stages.get(d.stage_id)
        facts = [d.customer_name or "", stage_text(stage) if stage else "", fmt_money(d.amount),
                 fmt_percent(d.probability)]
        self.ui.factsLabel.setText(" · ".join(f for f in facts if f))
        owner = translate("OpportunityEditor", "Owner: {owner}").format(owner=d.owner_name or "")
        self.ui.stampLabel.setText(owner)

    def _load_followups(self, deal_id: int) -> None:
        self.ctx.tasks.run(followups.list_followups, self.db, {"eq": {"opportunity_id": deal_id}}, limit=200,
                           busy=False, on_success=self._followups_arrived, on_error=lambda _e: None)

    def _followups_arrived(self, page: Any) -> None:
        rows = page.rows
        self.followup_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(self.followup_columns):
                self.followup_table.setItem(r, c, QTableWidgetItem(column.text(row)))
        self.ui.tabs.setTabText(self.followups_tab, translate("OpportunityEditor", "Follow-ups (%1)")
                                .replace("%1", str(len(rows))))

    def followup_target(self) -> tuple[int | None, int | None]:
        """The customer and deal a quick follow-up (Ctrl+Shift+F) is about."""
        if self.record is None:
            return None, None
        return self.record.customer_id, self.record.id

    def _retranslate(self) -> None:
        self.ui.saveButton.setText(words.word(words.SAVE))
        self.followup_button.setText(words.word(words.LOG_FOLLOWUP))
        self.export_button.retranslate()  # issue 13 §6 (docs)
        self.contract_button.setText(translate("OpportunityEditor", "New contract…"))  # issue 13 §1

        self.new_quote_button.retranslate()  # quotes
        self.followup_table.setHorizontalHeaderLabels([c.title() for c in self.followup_columns])
        self.ui.tabs.setTabText(self.followups_tab, translate("OpportunityEditor", "Follow-ups (%1)")
                                .replace("%1", str(self.followup_table.rowCount())))
        self.ui.liveReloadButton.setText(translate("CustomerEditor", "Reload"))  # the editors' bar, said once
        self.ui.liveKeepButton.setText(translate("CustomerEditor", "Keep editing"))
        self.ui.revertButton.setText(words.word(words.DISCARD_CHANGES))
        self.ui.addProductLabel.setText(translate("OpportunityEditor", "Add a product:"))
        self.ui.addMemberLabel.setText(translate("OpportunityEditor", "Add a member:"))
        self.ui.removeLineButton.setText(translate("OpportunityEditor", "Remove line"))
        self.ui.removeMemberButton.setText(translate("OpportunityEditor", "Remove member"))
        for model in (self.line_model, self.team_model):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.header_actions.retranslate()
            self._stages_arrived(list(self.stages.values()))
            self.update_title()
            self._lines_changed()
            self._credit_changed()
        super().changeEvent(event)


register_page("opportunity", QT_TRANSLATE_NOOP("pages", "Opportunity"), "opportunities", OpportunityEditor,
              order=13, in_navigation=False)

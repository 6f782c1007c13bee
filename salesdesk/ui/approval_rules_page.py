"""The approval rules page (Settings → Approval rules…; sql/0023, 0038): every rule of the company
by type and priority — its conditions, its steps, active or not. Whoever has
`maintain_approval_rules` adds a rule, changes one (ui/approval_rule_dialog.py) and deactivates or
activates it; anyone else reads them (the database refuses their writes whatever the client does)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP, WORDS
from salesdesk.services import approval_rules, expenses
from salesdesk.services.approval_types import MODES, TYPES, ApprovalRule, RuleStep
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.approval_rule_dialog import ApprovalRuleDialog
from salesdesk.ui.columns import Column, RowsModel
from salesdesk.ui.formats import fmt_money, fmt_percent
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.record_history import prepare
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def load(db: Any) -> dict[str, Any]:
    """Worker: the rules, and what their steps and the dialog name (positions, categories, logins)."""
    rules = approval_rules.list_rules(db)
    ids = sorted({i for r in rules for s in r.steps for i in s.employee_ids or ()})
    return {
        "rules": rules,
        "positions": approval_rules.positions(db),
        "categories": expenses.categories(db),
        "logins": approval_rules.logins(db, ids) if ids else {},
    }


def set_active(db: Any, rule: ApprovalRule, active: bool) -> int:
    """Worker: the rule as it is, (de)activated."""
    return approval_rules.save_rule(db, dataclasses.replace(rule, active=active))


class ApprovalRulesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalRulesPage")
        self.ctx, self.db = ctx, ctx.session.database
        self.may_change = ctx.session.me.may(approval_rules.PERMISSION)
        self.data: dict[str, Any] = {}
        self._loaded = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model: RowsModel[ApprovalRule] = RowsModel(self.columns(), self)
        self.view = QTableView()
        self.view.setObjectName("approvalRulesTable")
        prepare(self.view, self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        for n, column in enumerate(self.model.columns):
            self.view.setColumnWidth(n, column.width)
        self.add_button, self.edit_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addRuleButton")
        self.edit_button.setObjectName("editRuleButton")
        self.active_button.setObjectName("activeRuleButton")
        self.add_button.clicked.connect(lambda: self.edit(new=True))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.active_button.clicked.connect(self.toggle_active)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setVisible(self.may_change)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.retranslate()
        self.reload()

    # -- the table ------------------------------------------------------------------------------
    def columns(self) -> list[Column[ApprovalRule]]:
        return [
            Column(
                "type",
                lambda: translate("ApprovalRuleDialog", "Request type"),
                lambda r: translate(WORDS, TYPES.get(r.type, r.type)),
                width=90,
            ),
            Column("name", lambda: word(words.NAME), lambda r: r.name, width=150),
            Column(
                "priority",
                lambda: translate("ApprovalRuleDialog", "Priority"),
                lambda r: str(r.priority),
                right=True,
                width=60,
            ),
            Column(
                "min_amount",
                lambda: translate("ApprovalRuleDialog", "Amount at least"),
                lambda r: fmt_money(r.min_amount),
                right=True,
                width=110,
            ),
            Column(
                "min_discount",
                lambda: translate("ApprovalRuleDialog", "Discount at least"),
                lambda r: fmt_percent(r.min_discount),
                right=True,
                width=90,
            ),
            Column(
                "categories",
                lambda: translate("ExpenseCategories", "Expense categories"),
                self.categories_text,
                width=130,
            ),
            Column("steps", lambda: translate("ApprovalRuleDialog", "Steps"), self.steps_text, width=330),
            Column(
                "active",
                lambda: word(words.STATUS),
                lambda r: "" if r.active else translate("ExpenseCategories", "Deactivated"),
                width=80,
            ),
        ]

    def categories_text(self, rule: ApprovalRule) -> str:
        names = {c.code: c.name for c in self.data.get("categories", [])}
        return "、".join(names.get(c, c) for c in rule.expense_categories or ())

    def step_text(self, step: RuleStep) -> str:
        mode = translate(WORDS, MODES.get(step.mode, step.mode))
        if step.approver == "superior":
            levels = step.levels or 1
            who = translate("ApprovalRuleDialog", "superior %n level(s) up", "", levels)
        elif step.approver == "position":
            names = {p.id: p.name for p in self.data.get("positions", [])}
            who = names.get(step.position_id or 0, "?")
        else:
            logins = self.data.get("logins", {})
            who = ", ".join(logins.get(i, str(i)) for i in step.employee_ids or ())
        return translate("ApprovalRulesPage", "{who} ({mode})").format(who=who, mode=mode)

    def steps_text(self, rule: ApprovalRule) -> str:
        return " → ".join(self.step_text(s) for s in rule.steps)

    def current(self) -> ApprovalRule | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def is_loaded(self) -> bool:
        return self._loaded

    def reload(self, select: int | None = None) -> None:
        self.ctx.tasks.run(
            load, self.db, busy=False, on_success=lambda d: self._arrived(d, select), on_error=self._failed
        )

    def _arrived(self, data: dict[str, Any], select: int | None) -> None:
        self.data = data
        self.model.set_rows(list(data["rules"]))
        self._loaded = True
        if select is not None:
            row = next((n for n, r in enumerate(data["rules"]) if r.id == select), None)
            if row is not None:
                self.view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rule = self.current()
        self.edit_button.setEnabled(rule is not None)
        self.active_button.setEnabled(rule is not None)
        self.active_button.setText(
            translate("PicklistPage", "&Deactivate")
            if rule is None or rule.active
            else translate("ApprovalRuleDialog", "A&ctivate")
        )

    # -- writes -------------------------------------------------------------------------------
    def edit(self, new: bool = False) -> None:
        rule = None if new else self.current()
        if not self.may_change or (rule is None and not new) or not self._loaded:
            return
        saved = ApprovalRuleDialog.ask(
            self,
            rule=rule,
            positions=self.data["positions"],
            categories=self.data["categories"],
            logins=self.data["logins"],
            ctx=self.ctx,
        )
        if saved is not None:
            self.status.setText(translate("RecordEditor", "Saved."))
            self.reload(select=saved)

    def toggle_active(self) -> None:
        rule = self.current()
        if rule is None or not self.may_change:
            return
        self.ctx.tasks.run(
            set_active,
            self.db,
            rule,
            not rule.active,
            on_success=lambda rid: (
                self.status.setText(translate("RecordEditor", "Saved.")),
                self.reload(select=rid),
            ),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._loaded = True
        if not ui_errors.is_expected(exc):
            self.ctx.window.handle_error(exc)
            return
        self.status.setText(ui_errors.error_text(exc))

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            translate(
                "ApprovalRuleDialog",
                "The first active rule of a request's type, by priority, whose conditions all "
                "hold decides who approves it; a request no rule matches needs no approval.",
            )
            if self.may_change
            else translate(
                "ApprovalRuleDialog",
                "The company's approval rules. Only who maintains approval rules changes them.",
            )
        )
        self.add_button.setText(translate("ApprovalRuleDialog", "&Add rule…"))
        self.edit_button.setText(translate("ApprovalRuleDialog", "&Edit rule…"))
        self._update_buttons()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


register_page(
    "approval_rules",
    QT_TRANSLATE_NOOP("pages", "Approval rules"),
    "settings",
    ApprovalRulesPage,
    order=901,
    in_navigation=False,
)

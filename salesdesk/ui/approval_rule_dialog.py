"""One approval rule (sql/0023, 0038) in a dialog: its request type, name, priority, conditions
(amount at least, discount at least, expense categories for an expense rule), active or not, and
its steps in sequence — each the requester's superior N levels up, the holders of a position, or
named people (by login), decided by any one (或签) or by all (会签).

The form checks what it can (a name, amounts and percentages by their field types, at least one
step, people named) before anything is sent; the save resolves the logins and calls
services/approval_rules.save_rule, where the database enforces the rest (the permission, each
step's shape); a refusal shows in the dialog with the typing kept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import WORDS
from salesdesk.services import approval_rules
from salesdesk.services.approval_types import MODES, TYPES, ApprovalRule, RuleStep
from salesdesk.services.expenses import Category
from salesdesk.services.validation import Money, Percentage, Text, check
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.dialogs import FormDialog
from salesdesk.ui.formats import fmt_amount

translate = QCoreApplication.translate
SPEC = {"name": Text(required=True, max_length=200), "min_amount": Money(), "min_discount": Percentage()}
APPROVERS = ("superior", "position", "people")
FIELDS = ("name", "min_amount", "min_discount", "expense_categories", "steps")


def approver_text(approver: str) -> str:
    return {
        "superior": translate("ApprovalRuleDialog", "Superior, levels up"),
        "position": translate("ApprovalRuleDialog", "Holders of a position"),
        "people": translate("ApprovalRuleDialog", "Named people (logins)"),
    }[approver]


class Ui_ApprovalRuleDialog:  # noqa: N801 - named like the forms' generated classes
    """The dialog's widgets, built in code (the steps table's cells change with each approver)."""

    def setupUi(self, dialog: QWidget) -> None:  # noqa: N802 - as the generated forms
        dialog.setObjectName("ApprovalRuleDialog")
        self.typeCombo, self.nameEdit = QComboBox(), QLineEdit()
        self.priorityEdit = QSpinBox()
        self.priorityEdit.setRange(1, 10000)
        self.min_amountEdit, self.min_discountEdit = QLineEdit(), QLineEdit()
        self.categoriesList = QListWidget()
        self.categoriesList.setMaximumHeight(110)
        self.activeCheck = QCheckBox()
        self.stepsTable = QTableWidget(0, 3)
        header = self.stepsTable.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, stretch, fit)):
            header.setSectionResizeMode(column, mode)  # the approver's words whole
        self.stepsTable.verticalHeader().setVisible(True)
        self.addStepButton, self.removeStepButton = QPushButton(), QPushButton()
        self.labels = {
            k: QLabel()
            for k in ("type", "name", "priority", "min_amount", "min_discount", "expense_categories", "steps")
        }
        self.errors = {k: QLabel() for k in FIELDS}
        for label in self.errors.values():
            label.setStyleSheet("color: #c62828;")
            label.setWordWrap(True)
            label.setVisible(False)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        widgets = {
            "type": self.typeCombo,
            "name": self.nameEdit,
            "priority": self.priorityEdit,
            "min_amount": self.min_amountEdit,
            "min_discount": self.min_discountEdit,
            "expense_categories": self.categoriesList,
        }
        for key, widget in widgets.items():
            self.labels[key].setBuddy(widget)
            box = QVBoxLayout()
            box.addWidget(widget)
            if key in self.errors:
                box.addWidget(self.errors[key])
            form.addRow(self.labels[key], box)
        form.addRow("", self.activeCheck)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.addStepButton)
        step_buttons.addWidget(self.removeStepButton)
        step_buttons.addStretch(1)
        self.labels["steps"].setBuddy(self.stepsTable)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(self.labels["steps"])
        layout.addWidget(self.stepsTable)
        layout.addLayout(step_buttons)
        layout.addWidget(self.errors["steps"])
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(dialog.accept)
        self.buttons.rejected.connect(dialog.reject)


def save_job(db: Any, value: Mapping[str, Any]) -> int:
    """Worker: the steps' logins resolved to people, then the rule saved (the database checks it)."""
    names = sorted({n for s in value["steps"] if s["approver"] == "people" for n in s["logins"]})
    ids = approval_rules.people_by_login(db, names) if names else {}
    steps = tuple(
        RuleStep(
            approver=s["approver"],
            mode=s["mode"],
            levels=s.get("levels"),
            position_id=s.get("position_id"),
            employee_ids=tuple(ids[n] for n in s["logins"]) if s["approver"] == "people" else None,
        )
        for s in value["steps"]
    )
    rule = ApprovalRule(
        type=value["type"],
        name=value["name"],
        steps=steps,
        priority=value["priority"],
        active=value["active"],
        min_amount=value["min_amount"],
        min_discount=value["min_discount"],
        expense_categories=tuple(value["expense_categories"]) or None,
        unit_id=value.get("unit_id"),
        category_id=value.get("category_id"),
        id=value.get("id"),
        version=value.get("version"),
    )
    return approval_rules.save_rule(db, rule)


class ApprovalRuleDialog(FormDialog):
    """Add (rule None) or change a rule; `positions`, `categories` and `logins` (id -> login of
    the people the rule names) fill the choices."""

    ui_class = Ui_ApprovalRuleDialog

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        rule: ApprovalRule | None = None,
        positions: Sequence[approval_rules.Position] = (),
        categories: Sequence[Category] = (),
        logins: Mapping[int, str] | None = None,
        ctx: Any = None,
    ) -> None:
        super().__init__(
            parent,
            runner=ctx.tasks if ctx else None,
            submit=(lambda value: save_job(ctx.session.database, value)) if ctx else None,
        )
        self.rule, self.positions, self.logins = rule, list(positions), dict(logins or {})
        ui = self.ui
        for code, source in TYPES.items():
            ui.typeCombo.addItem(translate(WORDS, source), code)
        for category in categories:
            item = QListWidgetItem(f"{category.name} · {category.name_en}")
            item.setData(Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.categoriesList.addItem(item)
        ui.typeCombo.currentIndexChanged.connect(lambda _i: self._type_changed())
        ui.addStepButton.clicked.connect(lambda: self.add_step(RuleStep("superior", levels=1)))
        ui.removeStepButton.clicked.connect(self._remove_step)
        self.retranslate()
        self._fill(rule)
        self.resize(640, 680)

    # -- the form -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(translate("ApprovalRuleDialog", "Approval rule"))
        for key, text in (
            ("type", translate("ApprovalRuleDialog", "Request &type")),
            ("name", translate("ProductEditor", "&Name")),
            ("priority", translate("ApprovalRuleDialog", "&Priority")),
            ("min_amount", translate("ApprovalRuleDialog", "Amount &at least")),
            ("min_discount", translate("ApprovalRuleDialog", "&Discount at least (%)")),
            ("expense_categories", translate("ApprovalRuleDialog", "Expense &categories")),
            ("steps", translate("ApprovalRuleDialog", "&Steps, in order")),
        ):
            ui.labels[key].setText(text)
        ui.activeCheck.setText(translate("ApprovalRuleDialog", "Acti&ve"))
        ui.addStepButton.setText(translate("ApprovalRuleDialog", "Add st&ep"))
        ui.removeStepButton.setText(translate("ApprovalRuleDialog", "&Remove step"))
        ui.stepsTable.setHorizontalHeaderLabels(
            [
                translate("ApprovalRuleDialog", "Approver"),
                translate("ApprovalRuleDialog", "Levels, position or people"),
                translate("ApprovalsPage", "Decided by"),
            ]
        )
        ui.min_amountEdit.setPlaceholderText(translate("ApprovalRuleDialog", "any amount"))
        ui.min_discountEdit.setPlaceholderText(translate("ApprovalRuleDialog", "any discount"))

    def _fill(self, rule: ApprovalRule | None) -> None:
        ui = self.ui
        rule = rule or ApprovalRule(type="contract", name="", steps=(RuleStep("superior", levels=1),))
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(rule.type)))
        ui.typeCombo.setEnabled(self.rule is None)  # a rule keeps its type (the database's key)
        ui.nameEdit.setText(rule.name)
        ui.priorityEdit.setValue(rule.priority)
        ui.min_amountEdit.setText(fmt_amount(rule.min_amount) if rule.min_amount is not None else "")
        ui.min_discountEdit.setText(
            f"{rule.min_discount.normalize():f}" if rule.min_discount is not None else ""
        )
        ui.activeCheck.setChecked(rule.active)
        chosen = set(rule.expense_categories or ())
        for i in range(ui.categoriesList.count()):
            item = ui.categoriesList.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        for step in rule.steps:
            self.add_step(step)
        self._type_changed()

    def _type_changed(self) -> None:
        expense = self.ui.typeCombo.currentData() == "expense"
        self.ui.categoriesList.setEnabled(expense)
        self.ui.labels["expense_categories"].setEnabled(expense)

    def add_step(self, step: RuleStep) -> None:
        table = self.ui.stepsTable
        row = table.rowCount()
        table.insertRow(row)
        approver = QComboBox()
        for code in APPROVERS:
            approver.addItem(approver_text(code), code)
        approver.setCurrentIndex(approver.findData(step.approver))
        mode = QComboBox()
        for code, source in MODES.items():
            mode.addItem(translate(WORDS, source), code)
        mode.setCurrentIndex(mode.findData(step.mode))
        table.setCellWidget(row, 0, approver)
        table.setCellWidget(row, 2, mode)
        self._who(row, step)
        approver.currentIndexChanged.connect(
            lambda _i, box=approver: self._who(self._row_of(box), RuleStep(box.currentData(), levels=1))
        )

    def _row_of(self, box: QWidget) -> int:
        table = self.ui.stepsTable
        return next(r for r in range(table.rowCount()) if table.cellWidget(r, 0) is box)

    def _who(self, row: int, step: RuleStep) -> None:
        """The step's second cell, as its approver needs: levels, a position, or logins."""
        widget: QWidget
        if step.approver == "superior":
            widget = QSpinBox()
            widget.setRange(1, 10)
            widget.setValue(step.levels or 1)
            widget.setSuffix(translate("ApprovalRuleDialog", " level(s) up"))
        elif step.approver == "position":
            widget = QComboBox()
            for p in self.positions:
                widget.addItem(p.name if not p.name_en else f"{p.name} · {p.name_en}", p.id)
            widget.setCurrentIndex(max(0, widget.findData(step.position_id)))
        else:
            widget = QLineEdit(", ".join(self.logins.get(i, str(i)) for i in step.employee_ids or ()))
            widget.setPlaceholderText(translate("ApprovalRuleDialog", "logins, separated by commas"))
        self.ui.stepsTable.setCellWidget(row, 1, widget)

    def _remove_step(self) -> None:
        table = self.ui.stepsTable
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    # -- FormDialog -----------------------------------------------------------------------------
    def steps(self) -> list[dict[str, Any]]:
        table, out = self.ui.stepsTable, []
        for row in range(table.rowCount()):
            approver, who, mode = (table.cellWidget(row, c) for c in range(3))
            step: dict[str, Any] = {
                "approver": approver.currentData(),
                "mode": mode.currentData(),
                "logins": [],
            }
            if isinstance(who, QSpinBox):
                step["levels"] = who.value()
            elif isinstance(who, QComboBox):
                step["position_id"] = who.currentData()
            elif isinstance(who, QLineEdit):
                step["logins"] = [n.strip() for n in who.text().replace("，", ",").split(",") if n.strip()]
            out.append(step)
        return out

    def value(self) -> dict[str, Any]:
        ui = self.ui
        categories = [
            ui.categoriesList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.categoriesList.count())
            if ui.categoriesList.item(i).checkState() == Qt.CheckState.Checked
        ]
        rule = self.rule
        return {
            "id": rule.id if rule else None,
            "version": rule.version if rule else None,
            "unit_id": rule.unit_id if rule else None,
            "category_id": rule.category_id if rule else None,
            "type": ui.typeCombo.currentData(),
            "name": ui.nameEdit.text(),
            "priority": ui.priorityEdit.value(),
            "min_amount": ui.min_amountEdit.text(),
            "min_discount": ui.min_discountEdit.text(),
            "expense_categories": categories if ui.typeCombo.currentData() == "expense" else [],
            "active": ui.activeCheck.isChecked(),
            "steps": self.steps(),
        }

    def check(self, value: Any) -> Mapping[str, str]:
        cleaned, errors = check({k: value[k] for k in SPEC}, SPEC)
        problems = {k: e.text(ui_errors.translate) for k, e in errors.items()}
        if not value["steps"]:
            problems["steps"] = translate("errors", approval_rules.NEEDS_A_STEP)
        elif any(s["approver"] == "people" and not s["logins"] for s in value["steps"]):
            problems["steps"] = translate(
                "ApprovalRuleDialog", "Name at least one person (their login) in each step of named people."
            )
        elif any(s["approver"] == "position" and s.get("position_id") is None for s in value["steps"]):
            problems["steps"] = translate(
                "ApprovalRuleDialog", "Choose the position of each step of a position."
            )
        if not problems:
            value.update(cleaned)  # the parsed amounts go to the save
        return problems

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        ui = self.ui
        for key, label in ui.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        rest = [p for k, p in problems.items() if k not in ui.errors]
        text = " ".join(x for x in [message if not problems or rest else "", *rest] if x)
        ui.messageLabel.setText(text)
        ui.messageLabel.setVisible(bool(text))
        first = next((k for k in FIELDS if k in problems), None)
        widget = {
            "name": ui.nameEdit,
            "min_amount": ui.min_amountEdit,
            "min_discount": ui.min_discountEdit,
            "expense_categories": ui.categoriesList,
            "steps": ui.stepsTable,
        }.get(first or "")
        if widget is not None:
            widget.setFocus()

    def keep_draft(self) -> None:
        """The dialog is opened on a rule each time: nothing to keep between openings."""

"""The deal editor's two tables: product lines and the deal team, each a LinesModel saved with the deal.

Cells with a field type (quantity, unit price, discount, credit) are parsed by it as typed: text it
refuses stays in the cell, marked with the type's message, and is never sent. A line's amount is
computed as the database computes it (services/opportunity_rules.line_amount: to the fen half up);
the team's credit shares are checked to make exactly 100 % before anything is sent.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from salesdesk.services.errors import CREDIT_NOT_100, INVALID_VALUE, FieldError
from salesdesk.services.opportunity_rules import ACCESS, LINE_SPEC, MEMBER_SPEC, ROLES, line_amount
from salesdesk.services.opportunity_types import Member
from salesdesk.services.validation import FieldType, Spec
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.columns import RIGHT, Index
from salesdesk.ui.formats import MoneyInputError, fmt_money, fmt_value, parse_typed
from salesdesk.ui.lines_model import LineDelegate, LineField, LinesModel
from salesdesk.ui.words import word

translate = QCoreApplication.translate
ROLE_NAMES = {"lead": lambda: translate("DealTeam", "Lead"),
              "presales": lambda: translate("DealTeam", "Presales"),
              "support": lambda: translate("DealTeam", "Support"),
              "finance": lambda: translate("DealTeam", "Finance"),
              "other": lambda: word(words.OTHER)}
ACCESS_NAMES = {"read": lambda: translate("DealTeam", "Read"),
                "write": lambda: translate("History", "Read and write")}  # as a share says it
CHOICES = {"role": (ROLES, ROLE_NAMES), "access": (ACCESS, ACCESS_NAMES)}


class TypedLines(LinesModel[Any]):
    """Lines whose cells of `types` parse as their field type; the others are plain text or choices."""

    types: dict[str, FieldType] = {}
    prefix = "lines"  # the service's key of a line's problems: lines[2].quantity

    def display(self, spec: LineField, value: Any) -> Any:
        if spec.key in CHOICES and value in CHOICES[spec.key][1]:
            return CHOICES[spec.key][1][value]()
        if spec.key in self.types and not isinstance(value, str):
            return fmt_value(self.types[spec.key], value)
        return super().display(spec, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() \
                and self.fields[index.column()].key in (*self.types, "amount"):
            return RIGHT
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            key = self.fields[index.column()].key
            value = self.values()[index.row()].get(key)
            if key in CHOICES:
                return value
            if key in self.types and value is not None and not isinstance(value, str):
                return f"{Decimal(value).normalize():f}"
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        key = self.fields[index.column()].key if index.isValid() else ""
        if key not in self.types or role != Qt.ItemDataRole.EditRole or self.read_only:
            return super().setData(index, value, role)
        text = str(value or "").strip()
        try:
            parsed = parse_typed(self.types[key], text)
        except MoneyInputError as err:
            self.set_value(index.row(), key, text)  # kept as typed, marked, never sent
            problem = FieldError(err.message, err.params or None).text(ui_errors.translate)
            self.set_errors(index.row(), {**self.errors_of(index.row()), key: problem})
            return True
        self.set_value(index.row(), key, parsed)
        return True

    def unparsed(self) -> dict[str, FieldError]:
        """`prefix[row].key` of every cell holding text its type refuses."""
        return {f"{self.prefix}[{row}].{key}": FieldError(INVALID_VALUE)
                for row, line in enumerate(self.values()) for key in self.types
                if isinstance(line.get(key), str)}


class ProductLines(TypedLines):
    """A parent's product lines (a deal's; a contract's with its tax rate: ui/contract_lines.py);
    a new line starts at the product's list price. `spec` is the line kind's field spec, `extra`
    the columns it adds before the amount."""

    spec: Spec = LINE_SPEC
    extra: tuple[LineField, ...] = ()
    prefix = "lines"

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            LineField("product_name", lambda: translate("ProductEditor", "Product"), editable=False),
            LineField("quantity", lambda: word(words.QUANTITY)),
            LineField("unit_price", lambda: translate("OpportunityEditor", "Unit price")),
            LineField("discount", lambda: translate("OpportunityEditor", "Discount %")),
            *self.extra,
            LineField("amount", lambda: word(words.AMOUNT), editable=False),
            LineField("notes", lambda: word(words.NOTES)),
        ], parent)
        self.types = {k: t for k, t in self.spec.items() if k != "notes"}

    def new_line(self, product_id: int, name: str, list_price: Decimal) -> dict[str, Any]:
        """The values a line starts with when its product is picked."""
        return {"product_id": product_id, "product_name": name, "quantity": Decimal(1),
                "unit_price": list_price, "discount": Decimal(0)}

    def add_product(self, product_id: int, name: str, list_price: Decimal) -> int:
        return self.add(self.new_line(product_id, name, list_price))

    @staticmethod
    def amount_of(values: dict[str, Any]) -> Decimal | None:
        q, p, d = (values.get(k) for k in ("quantity", "unit_price", "discount"))
        if not isinstance(q, Decimal) or not isinstance(p, Decimal) or isinstance(d, str):
            return None
        return line_amount(q, p, d or Decimal(0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.fields[index.column()].key == "amount" \
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return fmt_money(self.amount_of(self.values()[index.row()]))
        return super().data(index, role)

    def set_value(self, row: int, key: str, value: Any) -> None:
        super().set_value(row, key, value)
        cell = self.index(row, self.column_of("amount"))
        self.dataChanged.emit(cell, cell)  # the line's amount follows

    def total(self) -> Decimal | None:
        """The sum of the lines (None while a line cannot be computed)."""
        amounts = [self.amount_of(v) for v in self.values()]
        return None if any(a is None for a in amounts) else sum(amounts, Decimal(0))  # type: ignore[misc]

    def service_ops(self) -> list[Any]:
        """The pending edits as the service's LineOps (only the fields a line stores)."""
        from salesdesk.services.product_lines import LineOp

        keep = (*self.spec, "product_id")
        return [LineOp(op.kind, op.line_id, op.version, {k: v for k, v in op.values.items() if k in keep})
                for op in self.operations()]


class TeamLines(TypedLines):
    """A deal's team: person, role, access, revenue credit share and overlay credit."""

    types = {"credit_share": MEMBER_SPEC["credit_share"], "overlay_credit": MEMBER_SPEC["overlay_credit"]}
    prefix = "members"

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            LineField("employee_name", lambda: translate("OpportunityEditor", "Member"), editable=False),
            LineField("role", lambda: translate("OpportunityEditor", "Role")),
            LineField("access", lambda: translate("History", "Access")),
            LineField("credit_share", lambda: translate("OpportunityEditor", "Credit %")),
            LineField("overlay_credit", lambda: translate("OpportunityEditor", "Overlay credit %")),
        ], parent)

    def add_member(self, employee_id: int, name: str) -> int:
        return self.add({"employee_id": employee_id, "employee_name": name, "role": "presales",
                         "access": "read", "credit_share": Decimal(0)})

    def credit_total(self) -> Decimal | None:
        shares = [v.get("credit_share") for v in self.values()]
        if any(isinstance(s, str) for s in shares):
            return None
        return sum((s or Decimal(0) for s in shares), Decimal(0))

    def split_problems(self) -> dict[str, FieldError]:
        """A split that does not make exactly 100 % (when anyone has credit): at the total and each cell."""
        total = self.credit_total()
        if total is None or not total or total == 100:
            return {}
        problems = {f"members[{row}].credit_share": FieldError(CREDIT_NOT_100)
                    for row in range(self.rowCount())}
        return {"credit_share": FieldError(CREDIT_NOT_100), **problems}

    def team(self, employee_ids: list[int]) -> list[dict[str, Any]]:
        """The whole team as the service takes it, in row order (its problems come back by row)."""
        out = []
        for employee_id, values in zip(employee_ids, self.values(), strict=True):
            out.append({"employee_id": employee_id, **{k: values.get(k) for k in MEMBER_SPEC}})
        return out

    def employee_ids(self) -> list[int]:
        return [int(line.values.get("employee_id") or getattr(line.original, "employee_id", 0))
                for line in self._lines]

    def set_members(self, members: tuple[Member, ...]) -> None:
        self.set_lines(members)
        for line in self._lines:
            line.values["employee_id"] = line.original.employee_id if line.original else None


class ChoiceDelegate(LineDelegate):
    """A combo for the role and access cells (the other cells edit as text)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        key = index.model().fields[index.column()].key  # type: ignore[attr-defined]
        if key not in CHOICES:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        values, names = CHOICES[key]
        for value in values:
            combo.addItem(names[value](), value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

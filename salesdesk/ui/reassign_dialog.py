"""Reassign customers to another owner: only people in the user's scope are offered; a reason is required."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import customers, org
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.customer_models import problem_text
from salesdesk.ui.pages import AppContext
from salesdesk.ui.status_bar import position_text


def reassign_all(db: Any, customer_ids: list[int], owner_id: int, reason: str) -> list[int]:
    """Worker: move every customer in one transaction (all or none)."""
    customers.reassign_customers(db, customer_ids, owner_id, reason)
    return list(customer_ids)


class ReassignDialog(QDialog):
    """Pick a new owner from `assignable_employees` and give a reason."""

    def __init__(self, ctx: AppContext, customer_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.ctx, self.customer_ids = ctx, list(customer_ids)
        self.changed_ids: list[int] = []
        self.owner = QComboBox()
        self.owner.setObjectName("ownerCombo")
        self.owner.setEditable(True)  # type to filter a long list
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.owner_label, self.reason_label = QLabel(), QLabel()
        self.owner_label.setBuddy(self.owner)
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.owner_label, self.owner)
        self.form.addRow(self.reason_label, self.reason)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.owner.currentIndexChanged.connect(lambda _i: self._validate())
        self.reason.textChanged.connect(lambda _t: self._validate())
        self.retranslate()
        self._validate()
        self.resize(420, self.sizeHint().height())
        ctx.tasks.run(org.assignable_employees, ctx.session.database, on_success=self._people_arrived,
                      on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reassign customers"))
        self.intro.setText(self.tr("Give %n customer(s) to another person in your scope.", "",
                                   len(self.customer_ids)))
        self.owner_label.setText(self.tr("New &owner:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("Required, e.g. territory change"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _people_arrived(self, people: list[Any]) -> None:
        self.owner.clear()
        for p in people:
            self.owner.addItem(f"{p.name} · {position_text(p)} · {p.unit_name}", p.id)
        self.owner.setCurrentIndex(-1)
        self.owner.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self._validate()

    def offered_ids(self) -> list[int]:
        """The employee ids in the picker (tests check that nobody out of scope is offered)."""
        return [self.owner.itemData(i) for i in range(self.owner.count())]

    def choose(self, employee_id: int) -> None:
        self.owner.setCurrentIndex(self.owner.findData(employee_id))

    def _validate(self) -> None:
        ok = self.owner.currentData() is not None and bool(self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submit(self) -> None:
        owner_id = self.owner.currentData()
        if owner_id is None or not self.reason.text().strip():
            return
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(reassign_all, self.ctx.session.database, self.customer_ids, owner_id,
                           self.reason.text().strip(), on_success=self._done, on_error=self._failed)

    def _done(self, ids: list[int]) -> None:
        self.changed_ids = ids
        self.ctx.notify(self.tr("%n customer(s) reassigned.", "", len(ids)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._validate()
        self.message.setText(problem_text(exc))
        if not ui_errors.is_expected(exc):
            ui_errors.log_unexpected(exc, "reassigning customers")

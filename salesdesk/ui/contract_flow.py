"""The contract page's flow bar: where the contract stands in words, and the steps its state
allows (submit, withdraw, mark in effect, fulfil, cancel, amend; an amendment's submit, withdraw,
discard), each run off the GUI thread; the database checks the state and the caller's right again,
and a refusal is one translated message. "Export contract…" writes the PDF or XLSX."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from salesdesk.i18n import WORDS
from salesdesk.services import contracts
from salesdesk.services.contract_documents import contract_document, draft_number
from salesdesk.services.contract_rules import EDITABLE
from salesdesk.services.contract_types import Contract
from salesdesk.ui import words
from salesdesk.ui.contract_models import status_text
from salesdesk.ui.document_export import ask_path, seller, write_document
from salesdesk.ui.errors import show_error
from salesdesk.ui.formats import fmt_money
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def export_contract(db: Any, contract_id: int, party: Any, path: str) -> str:
    """Worker: read the contract's document and write it."""
    return write_document(contract_document(db, contract_id, party, date.today()), path)


def _steps() -> dict[str, tuple[Callable[[], str], Callable[..., Any]]]:
    """Button name -> (its words, the service call(db, contract_id))."""
    return {
        "submit": (lambda: word(words.SUBMIT_FOR_APPROVAL), contracts.submit),
        "withdraw": (lambda: word(words.WITHDRAW), contracts.withdraw),
        "mark_in_effect": (lambda: translate("ContractFlow", "Mark in effect"),
                           lambda db, i: contracts.move(db, i, "mark_in_effect")),
        "fulfil": (lambda: translate("ContractFlow", "Mark fulfilled"),
                   lambda db, i: contracts.move(db, i, "fulfil")),
        "cancel": (lambda: translate("ContractFlow", "Cancel contract…"),
                   lambda db, i: contracts.move(db, i, "cancel")),
        "amend": (lambda: translate("ContractFlow", "Amend"), contracts.amend),
        "submit_amendment": (lambda: translate("ContractFlow", "Submit amendment"),
                             contracts.submit_amendment),
        "withdraw_amendment": (lambda: translate("ContractFlow", "Withdraw amendment"),
                               contracts.withdraw_amendment),
        "discard_amendment": (lambda: translate("ContractFlow", "Discard amendment"),
                              lambda db, i: contracts.withdraw_amendment(db, i, discard=True)),
    }


def allowed(c: Contract | None, dirty: bool) -> set[str]:
    """The steps the contract's state allows the caller now (none with unsaved input)."""
    if c is None or c.flow is None or not c.flow.can_edit or dirty or c.archived_at:
        return set()
    f, s = c.flow, c.flow.status
    steps = {"draft": {"submit", "cancel"}, "rejected": {"submit", "cancel"},
             "submitted": {"withdraw"} if f.request_state == "pending" else set(),
             "approved": {"mark_in_effect", "cancel"}, "in_effect": {"fulfil", "cancel"}}.get(s, set())
    if s in ("approved", "in_effect"):
        if f.amendment_status is None:
            steps.add("amend")
        elif f.amendment_status in EDITABLE:
            steps |= {"submit_amendment", "discard_amendment"}
        elif f.amendment_status == "submitted":
            steps = (steps - {"cancel", "fulfil"}) | {"withdraw_amendment"}
    return steps


def state_text(c: Contract | None) -> str:
    """Where the contract stands, in a sentence."""
    if c is None or c.flow is None:
        return translate("ContractFlow", "A new contract: save it, then submit it for approval.")
    f = c.flow
    text = word(words.STATUS_IS).format(status=status_text(f.status))
    if f.number:
        text += translate("ContractFlow", " · No. {number}").format(number=f.number)
    if f.amendment_no:
        text += translate("ContractFlow", " · amendment {n} in force").format(n=f.amendment_no)
    if f.amendment_status in EDITABLE:
        text += "\n" + translate("ContractFlow", "Amendment {n} is being edited ({state}): the approved "
                                                 "contract stays in force until the amendment is approved. "
                                                 "Amendment total {total}.").format(
            n=f.amendment_no_open, state=status_text(f.amendment_status),
            total=fmt_money(f.amendment_total_amount))
    elif f.amendment_status == "submitted":
        text += "\n" + translate("ContractFlow", "Amendment {n} is waiting for approval; the approved "
                                                 "contract stays in force meanwhile.").format(
            n=f.amendment_no_open)
    return text


class ContractFlowBar(QWidget):
    """The step buttons and "Export contract…" for the contract the page shows."""

    done = Signal(int)  # a step succeeded: the contract to re-read

    def __init__(self, ctx: Any, dirty: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.dirty = ctx, dirty
        self.contract: Contract | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for name in _steps():
            button = QPushButton()
            button.setObjectName(f"{name}Button")
            button.clicked.connect(lambda _c=False, n=name: self.run(n))
            layout.addWidget(button)
            self.buttons[name] = button
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportContractButton")
        self.export_button.clicked.connect(self.export)
        layout.addWidget(self.export_button)
        self.retranslate()
        self.show_contract(None)

    def retranslate(self) -> None:
        for name, (text, _call) in _steps().items():
            self.buttons[name].setText(text())
        self.export_button.setText(translate("ContractFlow", "Export contract…"))

    def show_contract(self, contract: Contract | None) -> None:
        self.contract = contract
        steps = allowed(contract, self.dirty())
        for name, button in self.buttons.items():
            button.setVisible(name in steps)
        self.export_button.setEnabled(contract is not None and bool(contract.lines))

    def run(self, name: str) -> None:
        c = self.contract
        if c is None or name not in allowed(c, self.dirty()):
            return
        if name == "cancel" and QMessageBox.question(
                self.window(), translate("ContractFlow", "Cancel contract"),
                translate("ContractFlow", "Cancel this contract? Its number stays with it; this cannot be "
                                          "undone."),
        ) != QMessageBox.StandardButton.Yes:
            return
        self.setEnabled(False)
        self.ctx.tasks.run(_steps()[name][1], self.ctx.session.database, c.id,
                           on_success=lambda _r, i=c.id: self._done(i), on_error=self._failed)

    def _done(self, contract_id: int) -> None:
        self.setEnabled(True)
        self.done.emit(contract_id)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self.window(), exc, translate(WORDS, "Contract"), kind="contract")

    def export(self) -> None:
        c = self.contract
        if c is None:
            return
        path = ask_path(self.window(), (c.number or draft_number(c.id)) + ".pdf",
                        translate("ContractFlow", "Export contract"))
        if not path:
            return
        self.export_button.setEnabled(False)
        self.ctx.tasks.run(export_contract, self.ctx.session.database, c.id, seller(self.ctx), path,
                           on_success=self._written, on_error=self._export_failed)

    def _written(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.ctx.notify(translate("ContractFlow", "Contract saved to {path}").format(path=path))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self.window(), exc, translate("ContractFlow", "Export contract"), kind="contract")

"""Ask for a reason (releasing to the pool, and later: losing a deal, cancelling an order).

A reason is required: OK with an empty one keeps the dialog open, says so next
to the field and keeps whatever else was typed; so does a refusal of the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from salesdesk.services.errors import REQUIRED
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.dialogs import FormDialog
from salesdesk.ui.forms_gen.reason_dialog import Ui_ReasonDialog


class ReasonDialog(FormDialog):
    """A prompt, one line for the reason, OK / Cancel. `ask(...)` returns the submit result or the reason."""

    ui_class = Ui_ReasonDialog

    def __init__(self, parent: QWidget | None = None, *, title: str = "", prompt: str = "",
                 placeholder: str = "", **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        self.ui.reasonEdit.setPlaceholderText(placeholder)
        self.ui.reasonEdit.setText(self.draft.get("reason"))
        self.ui.reasonEdit.textChanged.connect(lambda _t: self.ui.reasonError.setVisible(False))
        self.resize(460, self.sizeHint().height())

    def value(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def keep_draft(self) -> None:
        self.draft.values["reason"] = self.ui.reasonEdit.text()

    def check(self, value: str) -> Mapping[str, str]:
        return {} if value else {"reason": ui_errors.translate("errors", REQUIRED)}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        text = problems.get("reason") or " ".join([message, *problems.values()]).strip()
        self.ui.reasonError.setText(text)
        self.ui.reasonError.setVisible(bool(text))
        self.ui.reasonEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            title, prompt = self.windowTitle(), self.ui.promptLabel.text()
            self.ui.retranslateUi(self)
            self.setWindowTitle(title)  # the caller's texts, already translated
            self.ui.promptLabel.setText(prompt)
        super().changeEvent(event)

"""Dialogs built from forms/: asked with ask(), refusing bad input in place, Esc keeping the draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.services.errors import ValidationError
from salesdesk.ui.dialogs import Draft
from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.tasks import TaskRunner
from tests.ui_support import answering

pytestmark = pytest.mark.gui
OK = QDialogButtonBox.StandardButton.Ok


def press_ok(dialog: ReasonDialog) -> None:
    dialog.ui.buttons.button(OK).click()


def test_an_empty_reason_is_refused_in_place_and_a_given_one_returned(qtbot, qapp) -> None:
    def answer(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == "Release" and dialog.ui.promptLabel.text() == "Why?"
        dialog.ui.reasonEdit.setText("   ")
        press_ok(dialog)
        assert dialog.isVisible() and dialog.ui.reasonError.isVisible()
        assert dialog.ui.reasonEdit.text() == "   "  # the typing stays
        dialog.ui.reasonEdit.setText(" 客户暂无需求 ")
        assert not dialog.ui.reasonError.isVisible()  # typing clears the complaint
        press_ok(dialog)

    with answering(ReasonDialog, answer):
        assert ReasonDialog.ask(None, title="Release", prompt="Why?") == "客户暂无需求"


def test_esc_closes_and_keeps_the_draft_for_next_time(qtbot, qapp) -> None:
    draft = Draft()

    def type_then_escape(dialog: ReasonDialog) -> None:
        dialog.ui.reasonEdit.setText("half a thou")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    with answering(ReasonDialog, type_then_escape):
        assert ReasonDialog.ask(None, draft=draft) is None
    seen: list[str] = []

    def look(dialog: ReasonDialog) -> None:
        seen.append(dialog.ui.reasonEdit.text())
        dialog.ui.reasonEdit.setText("half a thought, finished")
        press_ok(dialog)

    with answering(ReasonDialog, look):
        assert ReasonDialog.ask(None, draft=draft) == "half a thought, finished"
    assert seen == ["half a thou"] and draft.get("reason") == ""  # used: the next one starts empty


def test_a_refusal_of_the_service_keeps_the_dialog_open(qtbot, qapp) -> None:
    runner = TaskRunner()
    calls: list[str] = []

    def submit(reason: str) -> str:
        calls.append(reason)
        if reason == "no":
            raise ValidationError({"reason": "Say more."})
        return f"released: {reason}"

    def answer(dialog: ReasonDialog) -> None:
        dialog.ui.reasonEdit.setText("no")
        press_ok(dialog)
        qtbot.waitUntil(lambda: dialog.ui.reasonError.isVisible(), timeout=5000)
        assert dialog.isVisible() and dialog.ui.reasonError.text() == "Say more."
        assert dialog.ui.reasonEdit.text() == "no"
        dialog.ui.reasonEdit.setText("the customer has no budget this year")
        press_ok(dialog)

    try:
        with answering(ReasonDialog, answer):
            result = ReasonDialog.ask(None, submit=submit, runner=runner)
        assert result == "released: the customer has no budget this year"
        assert calls == ["no", "the customer has no budget this year"]
    finally:
        runner.shutdown()

"""The record editor base over an in-memory service: open cells saved, the guard, discard, conflicts."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services.errors import ConflictError, ValidationError
from salesdesk.ui.conflict_dialog import ConflictDialog
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.lines_model import LineField, LineOp, LinesModel
from salesdesk.ui.record_editor import LiveBar, RecordEditor
from salesdesk.ui.resources import stylesheet
from salesdesk.ui.tasks import TaskRunner
from tests.ui_support import answering, click

pytestmark = pytest.mark.gui
WAIT_MS = 5000
B = QMessageBox.StandardButton


@dataclass(frozen=True)
class Line:
    id: int
    version: int
    product: str
    quantity: str


@dataclass(frozen=True)
class Deal:
    id: int
    version: int
    name: str
    stage: str
    won: bool
    due: date | None
    notes: str
    lines: tuple[Line, ...] = ()
    can_edit: bool = True
    updated_by_name: str = "我"
    updated_at: datetime = datetime(2026, 3, 1, tzinfo=UTC)


class Deals:
    """An in-memory deal service: versions, conflicts, per-line validation (thread-safe enough for tests)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        pump = Line(10, 1, "Pump", "2")
        self.rows = {1: Deal(1, 1, "Pumps", "lead", False, date(2026, 5, 1), "first", (pump,)),
                     2: Deal(2, 1, "Valves", "won", True, None, "")}

    def get(self, deal_id: int) -> Deal:
        return self.rows[deal_id]

    def change_elsewhere(self, deal_id: int, **values: Any) -> Deal:
        with self.lock:
            d = self.rows[deal_id]
            self.rows[deal_id] = replace(d, version=d.version + 1, updated_by_name="张主管", **values)
            return self.rows[deal_id]

    def save(self, deal_id: int, version: int, changes: dict[str, Any], ops: list[LineOp]) -> Deal:
        problems = {f"lines[{op.row}].quantity": "Enter a number." for op in ops
                    if op.kind != "delete" and not str(op.values.get("quantity", "0") or "").isdigit()}
        if "name" in changes and not changes["name"].strip():
            problems["name"] = "This field is required."
        if problems:
            raise ValidationError(problems)
        with self.lock:
            d = self.rows[deal_id]
            if d.version != version:
                raise ConflictError(d.updated_by_name, d.updated_at, d)
            lines = {line.id: line for line in d.lines}
            for op in ops:
                if op.kind == "delete":
                    lines.pop(op.line_id)
                elif op.kind == "update":
                    old = lines[op.line_id]
                    lines[op.line_id] = replace(old, version=old.version + 1, **op.values)
                else:
                    new_id = max([*lines, 100]) + 1
                    lines[new_id] = Line(new_id, 1, **op.values)
            self.rows[deal_id] = replace(d, version=d.version + 1, updated_by_name="我", **changes,
                                         lines=tuple(lines.values()))
            return self.rows[deal_id]


class DealUi:
    """What pyside6-uic would generate for a small deal form: two tabs, a footer, a live bar."""

    def setupUi(self, w: QWidget) -> None:  # noqa: N802 - the generated name
        layout = QVBoxLayout(w)
        self.liveBar, self.liveLabel = QFrame(), QLabel()
        self.liveReloadButton, self.liveKeepButton = QPushButton("Reload"), QPushButton("Keep editing")
        self.tabs = QTabWidget()
        fields, lines = QWidget(), QWidget()
        form = QVBoxLayout(fields)
        self.nameEdit, self.nameError = QLineEdit(), QLabel()
        self.stageCombo = QComboBox()
        for stage in ("lead", "won", "lost"):
            self.stageCombo.addItem(stage.title(), stage)
        self.wonCheck, self.dueDate, self.notesEdit = QCheckBox("Won"), QDateEdit(), QPlainTextEdit()
        self.dueDate.setMinimumDate(date(2000, 1, 1))
        self.dueDate.setSpecialValueText("—")
        for widget in (self.nameEdit, self.nameError, self.stageCombo, self.wonCheck, self.dueDate,
                       self.notesEdit):
            form.addWidget(widget)
        self.linesView = QTableView()
        QVBoxLayout(lines).addWidget(self.linesView)
        self.tabs.addTab(fields, "Deal")
        self.tabs.addTab(lines, "Lines")
        self.statusLabel = QLabel()
        self.revertButton, self.saveButton = QPushButton("Discard"), QPushButton("Save")
        for widget in (self.liveBar, self.liveLabel, self.liveReloadButton, self.liveKeepButton, self.tabs,
                       self.statusLabel, self.revertButton, self.saveButton):
            layout.addWidget(widget)


class DealEditor(RecordEditor):
    live_kind = "deal"

    def __init__(self, ctx: Any, service: Deals) -> None:
        super().__init__(ctx)
        self.service = service
        self.ui = DealUi()
        self.ui.setupUi(self)
        self.lines_model: LinesModel[Line] = LinesModel(
            [LineField("product", lambda: "Product"), LineField("quantity", lambda: "Quantity")], self)
        self.ui.linesView.setModel(self.lines_model)
        form = FormBinding(self.ui, {"name": "nameEdit", "stage": "stageCombo", "won": "wonCheck",
                                     "due": "dueDate", "notes": "notesEdit"}, parent=self)
        self.setup_editor(form, save_button=self.ui.saveButton, revert_button=self.ui.revertButton,
                          status_label=self.ui.statusLabel,
                          live_bar=LiveBar(self.ui.liveBar, self.ui.liveLabel, self.ui.liveReloadButton,
                                           self.ui.liveKeepButton),
                          lines={"lines": (self.ui.linesView, self.lines_model)})
        save = QAction(self)  # the main window's Ctrl+S, in small
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)

    def read(self, record_id: int) -> Deal:
        return self.service.get(record_id)

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
        return (self.service.save, (self.record_id, self.version, self.form.changes(),
                                    self.lines_model.operations()), {})

    def start_new(self) -> None:
        self.form.show(None)
        self.lines_model.set_lines([])

    def show_lines(self, record: Deal) -> None:
        self.lines_model.set_lines(record.lines)


@pytest.fixture
def editor(qtbot, qapp):  # noqa: ANN001, ANN201
    runner = TaskRunner()
    announced: list[dict] = []
    ctx = SimpleNamespace(session=SimpleNamespace(database=None), tasks=runner, window=None,
                          announce=lambda payload, _source: announced.append(payload), announced=announced)
    service = Deals()
    widget = DealEditor(ctx, service)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.load(1)
    qtbot.waitUntil(widget.is_loaded, timeout=WAIT_MS)
    yield widget
    runner.shutdown()


def saved(qtbot, editor: DealEditor) -> Deal:  # noqa: ANN001
    qtbot.waitUntil(lambda: not editor._saving, timeout=WAIT_MS)
    return editor.service.rows[editor.record_id]


def type_into_cell(qtbot, editor: DealEditor, row: int, column: int, text: str) -> QLineEdit:  # noqa: ANN001
    """Open the cell's editor and type, without leaving the cell (nothing committed yet)."""
    view = editor.ui.linesView
    editor.ui.tabs.setCurrentIndex(1)
    index = editor.lines_model.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    cell = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    assert view.state() == QTableView.State.EditingState and index.data() != text
    return cell


def test_the_form_shows_typed_values_and_knows_what_changed(editor) -> None:
    ui = editor.ui
    assert (ui.nameEdit.text(), ui.stageCombo.currentData(), ui.wonCheck.isChecked()) == (
        "Pumps", "lead", False)
    assert ui.dueDate.date().toPython() == date(2026, 5, 1) and ui.notesEdit.toPlainText() == "first"
    assert not editor.has_unsaved_changes()
    ui.stageCombo.setCurrentIndex(ui.stageCombo.findData("won"))
    ui.wonCheck.setChecked(True)
    ui.dueDate.setDate(ui.dueDate.minimumDate())  # "—": no date
    assert editor.form.changes() == {"stage": "won", "won": True, "due": None}
    assert editor.has_unsaved_changes()


def test_ctrl_s_saves_the_cell_being_typed_in(qtbot, editor) -> None:
    cell = type_into_cell(qtbot, editor, 0, 1, "7")
    qtbot.keyClick(cell, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved(qtbot, editor).lines[0].quantity == "7"
    type_into_cell(qtbot, editor, 0, 0, "Big pump")
    editor.ui.saveButton.click()  # the button route too
    assert saved(qtbot, editor).lines[0].product == "Big pump"
    assert editor.ui.linesView.state() != QTableView.State.EditingState
    assert editor.ctx.announced[-1] == {"kind": "deal", "root_kind": "deal", "root_id": 1, "op": "SAVED"}


@pytest.mark.parametrize("answer", [B.Cancel, B.Discard, B.Save])
def test_opening_another_record_asks_first(qtbot, editor, answer) -> None:
    editor.ui.nameEdit.setText("Pumps, more")
    seen: list[bool] = []

    def answer_it(box: QMessageBox) -> None:
        cancel = box.button(B.Cancel)
        seen.append(box.defaultButton() is cancel and box.escapeButton() is cancel)
        click(box, answer)

    with answering(QMessageBox, answer_it):
        editor.open("2")
    assert seen == [True]  # Cancel is the default and what Esc does
    if answer == B.Cancel:
        assert editor.record_id == 1 and editor.ui.nameEdit.text() == "Pumps, more"
        return
    qtbot.waitUntil(lambda: editor.record_id == 2 and editor.is_loaded(), timeout=WAIT_MS)
    assert editor.ui.nameEdit.text() == "Valves"
    assert editor.service.rows[1].name == ("Pumps, more" if answer == B.Save else "Pumps")


def test_new_asks_and_a_failed_save_keeps_the_user_here(qtbot, editor) -> None:
    editor.ui.nameEdit.setText("  ")  # refused by the service
    with answering(QMessageBox, lambda box: click(box, B.Save)):
        assert not editor.maybe_leave()
    assert editor.ui.nameError.isVisible() and editor.record_id == 1
    editor.ui.nameEdit.setText("Pumps 2")
    with answering(QMessageBox, lambda box: click(box, B.Discard)):
        editor.new()
    assert editor.record is None and editor.ui.nameEdit.text() == "" and not editor.has_unsaved_changes()


def test_nothing_to_save_leaves_without_asking(editor) -> None:
    assert editor.maybe_leave()  # no dialog shown: answering() would wait for one


def test_discard_asks_and_comes_after_save_in_tab_order(qtbot, editor) -> None:
    assert editor.ui.saveButton.nextInFocusChain() is editor.ui.revertButton
    editor.ui.nameEdit.setText("Oops")
    with answering(QMessageBox, lambda box: click(box, B.Cancel)):
        editor.ui.revertButton.click()
    assert editor.ui.nameEdit.text() == "Oops"
    with answering(QMessageBox, lambda box: click(box, B.Discard)):
        editor.ui.revertButton.click()
    assert editor.ui.nameEdit.text() == "Pumps" and not editor.has_unsaved_changes()


def test_a_bad_line_switches_to_its_tab_and_marks_the_cell(qtbot, editor) -> None:
    editor.ui.tabs.setCurrentIndex(0)
    editor.lines_model.add({"product": "Hose", "quantity": "many"})
    editor.save()
    qtbot.waitUntil(lambda: bool(editor.lines_model.errors_of(1)), timeout=WAIT_MS)
    assert editor.ui.tabs.currentIndex() == 1
    assert editor.ui.linesView.currentIndex() == editor.lines_model.index(1, 1)
    assert editor.lines_model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    editor.ui.nameEdit.setText("")
    editor.save()  # now a field on the first tab is wrong too: it goes first
    qtbot.waitUntil(lambda: editor.ui.nameError.isVisible(), timeout=WAIT_MS)
    assert editor.ui.tabs.currentIndex() == 0 and editor.ui.nameEdit.property("invalid")


def test_a_conflict_marks_only_what_both_changed_and_the_merge_clears_the_bar(qtbot, editor) -> None:
    editor.ui.notesEdit.setPlainText("mine")
    editor.ui.stageCombo.setCurrentIndex(editor.ui.stageCombo.findData("won"))
    theirs = editor.service.change_elsewhere(1, name="Pumps (theirs)", notes="theirs")
    editor.record_changed_elsewhere(theirs)  # the live update
    assert editor.ui.liveBar.isVisibleTo(editor) and "张主管" in editor.ui.liveLabel.text()
    editor.ui.liveKeepButton.click()
    assert not editor.ui.liveBar.isVisibleTo(editor)
    assert editor.ui.nameEdit.text() == "Pumps (theirs)"  # only they changed it: taken silently
    assert editor.ui.stageCombo.currentData() == "won"  # only I changed it: kept
    assert editor.form.marked() == ["notes"] and editor.ui.notesEdit.toPlainText() == "mine"
    assert "theirs" in editor.ui.notesEdit.toolTip()
    editor.save()
    assert (saved(qtbot, editor).name, editor.service.rows[1].notes) == ("Pumps (theirs)", "mine")
    assert editor.form.marked() == []


def test_a_save_that_meets_a_newer_version_opens_the_conflict_dialog_for_shared_fields(qtbot, editor) -> None:
    editor.ui.notesEdit.setPlainText("mine")
    editor.service.change_elsewhere(1, notes="theirs", name="Pumps (theirs)")
    editor.save()
    qtbot.waitUntil(lambda: isinstance(editor.conflict_dialog, ConflictDialog), timeout=WAIT_MS)
    assert editor.conflict_dialog.differing == ["notes"]
    editor.conflict_dialog.ui.keepButton.click()
    editor.save()
    assert saved(qtbot, editor).notes == "mine" and editor.service.rows[1].name == "Pumps (theirs)"


def test_read_only_records_look_read_only(qtbot, editor) -> None:
    editor.service.rows[2] = replace(editor.service.rows[2], can_edit=False)
    editor.load(2)
    qtbot.waitUntil(lambda: editor.record_id == 2 and editor.is_loaded(), timeout=WAIT_MS)
    ui = editor.ui
    assert ui.nameEdit.isReadOnly() and ui.notesEdit.isReadOnly() and not ui.stageCombo.isEnabled()
    assert all(w.property("readonly") for w in (ui.nameEdit, ui.stageCombo, ui.wonCheck, ui.dueDate))
    assert not ui.saveButton.isEnabled() and editor.lines_model.read_only
    assert 'QLineEdit[readonly="true"]' in stylesheet()  # the style sheet greys them

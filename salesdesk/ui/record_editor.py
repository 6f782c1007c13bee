"""The record editor base: a form bound to a typed record, its line tables, saving, the unsaved-input guard.

A record screen builds its `.ui`, then calls `setup_editor(form, …)` and implements:

    read(record_id) -> record         on a worker thread: the service's get
    save_job() -> (fn, args, kwargs)  the service call that saves the form (create or update)
    start_new()                       an empty form for a new record
    show_lines(record)                fill its line models from the record

Saving first commits any cell being edited in any table of the editor (every
save route goes through `save()`); a field whose text is no value of its kind
(an amount that does not parse) stops the save before anything is sent. Problems
show next to their fields or on their line; the first one's tab is shown and the
field focused. `maybe_leave()` asks Save / Discard / Cancel before the editor's
input would be lost. A record changed elsewhere shows the live bar; merging
takes their changes, keeps mine and marks only the fields (and line cells) both changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLabel, QPushButton, QWidget

from salesdesk.services.auth import is_connection_lost
from salesdesk.services.errors import ConflictError, NotFoundError, ValidationError
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.dialogs import DISCARD, SAVE, ask_unsaved, confirm_discard
from salesdesk.ui.form_binding import FormBinding, restyle, reveal
from salesdesk.ui.lines_model import LineDelegate, LinesModel
from salesdesk.ui.pages import AppContext
from salesdesk.ui.record_editor_changes import ChangedElsewhere

translate = QCoreApplication.translate  # the base's strings are in its own context, whatever the subclass
_LINE_KEY = re.compile(r"(\w+)\[(\d+)\]\.(\w+)$")  # contacts[2].email


@dataclass(frozen=True)
class LiveBar:
    """The "changed by someone else" bar of a form: a frame, its text, reload and keep-editing buttons."""

    frame: QWidget
    label: QLabel
    reload_button: QPushButton
    keep_button: QPushButton


class RecordEditor(ChangedElsewhere, QWidget):
    """Base of the editor pages; see the module docstring for what a subclass provides."""

    loaded = Signal()
    saved = Signal(object)         # the record as stored
    saveFinished = Signal(bool)    # a save attempt ended: stored, or not (problems shown)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, (ctx.session.database if ctx is not None else None)  # None: a form only
        self.record: Any = None
        self.record_id: int | None = None
        self.version: int | None = None
        self.lines: dict[str, tuple[QAbstractItemView, LinesModel[Any]]] = {}
        self.conflict_dialog: Any = None  # the open ConflictDialog, for tests
        self._loaded = False
        self._saving = False
        self._resaving = False  # sending again after a clean merge (once per save asked for)
        self._gone = False  # the record shown is out of sight now (handed on): kept only to copy from
        self._live_pending = False
        self._incoming: Any = None
        self._reading: Any = None  # the read in flight (a Task)
        self._message: Callable[[], str] | None = None  # the status line, re-rendered on a language switch
        self._validation: ValidationError | None = None  # the problems shown, likewise
        self._focus_first = False

    def setup_editor(self, form: FormBinding, *, save_button: QPushButton, revert_button: QPushButton | None,
                     status_label: QLabel, live_bar: LiveBar | None = None,
                     lines: Mapping[str, tuple[QAbstractItemView, LinesModel[Any]]] | None = None) -> None:
        """Wire the form; `lines` maps the service's error prefix (`contacts`) to a table and its model.
        A dialog has no Discard button (`revert_button` None): its Cancel closes, asking first."""
        self.form, self.save_button, self.revert_button = form, save_button, revert_button
        self.status_label, self.live_bar = status_label, live_bar
        self.lines = dict(lines or {})
        for view, _model in self.lines.values():
            view.setItemDelegate(LineDelegate(view))  # a bad cell shows also when selected
        save_button.clicked.connect(self.save)
        if revert_button is not None:
            revert_button.clicked.connect(self.revert)
            QWidget.setTabOrder(save_button, revert_button)  # Discard only after Save
        if live_bar is not None:
            live_bar.frame.setVisible(False)
            live_bar.reload_button.clicked.connect(self._live_reload)
            live_bar.keep_button.clicked.connect(self._live_keep)

    # -- what a subclass provides ---------------------------------------------------------------
    def read(self, record_id: int) -> Any:
        raise NotImplementedError

    def save_job(self) -> tuple[Any, tuple[Any, ...], dict[str, Any]] | None:
        raise NotImplementedError

    def start_new(self) -> None:
        raise NotImplementedError

    def show_lines(self, record: Any) -> None:
        """Fill the line models from a stored record."""

    def update_title(self) -> None:
        """Title and stamp of the record shown."""

    def record_title(self) -> str:
        return str(self.form.values().get("name") or getattr(self.record, "name", "") or "")

    def local_problems(self) -> Mapping[str, Any]:
        """The other problems of the form, found without the server (shown while a field cannot be sent)."""
        return {}

    def on_shown(self, record: Any) -> None:
        """After a stored record is shown (the customer editor loads its history here)."""
        self.mark_loaded()

    # -- page protocol --------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._loaded

    def mark_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def open(self, arg: str) -> None:
        if arg == "new":
            self.new()
        elif arg.isdigit():
            record_id = int(arg)
            if record_id == self.record_id and self.has_unsaved_changes():
                return  # back to the record being edited: the typing stays
            if record_id != self.record_id and not self.maybe_leave():
                return
            self._focus_first = True  # opened by the user: the first field gets the keyboard
            self.load(record_id)

    def new(self) -> None:
        if self.maybe_leave():
            self.record, self.record_id, self.version = None, None, None
            self._gone = False
            self.hide_bars()
            self.start_new()

    def load(self, record_id: int) -> None:
        if self._reading is not None:
            self._reading.cancel()  # only the last record asked for is shown
        self.record_id = record_id
        self._loaded = False
        self._reading = self.ctx.tasks.run(self.read, record_id, on_success=self._read_done,
                                           on_error=self._load_failed)

    def _read_done(self, record: Any) -> None:
        self._reading = None
        self.show_record(record)
        if self._focus_first:  # not after a refresh: the user may be typing elsewhere on the page
            self._focus_first = False
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """The form's first field, on its tab (read-only ones too: one can select and copy)."""
        first = next(iter(self.form.field_widgets.values()), None)
        if first is not None:
            reveal(first)

    def refresh(self) -> None:
        if self.record_id is not None and not self.has_unsaved_changes():
            self.load(self.record_id)

    def _load_failed(self, exc: BaseException) -> None:
        self._reading = None
        if isinstance(exc, NotFoundError) and self.record is not None and self.record.id == self.record_id:
            self.record_gone()  # the record shown, re-read (F5): out of sight now
        else:
            self.say(lambda: ui_errors.error_text(exc, getattr(self, "live_kind", None)))
        self._loaded = False
        self.mark_loaded()

    def show_record(self, record: Any) -> None:
        self.record, self.record_id, self.version = record, record.id, getattr(record, "version", None)
        self._gone = False
        self.form.show(record)
        self.show_lines(record)
        self.set_editable(bool(getattr(record, "can_edit", False)))
        self.hide_bars()
        self.update_title()
        self.on_shown(record)

    def set_editable(self, editable: bool) -> None:
        """Read-only looks read-only: the form greys its fields; tables and buttons follow."""
        self.form.set_read_only(not editable)
        for view, model in self.lines.values():
            model.read_only = not editable
            restyle(view, "readonly", not editable)
        self.save_button.setEnabled(editable)
        if self.revert_button is not None:
            self.revert_button.setEnabled(editable)
        self.say(None if editable else self.read_only_text)

    def read_only_text(self) -> str:
        return translate("RecordEditor", "You can read this record but not change it.")

    def hide_bars(self) -> None:
        if self.live_bar is not None:
            self.live_bar.frame.setVisible(False)
        self._incoming = None

    # -- unsaved input --------------------------------------------------------------------------
    def _views(self) -> list[QAbstractItemView]:
        return self.findChildren(QAbstractItemView)  # type: ignore[return-value]

    def commit_open_editors(self) -> None:
        """Put what is typed into an open table cell into its model, and close the cell editor."""
        for view in self._views():
            if view.state() != QAbstractItemView.State.EditingState:
                continue
            delegate = view.itemDelegateForIndex(view.currentIndex())
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for editor in view.viewport().findChildren(QWidget, options=direct):
                if editor.isVisible():
                    delegate.commitData.emit(editor)
                    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def has_unsaved_changes(self) -> bool:
        """Edited fields or lines, or a cell being typed in (not committed here: the user is typing)."""
        editing = any(v.state() == QAbstractItemView.State.EditingState for v in self._views())
        return editing or self.form.is_dirty() or any(m.is_dirty() for _v, m in self.lines.values())

    def maybe_leave(self) -> bool:
        """True when the editor's input may go: nothing unsaved, saved now, or discarded. False: stay."""
        self.commit_open_editors()
        if not self.has_unsaved_changes():
            return True
        if self._gone:  # nothing can be saved: leaving lets the typing go, after asking
            text = translate("RecordEditor",
                             "What you typed in “{title}” cannot be saved any more. Leave it?")
            if not confirm_discard(self, text.format(title=self.record_title() or self.untitled_text())):
                return False
            self.form.show(self.record)
            self.show_lines(self.record)
            return True
        text = translate("RecordEditor", "“{title}” has changes that are not saved yet. Save them first?")
        answer = ask_unsaved(self, text.format(title=self.record_title() or self.untitled_text()))
        if answer == SAVE:
            return self.save_and_wait()
        if answer == DISCARD:
            self.discard_changes()
            return True
        return False

    def untitled_text(self) -> str:
        return translate("RecordEditor", "New record")

    def revert(self) -> None:
        """The Discard button: asks first."""
        self.commit_open_editors()
        if not self.has_unsaved_changes():
            return
        text = translate("RecordEditor", "Discard your changes to “{title}”? This cannot be undone.")
        if confirm_discard(self, text.format(title=self.record_title() or self.untitled_text())):
            self.discard_changes()

    def discard_changes(self) -> None:
        """Back to the record as stored (asks nothing)."""
        if self.record is None:
            self.start_new()
        else:
            self.show_record(self.record)
            self.refresh()  # and re-read it, it may have changed meanwhile

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        self.commit_open_editors()
        if self._saving:
            return
        self._resaving = False
        if self._gone:
            self.say(self.gone_text)
            self.saveFinished.emit(False)
            return
        if self.record is not None and not getattr(self.record, "can_edit", True):
            self.say(self.read_only_text)  # Ctrl+S on what one may only read: say so, store nothing
            self.saveFinished.emit(False)
            return
        self.clear_problems()
        typed = self.form.input_errors()
        if typed:  # an amount that does not parse is never sent: shown with every other problem, text kept
            self.show_validation(ValidationError({**self.local_problems(), **typed}))
            self.saveFinished.emit(False)
            return
        job = self.save_job()
        if job is None:
            self.saveFinished.emit(False)
            return
        self._start(job)

    def _start(self, job: tuple[Any, tuple[Any, ...], dict[str, Any]]) -> None:
        fn, args, kwargs = job
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(fn, *args, on_success=self._saved, on_error=self._save_failed, **kwargs)

    def save_and_wait(self) -> bool:
        """Save and wait for the answer (the guard needs it before it lets the user go)."""
        outcome: list[bool] = []
        loop = QEventLoop()

        def done(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()

        self.saveFinished.connect(done)
        try:
            self.save()
            if self._saving and not outcome:
                loop.exec()
        finally:
            self.saveFinished.disconnect(done)
        return bool(outcome and outcome[0])

    def _saved(self, record: Any) -> None:
        self._saving = False
        created = self.record is None
        self.show_record(record)
        self.announce_written(record.id, created)
        self.say(lambda: translate("RecordEditor", "Saved."))
        self.saved.emit(record)
        self.saveFinished.emit(True)
        if self._live_pending:
            self._live_pending = False
            self.on_live_change({"root_kind": getattr(self, "live_kind", ""), "root_id": record.id})

    def announce_written(self, record_id: int, created: bool = False) -> None:
        """Tell the other pages this client just wrote the record: they show it now, not when the
        change feed comes round (kinds without `live_kind` have no pages listening)."""
        kind = getattr(self, "live_kind", None)
        if kind:
            self.ctx.announce({"kind": kind, "root_kind": kind, "root_id": record_id,
                               "op": "INSERT" if created else "SAVED"}, self)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        current = getattr(exc, "current", None)
        if isinstance(exc, ValidationError):
            self.show_validation(exc)
        elif isinstance(exc, NotFoundError) and self.record is not None:
            self.record_gone()
        elif isinstance(exc, ConflictError) and self.record is not None \
                and isinstance(current, type(self.record)):
            if self.save_conflict(exc):
                return  # merged without overlap: saving again
        elif not self.save_refused(exc):
            self.say(lambda: ui_errors.error_text(exc, getattr(self, "live_kind", None)))
            if is_connection_lost(exc) and self.ctx.tasks.default_error_handler:
                self.ctx.tasks.default_error_handler(exc)  # the window reconnects; the form is kept
            elif not ui_errors.is_expected(exc):
                ui_errors.log_unexpected(exc, f"saving in {type(self).__name__}")
        self.saveFinished.emit(False)

    def save_refused(self, exc: BaseException) -> bool:
        """A refusal the subclass shows itself (e.g. a probable duplicate); True when handled."""
        return False

    # -- problems -------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        self.form.clear_errors()
        for _view, model in self.lines.values():
            model.clear_errors()
        self.say(None)
        self._validation = None

    def say(self, text: Callable[[], str] | None) -> None:
        """Show a message under the form; given as a function, so that a language switch re-renders it."""
        self._message = text
        self.status_label.setText(text() if text is not None else "")

    def retranslate_messages(self) -> None:
        """After a language switch: the problems and the message again, in the new language."""
        if self._validation is not None:
            self.form.clear_errors()
            for _view, model in self.lines.values():
                model.clear_errors()
            self.show_validation(self._validation, reveal_first=False)
        else:
            self.say(self._message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_messages()

    def show_validation(self, err: ValidationError, *, reveal_first: bool = True) -> None:
        """Each problem next to its field or on its line; the first one's tab shown, the field focused."""
        self._validation = err
        fields: dict[str, str] = {}
        per_line: dict[str, dict[int, dict[str, str]]] = {}
        other: list[str] = []
        for key, problem in err.fields.items():
            text = problem.text(ui_errors.translate)
            match = _LINE_KEY.match(key)
            if match and match.group(1) in self.lines:
                prefix, row, name = match.group(1), int(match.group(2)), match.group(3)
                per_line.setdefault(prefix, {}).setdefault(row, {})[name] = text
            else:
                fields[key] = text
        other += [fields[k] for k in self.form.set_errors(fields)]
        for prefix, rows in per_line.items():
            for row, problems in rows.items():
                self.lines[prefix][1].set_errors(row, problems)
        first = self.form.first_bad({k: v for k, v in fields.items() if k in self.form.field_widgets})
        if not reveal_first:
            pass
        elif first is not None:
            reveal(first)
        elif per_line:
            prefix, rows = next(iter(per_line.items()))
            view, model = self.lines[prefix]
            row = min(rows)
            column = min(model.column_of(k) for k in rows[row])
            reveal(view)
            view.setCurrentIndex(model.index(row, column))
            view.scrollTo(model.index(row, column))
        self._message = None
        self.status_label.setText(" ".join([err.text(ui_errors.translate), *other,
                                            *self._line_problems(per_line)]))

    def line_name(self, prefix: str) -> str:
        """What one line of the table `prefix` is called in a problem ("Contact 2, Mobile: …")."""
        return translate("RecordEditor", "Line")

    def _line_problems(self, per_line: dict[str, dict[int, dict[str, str]]]) -> list[str]:
        """Each bad cell's problem in words, for the message line (the cell's tooltip says it too)."""
        texts = []
        for prefix, rows in per_line.items():
            model = self.lines[prefix][1]
            for row, problems in sorted(rows.items()):
                for key, problem in problems.items():
                    field = model.headerData(model.column_of(key), Qt.Orientation.Horizontal)
                    texts.append(translate("RecordEditor", "{line} {number}, {field}: {problem}").format(
                        line=self.line_name(prefix), number=row + 1, field=field, problem=problem))
        return texts

"""The record editor's answer to changes made elsewhere: the live bar, merging on a save conflict, a record
handed out of sight.

Three-way: what I started from (the baseline), what I typed, what is stored
now. Fields only they changed are taken silently, fields only I changed are
kept, and only fields we both changed are marked (their value in the tooltip)
and listed in the conflict dialog. Without such fields a refused save is
merged and sent again at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services.errors import ConflictError, NotFoundError
from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.conflict_dialog import KEEP, RELOAD, ConflictDialog
from salesdesk.ui.conflicts import Merge, three_way

translate = QCoreApplication.translate


class ChangedElsewhere:
    """Mixed into RecordEditor (which provides form, ctx, record, version, live_bar, save_job, …)."""

    form: Any
    ctx: Any
    record: Any
    record_id: int | None
    version: int | None
    live_bar: Any
    status_label: Any
    conflict_dialog: ConflictDialog | None
    _saving: bool
    _live_pending: bool
    _incoming: Any
    _message: Any
    _gone: bool
    _resaving: bool
    lines: dict[str, Any]

    def record_gone(self) -> None:
        """The record shown is no longer visible (handed to someone else, or removed): said plainly, and
        the form turns read-only with the typing in it, to select and copy (it cannot be saved)."""
        self._gone = True
        self.hide_bars()
        self.set_editable(False)
        self.say(self.gone_text)

    def gone_text(self) -> str:
        return translate("RecordEditor", "This record was handed to someone else or removed, and you can no "
                                         "longer see it. What you typed stays here to copy; it cannot be "
                                         "saved.")

    def lines_of(self, record: Any) -> Mapping[str, Iterable[Any]]:
        """The stored lines of a record by the prefix of their table (`contacts`), for merging."""
        return {}

    def merge_incoming(self, theirs: Any) -> Merge:
        """Their version becomes the base; fields only I changed stay mine, both-changed ones are marked.

        The line tables merge the same way, line by line, and take the lines' new versions."""
        merge = three_way(self.form.baseline, self.form.values(), self.form.values_of(theirs))
        self.record, self.version = theirs, getattr(theirs, "version", None)
        self.form.set_values(merge.values)
        self.form.baseline = self.form.values_of(theirs)
        tip = translate("RecordEditor", "Changed meanwhile by someone else to: {value}")
        self.form.mark_conflicts({k: tip.format(value=self.form.display_text(k, t) or "∅")
                                  for k, (_m, t) in merge.conflicts.items()})
        lines: dict[str, dict[int, dict[str, Any]]] = {}
        for prefix, stored in self.lines_of(theirs).items():
            model = self.lines[prefix][1]
            both = model.merge(stored)
            for row, cells in both.items():
                model.set_errors(row, {k: tip.format(value="∅" if t in (None, "") else t)
                                       for k, t in cells.items()})
            if both:
                lines[prefix] = both
        self.hide_bars()
        self.update_title()
        return dataclasses.replace(merge, lines=lines)

    def lines_conflict_text(self) -> str:
        return translate("RecordEditor", "Someone else changed the same lines meanwhile. The marked cells "
                                         "keep your value (theirs is in the cell's tooltip); save again to "
                                         "store yours.")

    def save_conflict(self, err: ConflictError) -> bool:
        """A save met a newer version. Returns True when merged cleanly and saving again (once per
        save the user asked for: the merge took the current versions, so a second refusal means
        yet another change, which the user gets to see)."""
        merge = self.merge_incoming(err.current)
        if merge.lines and not merge.conflicts:
            self.say(self.lines_conflict_text)
            return False
        if not merge.conflicts and self._resaving:
            self.say(lambda: translate("RecordEditor", "This record keeps being changed by someone else; "
                                                       "their changes are taken and yours kept. Check it "
                                                       "and save again."))
            return False
        if not merge.conflicts:
            self._resaving = True
            self.say(lambda: translate("RecordEditor", "{name} saved this record meanwhile; their changes "
                                                       "are taken and yours kept. Saving again…")
                     .format(name=err.changed_by or "?"))
            job = self.save_job()
            if job is not None:
                self._start(job)
                return True
            return False
        dialog = ConflictDialog(err.changed_by, err.changed_at, merge, self, self.field_labels(),
                                self.form.display_text)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda _r: self._conflict_answered(dialog, err.current))
        dialog.open()
        return False

    def field_labels(self) -> dict[str, str] | None:
        return None

    def _conflict_answered(self, dialog: ConflictDialog, current: Any) -> None:
        self.conflict_dialog = None
        if dialog.choice == RELOAD:
            self.show_record(current)
            self.load(current.id)  # and its lines and history
        elif dialog.choice == KEEP:
            self.say(lambda: translate("RecordEditor", "Your changes are kept on top of the current "
                                                       "version (marked fields: both changed). "
                                                       "Save again when ready."))

    def record_changed_elsewhere(self, record: Any) -> None:
        """A re-read after a live update: shown at once, or (with unsaved input) offered in the bar."""
        if record.id != self.record_id or self._saving:
            return
        changed = getattr(record, "version", None) != self.version
        if not self.has_unsaved_changes():
            message, could_edit = self._message, getattr(self.record, "can_edit", None)
            self.show_record(record)
            if changed:
                self.say(lambda: self.changed_text(record))
            elif getattr(record, "can_edit", None) == could_edit:
                self.say(message)  # a re-read of what is shown (my own save coming round) keeps "Saved."
            return
        if not changed:
            self.children_changed(record)
            return
        self._incoming = record
        if self.live_bar is not None:
            self.live_bar.label.setText(self.bar_text(record))
            self.live_bar.frame.setVisible(True)

    def changed_text(self, record: Any) -> str:
        return translate("RecordEditor", "{name} just changed this record; showing the new version.").format(
            name=getattr(record, "updated_by_name", None) or "?")

    def bar_text(self, record: Any) -> str:
        return translate("RecordEditor", "Changed by someone else ({name}, {when}) — reload, or keep editing "
                                         "on top of their version?").format(
            name=getattr(record, "updated_by_name", None) or "?",
            when=fmt_datetime(getattr(record, "updated_at", None)))

    def children_changed(self, record: Any) -> None:
        """Only the record's children changed while the user edits (the lines edits are kept)."""

    def on_live_change(self, payload: dict) -> None:
        """Re-read the record shown when a change of it is announced (subclasses set `live_kind`)."""
        kind = getattr(self, "live_kind", None)
        announced = (payload.get("root_kind"), payload.get("root_id"))
        if self.record_id is None or announced != (kind, self.record_id):
            return
        if self._saving:
            self._live_pending = True
            return
        self.ctx.tasks.run(self.read, self.record_id, busy=False, on_success=self.record_changed_elsewhere,
                           on_error=self._reread_failed)

    def _reread_failed(self, exc: BaseException) -> None:
        """Out of sight now (handed to someone else): said at once, not at the next save."""
        if isinstance(exc, NotFoundError) and self.record is not None:
            self.record_gone()

    def _live_reload(self) -> None:
        """Their version in place of my typing, after the unsaved-input question (Cancel keeps both)."""
        incoming, version = self._incoming, self.version
        if not self.maybe_leave():
            return
        self.hide_bars()
        if incoming is not None and self.version == version:  # discarded (a save shows what it stored)
            self.show_record(incoming)

    def _live_keep(self) -> None:
        incoming = self._incoming
        self.hide_bars()
        if incoming is not None:
            self.merge_incoming(incoming)

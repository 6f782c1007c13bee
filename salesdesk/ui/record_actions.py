"""Actions of record lists, declared once: name, icon, text, slot, shortcut and when they are enabled.

An `enabled(rows, me)` rule sees the selected rows and the signed-in employee:

    ActionSpec("archive", "archive", lambda: tr("Archive"), self.archive,
               QKeySequence.StandardKey.Delete, enabled=each(right("can_manage")))

Rights come with each row from the service (`can_edit`, `can_manage`); a row
without the attribute has no such right, so an action is never offered on a guess.

`RecordActions(page, RecordKind("lead", pool=True, shares=True, ...))` gives any owned kind
hand on (reassign), share, release to the pool, claim and its history (shares, ownership,
audit), with the shared dialogs (reassign_dialog, share_dialog, reason_dialog, history)
speaking of the kind's nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence

from salesdesk.i18n import KINDS
from salesdesk.services import ownership
from salesdesk.services.errors import KIND_NAMES, KIND_PLURALS, RECORD, RECORDS
from salesdesk.ui import words
from salesdesk.ui.dialogs import Draft
from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.words import word

Rule = Callable[[Sequence[Any], Any], bool]
translate = QCoreApplication.translate


def always(rows: Sequence[Any], me: Any) -> bool:
    return True


def one_row(rows: Sequence[Any], me: Any) -> bool:
    return len(rows) == 1


def some_rows(rows: Sequence[Any], me: Any) -> bool:
    return len(rows) > 0


def each(test: Callable[[Any, Any], bool]) -> Rule:
    """Enabled when something is selected and every selected row passes `test(row, me)`."""
    return lambda rows, me: bool(rows) and all(test(row, me) for row in rows)


def right(flag: str) -> Callable[[Any, Any], bool]:
    """A per-row right the service sends (`can_edit`, `can_manage`); missing means no."""
    return lambda row, _me: bool(getattr(row, flag, False))


@dataclass(frozen=True)
class ActionSpec:
    """One toolbar action: declared once, enabled by `enabled(selected rows, me)`."""

    name: str
    icon: str
    text: Callable[[], str]
    slot: Callable[[], Any]
    shortcut: QKeySequence | None = None
    enabled: Rule = always


# -- hand on, release, claim, share: the same actions for every owned kind ---------------------

@dataclass(frozen=True)
class RecordKind:
    """A kind as the client's generic actions know it: its name, its nouns and what it has.

    `nouns_of` names the kind whose nouns it is called by (services/errors.py KIND_NAMES and
    KIND_PLURALS; default its own); `reread(db, id)` is a worker that returns the record as it
    is now, or None when the user no longer sees it; `list_page` is the page its editor goes
    back to when its record was handed away.
    """

    kind: str
    owned: bool = True   # a child kind follows its parent: nothing to hand on
    pool: bool = False
    shares: bool = False
    archive: bool = False
    nouns_of: str = ""
    list_page: str = ""
    reread: Callable[[Any, int], Any] | None = None

    def say(self, text: str) -> str:
        """`text` (already translated) with the kind's {noun} and {nouns} filled in."""
        key = self.nouns_of or self.kind
        noun = translate(KINDS, KIND_NAMES.get(key, RECORD))
        return text.format(noun=noun, nouns=translate(KINDS, KIND_PLURALS.get(key, RECORDS)))

    def offers(self, name: str) -> bool:
        """Whether the kind has the action at all (a contact has no owner: no hand-on)."""
        needs = {"history": self.owned, "reassign": self.owned, "share": self.owned and self.shares,
                 "release": self.pool, "claim": self.pool, "hand_out": self.pool,
                 "archive": self.owned and self.archive}
        return needs.get(name, True)


def is_pool_row(row: Any) -> bool:
    """In a pool (公海): the list says so, or the row has an owner column and nobody in it."""
    return getattr(row, "access", None) == "pool" or (hasattr(row, "owner_id") and row.owner_id is None)


def may_hand_on(row: Any, me: Any) -> bool:
    """Release, reassign, share, archive: an owned record the service says I manage."""
    return not is_pool_row(row) and bool(getattr(row, "can_manage", False))


def in_pool(row: Any, me: Any) -> bool:
    return is_pool_row(row)


def hands_out_pool(row: Any, me: Any) -> bool:
    """Managers (any scope wider than their own records) hand pool records to their people."""
    return is_pool_row(row) and getattr(me, "data_scope", "self") != "self"


def reread_all(kind: RecordKind, db: Any, ids: list[int]) -> list[tuple[int, Any]]:
    """Worker: each record as it is now (None: out of my sight)."""
    return [(i, kind.reread(db, i) if kind.reread else None) for i in ids]


def release_all(kind: RecordKind, db: Any, ids: list[int], reason: str) -> list[tuple[int, Any]]:
    """Worker: back to the pool in one transaction, then each as it is now."""
    ownership.release(db, kind.kind, ids, reason)
    return reread_all(kind, db, ids)


def claim_all(kind: RecordKind, db: Any, ids: list[int]) -> list[int]:
    """Worker: claim them all for me, in one transaction."""
    ownership.claim(db, kind.kind, ids)
    return list(ids)


class RecordActions(QObject):
    """Hand on, share, release and claim for the selection of a page, for any kind.

    The page gives `ctx`, `db`, `selected_rows()`, `selected_ids()`, `active_dialog` and a
    `model` with `refresh_record(id)`, `put(record)` and `recount()` (a list's model, or an
    editor's bar playing one). Rights come with each row (`can_manage`, `owner_id`, `access`).
    """

    def __init__(self, page: Any, kind: RecordKind) -> None:
        super().__init__(page)
        self.page, self.kind, self.ctx, self.db = page, kind, page.ctx, page.db
        self.release_draft = Draft()  # Esc keeps the reason typed so far

    def spec(self, name: str) -> ActionSpec:
        text = {"reassign": words.REASSIGN, "hand_out": words.REASSIGN, "share": words.SHARE,
                "release": words.RELEASE, "claim": words.CLAIM, "history": words.HISTORY}[name]
        slot, shortcut, rule = {
            "history": (self.history, "Ctrl+H", lambda row, _me: True),
            "reassign": (self.reassign, "Ctrl+R", may_hand_on),
            "share": (self.share, "Ctrl+Shift+S", may_hand_on),
            "release": (self.release, "Ctrl+Shift+P", may_hand_on),
            "claim": (self.claim, "Ctrl+Shift+C", in_pool),
            "hand_out": (self.reassign, "Ctrl+R", hands_out_pool),
        }[name]
        key = "reassign" if name == "hand_out" else name
        enabled = one_row if name == "history" else each(rule)
        return ActionSpec(key, key, lambda: word(text), slot, QKeySequence(shortcut), enabled)

    def specs(self, names: Sequence[str]) -> list[ActionSpec]:
        """The specs of those `names` the kind offers, in that order."""
        return [self.spec(n) for n in names if self.kind.offers(n)]

    # -- dialogs that do their own work ---------------------------------------------------------
    def reassign(self) -> None:
        from salesdesk.ui.reassign_dialog import ReassignDialog

        rows = self.page.selected_rows()
        if rows:  # their owners: one shared owner is not offered as the new one
            self._run_dialog(ReassignDialog(self.ctx, [r.id for r in rows], self.page,
                                            owner_ids=[getattr(r, "owner_id", None) for r in rows],
                                            kind=self.kind))

    def share(self) -> None:
        from salesdesk.ui.share_dialog import ShareDialog

        ids = self.page.selected_ids()
        if ids:
            self._run_dialog(ShareDialog(self.ctx, ids, self.page, kind=self.kind))

    def history(self) -> None:
        """Shares, ownership and audit history of the one selected record, in a dialog."""
        from salesdesk.ui.record_history import HistoryDialog

        rows = self.page.selected_rows()
        if len(rows) == 1:
            self._run_dialog(HistoryDialog(self.ctx, self.kind, rows[0], self.page))

    def _run_dialog(self, dialog: Any) -> None:
        self.page.active_dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog: Any) -> None:
        self.page.active_dialog = None
        for record_id in getattr(dialog, "changed_ids", []):
            self.page.model.refresh_record(record_id)

    # -- release, claim ---------------------------------------------------------------------------
    def release(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        n = len(ids)
        why = translate("RecordActions", "Why are these %n {nouns} going back to the pool?", "", n)
        fresh = ReasonDialog.ask(
            self.page, title=self.kind.say(translate("RecordActions", "Release to the {noun} pool")),
            prompt=self.kind.say(why),
            draft=self.release_draft, submit=lambda reason: release_all(self.kind, self.db, ids, reason),
            runner=self.ctx.tasks)
        if fresh is not None:
            self.show_changed(fresh, translate("RecordActions", "Released to the pool."))

    def show_changed(self, fresh: list[tuple[int, Any]], message: str) -> None:
        """Show the changed records as they are now (those that left the list go), then recount.

        The recount starts only after the lines are updated: started alongside
        re-reads, a count that arrived first was lowered again by each line dropped.
        """
        model, gone = self.page.model, False
        for record_id, record in fresh:
            if record is None:  # out of my sight now: the re-read drops the line and lowers the count
                model.refresh_record(record_id)
                gone = True
            else:
                model.put(record)
        if not gone:
            model.recount()
        self.ctx.notify(message)

    def claim(self) -> None:
        ids = self.page.selected_ids()
        if ids:
            self.ctx.tasks.run(claim_all, self.kind, self.db, ids, on_success=self._claimed)

    def _claimed(self, ids: list[int]) -> None:
        n = len(ids)
        claimed = translate("RecordActions", "%n {nouns} claimed; they are yours now.", "", n)
        self.ctx.notify(self.kind.say(claimed))
        for record_id in ids:
            self.page.model.refresh_record(record_id)  # now owned: it leaves the pool list
        owned_page = self.ctx.window.pages.get(self.kind.list_page)
        if owned_page is not None:
            owned_page.mark_stale()

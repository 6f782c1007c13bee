"""A kind's list page from its screen declaration (ui/kind_screen.py): the generic `KindListPage`.

Its model is a RecordTableModel over the kind's KindService (`KindTableModel`: a line that was
archived, claimed out of the pool or released into it leaves the list); its filters are the
scope combo and the declared filters; its actions are `KindActions`: new, open and archive with
the kind's editor and service, and hand on, share, release, claim and history (RecordActions).
A kind with rules of its own subclasses the page or the actions (leads: convert, disqualify).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import picklists
from salesdesk.services.errors import NotFoundError
from salesdesk.services.kind_service import KindService
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.combos import fill_combo, set_combo_items
from salesdesk.ui.kind_screen import Filter, KindScreen, camel, choice_items
from salesdesk.ui.picklist_combos import PinyinTypeAhead, fill_picklist
from salesdesk.ui.record_actions import (
    ActionSpec,
    RecordActions,
    RecordKind,
    always,
    each,
    may_hand_on,
    one_row,
    reread_all,
)
from salesdesk.ui.record_list import RecordListPage
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.words import word

translate = QCoreApplication.translate
_GREY = QColor("#808080")


def line_reader(service: KindService[Any, Any]) -> Any:
    """A RecordKind's `reread`: the record's list line as it is now, None when out of my sight."""
    def reread(db: Any, record_id: int) -> Any:
        try:
            return service.get_line(db, record_id)
        except NotFoundError:
            return None
    return reread


def editor_inputs(editor: Any, db: Any, record_id: int | None) -> dict[str, Any]:
    """Worker: what the editor opens with (the record as it is now, and whatever it reads besides)."""
    return editor.inputs(db, record_id)


def archive_all(service: KindService[Any, Any], kind: RecordKind, db: Any,
                ids: list[int]) -> list[tuple[int, Any]]:
    """Worker: archive in one transaction, then each as it is now."""
    service.archive(db, ids)
    return reread_all(kind, db, ids)


class KindTableModel(RecordTableModel[Any]):
    """The kind's lines page by page; a re-read line leaves the list when it no longer belongs."""

    def __init__(self, runner: Any, screen: KindScreen, db: Any, parent: Any = None) -> None:
        service = screen.service
        source = ServiceSource(db, service.list, service.count, service.get_line)
        descending = service.descending if screen.descending is None else screen.descending
        super().__init__(runner, source, screen.columns(), query=dict(screen.base_query),
                         sort=screen.sort or service.sort, descending=descending, parent=parent)
        self.screen = screen

    def row_for(self, item: Any) -> Any:
        query = self.query or {}
        if getattr(item, "archived_at", None) is not None and query.get("archived") is None:
            return None  # archived: it left the list
        in_pool = getattr(item, "pool_id", None) is not None
        if self.screen.kind.pool and (query.get("scope") == "pool") != in_pool:
            return None  # claimed out of the pool, or released into it
        return item

    def extra_data(self, row: Any, column: Column[Any], role: int) -> Any:
        grey = self.screen.grey
        if role == Qt.ItemDataRole.ForegroundRole and grey is not None and grey(row):
            return QBrush(_GREY)
        return None


class KindActions(RecordActions):
    """The actions of a kind's list page: new, open and archive, and RecordActions' hand-on ones."""

    def __init__(self, page: Any, screen: KindScreen) -> None:
        kind = screen.kind if screen.kind.reread else dataclasses.replace(
            screen.kind, reread=line_reader(screen.service))
        super().__init__(page, kind)
        self.screen = screen

    def spec(self, name: str) -> ActionSpec:
        if name == "new":
            text = self.screen.new_text or (lambda: self.kind.say(translate("KindEditor", "New {noun}")))
            return ActionSpec("new", "new", text, self.page.new, None, always)
        if name == "edit":
            return ActionSpec("edit", "edit", lambda: word(words.OPEN), self.page.open_selected, None,
                              one_row)
        if name == "archive":
            return ActionSpec("archive", "archive", lambda: translate("CustomerListPage", "Archive"),
                              self.archive, QKeySequence(QKeySequence.StandardKey.Delete), each(may_hand_on))
        return super().spec(name)

    # -- editor ---------------------------------------------------------------------------------
    def edit(self, record_id: int | None) -> None:
        """Open the kind's editor on a record (None: a new one), read off the GUI thread."""
        editor = self.screen.editor
        if editor is not None:
            self.ctx.tasks.run(editor_inputs, editor, self.db, record_id, on_success=self._edit)

    def _edit(self, inputs: dict[str, Any]) -> None:
        record = inputs.get("record")
        may_edit = record is None or self._row_right(record.id, "can_edit")
        saved = self.screen.editor.ask(self.page, ctx=self.ctx, may_edit=may_edit, **inputs)  # type: ignore[union-attr]
        if saved is None:
            return
        if record is None:
            self.page.refresh()
            title = str(getattr(saved, next(iter(self.screen.service.spec), "id"), "") or "")
            self.ctx.notify(translate("KindActions", "{title} added.").format(title=title))
        else:
            self.page.model.refresh_record(saved.id)

    def _row_right(self, record_id: int, flag: str) -> bool:
        """A right as the list line says (a record read alone may not carry it)."""
        index = self.page.model.row_of(record_id)
        row = self.page.model.row_at(index) if index is not None else None
        return row is None or bool(getattr(row, flag, False))

    # -- archive --------------------------------------------------------------------------------
    def archive(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        n = len(ids)
        ask = translate("KindActions", "Archive %n {nouns}? Nothing is deleted.", "", n)
        text = self.kind.say(ask)
        title = self.kind.say(translate("KindActions", "Archive {nouns}"))
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.page)
        box.setObjectName("archiveBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.ctx.tasks.run(
            archive_all, self.screen.service, self.kind, self.db, ids,
            on_success=lambda fresh: self.show_changed(fresh, translate("CustomerListPage", "Archived."))))
        box.finished.connect(lambda _r: setattr(self.page, "active_dialog", None))
        self.page.active_dialog = box
        box.open()


class KindListPage(RecordListPage):
    """A kind's list from its KindScreen: scope and declared filters, search, every declared sort,
    the declared actions, live updates of its lines."""

    def __init__(self, ctx: Any, screen: KindScreen, parent: Any = None) -> None:
        self.screen = screen
        self.settings_key = f"{screen.page}/list"
        self.view_name = f"{camel(screen.name)}Table"
        super().__init__(ctx, parent)

    def make_model(self) -> KindTableModel:
        self.kind_actions = self.make_actions()
        return KindTableModel(self.ctx.tasks, self.screen, self.db, parent=self)

    def make_actions(self) -> KindActions:
        return KindActions(self, self.screen)

    def build_filters(self) -> None:
        self.setObjectName(f"{camel(self.screen.page)}Page")
        scopes = self.screen.scope_choices()
        self.scope = self.add_filter("scopeCombo") if len(scopes) > 1 else None
        self.combos = {f.key: self.add_filter(f.object_name) for f in self.screen.filters}
        for f in self.screen.filters:
            if f.loaded:
                combo = self.combos[f.key]
                combo.addItem("", None)
                combo.setVisible(False)  # until its entries are here
                PinyinTypeAhead(combo)

    def action_specs(self) -> list[ActionSpec]:
        return self.kind_actions.specs(self.screen.actions)

    def start(self) -> None:
        if self.scope is not None and self.screen.mine_first \
                and getattr(self.ctx.session.me, "data_scope", "self") == "self":
            self.scope.blockSignals(True)
            self.scope.setCurrentIndex(max(0, self.scope.findData("mine")))  # a salesperson's own
            self.scope.blockSignals(False)
        if any(f.picklist for f in self.screen.filters):
            self.ctx.tasks.run(picklists.all_entries, self.db, busy=False, on_success=self._picklists_arrived,
                               on_error=lambda _e: None)
        for f in self.screen.filters:
            if f.load is not None:
                self.ctx.tasks.run(f.load, self.db, busy=False, on_error=lambda _e: None,
                                   on_success=lambda items, f=f: self._choices_arrived(f, items))
        super().start()

    def _picklists_arrived(self, lists: dict[str, list[Any]]) -> None:
        for f in self.screen.filters:
            if f.picklist:
                combo = self.combos[f.key]
                fill_picklist(combo, lists.get(f.picklist, []), blank=combo.itemText(0),
                              include_inactive=True)
                combo.setVisible(combo.count() > f.min_choices)

    def _choices_arrived(self, f: Filter, items: Any) -> None:
        combo = self.combos[f.key]
        fill_combo(combo, list(items))
        combo.setVisible(combo.count() > f.min_choices)

    def retranslate(self) -> None:
        screen = self.screen
        self.search.setPlaceholderText(screen.search())
        if self.scope is not None:
            set_combo_items(self.scope, [(s, screen.scope_text(s)) for s in screen.scope_choices()])
        for f in screen.filters:
            combo = self.combos[f.key]
            if f.loaded:
                combo.setItemText(0, f.any())
            else:
                set_combo_items(combo, [(None, f.any()), *choice_items(f.choices)])
        super().retranslate()

    def query(self) -> dict[str, Any]:
        query = dict(self.screen.base_query)
        if self.scope is not None:
            query["scope"] = self.scope.currentData() or "all"
        eq = {k: c.currentData() for k, c in self.combos.items() if c.currentData() is not None}
        if eq:
            query["eq"] = eq
        if self.search.text().strip():
            query["search"] = self.search.text().strip()
        return query

    def empty_text(self) -> str:
        return self.screen.empty() if self.screen.empty else super().empty_text()

    def count_text(self, n: int, exact: bool) -> str:
        return self.screen.count(n, exact) if self.screen.count else super().count_text(n, exact)

    def new(self) -> None:
        self.kind_actions.edit(None)

    def open_row(self, row: Any) -> None:
        self.kind_actions.edit(row.id)

    def on_live_change(self, payload: dict) -> None:
        """A change of one of the kind's records (the feed's row, or announced by an editor)."""
        name = self.screen.name
        record_id = payload.get("id") if payload.get("kind") == name else (
            payload.get("root_id") if payload.get("root_kind") == name else None)
        if not isinstance(record_id, int):
            return
        if self.model.row_of(record_id) is not None:
            self.model.refresh_record(record_id)
        else:
            self.mark_stale()  # maybe new, released into my pool, handed to me or shared with me

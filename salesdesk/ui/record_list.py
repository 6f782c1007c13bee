"""The record list page: search and filters, a paged table, actions on the selection, an empty state.

A list screen of a record kind subclasses `RecordListPage` and declares:

    make_model()        its RecordTableModel
    build_filters()     its filter combos (`self.add_filter("levelCombo")`), optional
    query()             the service query from the search text and the filters
    action_specs()      ActionSpec(name, icon, text, slot, shortcut, enabled=rule), declared once
                        (every list also gets "Export…", Ctrl+E: ui/list_export.py, from the hooks
                        export_view() / export_columns() / export_name() below)
    empty_text()        what to do when there is nothing yet ("press Ctrl+N to add one")
    count_text(n, exact), open_row(row)

Keyboard: Down or Enter in the search box moves into the results (first row
selected); Enter on a row opens it; Enter in the search box with exactly one
result opens it. Actions are enabled from the selected rows and the user
(`enabled(rows, me)`); a right the service did not send counts as missing.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salesdesk.reports.list_export import ListView
from salesdesk.services.auth import is_connection_lost
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.columns import Column, TableExport
from salesdesk.ui.formats import in_brackets
from salesdesk.ui.list_export import EXPORT_KEY, ListExporter, export_text
from salesdesk.ui.pages import AppContext
from salesdesk.ui.record_actions import ActionSpec
from salesdesk.ui.record_header import RecordHeader
from salesdesk.ui.resources import icon

SEARCH_DELAY_MS = 300
translate = QCoreApplication.translate  # the base's strings are in its own context, whatever the subclass
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordListPage(QWidget):
    """Base of the list pages; see the module docstring for what a subclass declares."""

    loaded = Signal()
    settings_key = "records/list"  # where the column chooser remembers the header
    default_hidden: tuple[str, ...] | None = None  # column keys; None: the columns' own `hidden`
    view_name = "recordTable"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.session.database
        self.me = ctx.session.me.employee_id
        self.active_dialog: Any = None
        self._stale = False
        self._enter_pending = False
        self._end_pending = False
        self.model = self.make_model()
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(False)  # never wraps; a long error goes to the empty-state label
        self.count_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        self.filter_combos: list[QComboBox] = []
        self.view = self.make_view()
        self._setup_view()
        self.view_ready()
        self.empty_label = QLabel(self.view)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(lambda _link: self.clear_filters())
        self.empty_label.hide()
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.build_filters()
        self.filters.addWidget(self.count_label)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_by_name: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        for spec in self.action_specs():
            self._add_action(spec)
        self.exporter = ListExporter(self)
        self._add_action(ActionSpec("export_list", "export", export_text, self.exporter.start, EXPORT_KEY))
        self.intro = QLabel()  # a sentence above the table, when the page has one
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.dataChanged):
            signal.connect(lambda *_a: self._state_changed())
        self._connect_model()
        self.retranslate()
        self.start()

    # -- what a subclass declares -------------------------------------------------------------
    def make_model(self) -> Any:
        raise NotImplementedError

    def make_view(self) -> QAbstractItemView:
        view = QTableView()
        view.setObjectName(self.view_name)
        return view

    def view_ready(self) -> None:
        """The view has its model: size its columns (resize modes need the sections to exist)."""

    def build_filters(self) -> None:
        """Add filter combos with `add_filter`."""

    def query(self) -> Any:
        raise NotImplementedError

    def action_specs(self) -> list[ActionSpec]:
        return []

    def empty_text(self) -> str:
        return translate("RecordListPage", "Nothing here yet.")

    def count_text(self, n: int, exact: bool) -> str:
        if exact:
            return translate("RecordListPage", "%n record(s)", "", n)
        return translate("RecordListPage", "at least %n record(s)", "", n)

    def open_row(self, row: Any) -> None:
        """Open one record (Enter, double-click, the Open action)."""

    def start(self) -> None:
        """Load filter choices and the first page (the constructor's last step)."""
        if isinstance(self.view, QTableView):
            self.header.started()
        self.apply_filters()

    # -- building ------------------------------------------------------------------------------
    def _setup_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.activated.connect(self._activated)  # Enter, and double-click on most platforms
        view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        if isinstance(view, QTableView):
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
            self.header = RecordHeader(view.horizontalHeader(), self.model, self.settings_key,
                                       self.default_hidden, self)

    @property
    def column_menu(self) -> Any:
        return self.header.menu

    def _connect_model(self) -> None:
        self.model.countChanged.connect(self._show_count)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)

    def add_filter(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(72)  # as wide as its text when there is room; gives way on a small screen
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.filters.addWidget(combo, 1)
        self.filter_combos.append(combo)
        return combo

    def _add_action(self, spec: ActionSpec) -> None:
        action = QAction(icon(spec.icon), "", self)
        action.setObjectName(f"{spec.name}Action")
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False, s=spec.slot: s())
        self.addAction(action)
        self.toolbar.addAction(action)
        self.actions_by_name[spec.name] = action
        self._specs[spec.name] = spec

    def intro_text(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.intro.setText(self.intro_text())
        self.intro.setVisible(bool(self.intro.text()))
        for name, action in self.actions_by_name.items():
            text = self._specs[name].text()
            action.setText(text)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(text + in_brackets(key) if key else text)
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters and loading -------------------------------------------------------------------
    def apply_filters(self) -> None:
        self.search_timer.stop()
        self._stale = False
        self.model.set_query(self.query())

    def filters_active(self) -> bool:
        return bool(self.search.text().strip()) or any(c.currentIndex() > 0 for c in self.filter_combos)

    def clear_filters(self) -> None:
        for widget in (self.search, *self.filter_combos):
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.filter_combos:
            combo.setCurrentIndex(0)
        for widget in (self.search, *self.filter_combos):
            widget.blockSignals(False)
        self.apply_filters()
        self.search.setFocus()

    def is_loaded(self) -> bool:
        return bool(self.model.is_settled())

    def refresh(self) -> None:
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def mark_stale(self) -> None:
        """Records appeared: recount now, reload when the user comes back (no jump under the mouse)."""
        self._stale = True
        self.model.recount()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.apply_filters()
        super().showEvent(event)

    def on_reconnected(self) -> None:
        if not self.model.loaded_once:
            self.apply_filters()

    def _page_loaded(self) -> None:
        if self._end_pending:  # Ctrl+End while the list was still paging in: follow it to its end
            self._end_pending = not self.model.is_complete()
            self.jump(to_end=True)
        if self._enter_pending:
            self._enter_pending = False
            self._enter_from_search()
        self._state_changed()

    def count_label_text(self) -> str:
        model = self.model
        if model.count is None:
            return translate("RecordListPage", "Counting…") if model.is_counting() else ""
        return self.count_text(model.count, model.count_exact)

    def _show_count(self) -> None:
        self.count_label.setText(self.count_label_text())
        self._state_changed()

    def _failed(self, exc: BaseException) -> None:
        if is_connection_lost(exc) or not ui_errors.is_expected(exc):
            self.ctx.window.handle_error(exc)  # reconnects, or logs and explains
        self._state_changed()

    def _state_changed(self) -> None:
        self._show_empty_state()
        self.update_actions()
        if self.is_loaded():
            self.loaded.emit()

    # -- empty state ---------------------------------------------------------------------------
    def empty_state_text(self) -> str:
        """The sentence over an empty table ('' when there are rows or it is still loading)."""
        if self.model.rowCount() > 0:
            return ""
        if self.model.error:
            return html.escape(self.model.error)
        if not self.is_loaded():
            return ""
        search = self.search.text().strip()
        if search:
            return translate("RecordListPage", "Nothing matches “{search}” — <a href=\"clear\">clear the "
                                               "search</a>").format(search=html.escape(search))
        if self.filters_active():
            return translate("RecordListPage", "Nothing matches these filters — <a href=\"clear\">clear "
                                               "them</a>")
        key = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        return html.escape(self.empty_text().format(key=key))

    def _show_empty_state(self) -> None:
        text = self.empty_state_text()
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.view.viewport().geometry().adjusted(24, 24, -24, -24))

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view:
            if event.type() == QEvent.Type.Resize:
                self._place_empty_label()
            if isinstance(self.view, QTableView) and self._table_event(event):
                return True
        elif watched is self.view.viewport() and event.type() == QEvent.Type.Resize \
                and isinstance(self.view, QTableView) and self.view.isVisible():
            self.header.fit_to(self.view.viewport().width())  # e.g. the vertical scroll bar came
        elif watched is self.search and isinstance(event, QKeyEvent) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key in _ENTER:
                event.accept()  # Enter here is the search box's, not an action's shortcut
                return True
            if event.type() == QEvent.Type.KeyPress and key == Qt.Key.Key_Down:
                self.focus_results()
                return True
            if event.type() == QEvent.Type.KeyPress and key in _ENTER:
                if self.search_timer.isActive():  # typed faster than the search delay: search now
                    self._enter_pending = True
                    self.apply_filters()
                else:
                    self._enter_from_search()
                return True
        return super().eventFilter(watched, event)

    def _enter_from_search(self) -> None:
        only = self.row_of_index(self.first_index()) if self.result_count() == 1 else None
        if only is not None:
            self.open_row(only)
        else:
            self.focus_results()

    def result_count(self) -> int | None:
        return self.model.total()

    def first_index(self) -> QModelIndex:
        return self.model.index(0, 0) if self.model.rowCount() else QModelIndex()

    def focus_results(self) -> None:
        """Into the table, with the first row selected (when there is one)."""
        index = self.first_index()
        self.view.setFocus()
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)

    def _table_event(self, event: QEvent) -> bool:
        """The table's columns fitted to its width (until the user sets them), and Ctrl+Home/End."""
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self.view.isVisible():
            self.header.fit_to(self.view.viewport().width())
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.jump(to_end=event.key() == Qt.Key.Key_End)
            return True
        return False

    def jump(self, to_end: bool) -> None:
        """Ctrl+End / Ctrl+Home: the last or first row, in the column the cursor is in (Qt's own jumps
        to the last column too). The rest of the list is paged in from the server on the way."""
        if to_end and not self.model.is_complete():
            self._end_pending = True
            self.model.fetch_to_end()
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex()
        column = current.column() if current.isValid() else self._first_shown_column()
        index = self.model.index(rows - 1 if to_end else 0, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _first_shown_column(self) -> int:
        header = self.view.horizontalHeader() if isinstance(self.view, QTableView) else None
        if header is None:
            return 0
        return next((header.logicalIndex(v) for v in range(header.count())
                     if not header.isSectionHidden(header.logicalIndex(v))), 0)

    def _activated(self, index: QModelIndex) -> None:
        row = self.row_of_index(index)
        if row is not None:
            self.open_row(row)

    # -- selection and actions -----------------------------------------------------------------
    def row_of_index(self, index: QModelIndex) -> Any:
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        selection = self.view.selectionModel()
        indexes = sorted(selection.selectedRows(), key=lambda i: i.row()) if selection else []
        return [r for r in (self.row_of_index(i) for i in indexes) if r is not None]

    def selected_ids(self) -> list[Any]:
        return [r.id for r in self.selected_rows()]

    def update_actions(self) -> None:
        rows, me = self.selected_rows(), self.ctx.session.me
        for name, action in self.actions_by_name.items():
            action.setEnabled(bool(self._specs[name].enabled(rows, me)))

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_row(rows[0])

    # -- export ----------------------------------------------------------------------------------
    def export_name(self) -> str:
        """The start of the suggested file name."""
        return self.settings_key.split("/")[0]

    def export_view(self) -> ListView:
        """What the list shows, for Export…: its service, query and sort (all rows are paged again)."""
        model = self.model
        return ListView(model.source, model.query, model.sort_key, model.descending)

    def export_columns(self) -> list[Column[Any]]:
        """The visible columns, in view order."""
        header = self.view.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [self.model.columns[i] for i in logical if not header.isSectionHidden(i)]

    def export(self) -> TableExport:
        """The visible columns (in view order) and the loaded rows' values, for the reports' exporters."""
        columns = tuple(self.export_columns())
        rows = tuple(tuple(c.raw(row) for c in columns) for row in self.model.rows())
        return TableExport(columns, rows, complete=self.model.total() == len(rows))

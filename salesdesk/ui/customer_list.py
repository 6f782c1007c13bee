"""The customer list page: search and filters, lazy paging, server-side sort, actions on the selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customers, org
from salesdesk.services.auth import is_connection_lost
from salesdesk.services.customer_types import LEVELS, CustomerQuery
from salesdesk.services.errors import NotFoundError
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.customer_models import DEFAULT_HIDDEN, CustomerTableModel
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.resources import icon
from salesdesk.ui.settings import remember_header

SEARCH_DELAY_MS = 300
# Numerus strings name their context: PySide finds a subclass (PoolPage) translation only without %n.
translate = QCoreApplication.translate
COLUMN_WIDTHS = {"name": 250, "level": 48, "contact": 180, "phone": 115, "owner": 90, "unit": 115,
                 "region": 70, "credit_limit": 105, "last_contact_at": 95}


def assigned_to_me(db: Any, customer_id: int, me: int) -> str | None:
    """Worker: the customer's name when its latest ownership change gave it to me (by someone else)."""
    history = customers.ownership_history(db, customer_id)
    if not history:
        return None
    last = max(history, key=lambda h: (h.changed_at, h.id))
    if last.to_owner_id != me or last.changed_by_name is None:
        return None
    detail = customers.get_customer(db, customer_id)
    if detail.owner_id != me or detail.updated_by_name == detail.owner_name:
        return None
    return detail.name


def reread(db: Any, customer_id: int) -> Any:
    """Worker: the customer as it is now, or None when I can no longer see it."""
    try:
        return customers.get_customer(db, customer_id)
    except NotFoundError:
        return None


def flatten_units(nodes: Any, depth: int = 0) -> list[tuple[int, str]]:
    """(unit id, indented name) for every unit of an org forest, depth first."""
    out: list[tuple[int, str]] = []
    for node in nodes:
        out.append((node.unit_id, "    " * depth + node.name))
        out += flatten_units(node.children, depth + 1)
    return out


class CustomerListPage(QWidget):
    """Customers in the user's scope. `pool_mode` shows pool customers instead (see pool_page)."""

    loaded = Signal()
    pool_mode = False
    settings_key = "customers/list"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.session.database
        self.me = ctx.session.me.employee_id
        self._stale = False
        self._pending_owner: int | None = None
        self.active_dialog: Any = None
        self.column_menu: QMenu | None = None  # the header's column chooser, reused
        self.model = CustomerTableModel(ctx.tasks, self.db, parent=self)
        self.model.countChanged.connect(self._show_count)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.apply_filters)
        self.scope = self._combo("scopeCombo")
        self.owner = self._combo("ownerCombo")
        self.unit = self._combo("unitCombo")
        self.level = self._combo("levelCombo")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.scope, self.owner, self.unit, self.level):
            filters.addWidget(combo, 1)
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setObjectName("customerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, column in enumerate(self.model.columns):
            header.setSectionHidden(i, column.key in DEFAULT_HIDDEN)
            header.resizeSection(i, COLUMN_WIDTHS.get(column.key, 110))
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        remember_header(header, self.settings_key)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.retranslate()
        self._load_choices()
        self.apply_filters()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return combo

    def action_specs(self) -> list[tuple[str, str, Any, Any]]:
        """(name, icon, shortcut, slot); New/Refresh use the main window's Ctrl+N / F5."""
        return [("new", "new", None, self.new), ("edit", "edit", QKeySequence(Qt.Key.Key_Return), self.edit),
                ("reassign", "reassign", QKeySequence("Ctrl+R"), self.reassign),
                ("share", "share", QKeySequence("Ctrl+Shift+S"), self.share),
                ("release", "release", QKeySequence("Ctrl+Shift+P"), self.release),
                ("archive", "archive", QKeySequence(QKeySequence.StandardKey.Delete), self.archive)]

    def _build_actions(self) -> None:
        for name, icon_name, shortcut, slot in self.action_specs():
            action = QAction(icon(icon_name), "", self)
            action.setObjectName(f"{name}Action")
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
        self._update_actions()

    def action_texts(self) -> dict[str, str]:
        return {"new": self.tr("New"), "edit": self.tr("Open"), "reassign": self.tr("Reassign…"),
                "share": self.tr("Share…"), "release": self.tr("Release to pool…"),
                "archive": self.tr("Archive"), "claim": self.tr("Claim")}

    def retranslate(self) -> None:
        texts = self.action_texts()
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{texts[name]} ({key})" if key else texts[name])
        self.search.setPlaceholderText(self.tr("Search name, phone or contact…"))
        self._set_items(self.scope, [("all", self.tr("All I can see")), ("mine", self.tr("Mine")),
                                     ("team", self.tr("My team"))])
        self._set_items(self.level, [(None, self.tr("Any level"))] + [(lv, self.tr("Level {level}").format(
            level=lv)) for lv in LEVELS])
        for combo, text in ((self.owner, self.tr("Any owner")), (self.unit, self.tr("Any unit"))):
            if combo.count():
                combo.setItemText(0, text)
            else:
                combo.addItem(text, None)
        self.model.retranslate()
        self._show_count(self.model.count if self.model.count is not None else -1)

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        """Replace the texts, keeping the selection (and not firing a reload)."""
        current = combo.currentIndex()
        combo.blockSignals(True)
        if combo.count() == len(items):
            for i, (_data, text) in enumerate(items):
                combo.setItemText(i, text)
        else:
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters ------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        self.ctx.tasks.run(org.assignable_employees, self.db, busy=False, on_success=self._owners_arrived)
        self.ctx.tasks.run(org.org_tree, self.db, busy=False, on_success=self._units_arrived)

    def _owners_arrived(self, people: list[Any]) -> None:
        self._fill_combo(self.owner, [(p.id, p.name) for p in people])
        self.owner.setVisible(len(people) > 1)
        if self._pending_owner is not None:
            self.set_owner_filter(self._pending_owner)

    def _units_arrived(self, forest: list[Any]) -> None:
        units = flatten_units(forest)
        self._fill_combo(self.unit, units)
        self.unit.setVisible(len(units) > 1)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[int, str]]) -> None:
        combo.blockSignals(True)
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for data, text in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def query(self) -> CustomerQuery:
        return CustomerQuery(search=self.search.text().strip(), owner_id=self.owner.currentData(),
                             unit_id=self.unit.currentData(), level=self.level.currentData(),
                             scope="pool" if self.pool_mode else (self.scope.currentData() or "all"))

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self._stale = False
        self.model.set_query(self.query())

    def set_owner_filter(self, employee_id: int) -> None:
        """Show one owner's customers (from the org view)."""
        index = self.owner.findData(employee_id)
        if index < 0:
            self._pending_owner = employee_id  # choices still loading
            self.model.set_query(CustomerQuery(owner_id=employee_id))
            return
        self._pending_owner = None
        for combo, i in ((self.scope, 0), (self.unit, 0), (self.level, 0), (self.owner, index)):
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def open(self, arg: str) -> None:
        if arg.startswith("owner=") and arg[6:].isdigit():
            self.set_owner_filter(int(arg[6:]))

    # -- page protocol ------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self.model.loaded_once and self.model.count is not None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.apply_filters()

    def new(self) -> None:
        self.ctx.show_page("customer:new")

    def _page_loaded(self) -> None:
        if self.is_loaded():
            self.loaded.emit()

    def _show_count(self, n: int) -> None:
        if n < 0:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(translate("CustomerListPage", "%n customer(s)", "", n))
        if n >= 0 and self.model.loaded_once:
            self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(ui_errors.error_text(exc))
        if is_connection_lost(exc) or not ui_errors.is_expected(exc):
            self.ctx.window.handle_error(exc)  # reconnects, or logs and explains

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.apply_filters()
        super().showEvent(event)

    # -- actions ------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _update_actions(self) -> None:
        n = len(self.selected_ids()) if self.view.selectionModel() else 0
        for name, action in self.actions_by_name.items():
            if name in ("edit",):
                action.setEnabled(n == 1)
            elif name != "new":
                action.setEnabled(n > 0)

    def edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.show_page(f"customer:{ids[0]}")

    def reassign(self) -> None:
        from salesdesk.ui.reassign_dialog import ReassignDialog

        ids = self.selected_ids()
        if ids:
            self._run_dialog(ReassignDialog(self.ctx, ids, self))

    def share(self) -> None:
        from salesdesk.ui.share_dialog import ShareDialog

        ids = self.selected_ids()
        if ids:
            self._run_dialog(ShareDialog(self.ctx, ids, self))

    def _run_dialog(self, dialog: Any) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        dialog.open()

    def _dialog_done(self, dialog: Any) -> None:
        self.active_dialog = None
        for customer_id in getattr(dialog, "changed_ids", []):
            self.model.refresh_customer(customer_id)

    def release(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("releaseDialog")
        dialog.setWindowTitle(self.tr("Release to the customer pool"))
        n = len(ids)
        why = translate("CustomerListPage", "Why are these %n customer(s) going back to the pool?", "", n)
        dialog.setLabelText(why)
        dialog.textValueSelected.connect(lambda reason: self._release(ids, reason))
        self.active_dialog = dialog
        dialog.open()

    def _release(self, ids: list[int], reason: str) -> None:
        self.active_dialog = None

        def work(db: Any) -> list[tuple[int, Any]]:
            for customer_id in ids:
                customers.release_customer(db, customer_id, reason)
            return [(customer_id, reread(db, customer_id)) for customer_id in ids]

        done = self.tr("Released to the pool.")
        self.ctx.tasks.run(work, self.db, on_success=lambda fresh: self._done(fresh, done))

    def archive(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = translate("CustomerListPage",
                         "Archive %n customer(s)? They leave the lists but nothing is deleted.", "", len(ids))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archive customers"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("archiveBox")
        box.accepted.connect(lambda: self._archive(ids))
        self.active_dialog = box
        box.open()

    def _archive(self, ids: list[int]) -> None:
        self.active_dialog = None

        def work(db: Any) -> list[tuple[int, Any]]:
            return [(customer_id, customers.archive_customer(db, customer_id)) for customer_id in ids]

        self.ctx.tasks.run(work, self.db, on_success=lambda fresh: self._done(fresh, self.tr("Archived.")))

    def _done(self, fresh: list[tuple[int, Any]], message: str) -> None:
        """Show the changed customers as they are now (archived ones leave), then recount.

        The recount starts only after the lines are updated: started alongside
        re-reads, a count that arrived first was lowered again by each line dropped.
        """
        gone = False
        for customer_id, detail in fresh:
            if detail is None:  # out of my sight now: the re-read drops the line and lowers the count
                self.model.refresh_customer(customer_id)
                gone = True
            else:
                self.model.put(detail)
        if not gone:
            self.model.recount()
        self.ctx.notify(message)

    def _column_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        if self.column_menu is None:  # one menu, refilled: a new one per click would pile up as children
            self.column_menu = QMenu(self)
            self.column_menu.setObjectName("columnMenu")
        menu = self.column_menu
        menu.clear()
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(column.key != "name")  # the name always stays
            action.toggled.connect(lambda on, s=i: header.setSectionHidden(s, not on))
        menu.popup(header.mapToGlobal(pos))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.columns[section].sort_key is None:  # not sortable on the server: put it back
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)

    # -- live updates -------------------------------------------------------------------------
    def on_live_change(self, payload: dict) -> None:
        if payload.get("root_kind") != "customer":
            return
        customer_id = payload.get("root_id")
        if not isinstance(customer_id, int):
            return
        if self.model.row_of(customer_id) is not None:
            self.model.refresh_customer(customer_id)
            return
        kind, op = payload.get("kind"), payload.get("op")
        if kind == "share" and payload.get("employee_id") == self.me or kind == "customer" and op == "INSERT":
            self._mark_stale()
        elif kind == "customer" and op == "UPDATE" and not self.pool_mode:
            self.ctx.tasks.run(assigned_to_me, self.db, customer_id, self.me, busy=False,
                               on_success=self._maybe_assigned, on_error=lambda _e: None)

    def _maybe_assigned(self, name: str | None) -> None:
        if name:
            self.ctx.notify(self.tr("Customer {name} was assigned to you.").format(name=name))
            self._mark_stale()

    def _mark_stale(self) -> None:
        """A customer appeared: recount now, reload when the user comes back (no jump under the mouse)."""
        self._stale = True
        self.model.recount()

    def on_reconnected(self) -> None:
        if not self.model.loaded_once:
            self.apply_filters()


register_page("customers", QT_TRANSLATE_NOOP("pages", "Customers"), "customers", CustomerListPage, order=10)

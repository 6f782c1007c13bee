"""The main window: navigation on the left, the pages in a stack, shortcuts routed to the current page.

Pages come from the registry in `salesdesk.ui.pages` (see its docstring for how to add one).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from salesdesk.services.auth import SignedIn, is_connection_lost
from salesdesk.ui import errors, words
from salesdesk.ui.first_paint import after_first_paint
from salesdesk.ui.followup_dialog import open_followup_dialog
from salesdesk.ui.live import LiveBridge
from salesdesk.ui.pages import AppContext, PageSpec, load_pages, page_spec, page_specs
from salesdesk.ui.resources import icon
from salesdesk.ui.settings import settings
from salesdesk.ui.status_bar import StatusArea
from salesdesk.ui.tasks import TaskRunner
from salesdesk.ui.window_geometry import clamped_geometry, first_run_geometry

log = logging.getLogger(__name__)
FOLLOWUP_KEY = "Ctrl+Shift+F"
START_PAGE = "dashboard"  # the first page after sign-in (ui/dashboard_page.py)
# (action name, shortcut, page method)
PAGE_ACTIONS = (("new", QKeySequence.StandardKey.New, "new"),
                ("search", QKeySequence.StandardKey.Find, "focus_search"),
                ("refresh", QKeySequence(Qt.Key.Key_F5), "refresh"),
                ("save", QKeySequence.StandardKey.Save, "save"))


def back_keys() -> list[QKeySequence]:
    """Alt+Left and the platform's Back keys, each once: a key bound twice is an ambiguous
    shortcut, and Qt then does nothing at all."""
    keys = [QKeySequence("Alt+Left")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Back):
        if key not in keys:
            keys.append(key)
    return keys


class UnknownPageError(LookupError):
    """No page is registered under that key."""


class MainWindow(QMainWindow):
    """The application shell for one signed-in session."""

    pageChanged = Signal(str)
    reconnected = Signal()
    switchUserRequested = Signal()  # the user asked to sign in as someone else (input saved or let go)

    def __init__(self, session: SignedIn, *, live: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.tasks = TaskRunner(self)
        self.tasks.default_error_handler = self.handle_error
        self.live: LiveBridge | None = LiveBridge(session.url, self) if live else None
        self.ctx = AppContext(session=session, tasks=self.tasks, live=self.live, window=self)
        self.pages: dict[str, QWidget] = {}
        self._shut_down = False
        self._loaded_by_signal: set[str] = set()
        self.history: list[str] = []  # page keys left behind, for Back
        load_pages()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.status = StatusArea(session.me, self)
        self.setStatusBar(self.status)
        self.tasks.busyChanged.connect(self.status.set_busy)

        self.nav_specs = [s for s in page_specs() if s.in_navigation]
        for spec in self.nav_specs:
            item = QListWidgetItem(icon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        self.nav.itemClicked.connect(self._nav_clicked)
        self._build_actions()
        self._reconnect_timer = QTimer(self)
        self._reconnect_timer.setInterval(3000)
        self._reconnect_timer.timeout.connect(self._try_reconnect)
        if self.live is not None:
            self.live.changed.connect(self._live_changed)
            self.live.connectionChanged.connect(self._live_connection)
            self.live.start()
        self.retranslate()
        self._restore_state()

    # -- actions and menus ------------------------------------------------------

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.page_actions: dict[str, tuple[QAction, str]] = {}
        for name, shortcut, method in PAGE_ACTIONS:
            action = QAction(icon(name), "", self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, m=method: self.call_page(m))
            self.page_actions[name] = (action, method)
        for name in ("new", "save", "refresh"):
            self.file_menu.addAction(self.page_actions[name][0])
        self.file_menu.addSeparator()
        self.change_password_action = self.file_menu.addAction("")
        self.change_password_action.triggered.connect(self.change_password)
        self.file_menu.addSeparator()
        self.switch_user_action = self.file_menu.addAction(icon("logout"), "")
        self.switch_user_action.triggered.connect(self.switch_user)
        self.quit_action = self.file_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.edit_menu.addAction(self.page_actions["search"][0])
        # the quick follow-up from anywhere (ui/followup_dialog.py), of the page's customer or deal
        self.followup_action = self.edit_menu.addAction(icon("new"), "")
        self.followup_action.setObjectName("logFollowupAction")
        self.followup_action.setShortcut(QKeySequence(FOLLOWUP_KEY))
        self.followup_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.followup_action.triggered.connect(self.log_followup)
        self.back_action = self.go_menu.addAction("")
        self.back_action.setShortcuts(back_keys())
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.triggered.connect(self.go_back)
        self.go_menu.addSeparator()
        self.go_actions: list[QAction] = []
        for row, spec in enumerate(self.nav_specs):
            action = self.go_menu.addAction(icon(spec.icon), "")
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            self.go_actions.append(action)
        self.about_action = self.help_menu.addAction(icon("about"), "")
        self.about_action.triggered.connect(self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("salesdesk — {name}").format(name=self.session.me.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {"new": self.tr("&New"), "search": self.tr("&Find…"), "refresh": self.tr("&Refresh"),
                 "save": words.word(words.SAVE)}
        for name, (action, _method) in self.page_actions.items():
            action.setText(texts[name])
        self.quit_action.setText(self.tr("&Quit"))
        self.switch_user_action.setText(self.tr("Sign out / s&witch user…"))
        self.change_password_action.setText(self.tr("Change &password…"))
        self.back_action.setText(self.tr("&Back"))
        self.followup_action.setText(self.tr("&Log follow-up…"))
        self.about_action.setText(self.tr("&About salesdesk"))
        for row, spec in enumerate(self.nav_specs):
            title = QCoreApplication.translate("pages", spec.title)
            self.nav.item(row).setText(title)
            self.go_actions[row].setText(title)
        # the navigation is as wide as its longest title, in this language and at this scaling
        self.nav.setMinimumWidth(max(150, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in self.pages.values():
                if hasattr(page, "retranslate"):
                    page.retranslate()
        super().changeEvent(event)

    # -- pages ------------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str | None:
        page = self.current_page()
        return next((k for k, p in self.pages.items() if p is page), None)

    def page(self, key: str) -> QWidget:
        """The page `key`, created on first use."""
        if key not in self.pages:
            spec = page_spec(key)
            if spec is None:
                raise UnknownPageError(key)
            self.pages[key] = self._create(spec)
        return self.pages[key]

    def _create(self, spec: PageSpec) -> QWidget:
        widget = spec.factory(self.ctx)
        widget.setObjectName(widget.objectName() or f"page_{spec.key}")
        loaded = getattr(widget, "loaded", None)
        if loaded is not None and hasattr(loaded, "connect") and not hasattr(widget, "is_loaded"):
            loaded.connect(lambda *_a, k=spec.key: self._loaded_by_signal.add(k))
        self.stack.addWidget(widget)
        return widget

    def show_page(self, spec: str, *, back: bool = False) -> QWidget:
        """Show page `key` or `key:arg` (then `page.open(arg)` is called). Raises UnknownPageError.

        Leaving a page with unsaved input asks first (its `maybe_leave()`); when the
        user stays, the current page is returned. Pages left behind are remembered for Back.
        """
        key, _, arg = spec.partition(":")
        page = self.page(key)
        current, current_key = self.current_page(), self.current_key()
        if current is not None and current is not page:
            if not self.may_leave(current):
                self._sync_nav()
                return current
            if not back and current_key and (not self.history or self.history[-1] != current_key):
                self.history = [*self.history[-49:], current_key]
        self.stack.setCurrentWidget(page)
        self._sync_nav()
        if arg and hasattr(page, "open"):
            page.open(arg)
        self._update_actions()
        self.pageChanged.emit(key)
        return page

    @staticmethod
    def may_leave(page: QWidget) -> bool:
        maybe_leave = getattr(page, "maybe_leave", None)
        return bool(maybe_leave()) if callable(maybe_leave) else True

    def go_back(self) -> None:
        """Back to the page shown before (an editor returns to its list)."""
        current = self.current_key()
        while self.history:
            key = self.history.pop()
            if key != current:
                self.show_page(key, back=True)
                break
        self._update_actions()

    def _sync_nav(self) -> None:
        """The navigation highlights the current page; a page outside it (an editor) the page it was
        opened from (the last navigation page in the history), or nothing."""
        keys = [s.key for s in self.nav_specs]
        shown = [k for k in (*self.history, self.current_key()) if k in keys]
        row = keys.index(shown[-1]) if shown else -1
        self.nav.blockSignals(True)
        if row < 0:  # nothing highlighted; the current item stays, or focusing the list would open row 0
            self.nav.clearSelection()
        else:
            self.nav.setCurrentRow(row)
            self.nav.item(row).setSelected(True)
        self.nav.blockSignals(False)

    def is_page_loaded(self, key: str) -> bool:
        page = self.pages.get(key)
        if page is None:
            return False
        if hasattr(page, "is_loaded"):
            return bool(page.is_loaded())
        if hasattr(page, "loaded") and hasattr(page.loaded, "connect"):
            return key in self._loaded_by_signal
        return True

    def _nav_row_changed(self, row: int) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: itemClicked follows on release (and also covers the item already current)
        self._nav_to(row)

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        self._nav_to(self.nav.row(item))

    def _nav_to(self, row: int) -> None:
        if 0 <= row < len(self.nav_specs) and self.nav_specs[row].key != self.current_key():
            try:
                self.show_page(self.nav_specs[row].key)
            except Exception as exc:  # noqa: BLE001 - a broken page must not take the window down
                self.handle_error(exc)

    def call_page(self, method: str) -> None:
        """Route a shortcut to the current page (Ctrl+N -> new(), Ctrl+F -> focus_search(), …)."""
        page = self.current_page()
        handler = getattr(page, method, None)
        if callable(handler):
            handler()

    def log_followup(self) -> None:
        """Ctrl+Shift+F: the quick follow-up, of what the page shows (`followup_target()`) if anything."""
        target = getattr(self.current_page(), "followup_target", None)
        customer_id, opportunity_id = target() if callable(target) else (None, None)
        open_followup_dialog(self.ctx, customer_id=customer_id, opportunity_id=opportunity_id)

    def _update_actions(self) -> None:
        page = self.current_page()
        for action, method in self.page_actions.values():
            action.setEnabled(callable(getattr(page, method, None)))
        self.back_action.setEnabled(any(k != self.current_key() for k in self.history))

    # -- notifications, live updates, errors -----------------------------------

    def notify(self, text: str) -> None:
        self.status.notify(text)

    def _live_changed(self, payload: dict) -> None:
        me = self.session.me.employee_id
        if payload.get("kind") == "share" and payload.get("op") == "INSERT" and \
                payload.get("employee_id") == me and settings().value("ui/notify", True, type=bool):
            if payload.get("root_kind") == "customer":
                self.notify(self.tr("A customer was shared with you."))
            else:
                self.notify(self.tr("A record was shared with you."))
        self.announce(payload)

    def announce(self, payload: dict, source: QWidget | None = None) -> None:
        """A change (from the feed, or written here by `source`) to every page but its writer."""
        for page in list(self.pages.values()):
            if page is not source and hasattr(page, "on_live_change"):
                try:
                    page.on_live_change(payload)
                except Exception as exc:  # noqa: BLE001
                    errors.log_unexpected(exc, "on_live_change")

    def _live_connection(self, connected: bool) -> None:
        self.status.set_connected(connected)
        if connected:
            self._reconnected()
        else:
            self._reconnect_timer.start()

    def handle_error(self, exc: BaseException) -> None:
        """Default failure callback of the task runner: a dropped connection reconnects; others a dialog."""
        if is_connection_lost(exc):
            self.status.set_connected(False)
            if not self._reconnect_timer.isActive():
                self._reconnect_timer.start()
            return
        errors.show_error(self, exc)

    def _try_reconnect(self) -> None:
        self.tasks.run(self.session.ping, busy=False,
                       on_success=lambda _r: self._reconnected(), on_error=lambda _e: None)

    def _reconnected(self) -> None:
        if not self._reconnect_timer.isActive() and self.status._connected:
            return
        self._reconnect_timer.stop()
        self.status.set_connected(True)
        self.reconnected.emit()
        for page in self.pages.values():
            if hasattr(page, "on_reconnected"):
                page.on_reconnected()

    def change_password(self) -> None:
        """File > Change password: the dialog changes it off the GUI thread; success is noted below."""
        from salesdesk.ui.change_password_dialog import ChangePasswordDialog

        keyring_updated = ChangePasswordDialog.ask(self, session=self.session, runner=self.tasks)
        if keyring_updated is None:
            return
        if keyring_updated:
            self.notify(self.tr("Your password was changed; the remembered password was updated too."))
        else:
            self.notify(self.tr("Your password was changed."))

    def show_about(self) -> None:
        from salesdesk.ui.about_dialog import AboutDialog

        AboutDialog(self.session, self).exec()

    # -- state --------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if not (geometry and self.restoreGeometry(geometry)):
            self.setGeometry(first_run_geometry(self.available_geometry()))
        elif not self.isMaximized() and not self.isFullScreen():
            self.setGeometry(clamped_geometry(self.geometry(), self.available_geometry()))
        state = s.value("window/state")
        if state:
            self.restoreState(state)
        split = s.value("window/splitter")
        if split:
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([180, 1000])
        last = str(s.value("window/page", "") or "")
        keys = [spec.key for spec in self.nav_specs]
        # the dashboard first after sign-in (issue 14 §6); without it, the page open when last quit
        start = next((k for k in (START_PAGE, last) if k in keys), keys[0] if keys else "")
        if start:  # built once the window is on screen: each is one slice of the GUI thread's time
            self.nav.blockSignals(True)  # highlighted already, so focusing the list does not open row 0
            self.nav.setCurrentRow(keys.index(start))
            self.nav.blockSignals(False)
            after_first_paint(self, lambda: self._open_start_page(start))

    def _open_start_page(self, key: str) -> None:
        if self._shut_down or self.current_page() is not None:
            return  # something was opened first (a link, a test) or the window is gone
        try:
            self.show_page(key)
        except Exception as exc:  # noqa: BLE001
            errors.log_unexpected(exc, f"opening page {key}")

    def available_geometry(self) -> QRect:
        """The usable area (without task bars) of the screen the window opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def save_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        key = self.current_key()
        if key and any(spec.key == key for spec in self.nav_specs):
            s.setValue("window/page", key)
        s.sync()

    def leave_all(self) -> bool:
        """Before quitting or switching user: every page with unsaved input is shown and asks."""
        for page in list(self.pages.values()):
            unsaved = getattr(page, "has_unsaved_changes", None)
            if not (callable(unsaved) and unsaved()):
                continue
            self.stack.setCurrentWidget(page)  # the user sees what the question is about
            self._sync_nav()
            if hasattr(page, "maybe_leave"):
                if not page.maybe_leave():
                    return False
            elif QMessageBox.question(
                    self, words.word(words.UNSAVED_CHANGES),
                    self.tr("Some changes have not been saved yet. Close salesdesk anyway and lose them?"),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
                return False
        return True

    def switch_user(self) -> None:
        if self.leave_all():
            self.switchUserRequested.emit()
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._shut_down and not self.leave_all():  # after shutdown() nothing can be saved
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop live updates and background work; close the database connection (once)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._reconnect_timer.stop()
        if self.live is not None:
            self.live.stop()
        self.tasks.shutdown()
        self.session.close()

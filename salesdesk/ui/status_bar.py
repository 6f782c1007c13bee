"""The main window's status bar: notifications, connection state, busy indicator, who is signed in."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QSizePolicy, QStatusBar, QToolButton, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.org import Me
from salesdesk.ui.i18n import current_language
from salesdesk.ui.resources import icon

SCOPE_NAMES = {
    "self": QT_TRANSLATE_NOOP("scope", "own records"),
    "subordinates": QT_TRANSLATE_NOOP("scope", "own and subordinates' records"),
    "unit": QT_TRANSLATE_NOOP("scope", "own unit"),
    "unit_tree": QT_TRANSLATE_NOOP("scope", "own unit and sub-units"),
    "all": QT_TRANSLATE_NOOP("scope", "everything"),
}


def scope_name(scope: str) -> str:
    """The translated name of a data scope."""
    return QCoreApplication.translate("scope", SCOPE_NAMES.get(scope, scope))


def position_text(person: object) -> str:
    """A position's name in the interface language (positions carry an optional English name).

    Works for anything with `position_name` and `position_name_en` (Me, EmployeeRef, OrgPerson).
    """
    english = getattr(person, "position_name_en", None)
    if current_language() == "en" and english:
        return str(english)
    return str(getattr(person, "position_name", ""))


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (never wraps, never widens the window).

    `text()` is the whole text; the tooltip shows it too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.setText("")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        one_line = " ".join(self._full.split())  # a newline in a message must not make two lines
        super().setText(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight,
                                                      max(0, self.contentsRect().width())))


class StatusArea(QStatusBar):
    """Left: the latest notification (+ a bell with recent ones). Right: connection, busy, user."""

    def __init__(self, me: Me, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me
        self.history: deque[tuple[str, str]] = deque(maxlen=20)
        self.bell = QToolButton(self)
        self.bell.setObjectName("notificationBell")
        self.bell.setIcon(icon("bell"))
        self.bell.setAutoRaise(True)
        self.bell.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bell.setMenu(QMenu(self.bell))
        self.notice = ElidedLabel(self)  # a long message elides (its tooltip has it whole), never wraps
        self.notice.setObjectName("notificationLabel")
        self.connection = QLabel(self)
        self.connection.setObjectName("connectionLabel")
        self.connection.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumSize(90, 12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.user = QLabel(self)
        self.user.setObjectName("userLabel")
        self.addWidget(self.bell)
        self.addWidget(self.notice, 1)
        self.addPermanentWidget(self.connection)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.user)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(self.notice.clear)
        self._connected = True
        self.retranslate()

    def retranslate(self) -> None:
        self.bell.setToolTip(self.tr("Recent notifications"))
        self.user.setText(self.tr("{name} · {position} · {unit} · scope: {scope}").format(
            name=self.me.name, position=position_text(self.me), unit=self.me.unit_name,
            scope=scope_name(self.me.data_scope)))
        self.user.setToolTip(self.tr("Signed in as {login}").format(login=self.me.login))
        self.busy.setToolTip(self.tr("Working…"))
        self.set_connected(self._connected, announce=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def notify(self, text: str, timeout_ms: int = 15000) -> None:
        """Show a notification (already translated) and keep it in the bell's menu."""
        stamp = QDateTime.currentDateTime().toString("HH:mm")
        self.history.appendleft((stamp, text))
        self.notice.setText(text)
        if timeout_ms:
            self._clear.start(timeout_ms)
        menu = self.bell.menu()
        menu.clear()
        for when, message in self.history:
            menu.addAction(f"{when}  {message}")

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def set_connected(self, connected: bool, announce: bool = True) -> None:
        """Show or hide the "connection lost" marker; announces a restored connection."""
        was = self._connected
        self._connected = connected
        if connected:
            self.connection.hide()
            if announce and not was:
                self.notify(self.tr("Connection to the server restored."))
        else:
            self.connection.setText(self.tr("Connection lost — reconnecting…"))
            self.connection.setToolTip(self.tr("The server cannot be reached. Unsaved input is kept; "
                                                "salesdesk reconnects by itself."))
            self.connection.show()

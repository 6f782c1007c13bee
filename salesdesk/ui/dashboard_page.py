"""The dashboard (`dashboard`, 工作台): the first page after sign-in. It lays out the sections of the
signed-in person's level (ui/dashboard_sections.py: sections_for(me.level)) in a scrolling grid, each
in a titled frame, and passes on the page protocol: F5 refreshes every section, a change from the
feed goes to each (each re-reads only what its data depends on), a language switch retranslates.

A section whose widget cannot even be built shows a polite message in its frame; the others still
show. Each section loads through ctx.tasks.run itself (ui/dashboard_section.py for ours).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.dashboard_sections import DashboardSection, load_sections, sections_for
from salesdesk.ui.pages import AppContext, register_page

translate = QCoreApplication.translate
COLUMNS = 2


class FailedSection(QLabel):
    """Stands in for a section whose widget could not be built."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sectionFailed")
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("Dashboard", "This part of the dashboard could not be shown. "
                                            "The details were written to the log file."))


class DashboardPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.sections = sections_for(ctx.session.me.level)
        self.frames: dict[str, QGroupBox] = {}
        self.bodies: dict[str, QWidget] = {}
        self._waiting: set[str] = set()
        grid_host = QWidget()
        grid_host.setObjectName("dashboardGrid")
        self.grid = QGridLayout(grid_host)
        for i, section in enumerate(self.sections):
            self._add(i, section)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(len(self.sections) // COLUMNS + 1, 1)  # the rows keep their height
        self.empty = QLabel()
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setVisible(not self.sections)
        self.grid.addWidget(self.empty, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll)
        self._titles()  # the sections translate themselves as they are built

    def _add(self, i: int, section: DashboardSection) -> None:
        frame = QGroupBox()
        frame.setObjectName(f"section_{section.key}")
        inner = QVBoxLayout(frame)
        try:
            body = section.factory(self.ctx)
        except Exception as exc:  # noqa: BLE001 - one broken section must not take the page down
            ui_errors.log_unexpected(exc, f"building dashboard section {section.key}")
            body = FailedSection()
        inner.addWidget(body)
        self.frames[section.key], self.bodies[section.key] = frame, body
        if hasattr(body, "is_loaded") and not body.is_loaded():
            self._waiting.add(section.key)
            if hasattr(body, "loaded"):
                body.loaded.connect(lambda k=section.key: self._section_loaded(k))
        self.grid.addWidget(frame, i // COLUMNS, i % COLUMNS)

    def _section_loaded(self, key: str) -> None:
        self._waiting.discard(key)
        if not self._waiting:
            self.loaded.emit()

    # -- the page protocol ---------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return all(not hasattr(b, "is_loaded") or b.is_loaded() for b in self.bodies.values())

    def refresh(self) -> None:
        for body in self.bodies.values():
            if hasattr(body, "refresh"):
                body.refresh()

    def on_live_change(self, payload: dict) -> None:
        for key, body in self.bodies.items():
            if hasattr(body, "on_live_change"):
                try:
                    body.on_live_change(payload)
                except Exception as exc:  # noqa: BLE001 - the other sections still hear of it
                    ui_errors.log_unexpected(exc, f"dashboard section {key}")

    def retranslate(self) -> None:
        """A language switch: the titles, and each section in its own way (ours read again, for the
        charts' labels)."""
        self._titles()
        for body in self.bodies.values():
            if hasattr(body, "retranslate"):
                body.retranslate()

    def _titles(self) -> None:
        for section in self.sections:
            self.frames[section.key].setTitle(translate("dashboard", section.title))
        self.empty.setText(translate("Dashboard", "Nothing to show here for your position yet."))


load_sections()  # on the preloading thread, with the other page modules (ui/preload.py)
register_page("dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard"), "dashboard", DashboardPage, order=0)

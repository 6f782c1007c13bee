"""The dashboard's sections (工作台): how areas plug their panels into the first page after sign-in.

An area registers a section at import time, in its own module, and adds that module to
DASHBOARD_MODULES (one line)::

    from salesdesk.i18n import QT_TRANSLATE_NOOP
    from salesdesk.ui.dashboard_sections import register_section

    register_section("my_attainment", QT_TRANSLATE_NOOP("dashboard", "My attainment"),
                     MyAttainmentSection, order=20, levels=SALES_LEVELS)

`factory(ctx)` builds the section's widget (a QWidget) with the page's AppContext. The dashboard
shows the sections whose `levels` hold the signed-in person's level (Me.level), in `order`. A
section's widget follows the page protocol of salesdesk/ui/pages.py where it applies (every
method optional): refresh(), on_live_change(payload), is_loaded() or a `loaded` Signal,
retranslate(). It does its database work through ctx.tasks.run (never on the GUI thread) and
drills down with ctx.show_page("key:arg").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from salesdesk.ui.pages import AppContext

SectionFactory = Callable[["AppContext"], "QWidget"]

SALESPERSON = frozenset({"salesperson", "assistant"})
TEAM_LEADS = frozenset({"supervisor", "manager"})
DIRECTOR = frozenset({"director", "admin"})
EVERYONE = SALESPERSON | TEAM_LEADS | DIRECTOR

# Modules that register sections; one missing (not written yet) is skipped.
DASHBOARD_MODULES: list[str] = [
    "salesdesk.ui.forecast_section",  # issue 14 §4: forecast (helper forecast)

    # issue 14 §6: the dashboard's own sections (helper dashboard)
    "salesdesk.ui.dashboard_today",
    "salesdesk.ui.dashboard_pipeline",

    "salesdesk.ui.attainment_sections",  # issue 14 §6: my / team attainment (helper attainment)
]


@dataclass(frozen=True)
class DashboardSection:
    key: str
    title: str  # source text, context "dashboard"
    factory: SectionFactory
    order: int
    levels: frozenset[str]


_SECTIONS: dict[str, DashboardSection] = {}


def register_section(key: str, title: str, factory: SectionFactory, *, order: int = 100,
                     levels: frozenset[str] = EVERYONE) -> None:
    _SECTIONS[key] = DashboardSection(key, title, factory, order, levels)


def load_sections() -> None:
    for module in DASHBOARD_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def sections_for(level: str) -> list[DashboardSection]:
    """The sections a person of `level` sees, in order."""
    load_sections()
    return sorted((s for s in _SECTIONS.values() if level in s.levels), key=lambda s: (s.order, s.key))

"""The page registry: how areas (customers, pool, org, settings, …) plug into the main window.

Add a page in three steps, without touching main_window.py:

1. In your module (e.g. `salesdesk/ui/customer_list.py`) register it at import time::

       from salesdesk.i18n import QT_TRANSLATE_NOOP
       from salesdesk.ui.pages import AppContext, register_page

       class CustomerListPage(QWidget):
           def __init__(self, ctx: AppContext) -> None: ...

       register_page("customers", QT_TRANSLATE_NOOP("pages", "Customers"), "customers",
                     CustomerListPage, order=10)

   `title` is English source text in the translation context "pages"; `icon` names
   `resources/icons/<icon>.svg`; `factory(ctx)` builds the page once, when first shown.
   `in_navigation=False` registers a page reachable only by key, e.g. "customer" opened
   as `customer:<id>` (the main window then calls `page.open("<id>")`).
2. Add the module's dotted name to PAGE_MODULES below (one line). These modules are imported on
   a worker thread while the sign-in dialog is up (salesdesk/ui/preload.py): at import time a
   page module only defines and registers; it creates no widget and touches no QApplication.
3. Re-run `python resources/translations/update.py` and translate the new strings.

The page protocol (every method optional; the main window checks with hasattr):

    new()                  Ctrl+N          focus_search()      Ctrl+F
    refresh()              F5              save()              Ctrl+S
    open(arg: str)         show one record (screenshot page "key:arg", links)
    is_loaded() -> bool    True once the data is shown (screenshot mode waits for it);
                           or a `loaded` Signal emitted once the data is shown.
                           A page with neither counts as loaded at once.
    has_unsaved_changes() -> bool      asked before the window closes
    on_live_change(payload: dict)      a NOTIFY payload {kind, id, op, root_kind, root_id, …},
                                       delivered on the GUI thread; re-read through the services
    on_reconnected()                   the connection came back after a drop (input is kept)
    retranslate()                      called on a language switch (or handle QEvent.LanguageChange)

Pages do their database work through `ctx.tasks.run(...)` (never on the GUI thread), use
`ctx.session.database` for services, `ctx.session.me` for who is signed in,
`ctx.notify(text)` for the status bar notification area, `ctx.show_page(key)` to navigate, and
`salesdesk.ui.settings.remember_header(header, key)` to keep column state.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from salesdesk.services.auth import SignedIn
    from salesdesk.ui.live import LiveBridge
    from salesdesk.ui.tasks import TaskRunner

# Modules that register pages; one missing (not written yet) is skipped.
PAGE_MODULES: list[str] = [
    "salesdesk.ui.customer_list",
    "salesdesk.ui.customer_editor",
    "salesdesk.ui.opportunity_list",  # oppui: the deal list and editor
    "salesdesk.ui.opportunity_editor",
    "salesdesk.ui.pool_page",
    "salesdesk.ui.product_list",
    "salesdesk.ui.org_view",
    "salesdesk.ui.archived_page",
    "salesdesk.ui.settings_page",
    "salesdesk.ui.picklist_page",
    # leads (issue 12 §6)
    "salesdesk.ui.lead_list",  # and the lead pool
    # the pipeline board (issue 12 §6)
    "salesdesk.ui.pipeline_page",
    # issue 12: follow-ups (helper followui)
    "salesdesk.ui.followup_list",
    "salesdesk.ui.customer360",
    # issue 14 §1: targets (helper targets)
    "salesdesk.ui.targets_page",
    # issue 13 §2/§8: the approvals inbox (helper approvals)
    "salesdesk.ui.approvals_page",
    # issue 13 §1/§8: contracts (helper contracts)
    "salesdesk.ui.contract_list",
    "salesdesk.ui.contract_editor",

    # issue 13 §1/§8: quotes (helper quotes)
    "salesdesk.ui.quote_list",
    # issue 13 §5/§8: expenses (helper expenses)
    "salesdesk.ui.expense_list",
    # issue 13 §3/§4/§8: receivables with ageing (helper payments)
    "salesdesk.ui.receivables_page",
    # issue 13 §3/§4/§8: payments and invoices across contracts (helper money, s21)
    "salesdesk.ui.money_lists",
    # issue 13 §2: approval rules kept in the client (helper money, s21)
    "salesdesk.ui.approval_rules_page",
    # issue 14 §4: funnel and forecast (helper forecast)
    "salesdesk.ui.forecast_page",

    # issue 14 §6: the dashboard, the first page after sign-in (helper dashboard)
    "salesdesk.ui.dashboard_page",

    # issue 14 §2/§3: attainment and rankings (helper attainment)
    "salesdesk.ui.attainment_page",
    "salesdesk.ui.rankings_page",
    "salesdesk.ui.performance_page",  # the sales briefing and the KPI scorecards

    # issue 15 §4: customer analysis (helper analysis)
    "salesdesk.ui.analysis_page",

    # issue 15 §1/§2: month-end close and the monthly report (helper monthly)
    "salesdesk.ui.month_close_page",
]


@dataclass
class AppContext:
    """What a page gets: the signed-in session, the task runner, live updates and the window."""

    session: SignedIn
    tasks: TaskRunner
    live: LiveBridge | None
    window: Any  # salesdesk.ui.main_window.MainWindow (typed loosely to avoid an import cycle)

    def notify(self, text: str) -> None:
        """Show `text` (already translated) in the status bar's notification area."""
        self.window.notify(text)

    def show_page(self, spec: str) -> QWidget:
        """Navigate to page `key` or `key:arg`; returns the page."""
        return self.window.show_page(spec)

    def announce(self, payload: dict, source: QWidget | None = None) -> None:
        """Tell the other pages at once what this client just wrote (a change-feed row's shape:
        kind, root_kind, root_id, op), without waiting for the feed, which may be off or slow."""
        self.window.announce(payload, source)


PageFactory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, context "pages"
    icon: str
    factory: PageFactory
    order: int = 100
    in_navigation: bool = True


_REGISTRY: dict[str, PageSpec] = {}


def register_page(key: str, title_source_text: str, icon: str, factory: PageFactory, *,
                  order: int = 100, in_navigation: bool = True) -> None:
    """Register (or replace) the page `key`."""
    if not key or ":" in key:
        raise ValueError(f"invalid page key {key!r}")
    _REGISTRY[key] = PageSpec(key, title_source_text, icon, factory, order, in_navigation)


def load_pages() -> None:
    """Import every module in PAGE_MODULES so that it registers its pages."""
    for name in PAGE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # areas land one at a time
            if exc.name != name:
                raise


def page_specs() -> list[PageSpec]:
    """Registered pages in navigation order."""
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.key))


def page_spec(key: str) -> PageSpec | None:
    return _REGISTRY.get(key)

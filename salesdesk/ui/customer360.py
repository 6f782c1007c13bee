"""The customer's 360° page (`customer360:<id>`, 客户概览): who it is, its deals with their totals,
and its timeline (follow-ups, stage changes, ownership changes), newest first.

Three parts, each one service call off the GUI thread (the customer, services/customer360.timeline,
services/customer360.deals); the page counts as loaded when all three are shown. "Log follow-up"
opens the quick dialog for this customer; a change of the customer, its follow-ups or deals
announced by another page reloads it. `CustomerLinks` puts "Log follow-up" and "Overview" on an
editor's header toolbar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import customer360, customers
from salesdesk.services.payments import CustomerMoneyView, customer_overview  # money (helper payments)
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.customer360_analysis import CustomerAnalysisTab, analysis_today  # analysis
from salesdesk.ui.customer360_money import CustomerMoneyTabs  # money (helper payments)
from salesdesk.ui.expense_costs import CustomerExpensesTab  # expenses
from salesdesk.ui.followup_dialog import open_followup_dialog
from salesdesk.ui.followup_words import kind_text
from salesdesk.ui.formats import fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.history_models import reason_text
from salesdesk.ui.i18n import current_language
from salesdesk.ui.pages import AppContext, page_spec, register_page
from salesdesk.ui.resources import icon
from salesdesk.ui.words import word

translate = QCoreApplication.translate
PARTS = ("customer", "timeline", "deals")
PARTS += ("money",)  # money on the customer's contracts (helper payments)
PARTS += ("analysis",)  # customer analysis (issue 15 §4)


def table(name: str, columns: int, stretch: int) -> QTableWidget:
    """A read-only table whose column `stretch` (the title, the details) takes the room left."""
    view = QTableWidget(0, columns)
    view.setObjectName(name)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fill(view: QTableWidget, rows: list[tuple[Any, list[str]]]) -> None:
    """Rows of texts; the first cell keeps the row's key (a deal's id)."""
    view.setRowCount(len(rows))
    for r, (key, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            view.setItem(r, c, item)


class Customer360Page(QWidget):
    """One customer at a glance; `open("<id>")` shows it."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360Page")
        self.ctx, self.db = ctx, ctx.session.database
        self.customer_id: int | None = None
        self.parts: dict[str, Any] = {}
        self.title = QLabel()
        self.title.setObjectName("titleLabel")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("factsLabel")
        self.facts.setWordWrap(True)
        self.log_button = QPushButton(icon("new"), "")
        self.log_button.setObjectName("logFollowupButton")
        self.log_button.clicked.connect(self.log_followup)
        self.open_button = QPushButton(icon("edit"), "")
        self.open_button.setObjectName("openCustomerButton")
        self.open_button.clicked.connect(lambda: self.ctx.show_page(f"customer:{self.customer_id}"))
        self.totals = QLabel()
        self.totals.setObjectName("dealTotals")
        self.deals_title, self.timeline_title = QLabel(), QLabel()
        for label in (self.deals_title, self.timeline_title):
            label.setStyleSheet("font-weight: bold;")
        self.deals = table("dealTable", 6, 0)
        self.deals.activated.connect(self._open_deal)
        self.timeline = table("timelineTable", 4, 2)
        self.money_tabs = CustomerMoneyTabs(self)  # money (helper payments)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.log_button)
        head.addWidget(self.open_button)
        deals_box, timeline_box = QWidget(), QWidget()
        for box, widgets in ((deals_box, (self.deals_title, self.totals, self.deals)),
                             (timeline_box, (self.timeline_title, self.timeline))):
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                inner.addWidget(w)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(deals_box)
        split.addWidget(self.money_tabs)  # money (helper payments)
        split.addWidget(timeline_box)
        split.setStretchFactor(1, 2)
        # -- expenses (issue 13 §5): the Expenses tab with the approved total, beside the money tabs
        self.expenses_tab = CustomerExpensesTab(ctx)
        self.money_tabs.addTab(self.expenses_tab, "")
        self.expenses_tab.titleChanged.connect(self._expenses_title)
        # -- end expenses
        self.analysis_tab = CustomerAnalysisTab()  # analysis (issue 15 §4): the figures and formulas
        self.money_tabs.addTab(self.analysis_tab, "")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addWidget(split, 1)
        self.retranslate()

    # -- loading ------------------------------------------------------------------------------
    def open(self, arg: str) -> None:
        if arg.isdigit():
            self.customer_id = int(arg)
            self.parts = {}
            self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self, which: tuple[str, ...] = PARTS) -> None:
        if self.customer_id is None:
            return
        work: dict[str, Callable[..., Any]] = {"customer": customers.get_customer,
                                               "timeline": customer360.timeline, "deals": customer360.deals}
        if which == PARTS:
            self.expenses_tab.show_customer(self.customer_id)  # expenses: its own reads
        work["money"] = customer_overview  # money (helper payments)
        work["analysis"] = analysis_today  # analysis (issue 15 §4)
        for part in which:
            self.ctx.tasks.run(work[part], self.db, self.customer_id, busy=False,
                               on_success=lambda r, p=part, c=self.customer_id: self._arrived(c, p, r),
                               on_error=lambda e, p=part, c=self.customer_id: self._arrived(c, p, e))

    def _arrived(self, customer_id: int, part: str, result: Any) -> None:
        if customer_id != self.customer_id:
            return  # another customer is shown by now
        self.parts[part] = result
        self.show_parts()
        if self.is_loaded():
            self.loaded.emit()

    def is_loaded(self) -> bool:
        return all(p in self.parts for p in PARTS)

    # -- showing ------------------------------------------------------------------------------
    def show_parts(self) -> None:
        customer, timeline, deals = (self.parts.get(p) for p in ("customer", "timeline", "deals"))
        problem = next((x for x in (customer, timeline, deals) if isinstance(x, BaseException)), None)
        if isinstance(customer, BaseException) or customer is None:
            self.title.setText(ui_errors.error_text(customer) if customer is not None else "")
        else:
            self.title.setText(customer.name)
        last = getattr(customer, "last_contact_at", None)
        next_on = getattr(timeline, "next_followup_on", None)
        facts = [self.tr("Last contact: {when}").format(when=fmt_datetime(last) if last else "—"),
                 self.tr("Next follow-up: {when}").format(when=fmt_date(next_on) if next_on else "—")]
        if problem is not None and not isinstance(customer, BaseException):
            facts.append(ui_errors.error_text(problem))
        self.facts.setText("    ".join(facts))
        if deals is not None and not isinstance(deals, BaseException):
            self._show_deals(deals)
        money = self.parts.get("money")  # money (helper payments): its tabs and its timeline events
        self.money_tabs.show_money(money if isinstance(money, CustomerMoneyView) else None)
        if "analysis" in self.parts:  # analysis (issue 15 §4)
            self.analysis_tab.show_analysis(self.parts["analysis"])
        if timeline is not None and not isinstance(timeline, BaseException):
            rows = [(e.at, e.record_id, [fmt_datetime(e.at), self._what(e), self._summary(e),
                                         e.actor_name or ""]) for e in timeline.entries]
            rows += self.money_tabs.timeline_rows()  # money (helper payments)
            rows.sort(key=lambda r: r[0], reverse=True)
            fill(self.timeline, [(key, texts) for _at, key, texts in rows])
        self.log_button.setEnabled(customer is not None and not isinstance(customer, BaseException))

    def _show_deals(self, deals: customer360.Deals) -> None:
        english = current_language() != "zh_CN"
        fill(self.deals, [(d.id, [d.title, d.stage_name_en if english else d.stage_name, fmt_money(d.amount),
                                  f"{d.probability.normalize():f}%", fmt_date(d.expected_close_date),
                                  d.owner_name or ""]) for d in deals.deals])
        totals = self.tr("Open pipeline {open} · weighted {weighted} · won this year {won}")
        self.totals.setText(totals.format(
            open=fmt_money(deals.open_amount), weighted=fmt_money(deals.weighted_amount),
            won=fmt_money(deals.won_this_year)))

    @staticmethod
    def _summary(e: customer360.Event) -> str:
        return reason_text(e.summary, e.event) if e.entry == "ownership" else e.summary or ""

    def _what(self, e: customer360.Event) -> str:
        if e.entry == "followup":
            return self.tr("{kind} with {contact}").format(kind=kind_text(e.kind), contact=e.contact_name) \
                if e.contact_name else kind_text(e.kind)
        if e.entry == customer360.STAGE:
            stage = e.stage_name_en if current_language() != "zh_CN" else e.stage_name
            return self.tr("Deal moved to {stage}").format(stage=stage or "")
        if e.entry == "ownership":
            to = e.to_owner_name or e.to_pool_unit_name or "—"
            return self.tr("Owner {old} → {new}").format(old=e.from_owner_name or "—", new=to)
        return e.entry

    def _open_deal(self, index: Any) -> None:
        deal_id = index.data(Qt.ItemDataRole.UserRole)
        if page_spec("opportunity") is not None and isinstance(deal_id, int):
            self.ctx.show_page(f"opportunity:{deal_id}")

    # -- actions and updates ------------------------------------------------------------------
    def followup_target(self) -> tuple[int | None, None]:
        return self.customer_id, None

    def log_followup(self) -> None:
        if self.customer_id is not None:
            open_followup_dialog(self.ctx, customer_id=self.customer_id)

    def on_live_change(self, payload: dict) -> None:
        if self.customer_id is None:
            return
        if payload.get("root_kind") == "customer" and payload.get("root_id") == self.customer_id:
            self.reload()
        elif payload.get("kind") == "opportunity" or payload.get("root_kind") == "opportunity":
            self.reload(("timeline", "deals"))
        elif payload.get("root_kind") == "contract":  # money (helper payments)
            self.reload(("money", "analysis"))

    def retranslate(self) -> None:
        self.log_button.setText(self.tr("&Log follow-up"))
        self.open_button.setText(self.tr("Open &customer"))
        self.deals_title.setText(self.tr("Deals"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.deals.setHorizontalHeaderLabels([word(words.DEAL), word(words.STAGE), word(words.AMOUNT),
                                              word(words.PROBABILITY), word(words.EXPECTED_CLOSE),
                                              word(words.OWNER)])
        self.timeline.setHorizontalHeaderLabels([word(words.DATE), self.tr("What"), self.tr("Details"),
                                                 self.tr("By")])
        # expenses: the tab's title
        self.money_tabs.retranslate()  # money (helper payments)
        self._expenses_title()
        self.analysis_tab.retranslate()  # analysis (issue 15 §4)
        self.money_tabs.setTabText(self.money_tabs.indexOf(self.analysis_tab), self.analysis_tab.title())
        self.show_parts()

    def _expenses_title(self) -> None:  # expenses: the tab counts them like the others
        self.money_tabs.setTabText(self.money_tabs.indexOf(self.expenses_tab), self.expenses_tab.title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CustomerLinks:
    """"Log follow-up" and "Overview" on an editor's header toolbar, for the customer it shows."""

    def __init__(self, ctx: AppContext, toolbar: QToolBar, customer_id: Callable[[], int | None]) -> None:
        self.ctx, self.customer_id = ctx, customer_id
        self.log = QAction(icon("new"), "", toolbar)
        self.log.setObjectName("editor_followup")
        self.log.triggered.connect(lambda: open_followup_dialog(ctx, customer_id=customer_id()))
        self.overview = QAction(icon("customer"), "", toolbar)
        self.overview.setObjectName("editor_overview")
        self.overview.triggered.connect(lambda: ctx.show_page(f"customer360:{customer_id()}"))
        toolbar.addAction(self.log)
        toolbar.addAction(self.overview)
        self.retranslate()

    def update(self) -> None:
        for action in (self.log, self.overview):
            action.setEnabled(self.customer_id() is not None)

    def retranslate(self) -> None:
        self.log.setText(word(words.LOG_FOLLOWUP))
        self.overview.setText(word(words.OVERVIEW))


register_page("customer360", QT_TRANSLATE_NOOP("pages", "Customer overview"), "customer", Customer360Page,
              order=12, in_navigation=False)

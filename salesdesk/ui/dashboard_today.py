"""The dashboard's "Today" section (今日): for everyone who sells, their follow-ups due today, the
overdue ones and their deals closing this month (services/dashboard.today, one call). Each line is a
link to its list: the follow-ups, the deals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import dashboard
from salesdesk.services.dashboard import Today
from salesdesk.ui import dashboard_section
from salesdesk.ui.dashboard_section import SectionBody
from salesdesk.ui.dashboard_sections import SALESPERSON, TEAM_LEADS, register_section
from salesdesk.ui.formats import fmt_money_short
from salesdesk.ui.pages import AppContext

translate = QCoreApplication.translate
SELLERS = SALESPERSON | TEAM_LEADS
LINES = (("due", "followups"), ("overdue", "followups"), ("closing", "opportunities"))


class TodaySection(SectionBody):
    live_kinds = frozenset({"followup", "opportunity"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "todaySection")
        self.today: Today | None = None
        self.lines: dict[str, QPushButton] = {}
        for key, page in LINES:
            button = QPushButton()
            button.setObjectName(f"{key}Line")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.clicked.connect(lambda _=False, p=page: self.ctx.show_page(p))
            self.box.addWidget(button)
            self.lines[key] = button
        self.box.addStretch(1)
        self._texts()

    def work(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return dashboard.today, (self.db, dashboard_section.clock())

    def show_result(self, result: Today) -> None:
        self.today = result
        self._texts()

    def retranslate(self) -> None:
        self._texts()

    def _texts(self) -> None:
        t = self.today
        if t is None:
            for button in self.lines.values():
                button.setText("…")
            return
        due, overdue, closing = t.due_today, t.overdue, t.closing  # lupdate misses attribute counts
        self.lines["due"].setText(translate("Dashboard", "%n follow-up(s) due today", "", due))
        self.lines["overdue"].setText(translate("Dashboard", "%n overdue follow-up(s)", "", overdue))
        self.lines["overdue"].setStyleSheet("text-align: left; padding: 4px;"
                                            + (" color: #b3261e;" if overdue else ""))
        closing_text = translate("Dashboard", "%n deal(s) closing this month · %1", "", closing)
        self.lines["closing"].setText(closing_text.replace("%1", fmt_money_short(t.closing_amount)))


register_section("today", QT_TRANSLATE_NOOP("dashboard", "Today"), TodaySection, order=10, levels=SELLERS)

"""The follow-ups page (`followups`, 跟进记录): the follow-ups I see, newest first, declared as the
kind's screen (ui/kind_screen.py).

Scope all / mine / my team's (a superior's subordinates' follow-ups), a type filter, every declared
sort on the server; Enter opens one's own in the quick dialog to edit, Ctrl+N logs a new one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import followups
from salesdesk.services.followup_rules import KINDS
from salesdesk.services.followups import FollowupRow
from salesdesk.ui import words
from salesdesk.ui.columns import Column
from salesdesk.ui.followup_dialog import open_followup_dialog
from salesdesk.ui.followup_words import kind_text
from salesdesk.ui.formats import fmt_date, fmt_datetime
from salesdesk.ui.kind_list import KindListPage
from salesdesk.ui.kind_screen import Filter, KindScreen, register_screen
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate


def followup_columns() -> list[Column[FollowupRow]]:
    return [
        Column("happened_at", lambda: translate("FollowupListPage", "Time"),
               lambda r: fmt_datetime(r.happened_at), "happened_at",
               width=130, kind="datetime", value=lambda r: r.happened_at),
        Column("kind", lambda: translate("FollowupListPage", "Type"), lambda r: kind_text(r.kind), width=70),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "—", width=180),
        Column("contact", lambda: word(words.CONTACT), lambda r: r.contact_name or "", width=90),
        Column("deal", lambda: word(words.DEAL),
               lambda r: getattr(r, "opportunity_title", None) or "", width=140,
               hidden=True),  # shown once the list gives a follow-up's deal (sql/0020)
        Column("summary", lambda: translate("FollowupListPage", "Summary"), lambda r: r.summary, width=260),
        Column("next_followup_on", lambda: translate("FollowupListPage", "Next follow-up"),
               lambda r: fmt_date(r.next_followup_on),
               "next_followup_on", width=100, kind="date", value=lambda r: r.next_followup_on),
        Column("owner", lambda: translate("FollowupListPage", "Author"),
               lambda r: r.owner_name or "", width=80),
        Column("updated_at", lambda: word(words.UPDATED), lambda r: fmt_datetime(r.updated_at), "updated_at",
               hidden=True, kind="datetime", value=lambda r: r.updated_at),
    ]


def followup_count(n: int, exact: bool) -> str:
    if exact:
        return translate("FollowupListPage", "%n follow-up(s)", "", n)
    return translate("FollowupListPage", "at least %n follow-up(s)", "", n)


FOLLOWUP = RecordKind("followup", shares=True, archive=True)
FOLLOWUPS_SCREEN = KindScreen(
    FOLLOWUP, followups.FOLLOWUPS, page="followups", title=QT_TRANSLATE_NOOP("pages", "Follow-ups"),
    icon="history", order=28, columns=followup_columns, scopes=("all", "mine", "team"),
    scope_texts={"all": lambda: translate("FollowupListPage", "All follow-ups I see"),
                 "mine": lambda: translate("FollowupListPage", "Logged by me"),
                 "team": lambda: translate("FollowupListPage", "My team's follow-ups")},
    filters=(Filter("kind", lambda: translate("FollowupListPage", "Any type"),
                    {k: lambda k=k: kind_text(k) for k in KINDS}),),
    search=lambda: translate("FollowupListPage", "Search summaries…"), count=followup_count,
    empty=lambda: translate("FollowupListPage", "No follow-ups yet — press Ctrl+Shift+F to log one"),
    actions=("new", "edit"), new_text=lambda: word(words.LOG_FOLLOWUP))


class FollowupListPage(KindListPage):
    """Follow-ups in my scope; the team's for a superior. Logged and edited in the quick dialog."""

    def new(self) -> None:
        if open_followup_dialog(self.ctx) is not None:
            self.refresh()

    def open_row(self, row: FollowupRow) -> None:
        if row.owner_id == self.me:  # one's own follow-ups are edited; others' are read here
            open_followup_dialog(self.ctx, editing=row)

    def followup_target(self) -> tuple[int | None, None]:
        rows = self.selected_rows()
        return (rows[0].customer_id if len(rows) == 1 else None), None


register_screen(FOLLOWUPS_SCREEN, FollowupListPage)

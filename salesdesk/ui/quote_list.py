"""The quotes page (`quotes`, 报价单), declared as the quote kind's screen (ui/kind_screen.py): the
quotes I see by status, every declared sort, search over number and title; the quote actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.quote_types import FILTER_STATUSES
from salesdesk.services.quotes import QUOTES
from salesdesk.ui.kind_list import KindListPage
from salesdesk.ui.kind_screen import Filter, KindScreen, register_screen
from salesdesk.ui.quote_actions import QuoteActions
from salesdesk.ui.quote_editor import QuoteEditor
from salesdesk.ui.quote_models import QUOTE, STATUS_WORDS, quote_columns

translate = QCoreApplication.translate


def quote_count(n: int, exact: bool) -> str:
    if exact:
        return translate("QuoteListPage", "%n quote(s)", "", n)
    return translate("QuoteListPage", "at least %n quote(s)", "", n)


QUOTES_SCREEN = KindScreen(
    QUOTE, QUOTES, page="quotes", title=QT_TRANSLATE_NOOP("pages", "Quotes"), icon="products", order=27,
    columns=quote_columns, scopes=("all", "mine", "team", "shared"), mine_first=True, sort="updated_at",
    descending=True,
    filters=(Filter("status", lambda: translate("LeadRecordsPage", "Any status"),
                    {k: STATUS_WORDS[k] for k in FILTER_STATUSES}),),
    search=lambda: translate("QuoteListPage", "Search number or title…"), count=quote_count,
    empty=lambda: translate("QuoteListPage", "No quotes yet — make one from a deal"),
    actions=("edit", "send", "revise", "accept", "decline", "export", "archive", "reassign", "share",
             "history"),
    editor=QuoteEditor, grey=lambda row: row.status in ("revised", "declined", "expired"))


class QuoteListPage(KindListPage):
    """Quotes in my scope, by status."""

    def make_actions(self) -> QuoteActions:
        self.quote_actions = QuoteActions(self)
        return self.quote_actions

    def open(self, arg: str) -> None:
        """`quotes:<id>`: the quote in its editor (a new one from the deal editor, a link)."""
        if arg.isdigit():
            self.quote_actions.edit(int(arg))


register_screen(QUOTES_SCREEN, QuoteListPage)

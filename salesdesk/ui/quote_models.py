"""The quote kind as the client shows it: its RecordKind, status words and list columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.services.quote_types import STATUSES, QuoteRow
from salesdesk.services.quotes import QUOTES
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.kind_list import line_reader
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
QUOTE = RecordKind("quote", shares=True, archive=True, list_page="quotes", reread=line_reader(QUOTES))
STATUS_WORDS = {key: (lambda s=source: translate("words", s)) for key, source in STATUSES.items()}


def status_text(row: QuoteRow) -> str:
    text = STATUS_WORDS.get(row.status, lambda: row.status)()
    if row.approval == "pending":
        return translate("QuoteListPage", "{status} (discount awaiting approval)").format(status=text)
    return text


def quote_columns() -> list[Column[QuoteRow]]:
    return [
        Column("number", lambda: word(words.NUMBER),
               lambda r: f"{r.number} v{r.revision}", "number", width=150, fixed=True),
        Column("title", lambda: translate("OpportunityModels", "Title", "a deal's title, not a job title"),
               lambda r: r.title, width=200),
        Column("customer", lambda: word(words.CUSTOMER), lambda r: r.customer_name or "—", width=180),
        Column("status", lambda: word(words.STATUS), status_text, "status", width=170),
        Column("total_amount", lambda: translate("Money", "Total"),
               lambda r: fmt_money(r.total_amount), "total_amount", right=True, kind="money",
               value=lambda r: r.total_amount, width=110),
        Column("max_discount", lambda: word(words.DISCOUNT), lambda r: f"{r.max_discount}%", right=True,
               width=70),
        Column("valid_until", lambda: translate("documents", "Valid until"),
               lambda r: fmt_date(r.valid_until), "valid_until", kind="date",
               value=lambda r: r.valid_until, width=100),
        Column("owner", lambda: word(words.OWNER), lambda r: r.owner_name or "", width=80),
        Column("updated_at", lambda: word(words.UPDATED), lambda r: fmt_datetime(r.updated_at), "updated_at",
               kind="datetime", value=lambda r: r.updated_at, hidden=True),
    ]

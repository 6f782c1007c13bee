"""The lead kind as the screens know it (LEAD: its actions), the list's columns and the status words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from salesdesk.services.leads import LEADS, LeadRow
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_datetime
from salesdesk.ui.kind_list import line_reader
from salesdesk.ui.record_actions import RecordKind
from salesdesk.ui.words import word

translate = QCoreApplication.translate
LEAD = RecordKind("lead", pool=True, shares=True, archive=True, list_page="leads", reread=line_reader(LEADS))
STATUS_WORDS: dict[str, Callable[[], str]] = {  # literal calls, so pyside6-lupdate finds them
    "new": lambda: translate("LeadStatus", "New", "lead status"),
    "contacted": lambda: translate("LeadStatus", "Contacted"),
    "qualified": lambda: translate("LeadStatus", "Qualified"),
    "disqualified": lambda: translate("LeadStatus", "Disqualified"),
    "converted": lambda: translate("LeadStatus", "Converted"),
}


def status_text(status: str | None) -> str:
    """A lead's status in the user's language."""
    return STATUS_WORDS[status]() if status in STATUS_WORDS else (status or "")


def company_title() -> str:
    return translate("LeadModels", "Company")


def lead_columns() -> list[Column[LeadRow]]:
    """The list's columns; keys are stable (the column chooser saves them)."""
    return [
        Column("company_name", company_title, lambda r: r.company_name, "name", width=220, fixed=True),
        Column("contact_name", lambda: word(words.CONTACT), lambda r: r.contact_name or "", width=90),
        Column("phone", lambda: word(words.PHONE),
               lambda r: " / ".join(x for x in (r.mobile, r.phone) if x), width=140),
        Column("source", lambda: word(words.SOURCE), lambda r: r.source or "", width=80),
        Column("status", lambda: word(words.STATUS), lambda r: status_text(r.status), "status", width=80),
        Column("owner", lambda: word(words.OWNER),
               lambda r: r.owner_name or (r.pool_name or word(words.POOL)), width=100),
        Column("unit", lambda: word(words.UNIT), lambda r: r.unit_name or "", hidden=True),
        Column("created_at", lambda: translate("LeadModels", "Created on"),
               lambda r: fmt_datetime(r.created_at), "created_at", width=135, kind="datetime",
               value=lambda r: r.created_at),
        Column("updated_at", lambda: word(words.UPDATED),
               lambda r: fmt_datetime(r.updated_at), "updated_at", width=135, kind="datetime",
               value=lambda r: r.updated_at),
    ]

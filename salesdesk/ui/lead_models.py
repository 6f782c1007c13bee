"""The lead list's columns, the status words and the paged model (RecordTableModel over services.leads).

A re-read line comes from `leads.get_lead_line` (the lead with my rights on it now); it leaves a
pool list once claimed and an owned list once released, as customers do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from salesdesk.services import leads
from salesdesk.services.leads import LeadRow
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_datetime
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.tasks import TaskRunner
from salesdesk.ui.words import word

translate = QCoreApplication.translate
_GREY = QColor("#808080")
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


class LeadTableModel(RecordTableModel[LeadRow]):
    """Leads page by page from `list_leads`; the query is the list API's ({"scope", "search", "eq"})."""

    def __init__(self, runner: TaskRunner, db: Any, *, query: Mapping[str, Any], parent: Any = None) -> None:
        super().__init__(runner, ServiceSource(db, leads.list_leads, leads.count_leads, leads.get_lead_line),
                         lead_columns(), query=dict(query), sort="updated_at", descending=True, parent=parent)

    def row_for(self, item: Any) -> LeadRow | None:
        pool_list = (self.query or {}).get("scope") == "pool"
        if item.archived_at is not None or pool_list != (item.pool_id is not None):
            return None  # archived, claimed out of the pool or released into it: it left this list
        return item

    def extra_data(self, row: LeadRow, column: Column[LeadRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("converted", "disqualified"):
            return QBrush(_GREY)
        return None

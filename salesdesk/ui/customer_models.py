"""The customer list's columns and paged model, and the customer field labels.

The model is the generic `RecordTableModel` over the customer list service;
this module only says what a customer line looks like and when a re-read
customer leaves the list (archived, restored out of the archived view, or
claimed out of the pool view).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerDetail, CustomerQuery, CustomerRow
from salesdesk.ui import words
from salesdesk.ui.columns import Column, fmt_date, fmt_datetime, fmt_money
from salesdesk.ui.record_model import RecordTableModel, ServiceSource
from salesdesk.ui.tasks import TaskRunner

translate = QCoreApplication.translate  # under this name pyside6-lupdate collects the strings
_GREY = QColor("#808080")


MONEY_FIELDS = ("credit_limit",)  # customer fields that hold an amount (¥, separators, 万 when typed)


def field_labels() -> dict[str, str]:
    """Translated labels of customer and contact fields (audit history, conflict dialog, columns)."""
    w = words.word
    return {
        "name": w(words.NAME), "short_name": translate("CustomerFields", "Short name"),
        "industry": w(words.INDUSTRY), "level": translate("CustomerFields", "Level"),
        "address": w(words.ADDRESS), "region": w(words.REGION),
        "phone": w(words.PHONE), "website": w(words.WEBSITE), "source": w(words.SOURCE),
        "credit_limit": translate("CustomerFields", "Credit limit"),
        "notes": w(words.NOTES), "owner_id": w(words.OWNER), "pool_id": w(words.POOL),
        "archived_at": w(words.ARCHIVED),
        "last_contact_at": translate("CustomerFields", "Last contact"),
        "title": w(words.TITLE), "mobile": w(words.MOBILE), "email": w(words.EMAIL),
        "is_primary": translate("CustomerFields", "Primary contact"),
    }


def _label(key: str) -> Callable[[], str]:
    """A column title that is the field's label (translated once, with the field)."""
    return lambda: field_labels()[key]


def owner_text(row: CustomerRow | CustomerDetail) -> str:
    if row.owner_id is not None:
        return row.owner_name or ""
    return words.word(words.POOL)


def customer_columns() -> list[Column[CustomerRow]]:
    """The list's columns; keys are stable (the column chooser saves them)."""
    return [
        Column("name", _label("name"), lambda r: r.name, "name",
               width=250, fixed=True),
        Column("short_name", _label("short_name"), lambda r: r.short_name or "",
               hidden=True),
        Column("level", _label("level"), lambda r: r.level or "", "level",
               width=56),
        Column("contact", _label("is_primary"),
               lambda r: " ".join(x for x in (r.primary_contact_name, r.primary_contact_mobile) if x),
               width=180),
        Column("phone", _label("phone"), lambda r: r.phone or "", width=115, kind="phone"),
        Column("owner", _label("owner_id"), owner_text, width=90),
        Column("unit", lambda: words.word(words.UNIT), lambda r: r.unit_name or "", width=115),
        Column("region", _label("region"), lambda r: r.region or "", width=70),
        Column("industry", _label("industry"), lambda r: r.industry or "",
               hidden=True),
        Column("credit_limit", _label("credit_limit"),
               lambda r: fmt_money(r.credit_limit), "credit_limit", right=True, width=115, kind="money",
               value=lambda r: r.credit_limit),
        Column("last_contact_at", _label("last_contact_at"),
               lambda r: fmt_date(r.last_contact_at), "last_contact_at", width=105, kind="date",
               value=lambda r: r.last_contact_at),
        Column("updated_at", lambda: words.word(words.UPDATED),
               lambda r: fmt_datetime(r.updated_at), "updated_at", hidden=True, kind="datetime",
               value=lambda r: r.updated_at),
        Column("archived_at", _label("archived_at"),
               lambda r: fmt_datetime(r.archived_at), None, width=140, hidden=True, kind="datetime",
               value=lambda r: r.archived_at),
    ]


def row_from_detail(d: CustomerDetail) -> CustomerRow:
    """The list line of a customer just read in full (after a save or a live update).

    Built field by field from the row type, so rights the list service adds to its
    rows (`can_edit`, `can_manage`, `access`) come along from the detail by name.
    """
    primary = next((c for c in d.contacts if c.is_primary), None)
    computed = {"primary_contact_name": primary.name if primary else None,
                "primary_contact_mobile": primary.mobile if primary else None}
    return CustomerRow(**{f.name: computed[f.name] if f.name in computed else getattr(d, f.name, None)
                          for f in fields(CustomerRow)})


class CustomerTableModel(RecordTableModel[CustomerRow]):
    """Customers page by page from `list_customers`, sorted and filtered by the server."""

    def __init__(self, runner: TaskRunner, db: Any, *, page_size: int = 50, parent: Any = None,
                 list_fn: Callable[..., Any] = customers.list_customers,
                 count_fn: Callable[..., Any] = customers.count,  # exact, or "at least" past a cap
                 get_fn: Callable[..., CustomerDetail] = customers.get_customer) -> None:
        super().__init__(runner, ServiceSource(db, list_fn, count_fn, get_fn), customer_columns(),
                         query=CustomerQuery(), page_size=page_size, parent=parent)

    def refresh_customer(self, customer_id: int) -> None:
        self.refresh_record(customer_id)

    def row_for(self, item: Any) -> CustomerRow | None:
        if not isinstance(item, CustomerDetail):
            return item
        query = self.query if isinstance(self.query, CustomerQuery) else CustomerQuery()
        if query.scope == "pool" and item.pool_id is None:
            return None  # claimed or handed out: it left the pool
        archived = "all" if query.include_archived else query.archived
        if archived == "active" and item.archived_at is not None:
            return None  # archived: it left the list
        if archived == "archived" and item.archived_at is None:
            return None  # restored: it left the archived customers
        return row_from_detail(item)

    def extra_data(self, row: CustomerRow, column: Column[CustomerRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (row.archived_at is not None or row.owner_id is None):
            return QBrush(_GREY)
        return None


def problem_text(exc: BaseException) -> str:
    """The error in the user's language, with each field problem of a ValidationError spelled out."""
    from salesdesk.services.errors import ValidationError
    from salesdesk.ui.errors import error_text, translate

    text = error_text(exc)
    if isinstance(exc, ValidationError) and exc.fields:
        text = " ".join(problem.text(translate) for problem in exc.fields.values())
    return text

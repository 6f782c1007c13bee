"""Read-only tables of a record editor, for any kind: shares, ownership history, audit history."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from salesdesk.services.customer_types import AuditRecord, HistoryEvent, OwnershipChange, Share
from salesdesk.services.errors import kind_name
from salesdesk.ui import words
from salesdesk.ui.columns import Column, RowsModel, fmt_date, fmt_datetime, fmt_money, translate
from salesdesk.ui.customer_models import MONEY_FIELDS, field_labels


def _access_text(access: str) -> str:
    if access == "write":
        return translate("History", "Read and write")
    return translate("History", "Read only")


def _expires_text(share: Share) -> str:
    return fmt_date(share.expires_at) if share.expires_at else translate("History", "Never")


class SharesModel(RowsModel[Share]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("employee", lambda: translate("History", "Shared with"), lambda s: s.employee_name),
            Column("access", lambda: translate("History", "Access"), lambda s: _access_text(s.access)),
            Column("expires", lambda: translate("History", "Expires"), _expires_text),
            Column("by", lambda: translate("History", "Shared by"), lambda s: s.created_by_name or ""),
            Column("at", lambda: translate("History", "Since"), lambda s: fmt_datetime(s.created_at)),
        ], parent)


def _side(owner: str | None, pool_unit: str | None) -> str:
    if owner:
        return owner
    if pool_unit:
        return translate("History", "Pool of {unit}").format(unit=pool_unit)
    return "—"


def reason_text(reason: str | None, event: HistoryEvent | None) -> str:
    """An ownership entry's reason in the user's language: an entry the database wrote is said from
    its code and the names I may see; a person's reason (and an entry of an older kind) as typed."""
    if event is None:
        return reason or ""
    if event.event == "claimed":
        return translate("History", "Claimed from the pool")
    if event.event == "converted_from":
        return translate("History", "Converted from lead {lead}").format(lead=event.lead_name or "—")
    if event.event == "converted_to":
        customer = event.customer_name or "—"
        if event.opportunity_id is None:
            return translate("History", "Converted to customer {customer}").format(customer=customer)
        return translate("History", "Converted to customer {customer} and deal {deal}").format(
            customer=customer, deal=event.opportunity_title or "—")
    return reason or ""


class OwnershipModel(RowsModel[OwnershipChange]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("at", lambda: translate("History", "When"), lambda h: fmt_datetime(h.changed_at)),
            Column("from", lambda: translate("History", "From"),
                   lambda h: _side(h.from_owner_name, h.from_pool_unit_name)),
            Column("to", lambda: translate("History", "To"),
                   lambda h: _side(h.to_owner_name, h.to_pool_unit_name)),
            Column("reason", lambda: translate("History", "Reason"),
                   lambda h: reason_text(h.reason, h.event)),
            Column("by", lambda: translate("History", "Changed by"),
                   lambda h: h.changed_by_name or ""),
        ], parent)


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # how the audit's JSON writes a timestamptz


def _value_text(field: str, value: Any, money: tuple[str, ...] = MONEY_FIELDS) -> str:
    """An audited value as the editor shows it: amounts with ¥, times as yyyy-MM-dd HH:mm."""
    if value is None or value == "":
        return "∅"
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    if field in money and isinstance(value, int | Decimal):
        return fmt_money(Decimal(value))
    if isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            return fmt_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def changes_text(record: AuditRecord, labels: dict[str, str] | None = None,
                 money: tuple[str, ...] = MONEY_FIELDS) -> str:
    """"Field: old → new" for each change, in the user's language (customer field labels by default)."""
    labels = field_labels() if labels is None else labels
    if record.op == "INSERT":
        return translate("History", "Created")
    if record.op == "DELETE":
        return translate("History", "Deleted")
    return "; ".join(f"{labels.get(c.field, c.field)}: {_value_text(c.field, c.old, money)} → "
                     f"{_value_text(c.field, c.new, money)}"
                     for c in record.changes)


def _what_text(record: AuditRecord) -> str:
    shared = {"customer": words.CUSTOMER, "contact": words.CONTACT}.get(record.kind)
    return words.word(shared) if shared else kind_name(record.kind, translate)


class AuditModel(RowsModel[AuditRecord]):
    """`labels()` names a kind's fields and `money` its amounts (the customer's by default)."""

    def __init__(self, parent: Any = None, labels: Callable[[], dict[str, str]] = field_labels,
                 money: tuple[str, ...] = MONEY_FIELDS) -> None:
        super().__init__([
            Column("at", lambda: translate("History", "When"), lambda a: fmt_datetime(a.at)),
            Column("who", lambda: translate("History", "Who"), lambda a: a.actor_name or ""),
            Column("what", lambda: translate("History", "Record"), _what_text),
            Column("changes", lambda: translate("History", "Changes"),
                   lambda a: changes_text(a, labels(), money)),
        ], parent)


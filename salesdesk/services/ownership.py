"""Who holds a record of any owned kind: hand on (reassign), claim from a pool, release to it, the
ownership history and the audit history.

Owner and pool change only through the API's hand-on functions, which apply the one rule (the
owner, or someone above them whose scope covers them; for a pool, its managers) and write the
ownership history in the same transaction. Batch actions are one transaction: all of them
happen, or none. Errors name the kind ("This opportunity was not found").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.customer_types import AuditRecord, FieldChange, OwnershipChange
from salesdesk.services.errors import REQUIRED, ValidationError
from salesdesk.services.tx import transaction

# Columns the audit view leaves out: bookkeeping the user did not change.
_HIDDEN_AUDIT_FIELDS = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by",
                                  "version", "name_norm", "phone_norm", "customer_id", "name_sort",
                                  "search_text", "search_grams"})


def _reason(reason: str | None) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ValidationError({"reason": REQUIRED})
    return cleaned


def reassign(db: Database, kind: str, ids: Sequence[int], new_owner_id: int, reason: str) -> None:
    """Give records (owned or in a pool) to any active employee, in one transaction."""
    why = _reason(reason)
    with transaction(db, kind) as session:
        records.each(ids, lambda i: records.transfer(session, kind, i, new_owner_id, why))


def claim(db: Database, kind: str, ids: Sequence[int]) -> None:
    """Take records from pools I can see; they become mine (all or none)."""
    with transaction(db, kind) as session:
        records.each(ids, lambda i: records.claim(session, kind, i))


def release(db: Database, kind: str, ids: Sequence[int], reason: str) -> None:
    """Put records back into their owners' unit pools (公海), all or none."""
    why = _reason(reason)
    with transaction(db, kind) as session:
        records.each(ids, lambda i: records.release(session, kind, i, why))


def ownership_history(db: Database, kind: str, record_id: int) -> list[OwnershipChange]:
    """Every owner/pool change of a visible record, newest first."""
    with transaction(db, kind) as session:
        return [OwnershipChange(**r) for r in records.history(session, kind, record_id)]


def _value(v: Any) -> Any:
    """JSON numbers arrive as floats; money is Decimal (numeric(14,2) fits a float's 15 digits)."""
    return Decimal(repr(v)) if isinstance(v, float) else v


def _changes(op: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> tuple[FieldChange, ...]:
    old, new = old or {}, new or {}
    keys = sorted((set(old) | set(new)) - _HIDDEN_AUDIT_FIELDS)
    if op == "INSERT":
        keys = [k for k in keys if new.get(k) is not None]
    elif op == "DELETE":
        keys = [k for k in keys if old.get(k) is not None]
    return tuple(FieldChange(k, _value(old.get(k)), _value(new.get(k))) for k in keys)


def audit_history(db: Database, kind: str, record_id: int, limit: int = 500) -> list[AuditRecord]:
    """Audited changes to a visible record, its children and shares, newest first."""
    with transaction(db, kind) as session:
        return [AuditRecord(id=r["id"], at=r["at"], actor_id=r["actor_id"], actor_name=r["actor_name"],
                            kind=r["kind"], record_id=r["record_id"], op=r["op"],
                            changes=_changes(r["op"], r["old_values"], r["new_values"]))
                for r in records.audit(session, kind, record_id, limit)]

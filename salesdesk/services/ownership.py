"""Who owns a customer: reassign, claim from the pool, release to it, and the history.

Owner and pool change only through the database's definer functions, which
check the caller's scope and write the ownership history in the same
transaction; this module calls them and turns their refusals into domain errors.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from salesdesk.db.models import AuditEntry, Customer, Employee, OrgUnit, OwnershipHistory
from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_types import AuditRecord, FieldChange, OwnershipChange
from salesdesk.services.errors import REQUIRED, NotFoundError, PermissionDeniedError, ValidationError
from salesdesk.services.tx import transaction

NEW_OWNER_OUT_OF_SCOPE = QT_TRANSLATE_NOOP("errors", "The new owner is not in your scope.")

# Columns the audit view leaves out: bookkeeping the user did not change.
_HIDDEN_AUDIT_FIELDS = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by",
                                  "version", "name_norm", "phone_norm", "customer_id"})


def _reason(reason: str | None) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ValidationError({"reason": REQUIRED})
    return cleaned


def _require_visible(session: Session, customer_id: int) -> None:
    if session.scalar(select(Customer.id).where(Customer.id == customer_id)) is None:
        raise NotFoundError()


def reassign_customer(db: Database, customer_id: int, new_owner_id: int, reason: str) -> None:
    """Give the customer (owned or in a pool) to `new_owner_id`, who must be in my scope."""
    why = _reason(reason)
    try:
        with transaction(db) as session:
            session.execute(text("select sales.transfer_record('customer', :id, :owner, :reason)"),
                            {"id": customer_id, "owner": new_owner_id, "reason": why})
    except PermissionDeniedError as err:  # the function's only 42501 for an employee
        raise PermissionDeniedError(NEW_OWNER_OUT_OF_SCOPE) from err


def claim_customer(db: Database, customer_id: int) -> None:
    """Take a customer from a pool I can see; it becomes mine."""
    with transaction(db) as session:
        session.execute(text("select sales.claim_customer(:id)"), {"id": customer_id})


def release_customer(db: Database, customer_id: int, reason: str) -> None:
    """Put a customer in my scope back into its owner's unit pool (公海)."""
    why = _reason(reason)
    with transaction(db) as session:
        session.execute(text("select sales.release_customer(:id, :reason)"),
                        {"id": customer_id, "reason": why})


def ownership_history(db: Database, customer_id: int) -> list[OwnershipChange]:
    """Every owner/pool change of a visible customer, newest first (within my scope)."""
    from_emp, to_emp, by_emp = aliased(Employee), aliased(Employee), aliased(Employee)
    from_unit, to_unit = aliased(OrgUnit), aliased(OrgUnit)
    h = OwnershipHistory
    stmt = (select(h, from_emp.name, to_emp.name, from_unit.name, to_unit.name, by_emp.name)
            .outerjoin(from_emp, from_emp.id == h.from_owner_id)
            .outerjoin(to_emp, to_emp.id == h.to_owner_id)
            .outerjoin(from_unit, from_unit.id == h.from_pool_unit_id)
            .outerjoin(to_unit, to_unit.id == h.to_pool_unit_id)
            .outerjoin(by_emp, by_emp.id == h.changed_by)
            .where(h.kind == "customer", h.record_id == customer_id)
            .order_by(h.changed_at.desc(), h.id.desc()))
    with transaction(db) as session:
        _require_visible(session, customer_id)
        return [OwnershipChange(id=r.id, changed_at=r.changed_at, from_owner_id=r.from_owner_id,
                                from_owner_name=fo, to_owner_id=r.to_owner_id, to_owner_name=to,
                                from_pool_unit_name=fu, to_pool_unit_name=tu, reason=r.reason,
                                changed_by_name=by)
                for r, fo, to, fu, tu, by in session.execute(stmt)]


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


def audit_history(db: Database, customer_id: int, limit: int = 500) -> list[AuditRecord]:
    """Audited changes to a visible customer and its contacts, newest first (within my scope)."""
    actor = aliased(Employee)
    a = AuditEntry
    stmt = (select(a, func.coalesce(actor.name, a.actor_login))
            .outerjoin(actor, actor.id == a.actor_id)
            .where(a.root_kind == "customer", a.root_id == customer_id)
            .order_by(a.at.desc(), a.id.desc()).limit(limit))
    with transaction(db) as session:
        _require_visible(session, customer_id)
        return [AuditRecord(id=r.id, at=r.at, actor_id=r.actor_id, actor_name=name, kind=r.kind,
                            record_id=r.record_id, op=r.op,
                            changes=_changes(r.op, r.old_values, r.new_values))
                for r, name in session.execute(stmt)]

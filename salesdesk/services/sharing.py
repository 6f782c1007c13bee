"""Sharing a customer with an employee anywhere in the company (read or read-write).

The database decides who may share (whoever manages the record) and who sees
a share (its recipient and the record's managers).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert

from salesdesk.db.models import Customer, Employee, RecordShare
from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_detail import read_shares
from salesdesk.services.customer_types import SHARE_ACCESS, Share
from salesdesk.services.errors import FieldError, NotFoundError, ValidationError
from salesdesk.services.tx import transaction

BAD_ACCESS = QT_TRANSLATE_NOOP("errors", "Choose read or read-write access.")
NO_SUCH_EMPLOYEE = QT_TRANSLATE_NOOP("errors", "Choose an active employee.")
SHARE_WITH_OWNER = QT_TRANSLATE_NOOP("errors", "The owner already has access to this customer.")
EXPIRY_IN_PAST = QT_TRANSLATE_NOOP("errors", "The end date must be in the future.")


def share_customer(db: Database, customer_id: int, employee_id: int, access: str = "read",
                   expires_at: datetime | None = None, note: str | None = None) -> Share:
    """Share a visible customer with an employee, or change an existing share of it."""
    errors: dict[str, FieldError] = {}
    if access not in SHARE_ACCESS:
        errors["access"] = FieldError(BAD_ACCESS)
    if expires_at is not None:
        if expires_at.tzinfo is None:
            expires_at = expires_at.astimezone()  # a naive time is the user's local time
        if expires_at <= datetime.now(UTC):
            errors["expires_at"] = FieldError(EXPIRY_IN_PAST)
    with transaction(db) as session:
        owner_id = session.execute(select(Customer.owner_id).where(Customer.id == customer_id)).first()
        if owner_id is None:
            raise NotFoundError()
        if not session.scalar(select(Employee.active).where(Employee.id == employee_id)):
            errors["employee_id"] = FieldError(NO_SUCH_EMPLOYEE)
        elif owner_id[0] == employee_id:
            errors["employee_id"] = FieldError(SHARE_WITH_OWNER)
        if errors:
            raise ValidationError(errors)
        stmt = insert(RecordShare).values(kind="customer", record_id=customer_id, employee_id=employee_id,
                                          access=access, expires_at=expires_at, note=note)
        stmt = stmt.on_conflict_do_update(
            index_elements=["kind", "record_id", "employee_id"],
            set_={"access": stmt.excluded.access, "expires_at": stmt.excluded.expires_at,
                  "note": stmt.excluded.note})
        session.execute(stmt)
        return next(s for s in read_shares(session, customer_id) if s.employee_id == employee_id)


def unshare_customer(db: Database, customer_id: int, employee_id: int) -> None:
    """Remove a share (as the record's manager, or as its recipient giving it up)."""
    with transaction(db) as session:
        result = session.execute(delete(RecordShare).where(
            RecordShare.kind == "customer", RecordShare.record_id == customer_id,
            RecordShare.employee_id == employee_id))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise NotFoundError()


def list_shares(db: Database, customer_id: int) -> list[Share]:
    """The shares of a visible customer that I may see, by employee name."""
    with transaction(db) as session:
        if session.scalar(select(func.count()).select_from(Customer).where(Customer.id == customer_id)) == 0:
            raise NotFoundError()
        return list(read_shares(session, customer_id))

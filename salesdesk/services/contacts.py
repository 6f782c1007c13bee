"""A customer's contacts: add, edit (optimistic locking), delete, choose the primary one.

Contacts follow their customer in the database's policies: visible when it is,
editable when it is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from salesdesk.db.models import Contact as ContactModel
from salesdesk.db.models import Customer, Employee
from salesdesk.db.session import Database
from salesdesk.services.customer_detail import contact_of, read_contacts
from salesdesk.services.customer_types import Contact, ContactInput
from salesdesk.services.errors import ConflictError, NotFoundError, PermissionDeniedError
from salesdesk.services.tx import transaction
from salesdesk.services.validation import clean_contact


class _Refused(Exception):
    """A versioned write matched no row."""


def list_contacts(db: Database, customer_id: int) -> list[Contact]:
    """The contacts of a visible customer, primary first."""
    with transaction(db) as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError()
        return list(read_contacts(session, customer_id))


def _clear_other_primaries(session: Session, customer_id: int, keep_id: int | None) -> None:
    """One primary per customer (a unique index): demote the old one first."""
    others = session.scalars(select(ContactModel).where(
        ContactModel.customer_id == customer_id, ContactModel.is_primary,
        ContactModel.id != (keep_id or 0)))
    for other in others:
        other.is_primary = False
    session.flush()


def add_contact(db: Database, customer_id: int, data: ContactInput) -> Contact:
    """Add a contact to a customer I may edit; marking it primary demotes the previous one."""
    values = clean_contact(vars(data))
    with transaction(db) as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError()
        if values.get("is_primary"):
            _clear_other_primaries(session, customer_id, None)
        contact = ContactModel(customer_id=customer_id, **values)
        session.add(contact)
        session.flush()
        return contact_of(contact)


def _explain(db: Database, contact_id: int, expected_version: int | None) -> Exception:
    with transaction(db) as session:
        row = session.execute(select(ContactModel, Employee.name)
                              .outerjoin(Employee, Employee.id == ContactModel.updated_by)
                              .where(ContactModel.id == contact_id)).first()
        if row is None:
            return NotFoundError()
        current, by = contact_of(row[0]), row[1]
    if expected_version is not None and current.version != expected_version:
        return ConflictError(by, current.updated_at, current)
    return PermissionDeniedError()


def _write(db: Database, contact_id: int, expected_version: int | None,
           change: Any) -> Contact | None:
    """Load the contact, check its version, let `change(session, contact)` act, flush."""
    try:
        with transaction(db) as session:
            contact = session.get(ContactModel, contact_id)
            if contact is None:
                raise NotFoundError()
            if expected_version is not None and contact.version != expected_version:
                raise _Refused()
            try:
                result = change(session, contact)
                session.flush()
            except StaleDataError as err:
                raise _Refused() from err
            return result
    except _Refused:
        raise _explain(db, contact_id, expected_version) from None


def update_contact(db: Database, contact_id: int, expected_version: int | None,
                   changes: ContactInput | dict[str, Any]) -> Contact:
    """Save edits made to version `expected_version` of a contact (ConflictError if stale;
    None skips the check)."""
    values = clean_contact(vars(changes) if isinstance(changes, ContactInput) else changes,
                           partial=not isinstance(changes, ContactInput))

    def change(session: Session, contact: ContactModel) -> Contact:
        if values.get("is_primary") and not contact.is_primary:
            _clear_other_primaries(session, contact.customer_id, contact.id)
        for key, value in values.items():
            if getattr(contact, key) != value:
                setattr(contact, key, value)
        session.flush()
        return contact_of(contact)

    result = _write(db, contact_id, expected_version, change)
    assert result is not None
    return result


def delete_contact(db: Database, contact_id: int, expected_version: int | None = None) -> None:
    """Remove a contact (ConflictError if someone changed it since `expected_version`)."""
    _write(db, contact_id, expected_version, lambda session, contact: session.delete(contact))


def set_primary_contact(db: Database, contact_id: int) -> Contact:
    """Make this contact its customer's primary one."""
    return update_contact(db, contact_id, None, {"is_primary": True})

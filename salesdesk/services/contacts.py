"""A customer's contacts: add, edit (optimistic locking), delete, choose the primary one.

Contacts follow their customer in the database's policies: visible when it is,
editable when it is. The database keeps one primary contact per customer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.customer_detail import read_contacts
from salesdesk.services.customer_rules import clean_contact
from salesdesk.services.customer_types import Contact, ContactInput
from salesdesk.services.errors import ConflictError, NotFoundError, for_kind
from salesdesk.services.tx import transaction


def list_contacts(db: Database, customer_id: int) -> list[Contact]:
    """The contacts of a visible customer, primary first."""
    with transaction(db, "customer") as session:
        records.rights(session, "customer", customer_id)
        return list(read_contacts(session, customer_id))


def _contact(session: Session, contact_id: int) -> Contact:
    found = records.rows(session, "select * from api.contact_rows() where id = :id", {"id": contact_id})
    if not found:
        raise NotFoundError()  # named by the caller's transaction (a contact)
    customer_id = found[0]["customer_id"]
    return next(c for c in read_contacts(session, customer_id) if c.id == contact_id)


def add_in(session: Session, customer_id: int, values: dict[str, Any]) -> int:
    """Add a checked contact in the caller's transaction; returns its id."""
    return records.create(session, "contact", {"customer_id": customer_id, **values})


def add_contact(db: Database, customer_id: int, data: ContactInput) -> Contact:
    """Add a contact to a customer I may edit; marking it primary demotes the previous one."""
    values = clean_contact(vars(data))
    with transaction(db, "customer") as session:
        records.rights(session, "customer", customer_id)
        return _contact(session, add_in(session, customer_id, values))


def _conflict(db: Database, contact_id: int) -> ConflictError:
    """The ConflictError for a stale contact save: who changed it, when, and how it is now."""
    with transaction(db, "contact") as session:
        found = records.rows(session, "select updated_by_name from api.contact_rows() where id = :id",
                             {"id": contact_id})
        try:
            current: Contact | None = _contact(session, contact_id)
        except NotFoundError:
            current = None
    by = found[0]["updated_by_name"] if found else None
    return for_kind(ConflictError(by, current.updated_at if current else None, current), "contact")


def update_contact(db: Database, contact_id: int, expected_version: int | None,
                   changes: ContactInput | dict[str, Any]) -> Contact:
    """Save edits made to version `expected_version` of a contact (ConflictError if stale;
    None skips the check)."""
    values = clean_contact(vars(changes) if isinstance(changes, ContactInput) else changes,
                           partial=not isinstance(changes, ContactInput))
    try:
        with transaction(db, "contact") as session:
            records.update(session, "contact", contact_id, expected_version, values)
            return _contact(session, contact_id)
    except ConflictError:
        raise _conflict(db, contact_id) from None


def delete_contact(db: Database, contact_id: int, expected_version: int | None = None) -> None:
    """Remove a contact (ConflictError if someone changed it since `expected_version`)."""
    with transaction(db, "contact") as session:
        records.delete(session, "contact", contact_id, expected_version)


def set_primary_contact(db: Database, contact_id: int) -> Contact:
    """Make this contact its customer's primary one."""
    return update_contact(db, contact_id, None, {"is_primary": True})

"""Customer use cases: create, read, update (with contact edits), archive, duplicate detection.

Every function opens its own transaction on a `Database` signed in as an employee and
calls the API schema; row-level security decides which customers exist for that person,
so nothing here filters by scope. The list, contacts, sharing and ownership use cases live
in sibling modules and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import ownership, records, sharing
from salesdesk.services.contacts import add_in as add_contact_in
from salesdesk.services.customer_detail import current_employee_id, read_detail
from salesdesk.services.customer_list import count, count_customers, list_customers
from salesdesk.services.customer_rules import clean_contact, clean_customer, clean_new_customer
from salesdesk.services.customer_types import (
    AuditRecord,
    CustomerDetail,
    CustomerInput,
    OwnershipChange,
    Share,
)
from salesdesk.services.errors import (
    ConflictError,
    DuplicateCheckLimitError,
    DuplicateError,
    DuplicateMatch,
    ValidationError,
    for_kind,
)
from salesdesk.services.tx import transaction

__all__ = [
    "ContactOp", "archive_customer", "archive_customers", "audit_history", "claim_customer",
    "count", "count_customers", "create_customer", "find_duplicates", "get_customer",
    "list_customers", "list_shares", "ownership_history", "reassign_customer",
    "release_customer", "restore_customer", "restore_customers", "save_customer",
    "share_customer", "unshare_customer", "update_customer",
]

OWNER_OUT_OF_SCOPE = QT_TRANSLATE_NOOP("errors", "This person is not in your scope.")


@dataclass(frozen=True)
class ContactOp:
    """One edit of a customer's contacts, saved together with the customer."""

    kind: str                      # "insert" | "update" | "delete"
    contact_id: int | None = None
    version: int | None = None
    values: dict[str, Any] | None = None


def get_customer(db: Database, customer_id: int) -> CustomerDetail:
    """One customer with its contacts and shares; NotFoundError when hidden or missing."""
    with transaction(db, "customer") as session:
        return read_detail(session, customer_id)


def _duplicates(session: Session, name: str | None, phone: str | None,
                exclude_id: int | None) -> list[DuplicateMatch]:
    found = records.rows(session, "select * from api.customer_duplicates(:name, :phone, :exclude)",
                         {"name": name or "", "phone": phone, "exclude": exclude_id})
    return [DuplicateMatch(**r) for r in found]


def find_duplicates(db: Database, name: str | None, phone: str | None = None,
                    exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Customers anywhere in the company with the same name key or phone (those out of my scope
    show only who holds them). Every check is logged for supervision and counts against the
    login's rate limit: DuplicateCheckLimitError when it is used up."""
    with transaction(db, "customer") as session:
        return _duplicates(session, name, phone, exclude_id)


def _check_duplicates(db: Database, name: str | None, phone: str | None,
                      exclude_id: int | None = None) -> int | None:
    """DuplicateError when another customer has this name or phone. When the login's duplicate
    checks are used up (rate limit), the save goes on: the seconds until the next check."""
    try:
        matches = find_duplicates(db, name, phone, exclude_id)
    except DuplicateCheckLimitError as err:
        return err.retry_after or 60
    if matches:
        raise DuplicateError(matches)
    return None


def _noted(detail: CustomerDetail, wait: int | None) -> CustomerDetail:
    return replace(detail, duplicate_check_wait=wait) if wait else detail


def create_customer(db: Database, data: CustomerInput, owner_id: int | None = None, *,
                    pool_id: int | None = None, check_duplicates: bool = True) -> CustomerDetail:
    """Create a customer owned by `owner_id` (default: me) or, with `pool_id`, in that pool,
    with its first contacts, in one transaction.

    Raises ValidationError (every bad field, contacts as `contacts[i].field`),
    DuplicateError when any customer in the company has the same normalised name or phone
    (unless `check_duplicates` is False), PermissionDeniedError outside one's scope.
    """
    values, contacts = clean_new_customer(data.values(), data.contacts)
    wait = None
    if check_duplicates:  # its own transaction: the lookup stays logged when the create stops here
        wait = _check_duplicates(db, values["name"], values.get("phone"))
    with transaction(db, "customer") as session:
        holder: dict[str, Any] = {"pool_id": pool_id} if pool_id is not None else \
            {"owner_id": owner_id if owner_id is not None else current_employee_id(session)}
        customer_id = records.create(session, "customer", {**values, **holder})
        for contact in contacts:
            add_contact_in(session, customer_id, contact)
        return _noted(read_detail(session, customer_id), wait)


def _conflict(db: Database, customer_id: int) -> ConflictError:
    """The ConflictError for a stale save, carrying the record as it is now."""
    current = get_customer(db, customer_id)
    return for_kind(ConflictError(current.updated_by_name, current.updated_at, current), "customer")


def save_customer(db: Database, customer_id: int, expected_version: int, changes: dict[str, Any],
                  contact_ops: Sequence[ContactOp] = (), *, check_duplicates: bool = False) -> CustomerDetail:
    """Save the editor: changed fields of version `expected_version` and the contact edits, all
    in one transaction (all or nothing). ConflictError (with the current record) when someone
    saved the customer in between; ValidationError with `contacts[i].field` keys for bad lines;
    with `check_duplicates`, DuplicateError when a changed name or phone matches another
    customer anywhere in the company."""
    values = clean_customer(changes, partial=True)
    wait = None
    if check_duplicates and ("name" in values or "phone" in values):
        wait = _check_duplicates(db, values.get("name"), values.get("phone"), exclude_id=customer_id)
    errors: dict[str, Any] = {}
    cleaned: list[tuple[ContactOp, dict[str, Any]]] = []
    for i, op in enumerate(contact_ops):
        if op.kind == "delete":
            cleaned.append((op, {}))
            continue
        try:
            cleaned.append((op, clean_contact(op.values or {}, partial=op.kind == "update")))
        except ValidationError as err:
            errors.update({f"contacts[{i}].{k}": v for k, v in err.fields.items()})
    if errors:
        raise ValidationError(errors)
    try:
        with transaction(db, "customer") as session:
            if values:
                records.update(session, "customer", customer_id, expected_version, values)
            for op, contact in cleaned:
                if op.kind == "delete":
                    records.delete(session, "contact", int(op.contact_id or 0), op.version)
                elif op.kind == "update":
                    records.update(session, "contact", int(op.contact_id or 0), op.version, contact)
                else:
                    add_contact_in(session, customer_id, contact)
            return _noted(read_detail(session, customer_id), wait)
    except ConflictError:
        raise _conflict(db, customer_id) from None


def update_customer(db: Database, customer_id: int, expected_version: int,
                    changes: CustomerInput | dict[str, Any]) -> CustomerDetail:
    """Save edits made to version `expected_version` of a customer.

    A CustomerInput replaces every static field (its contacts are ignored); a dict
    changes only its keys. ConflictError (with who, when and the current record) when
    someone saved in between; NotFoundError when hidden or missing; ReadOnlyError when
    visible but read-only.
    """
    if isinstance(changes, CustomerInput):
        values = clean_customer(changes.values())
    else:
        values = clean_customer(changes, partial=True)
    return save_customer(db, customer_id, expected_version, values)


def _set_archived(db: Database, customer_ids: Sequence[int], archived: bool,
                  expected_version: int | None = None) -> None:
    try:
        with transaction(db, "customer") as session:
            records.each(customer_ids, lambda i: records.archive(session, "customer", i, expected_version,
                                                                 archived))
    except ConflictError:
        raise _conflict(db, customer_ids[0]) from None


def archive_customers(db: Database, customer_ids: Sequence[int]) -> None:
    """Soft-delete customers (all or none): they leave the default lists but nothing is lost."""
    _set_archived(db, customer_ids, True)


def restore_customers(db: Database, customer_ids: Sequence[int]) -> None:
    """Undo `archive_customers`."""
    _set_archived(db, customer_ids, False)


def archive_customer(db: Database, customer_id: int, expected_version: int | None = None) -> CustomerDetail:
    _set_archived(db, [customer_id], True, expected_version)
    return get_customer(db, customer_id)


def restore_customer(db: Database, customer_id: int, expected_version: int | None = None) -> CustomerDetail:
    _set_archived(db, [customer_id], False, expected_version)
    return get_customer(db, customer_id)


# -- hand-on, shares and history: the generic services (ownership, sharing) for kind "customer" --
def reassign_customer(db: Database, customer_id: int, owner_id: int, reason: str) -> None:
    ownership.reassign(db, "customer", [customer_id], owner_id, reason)


def claim_customer(db: Database, customer_id: int) -> None:
    ownership.claim(db, "customer", [customer_id])


def release_customer(db: Database, customer_id: int, reason: str) -> None:
    ownership.release(db, "customer", [customer_id], reason)


def ownership_history(db: Database, customer_id: int) -> list[OwnershipChange]:
    return ownership.ownership_history(db, "customer", customer_id)


def audit_history(db: Database, customer_id: int, limit: int = 500) -> list[AuditRecord]:
    return ownership.audit_history(db, "customer", customer_id, limit)


def share_customer(db: Database, customer_id: int, employee_id: int, access: str = "read") -> Share:
    sharing.share(db, "customer", [customer_id], employee_id, access)
    return next(s for s in list_shares(db, customer_id) if s.employee_id == employee_id)


def unshare_customer(db: Database, customer_id: int, employee_id: int) -> None:
    sharing.unshare(db, "customer", customer_id, employee_id)


def list_shares(db: Database, customer_id: int) -> list[Share]:
    return sharing.list_shares(db, "customer", customer_id)

"""Customer use cases: create, read, update, archive, duplicate detection.

Every function opens its own transaction on a `Database` signed in as an
employee; row-level security decides which customers exist for that person,
so nothing here filters by scope. The list, contacts, sharing and ownership
use cases live in sibling modules and are re-exported here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from salesdesk.db.models import Contact as ContactModel
from salesdesk.db.models import Customer, CustomerPool, Employee
from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_detail import current_employee_id, read_detail
from salesdesk.services.customer_list import count_customers, list_customers
from salesdesk.services.customer_types import (
    CustomerDetail,
    CustomerInput,
)
from salesdesk.services.errors import (
    ConflictError,
    DuplicateError,
    DuplicateMatch,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from salesdesk.services.ownership import (
    audit_history,
    claim_customer,
    ownership_history,
    reassign_customer,
    release_customer,
)
from salesdesk.services.sharing import list_shares, share_customer, unshare_customer
from salesdesk.services.tx import transaction
from salesdesk.services.validation import clean_customer, clean_new_customer

__all__ = [
    "archive_customer", "audit_history", "claim_customer", "count_customers", "create_customer",
    "find_duplicates", "get_customer", "list_customers", "list_shares", "ownership_history",
    "reassign_customer", "release_customer", "restore_customer", "share_customer",
    "unshare_customer", "update_customer",
]

_ASSIGNABLE = text("select exists (select 1 from sales.assignable_employees() a where a.id = :id)")
OWNER_OUT_OF_SCOPE = QT_TRANSLATE_NOOP("errors", "This person is not in your scope.")


class _Refused(Exception):
    """The versioned UPDATE/DELETE matched no row: stale, hidden or not editable."""


def get_customer(db: Database, customer_id: int) -> CustomerDetail:
    """One customer with its contacts and shares; NotFoundError when hidden or missing."""
    with transaction(db) as session:
        return read_detail(session, customer_id)


def _duplicates(session: Session, name: str | None, phone: str | None,
                exclude_id: int | None) -> list[DuplicateMatch]:
    name_norm = func.private.normalize_name(name or "")
    phone_norm = func.private.normalize_phone(phone)
    on_name = (Customer.name_norm == name_norm) & (name_norm != "")
    on_phone = func.coalesce(Customer.phone_norm == phone_norm, False)
    owner = aliased(Employee)
    stmt = (select(Customer.id, Customer.name, Customer.phone, owner.name, CustomerPool.name,
                   on_name, on_phone, Customer.archived_at.is_not(None))
            .outerjoin(owner, owner.id == Customer.owner_id)
            .outerjoin(CustomerPool, CustomerPool.id == Customer.pool_id)
            .where(on_name | on_phone)
            .order_by(Customer.archived_at.is_not(None), Customer.name, Customer.id).limit(20))
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    return [DuplicateMatch(customer_id=r[0], name=r[1], phone=r[2], owner_name=r[3], pool_name=r[4],
                           on_name=bool(r[5]), on_phone=bool(r[6]), archived=bool(r[7]))
            for r in session.execute(stmt)]


def find_duplicates(db: Database, name: str | None, phone: str | None = None,
                    exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Visible customers whose normalised name or phone equals these (archived ones last)."""
    with transaction(db) as session:
        return _duplicates(session, name, phone, exclude_id)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def create_customer(db: Database, data: CustomerInput, owner_id: int | None = None, *,
                    pool_id: int | None = None, check_duplicates: bool = True) -> CustomerDetail:
    """Create a customer owned by `owner_id` (default: me) or, with `pool_id`, in that pool.

    Raises ValidationError (every bad field, contacts as `contacts[i].field`),
    DuplicateError when a visible customer has the same normalised name or phone
    (unless `check_duplicates` is False), PermissionDeniedError outside one's scope.
    """
    values, contacts = clean_new_customer(data.values(), data.contacts)
    with transaction(db) as session:
        if pool_id is None:
            owner_id = owner_id if owner_id is not None else current_employee_id(session)
            if not session.scalar(_ASSIGNABLE, {"id": owner_id}):
                raise ValidationError({"owner_id": OWNER_OUT_OF_SCOPE})
        if check_duplicates:
            matches = _duplicates(session, values["name"], values.get("phone"), None)
            if matches:
                raise DuplicateError(matches)
        customer = Customer(**values, owner_id=None if pool_id is not None else owner_id, pool_id=pool_id)
        session.add(customer)
        session.flush()
        for contact in contacts:
            session.add(ContactModel(customer_id=customer.id, **contact))
        session.flush()
        return read_detail(session, customer.id)


def explain_refusal(db: Database, customer_id: int, expected_version: int | None) -> Exception:
    """Why a versioned write matched no row: gone/hidden, changed by someone, or not allowed."""
    with transaction(db) as session:
        current = read_detail(session, customer_id)  # raises NotFoundError
    if expected_version is not None and current.version != expected_version:
        return ConflictError(current.updated_by_name, current.updated_at, current)
    return PermissionDeniedError()


def _apply(db: Database, customer_id: int, expected_version: int | None,
           values: dict[str, Any]) -> CustomerDetail:
    try:
        with transaction(db) as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError()
            if expected_version is not None and customer.version != expected_version:
                raise _Refused()
            for key, value in values.items():
                if key == "archived_at" or getattr(customer, key) != value:
                    setattr(customer, key, value)
            try:
                session.flush()
            except StaleDataError as err:  # changed or not editable: the UPDATE matched no row
                raise _Refused() from err
            return read_detail(session, customer_id)
    except _Refused:
        raise explain_refusal(db, customer_id, expected_version) from None


def update_customer(db: Database, customer_id: int, expected_version: int,
                    changes: CustomerInput | dict[str, Any]) -> CustomerDetail:
    """Save edits made to version `expected_version` of a customer.

    A CustomerInput replaces every static field (its contacts are ignored); a
    dict changes only its keys. ConflictError (with who, when and the current
    record) when someone saved in between; NotFoundError when hidden or missing;
    PermissionDeniedError when visible but read-only.
    """
    if isinstance(changes, CustomerInput):
        values = clean_customer(changes.values())
    else:
        values = clean_customer(changes, partial=True)
    return _apply(db, customer_id, expected_version, values)


def archive_customer(db: Database, customer_id: int, expected_version: int | None = None) -> CustomerDetail:
    """Soft-delete: the customer leaves the default lists but nothing is lost."""
    return _apply(db, customer_id, expected_version, {"archived_at": func.now()})


def restore_customer(db: Database, customer_id: int, expected_version: int | None = None) -> CustomerDetail:
    """Undo `archive_customer`."""
    return _apply(db, customer_id, expected_version, {"archived_at": None})


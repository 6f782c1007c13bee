"""Reading one customer as the signed-in user sees it (shared by the customer services)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salesdesk.db.models import Contact as ContactModel
from salesdesk.db.models import Customer, CustomerPool, Employee, OrgUnit, RecordShare
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.customer_types import Contact, CustomerDetail, Share
from salesdesk.services.errors import NotFoundError, PermissionDeniedError

NOT_AN_EMPLOYEE = QT_TRANSLATE_NOOP("errors", "Your login is not an active employee.")


def current_employee_id(session: Session) -> int:
    """The signed-in employee (from the login role); PermissionDeniedError for non-employees."""
    me = session.scalar(select(func.private.current_employee_id()))
    if me is None:
        raise PermissionDeniedError(NOT_AN_EMPLOYEE)
    return int(me)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

def contact_of(row: ContactModel) -> Contact:
    return Contact(id=row.id, customer_id=row.customer_id, name=row.name, title=row.title,
                   mobile=row.mobile, phone=row.phone, email=row.email, is_primary=row.is_primary,
                   notes=row.notes, version=row.version, updated_at=row.updated_at)


def read_contacts(session: Session, customer_id: int) -> tuple[Contact, ...]:
    rows = session.scalars(select(ContactModel).where(ContactModel.customer_id == customer_id)
                           .order_by(ContactModel.is_primary.desc(), ContactModel.name, ContactModel.id))
    return tuple(contact_of(r) for r in rows)


def read_shares(session: Session, customer_id: int) -> tuple[Share, ...]:
    emp, creator = aliased(Employee), aliased(Employee)
    stmt = (select(RecordShare, emp.name, creator.name)
            .join(emp, emp.id == RecordShare.employee_id)
            .outerjoin(creator, creator.id == RecordShare.created_by)
            .where(RecordShare.kind == "customer", RecordShare.record_id == customer_id)
            .order_by(emp.name, RecordShare.id))
    return tuple(Share(id=s.id, customer_id=s.record_id, employee_id=s.employee_id, employee_name=name,
                       access=s.access, expires_at=s.expires_at, note=s.note, version=s.version,
                       created_at=s.created_at, created_by_name=by)
                 for s, name, by in session.execute(stmt))


def read_detail(session: Session, customer_id: int) -> CustomerDetail:
    """The customer as this user sees it; NotFoundError when hidden or missing."""
    owner, creator, updater = aliased(Employee), aliased(Employee), aliased(Employee)
    stmt = (select(Customer, owner.name, CustomerPool.name, OrgUnit.id, OrgUnit.name,
                   creator.name, updater.name,
                   func.private.can_edit_customer(Customer.id),
                   func.private.manages_record("customer", Customer.id))
            .outerjoin(owner, owner.id == Customer.owner_id)
            .outerjoin(CustomerPool, CustomerPool.id == Customer.pool_id)
            .outerjoin(OrgUnit, OrgUnit.id == func.coalesce(owner.unit_id, CustomerPool.unit_id))
            .outerjoin(creator, creator.id == Customer.created_by)
            .outerjoin(updater, updater.id == Customer.updated_by)
            .where(Customer.id == customer_id))
    row = session.execute(stmt).first()
    if row is None:
        raise NotFoundError()
    c, owner_name, pool_name, unit_id, unit_name, created_by, updated_by, can_edit, can_manage = row
    return CustomerDetail(
        id=c.id, name=c.name, short_name=c.short_name, industry=c.industry, level=c.level,
        address=c.address, region=c.region, phone=c.phone, website=c.website, source=c.source,
        credit_limit=c.credit_limit, notes=c.notes, owner_id=c.owner_id, owner_name=owner_name,
        pool_id=c.pool_id, pool_name=pool_name, unit_id=unit_id, unit_name=unit_name,
        last_contact_at=c.last_contact_at, archived_at=c.archived_at, version=c.version,
        created_at=c.created_at, created_by_name=created_by, updated_at=c.updated_at,
        updated_by_name=updated_by, can_edit=bool(can_edit), can_manage=bool(can_manage),
        contacts=read_contacts(session, c.id), shares=read_shares(session, c.id))

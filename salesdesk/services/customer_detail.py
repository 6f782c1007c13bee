"""Reading one customer as the signed-in user sees it (shared by the customer services)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import text
from sqlalchemy.orm import Session

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.customer_types import Contact, CustomerDetail
from salesdesk.services.errors import NotFoundError, PermissionDeniedError
from salesdesk.services.sharing import read_shares

NOT_AN_EMPLOYEE = QT_TRANSLATE_NOOP("errors", "Your login is not an active employee.")

_CONTACT_FIELDS = {f.name for f in fields(Contact)}
_DETAIL_FIELDS = {f.name for f in fields(CustomerDetail)}


def current_employee_id(session: Session) -> int:
    """The signed-in employee (from the login role); PermissionDeniedError for non-employees."""
    me = session.execute(text("select employee_id from api.whoami()")).scalar()
    if me is None:
        raise PermissionDeniedError(NOT_AN_EMPLOYEE)
    return int(me)


def read_contacts(session: Session, customer_id: int) -> tuple[Contact, ...]:
    found = records.rows(session, "select * from api.contact_rows(:id)", {"id": customer_id})
    return tuple(Contact(**{k: v for k, v in r.items() if k in _CONTACT_FIELDS}) for r in found)


def read_detail(session: Session, customer_id: int) -> CustomerDetail:
    """The customer as this user sees it; NotFoundError when hidden or missing."""
    found = records.rows(session, "select * from api.customer_get(:id)", {"id": customer_id})
    if not found:
        raise NotFoundError()
    values = {k: v for k, v in found[0].items() if k in _DETAIL_FIELDS}
    values["can_edit"], values["can_manage"] = bool(values["can_edit"]), bool(values["can_manage"])
    return CustomerDetail(**values, contacts=read_contacts(session, customer_id),
                          shares=read_shares(session, "customer", customer_id))

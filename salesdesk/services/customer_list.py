"""The customer list: server-side filter, sort and keyset paging.

Row-level security already limits the rows to the user's scope; the filters
here only narrow that set (e.g. 'mine'). A page is fetched by an inner query
that touches customers alone (so the (name, id) indexes drive it) and is then
joined to owner, unit, pool and primary contact for those few rows.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from salesdesk.db.models import Contact, Customer, CustomerPool, Employee, OrgUnit
from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import pagination
from salesdesk.services.customer_types import LEVELS, SCOPES, SORT_KEYS, CustomerQuery, CustomerRow
from salesdesk.services.errors import ValidationError
from salesdesk.services.pagination import Page
from salesdesk.services.scope import ScopeHint, scope_hint
from salesdesk.services.tx import transaction

MAX_LIMIT = 500
_NULLABLE_SORTS = {"last_contact_at", "level"}

BAD_SORT = QT_TRANSLATE_NOOP("errors", "The list cannot be sorted by this column.")
BAD_FILTER = QT_TRANSLATE_NOOP("errors", "This filter value is not valid.")


def _like_pattern(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def _unit_subtree(unit_id: int) -> Any:
    """Ids of the unit and every unit below it (the org chart is readable by all)."""
    tree = select(OrgUnit.id).where(OrgUnit.id == unit_id).cte("unit_tree", recursive=True)
    below = aliased(OrgUnit)
    tree = tree.union(select(below.id).where(below.parent_id == tree.c.id))
    return select(tree.c.id)


def _conditions(query: CustomerQuery) -> list[ColumnElement[bool]]:
    """WHERE terms for the filters (validated)."""
    errors: dict[str, str] = {}
    if query.scope not in SCOPES:
        errors["scope"] = BAD_FILTER
    if query.level is not None and query.level not in LEVELS:
        errors["level"] = BAD_FILTER
    if errors:
        raise ValidationError(errors)
    me = select(func.private.current_employee_id()).scalar_subquery()
    conds: list[ColumnElement[bool]] = []
    if not query.include_archived:
        conds.append(Customer.archived_at.is_(None))
    if query.scope == "mine":
        conds.append(Customer.owner_id == me)
    elif query.scope == "team":
        conds.append(and_(Customer.owner_id.is_not(None), Customer.owner_id != me))
    elif query.scope == "pool":
        conds.append(Customer.pool_id.is_not(None))
    if query.owner_id is not None:
        conds.append(Customer.owner_id == query.owner_id)
    if query.unit_id is not None:
        units = _unit_subtree(query.unit_id)
        conds.append(or_(
            Customer.owner_id.in_(select(Employee.id).where(Employee.unit_id.in_(units))),
            Customer.pool_id.in_(select(CustomerPool.id).where(CustomerPool.unit_id.in_(units)))))
    if query.pool_id is not None:
        conds.append(Customer.pool_id == query.pool_id)
    if query.level is not None:
        conds.append(Customer.level == query.level)
    search = query.search.strip()
    if search:
        pattern = _like_pattern(search)
        contact_terms = [Contact.name.ilike(pattern, escape="\\")]
        terms = [Customer.name.ilike(pattern, escape="\\"),
                 Customer.short_name.ilike(pattern, escape="\\")]
        digits = re.sub(r"\D", "", search)
        if len(digits) >= 3 and re.fullmatch(r"[\d\s()+-]+", search):  # a phone number: digits only
            terms.append(Customer.phone_norm.like(f"%{digits}%"))
            contact_terms.append(func.regexp_replace(Contact.mobile, r"\D", "", "g").like(f"%{digits}%"))
            contact_terms.append(func.regexp_replace(Contact.phone, r"\D", "", "g").like(f"%{digits}%"))
        terms.append(exists().where(Contact.customer_id == Customer.id, or_(*contact_terms)))
        conds.append(or_(*terms))
    return conds


def _filtered(query: CustomerQuery, *columns: Any, hint: ColumnElement[bool] | None = None) -> Select[Any]:
    conds = _conditions(query)
    if hint is not None:
        conds.append(hint)
    return select(*columns).where(*conds)


def count_customers(db: Database, query: CustomerQuery | None = None) -> int:
    """How many customers the list would show with these filters."""
    query = query or CustomerQuery()
    with transaction(db) as session:
        hint = scope_hint(session, Customer.__table__, "customer").condition
        return int(session.scalar(_filtered(query, func.count(), hint=hint).select_from(Customer)) or 0)


_OWNER = Employee.__table__.alias("owner")
_ROW_COLUMNS = ("id", "name", "short_name", "level", "phone", "region", "industry", "credit_limit",
                "owner_id", "pool_id", "last_contact_at", "updated_at", "archived_at", "version")


def list_statement(query: CustomerQuery, sort: str = "name", descending: bool = False,
                   after: str | None = None, limit: int = 50,
                   hint: ScopeHint | None = None) -> Select[Any]:
    """The SELECT of one list page (`limit + 1` rows, to know whether more follow).

    Plain Core over the tables (no ORM adaptation): it is built for every page.
    For a narrow scope the filtered rows sit behind `OFFSET 0`, a planning fence:
    PostgreSQL then fetches those few rows by the owner index and sorts them,
    instead of walking the sort-order index past everyone else's rows.
    """
    if sort not in SORT_KEYS:
        raise ValidationError({"sort": BAD_SORT})
    nullable = sort in _NULLABLE_SORTS
    customers = Customer.__table__
    sort_col = customers.c[sort]
    condition = hint.condition if hint else None
    inner = _filtered(query, *(customers.c[k] for k in _ROW_COLUMNS), hint=condition).select_from(customers)
    if after:
        value, row_id = pagination.decode_cursor(after, sort, descending)
        inner = inner.where(pagination.after(sort_col, customers.c.id, value, row_id, descending, nullable))
    if hint is not None and hint.narrow:
        fenced = inner.offset(0).subquery("visible")
        order = pagination.order_by(fenced.c[sort], fenced.c.id, descending, nullable)
        inner = select(fenced).order_by(*order)
    else:
        inner = inner.order_by(*pagination.order_by(sort_col, customers.c.id, descending, nullable))
    page = inner.limit(limit + 1).subquery("page")
    owner, pool, unit, contacts = _OWNER, CustomerPool.__table__, OrgUnit.__table__, Contact.__table__
    # LATERAL + LIMIT 1: one index probe per listed row, never a scan of all contacts.
    primary = (select(contacts.c.name, contacts.c.mobile)
               .where(contacts.c.customer_id == page.c.id, contacts.c.is_primary)
               .limit(1).lateral("primary_contact"))
    return (select(page, owner.c.name.label("owner_name"), unit.c.name.label("unit_name"),
                   primary.c.name.label("primary_contact_name"),
                   primary.c.mobile.label("primary_contact_mobile"))
            .outerjoin(owner, owner.c.id == page.c.owner_id)
            .outerjoin(pool, pool.c.id == page.c.pool_id)
            .outerjoin(unit, unit.c.id == func.coalesce(owner.c.unit_id, pool.c.unit_id))
            .outerjoin(primary, literal(True))
            .order_by(*pagination.order_by(page.c[sort], page.c.id, descending, nullable)))


def list_customers(db: Database, query: CustomerQuery | None = None, *, sort: str = "name",
                   descending: bool = False, after: str | None = None,
                   limit: int = 50) -> Page[CustomerRow]:
    """One page of the customer list, continuing after the cursor `after`.

    Sorted by `sort` (one of SORT_KEYS) then id, empty values last in either
    direction. Pass `page.next_cursor` back as `after` for the next page.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    with transaction(db) as session:
        hint = scope_hint(session, Customer.__table__, "customer")
        stmt = list_statement(query or CustomerQuery(), sort, descending, after, limit, hint)
        rows = [CustomerRow(**row) for row in session.execute(stmt).mappings()]
    rows, cursor = pagination.paginate(rows, limit, lambda r: (getattr(r, sort), r.id), sort, descending)
    return Page(rows=tuple(rows), next_cursor=cursor)

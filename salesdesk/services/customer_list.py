"""The customer list: server-side filter, sort and keyset paging through `api.customer_list`.

Row-level security decides the rows inside the API; the filters only narrow that set
(e.g. 'mine'). Search, counts and the scope hint for the planner are the database's
generic list skeleton (sql/0006_api.sql), shared by every record kind.
"""

from __future__ import annotations

from salesdesk.db.session import Database
from salesdesk.services import records
from salesdesk.services.customer_types import ARCHIVED, LEVELS, SCOPES, SORT_KEYS, CustomerQuery, CustomerRow
from salesdesk.services.errors import ValidationError
from salesdesk.services.kind_service import BAD_FILTER, COUNT_CAP, KindService
from salesdesk.services.pagination import Count, Page
from salesdesk.services.picks import PICK_LIMIT, Pick

MAX_LIMIT = records.MAX_LIMIT

# the list, its count and a line re-read: the generic service (services/kind_service.py)
CUSTOMERS: KindService[CustomerRow, CustomerRow] = KindService(
    "customer", line=CustomerRow, record=CustomerRow, reader="rows", sorts=SORT_KEYS)


def _checked(query: CustomerQuery | None) -> CustomerQuery:
    query = query or CustomerQuery()
    errors: dict[str, str] = {}
    if query.scope not in SCOPES:
        errors["scope"] = BAD_FILTER
    if query.level is not None and query.level not in LEVELS:
        errors["level"] = BAD_FILTER
    if query.archived not in ARCHIVED:
        errors["archived"] = BAD_FILTER
    if errors:
        raise ValidationError(errors)
    return query


def list_customers(db: Database, query: CustomerQuery | None = None, *, sort: str = "name",
                   descending: bool = False, after: str | None = None,
                   limit: int = 50) -> Page[CustomerRow]:
    """One page of the customer list, continuing after the cursor `after`.

    Sorted by `sort` (one of SORT_KEYS; names in pinyin order) then id, empty values
    last in either direction. Pass `page.next_cursor` back as `after` for the next page.
    """
    return CUSTOMERS.list(db, _checked(query).api_query(), sort=sort, descending=descending, after=after,
                          limit=limit)


def count(db: Database, query: CustomerQuery | None = None, cap: int | None = COUNT_CAP) -> Count:
    """How many customers the list would show: exact, or "at least `cap`" (cheap at any scale)."""
    return CUSTOMERS.count(db, _checked(query).api_query(), cap)


def count_customers(db: Database, query: CustomerQuery | None = None) -> int:
    """The exact number of customers the list would show."""
    return count(db, query, cap=None).n


def search_customers(db: Database, text: str, limit: int = PICK_LIMIT) -> list[Pick]:
    """Customers for a record picker: the list's search (name, pinyin, phone), first by name."""
    page = list_customers(db, CustomerQuery(search=text), limit=limit)
    return [Pick(r.id, r.name, " · ".join(x for x in (r.owner_name, r.phone) if x)) for r in page.rows]

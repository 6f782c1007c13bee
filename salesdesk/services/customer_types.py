"""The dataclasses the customer services take and return (no database, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any

LEVELS = ("A", "B", "C", "D")
SORT_KEYS = ("name", "updated_at", "last_contact_at", "credit_limit", "level")
SCOPES = ("all", "mine", "team", "pool", "shared")
ARCHIVED = ("active", "archived", "all")
SHARE_ACCESS = ("read", "write")


@dataclass(frozen=True)
class ContactInput:
    """A contact as the user enters it."""

    name: str
    title: str | None = None
    mobile: str | None = None
    phone: str | None = None
    email: str | None = None
    is_primary: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class CustomerInput:
    """A customer's static data as the user enters it; `contacts` only count on create."""

    name: str
    short_name: str | None = None
    industry: str | None = None
    level: str | None = None
    address: str | None = None
    region: str | None = None
    phone: str | None = None
    website: str | None = None
    source: str | None = None
    credit_limit: Decimal = Decimal("0")
    notes: str | None = None
    contacts: tuple[ContactInput, ...] = ()

    def values(self) -> dict[str, Any]:
        """The static fields as a dict (no contacts)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "contacts"}


CUSTOMER_FIELDS = tuple(f.name for f in fields(CustomerInput) if f.name != "contacts")
CONTACT_FIELDS = tuple(f.name for f in fields(ContactInput))


@dataclass(frozen=True)
class Contact:
    id: int
    customer_id: int
    name: str
    title: str | None
    mobile: str | None
    phone: str | None
    email: str | None
    is_primary: bool
    notes: str | None
    version: int
    updated_at: datetime

    def as_input(self) -> ContactInput:
        return ContactInput(**{k: getattr(self, k) for k in CONTACT_FIELDS})


@dataclass(frozen=True)
class Share:
    """A record shared with one employee."""

    id: int
    record_id: int
    employee_id: int
    employee_name: str
    access: str
    expires_at: datetime | None
    note: str | None
    version: int
    created_at: datetime
    created_by_name: str | None
    active: bool = True  # False once expired


@dataclass(frozen=True)
class CustomerDetail:
    """Everything the customer editor shows. `can_edit`/`can_manage` come from the database."""

    id: int
    name: str
    short_name: str | None
    industry: str | None
    level: str | None
    address: str | None
    region: str | None
    phone: str | None
    website: str | None
    source: str | None
    credit_limit: Decimal
    notes: str | None
    owner_id: int | None
    owner_name: str | None
    pool_id: int | None
    pool_name: str | None
    unit_id: int | None
    unit_name: str | None
    last_contact_at: datetime | None
    archived_at: datetime | None
    version: int
    created_at: datetime
    created_by_name: str | None
    updated_at: datetime
    updated_by_name: str | None
    can_edit: bool
    can_manage: bool
    contacts: tuple[Contact, ...] = ()
    shares: tuple[Share, ...] = ()
    access: str = "scope"  # owner | scope | pool | write | read: why the user sees it
    # set by a save whose duplicate check was rate limited (the save went on): seconds until
    # the check is available again
    duplicate_check_wait: int | None = None

    def as_input(self) -> CustomerInput:
        """The editable fields, e.g. to show beside the user's own edits after a conflict."""
        return CustomerInput(**{k: getattr(self, k) for k in CUSTOMER_FIELDS})


@dataclass(frozen=True)
class CustomerQuery:
    """Filters of the customer list. `scope` narrows what RLS already allows:
    'mine' (I own), 'team' (owned by others in my scope, not merely shared with me),
    'pool' (in pools), 'shared' (shared with me), 'all'. `unit_id` takes the unit and
    every unit below it; `pool_id` is one pool exactly. `archived`: 'active', 'archived'
    or 'all' (`include_archived` is the same as 'all')."""

    search: str = ""
    owner_id: int | None = None
    unit_id: int | None = None
    pool_id: int | None = None
    level: str | None = None
    scope: str = "all"
    include_archived: bool = False
    archived: str = "active"
    industry: str | None = None  # picklist values: exactly this entry
    region: str | None = None
    source: str | None = None

    def api_query(self) -> dict[str, object]:
        """The filters as the API's list functions take them."""
        query: dict[str, object] = {"scope": self.scope,
                                    "archived": "all" if self.include_archived else self.archived}
        if self.search.strip():
            query["search"] = self.search.strip()
        for key in ("owner_id", "unit_id", "pool_id"):
            if getattr(self, key) is not None:
                query[key] = getattr(self, key)
        eq = {k: getattr(self, k) for k in ("level", "industry", "region", "source") if getattr(self, k)}
        if eq:
            query["eq"] = eq
        return query


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    short_name: str | None
    level: str | None
    phone: str | None
    region: str | None
    industry: str | None
    credit_limit: Decimal
    owner_id: int | None
    owner_name: str | None
    pool_id: int | None
    unit_name: str | None
    primary_contact_name: str | None
    primary_contact_mobile: str | None
    last_contact_at: datetime | None
    updated_at: datetime
    archived_at: datetime | None
    version: int
    pool_name: str | None = None
    can_edit: bool = False
    can_manage: bool = False   # may hand it on: reassign, release, share
    access: str = "scope"      # owner | scope | pool | write | read


@dataclass(frozen=True)
class HistoryEvent:
    """What an ownership history entry written by the database means, as a code and ids (the
    client says it in the user's language): "claimed", "converted_to" (a lead's customer and deal)
    or "converted_from" (the lead of a customer or deal). A name is None when that record is out
    of the reader's sight."""

    event: str
    lead_id: int | None = None
    lead_name: str | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    opportunity_id: int | None = None
    opportunity_title: str | None = None


@dataclass(frozen=True)
class OwnershipChange:
    """One entry of a customer's ownership history (owner or pool on each side)."""

    id: int
    changed_at: datetime
    from_owner_id: int | None
    from_owner_name: str | None
    to_owner_id: int | None
    to_owner_name: str | None
    from_pool_unit_name: str | None
    to_pool_unit_name: str | None
    reason: str
    changed_by_name: str | None
    event: HistoryEvent | None = None  # an entry the database wrote: said from its code, not `reason`


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRecord:
    """One audited change to a customer or one of its contacts."""

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str | None
    kind: str          # 'customer' or 'contact'
    record_id: int
    op: str            # INSERT / UPDATE / DELETE
    changes: tuple[FieldChange, ...]

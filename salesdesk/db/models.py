"""ORM mappings of the `sales` schema.

The database owns identity, stamps and the version counter: ids are identity
columns, `private.stamp` sets created/updated by/at and bumps `version`, and
`name_norm`/`phone_norm` are generated. They are mapped as server-side values
(FetchedValue / Computed) so the ORM never sends them; `version` is the
optimistic-locking column (`UPDATE … WHERE id = ? AND version = ?`) whose new
value the trigger produces and RETURNING reads back.

Owner and pool of a record change only through definer functions
(sales.transfer_record, claim/release): a `before_update` hook refuses any ORM
UPDATE that would touch them, so a bug shows up here rather than as a
permission error from the server.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Computed,
    FetchedValue,
    ForeignKey,
    Identity,
    MetaData,
    Numeric,
    Text,
    event,
    inspect,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column
from sqlalchemy.types import TIMESTAMP

SCHEMA = "sales"

# Columns no user may write through the ORM after the row exists.
READ_ONLY_AFTER_INSERT = frozenset({"owner_id", "pool_id"})


def _server(**kw: Any) -> Any:
    """A column whose value the server sets on insert and on update."""
    return mapped_column(server_default=FetchedValue(), server_onupdate=FetchedValue(), **kw)


class Base(DeclarativeBase):
    """Declarative base bound to the `sales` schema."""

    metadata = MetaData(schema=SCHEMA)
    type_annotation_map = {
        int: BigInteger,
        str: Text,
        datetime: TIMESTAMP(timezone=True),
        Decimal: Numeric(14, 2),
    }


class Stamped:
    """created/updated by/at and the optimistic-locking version, all set by private.stamp."""

    id: Mapped[int] = mapped_column(Identity(always=True), primary_key=True)
    created_at: Mapped[datetime] = _server()
    created_by: Mapped[int | None] = _server()
    updated_at: Mapped[datetime] = _server()
    updated_by: Mapped[int | None] = _server()
    version: Mapped[int] = _server()

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The trigger bumps the version: no client-side generator, read it back.
        return {"version_id_col": cls.__table__.c.version,  # type: ignore[attr-defined]
                "version_id_generator": False, "eager_defaults": True}


class OrgUnit(Stamped, Base):
    __tablename__ = "org_units"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"))
    code: Mapped[str]
    name: Mapped[str]
    kind: Mapped[str]


class Position(Stamped, Base):
    __tablename__ = "positions"
    code: Mapped[str]
    name: Mapped[str]
    name_en: Mapped[str | None]
    level: Mapped[str]
    data_scope: Mapped[str]
    permissions: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=FetchedValue())


class Employee(Stamped, Base):
    __tablename__ = "employees"
    login: Mapped[str]
    name: Mapped[str]
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    email: Mapped[str | None]
    phone: Mapped[str | None]
    active: Mapped[bool] = mapped_column(server_default=FetchedValue())
    left_at: Mapped[datetime | None]


class CustomerPool(Stamped, Base):
    __tablename__ = "customer_pools"
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"))
    name: Mapped[str]


class Customer(Stamped, Base):
    __tablename__ = "customers"
    name: Mapped[str]
    short_name: Mapped[str | None]
    industry: Mapped[str | None]
    level: Mapped[str | None]
    address: Mapped[str | None]
    region: Mapped[str | None]
    phone: Mapped[str | None]
    website: Mapped[str | None]
    source: Mapped[str | None]
    credit_limit: Mapped[Decimal] = mapped_column(server_default=FetchedValue())
    notes: Mapped[str | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    pool_id: Mapped[int | None] = mapped_column(ForeignKey("customer_pools.id"))
    last_contact_at: Mapped[datetime | None]
    # Not insertable by users: FetchedValue keeps it out of the INSERT (archiving is an update).
    archived_at: Mapped[datetime | None] = mapped_column(server_default=FetchedValue())
    name_norm: Mapped[str] = mapped_column(Computed("private.normalize_name(name)", persisted=True))
    phone_norm: Mapped[str | None] = mapped_column(
        Computed("private.normalize_phone(phone)", persisted=True))


class Contact(Stamped, Base):
    __tablename__ = "contacts"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    name: Mapped[str]
    title: Mapped[str | None]
    mobile: Mapped[str | None]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    is_primary: Mapped[bool] = mapped_column(server_default=FetchedValue())
    notes: Mapped[str | None]


class RecordShare(Stamped, Base):
    __tablename__ = "record_shares"
    kind: Mapped[str]
    record_id: Mapped[int]
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    access: Mapped[str] = mapped_column(server_default=FetchedValue())
    expires_at: Mapped[datetime | None]
    note: Mapped[str | None]


class OwnershipHistory(Base):
    """Written only by definer functions; read-only to the client."""

    __tablename__ = "ownership_history"
    id: Mapped[int] = mapped_column(Identity(always=True), primary_key=True)
    kind: Mapped[str]
    record_id: Mapped[int]
    from_owner_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    to_owner_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    from_pool_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"))
    to_pool_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_units.id"))
    reason: Mapped[str]
    changed_at: Mapped[datetime] = mapped_column(server_default=FetchedValue())
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    changed_by_login: Mapped[str] = mapped_column(server_default=FetchedValue())


class AuditEntry(Base):
    """Written only by the private.audit trigger; read-only to the client."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Identity(always=True), primary_key=True)
    at: Mapped[datetime] = mapped_column(server_default=FetchedValue())
    actor_id: Mapped[int | None]
    actor_login: Mapped[str] = mapped_column(server_default=FetchedValue())
    kind: Mapped[str]
    record_id: Mapped[int]
    root_kind: Mapped[str]
    root_id: Mapped[int]
    owner_id: Mapped[int | None]
    op: Mapped[str]
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)


@event.listens_for(Base, "before_update", propagate=True)
def _refuse_owner_writes(mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """Owner and pool move only through sales.transfer_record / claim / release."""
    state = inspect(target)
    for name in READ_ONLY_AFTER_INSERT & set(mapper.columns.keys()):
        if state.attrs[name].history.has_changes():
            raise ValueError(f"{type(target).__name__}.{name} changes only through the ownership API")

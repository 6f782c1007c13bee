"""Permissions: what a position may do beyond seeing its records (sql/0016_permissions_products.sql).

A small documented set (maintain_products, maintain_picklists, see_cost, approve, export, import,
manage_targets, manage_users) held per position, checked by the database's policies. The client
reads the signed-in employee's permissions to show or hide actions; the database decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.services.tx import transaction

MAINTAIN_PRODUCTS = "maintain_products"
MAINTAIN_PICKLISTS = "maintain_picklists"
SEE_COST = "see_cost"
APPROVE = "approve"
EXPORT = "export"
IMPORT = "import"
MANAGE_TARGETS = "manage_targets"
MANAGE_USERS = "manage_users"
MAINTAIN_COMPANY_PROFILE = "maintain_company_profile"  # sql/0025: the company's own details
MAINTAIN_SCORECARDS = "maintain_scorecards"  # sql/0035: KPI scorecards per position


@dataclass(frozen=True)
class Permission:
    """One documented permission, named and described in Chinese and English."""

    code: str
    name: str
    name_en: str
    description: str
    description_en: str


@dataclass(frozen=True)
class Grant:
    """A position holding a permission."""

    position_id: int
    position_code: str
    permission: str


def mine(db: Database) -> frozenset[str]:
    """The signed-in employee's permission codes."""
    with transaction(db) as session:
        return frozenset(session.execute(text("select code from api.my_permissions()")).scalars())


def documented(db: Database) -> list[Permission]:
    """The permission set, in its documented order."""
    with transaction(db) as session:
        return [Permission(**r) for r in session.execute(text("select * from api.permissions")).mappings()]


def grants(db: Database) -> list[Grant]:
    """Which position holds which permission."""
    with transaction(db) as session:
        found = session.execute(text("select * from api.position_permissions")).mappings()
        return [Grant(**r) for r in found]


def grant(db: Database, position_id: int, permission: str) -> None:
    """Grants a permission to a position (the caller needs manage_users)."""
    with transaction(db) as session:
        session.execute(text("select api.position_grant(:p, :c)"), {"p": position_id, "c": permission})


def revoke(db: Database, position_id: int, permission: str) -> None:
    """Revokes a permission from a position (the caller needs manage_users)."""
    with transaction(db) as session:
        session.execute(text("select api.position_revoke(:p, :c)"), {"p": position_id, "c": permission})

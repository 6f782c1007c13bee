"""Picklists: the values a customer's industry, source and region are chosen from.

Company-wide reference data kept in the database (sql/0013_picklists_pinyin.sql): every
employee reads them; only the admin position adds, renames, deactivates and reorders entries
(the database refuses anyone else). A deactivated entry is no longer offered but stays on the
customers that hold it; a rename reaches every customer holding the entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import REQUIRED, TOO_LONG, ValidationError
from salesdesk.services.tx import transaction

KINDS = ("industry", "source", "region")  # each the customer field it fills
MAX_NAME = 60
ALREADY_LISTED = QT_TRANSLATE_NOOP("errors", "The list already has this entry.")


@dataclass(frozen=True)
class PicklistEntry:
    """One value of a list, with the pinyin and initials the type-ahead matches (from the database)."""

    id: int
    kind: str
    name: str
    sort_order: int
    active: bool
    pinyin: str
    initials: str
    version: int


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown picklist {kind!r}")
    return kind


def clean_name(name: str | None) -> str:
    """An entry's name as stored: trimmed, required, at most MAX_NAME characters."""
    cleaned = (name or "").strip()
    if not cleaned:
        raise ValidationError({"name": REQUIRED})
    if len(cleaned) > MAX_NAME:
        raise ValidationError({"name": TOO_LONG})
    return cleaned


def entries(db: Database, kind: str) -> list[PicklistEntry]:
    """A list's entries in the admin's order, deactivated ones too."""
    with transaction(db) as session:
        return [PicklistEntry(**r) for r in session.execute(
            text("select * from api.picklist(:kind)"), {"kind": _kind(kind)}).mappings()]


def all_entries(db: Database) -> dict[str, list[PicklistEntry]]:
    """Every list, read in one transaction: kind -> entries."""
    with transaction(db) as session:
        return {k: [PicklistEntry(**r) for r in session.execute(
            text("select * from api.picklist(:kind)"), {"kind": k}).mappings()] for k in KINDS}


def _write(db: Database, sql: str, params: dict) -> object:
    try:
        with transaction(db) as session:
            result = session.execute(text(sql), params).scalar()
            session.info["wrote"] = True
            return result
    except ValidationError as err:
        if isinstance(err.__cause__, sa_exc.IntegrityError) and \
                getattr(err.__cause__.orig, "sqlstate", None) == "23505":
            raise ValidationError({"name": ALREADY_LISTED}) from err
        raise


def add_entry(db: Database, kind: str, name: str) -> int:
    """Adds an entry at the end of its list; its id."""
    new_id = _write(db, "select api.picklist_add(:kind, :name)",
                    {"kind": _kind(kind), "name": clean_name(name)})
    assert isinstance(new_id, int)
    return new_id


def rename_entry(db: Database, entry_id: int, name: str) -> None:
    """Renames an entry, on every customer that holds it too."""
    _write(db, "select api.picklist_rename(:id, :name)", {"id": entry_id, "name": clean_name(name)})


def set_active(db: Database, entry_id: int, active: bool) -> None:
    """Deactivates (no longer offered) or reactivates an entry."""
    _write(db, "select api.picklist_set_active(:id, :active)", {"id": entry_id, "active": active})


def reorder(db: Database, kind: str, ids: Sequence[int]) -> None:
    """Puts a list's entries in this order."""
    _write(db, "select api.picklist_reorder(:kind, cast(:ids as bigint[]))",
           {"kind": _kind(kind), "ids": list(ids)})

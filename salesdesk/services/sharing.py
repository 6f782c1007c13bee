"""Sharing records of any kind that has shares with an employee anywhere in the company
(read or read-write).

The database decides who may share (whoever may hand the record on), who sees a
share (its recipient and those), that the owner is never a recipient, and when a
share expires (at the statement's time).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import records
from salesdesk.services.customer_types import SHARE_ACCESS, Share
from salesdesk.services.errors import FieldError, ValidationError
from salesdesk.services.tx import transaction

BAD_ACCESS = QT_TRANSLATE_NOOP("errors", "Choose read or read-write access.")
EXPIRY_IN_PAST = QT_TRANSLATE_NOOP("errors", "The end date must be in the future.")


def _checked(access: str, expires_at: datetime | None) -> datetime | None:
    errors: dict[str, FieldError] = {}
    if access not in SHARE_ACCESS:
        errors["access"] = FieldError(BAD_ACCESS)
    if expires_at is not None:
        if expires_at.tzinfo is None:
            expires_at = expires_at.astimezone()  # a naive time is the user's local time
        if expires_at <= datetime.now(UTC):
            errors["expires_at"] = FieldError(EXPIRY_IN_PAST)
    if errors:
        raise ValidationError(errors)
    return expires_at


def read_shares(session: Session, kind: str, record_id: int) -> tuple[Share, ...]:
    return tuple(Share(**s) for s in records.shares(session, kind, record_id))


def share(db: Database, kind: str, ids: Sequence[int], employee_id: int, access: str = "read",
          expires_at: datetime | None = None, note: str | None = None) -> None:
    """Share records with an employee (or change their shares), in one transaction."""
    expires_at = _checked(access, expires_at)
    with transaction(db, kind) as session:
        records.each(ids, lambda i: records.share(session, kind, i, employee_id, access, expires_at, note))


def unshare(db: Database, kind: str, record_id: int, employee_id: int) -> None:
    """Remove a share (as whoever may hand the record on, or as its recipient giving it up)."""
    with transaction(db, kind) as session:
        records.unshare(session, kind, record_id, employee_id)


def list_shares(db: Database, kind: str, record_id: int) -> list[Share]:
    """The shares of a visible record that I may see, by employee name."""
    with transaction(db, kind) as session:
        return list(read_shares(session, kind, record_id))

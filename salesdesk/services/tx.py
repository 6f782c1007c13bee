"""The one way services open a transaction: a session whose errors become domain errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from salesdesk.db.session import Database
from salesdesk.services.errors import translated_errors


@contextmanager
def transaction(db: Database, kind: str | None = None) -> Iterator[Session]:
    """A session in its own transaction: commits on success, rolls back and translates on error.

    After a commit that wrote (services.records marks it), the doorbell rings so that other
    clients read the change feed at once. Errors name the record `kind` ("This customer was not
    found"; services/errors.kind_name).
    """
    with translated_errors(kind), db.session() as session:
        yield session
        wrote = session.info.get("wrote", False)
    if wrote:
        from salesdesk.services.live import ring

        ring(db)

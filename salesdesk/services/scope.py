"""Scope hints: the user's scope repeated in a query so the planner sees its size.

Row-level security is the boundary: the policies filter every row whatever
the query says. But a policy's `owner_id = ANY((SELECT fn()))` is opaque to
the planner, which then plans a salesperson's 300 visible rows like the
director's million (walking the name index and discarding almost everything).
Repeating the same sets as bound values, read from the database's own helper
functions in the same transaction, lets it pick the owner/pool indexes for
narrow scopes. Dropping the hint changes speed only, never the rows (tested).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import BigInteger, ColumnElement, Table, bindparam, cast, func, or_, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

# One round trip; the id arrays are only built when they are needed (the director's
# would hold every employee and change nothing).
_SCOPE_SQL = text("select a, case when not a then private.visible_owner_ids() end, "
                  "case when not a then private.visible_pool_ids() end, "
                  "case when not a then private.shared_record_ids(:kind) end "
                  "from private.sees_all() a")


@dataclass(frozen=True)
class Scope:
    """What the signed-in user may see of one record kind, as the database says."""

    sees_all: bool
    owner_ids: tuple[int, ...]
    pool_ids: tuple[int, ...]
    shared_ids: tuple[int, ...]


def read_scope(session: Session, kind: str) -> Scope:
    sees_all, owners, pools, shared = session.execute(_SCOPE_SQL, {"kind": kind}).one()
    return Scope(bool(sees_all), tuple(owners or ()), tuple(pools or ()), tuple(shared or ()))


def _any(column: ColumnElement, ids: tuple[int, ...]) -> ColumnElement[bool]:
    # cast: small ids would otherwise travel as smallint[], a cross-type compare the planner can't hash
    return column == func.any(cast(bindparam(None, list(ids), type_=ARRAY(BigInteger)), ARRAY(BigInteger)))


# A scope of at most this many owners is "narrow": its rows are best fetched
# whole (a bitmap scan of the owner index) and sorted, rather than found by
# walking a sort-order index past everyone else's rows.
NARROW_SCOPE_OWNERS = 64


@dataclass(frozen=True)
class ScopeHint:
    """The WHERE term (None: the user sees all) and whether the scope is narrow."""

    condition: ColumnElement[bool] | None
    narrow: bool


def scope_hint(session: Session, table: Table, kind: str) -> ScopeHint:
    """A WHERE term equal to the RLS policy's row set, read in the caller's transaction."""
    scope = read_scope(session, kind)
    if scope.sees_all:
        return ScopeHint(None, narrow=False)
    terms = [_any(table.c.owner_id, scope.owner_ids), _any(table.c.id, scope.shared_ids)]
    if "pool_id" in table.c:
        terms.append(_any(table.c.pool_id, scope.pool_ids))
    return ScopeHint(or_(*terms), narrow=len(scope.owner_ids) <= NARROW_SCOPE_OWNERS)

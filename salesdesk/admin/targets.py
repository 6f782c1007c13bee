"""Targets on staff changes, for `salesdesk-admin user leave|move --targets-to LOGIN | --targets-even`:
the person's remaining target of the open months (from this month on) goes to a successor in their
unit or evenly to the unit's other active people, as a new published version of every target set
published for them (sql/0034 private.target_rebalance), with the reason recorded."""

from __future__ import annotations

import psycopg

from salesdesk.admin.accounts import AccountError


def rebalance(conn: psycopg.Connection, login: str, successor: str | None, reason: str) -> int:
    """Moves `login`'s open months to `successor` (None: evenly to their unit); commits. Returns how
    many new versions were published."""
    ids = dict(conn.execute("select login, id from sales.employees where login = any (%s) and active",
                            ([login] + ([successor] if successor else []),)).fetchall())
    if login not in ids:
        raise AccountError(f"no active employee {login}")
    if successor and successor not in ids:
        raise AccountError(f"no active employee {successor} to take the targets")
    try:
        with conn.transaction():
            row = conn.execute("select private.target_rebalance(%s, %s, %s, null)",
                               (ids[login], ids.get(successor) if successor else None, reason)).fetchone()
    except psycopg.Error as err:
        if err.sqlstate == "SDT04":
            raise AccountError(f"the targets of {login} go to an active colleague in the same unit: "
                               f"{successor or 'nobody is left there'}") from None
        raise
    conn.commit()
    return len(row[0]) if row and row[0] else 0

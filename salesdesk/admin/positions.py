"""Positions' permissions as IT manages them from the command line: list, grant, revoke.

Runs on a superuser connection in the caller's transaction, over the same rows the API's
position_grant / position_revoke write (sql/0016_permissions_products.sql): the permission set
itself is fixed data (sales.permissions), what each position holds is editable.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from salesdesk.admin.errors import AdminError


@dataclass(frozen=True)
class PositionRow:
    code: str
    name: str
    level: str
    permissions: list[str]


def _position_id(conn: psycopg.Connection, code: str) -> int:
    row = conn.execute("select id from sales.positions where code = %s", (code.strip(),)).fetchone()
    if row is None:
        raise AdminError(f"there is no position {code.strip()!r}")
    return int(row[0])


def _permission(conn: psycopg.Connection, code: str) -> str:
    code = code.strip()
    if conn.execute("select 1 from sales.permissions where code = %s", (code,)).fetchone() is None:
        known = ", ".join(permission_codes(conn))
        raise AdminError(f"there is no permission {code!r} (known: {known})")
    return code


def permission_codes(conn: psycopg.Connection) -> list[str]:
    """The documented permissions, in their order."""
    return [r[0] for r in conn.execute("select code from sales.permissions order by sort_order, code")]


def list_positions(conn: psycopg.Connection) -> list[PositionRow]:
    """Every position with the permissions it holds."""
    rows = conn.execute(
        "select p.code, p.name, p.level, array(select pp.permission from sales.position_permissions pp "
        "join sales.permissions x on x.code = pp.permission where pp.position_id = p.id "
        "order by x.sort_order) from sales.positions p order by p.id").fetchall()
    return [PositionRow(r[0], r[1], r[2], list(r[3])) for r in rows]


def grant(conn: psycopg.Connection, position: str, permission: str) -> bool:
    """Grants a permission to a position; False when it already held it."""
    pid, code = _position_id(conn, position), _permission(conn, permission)
    cur = conn.execute("insert into sales.position_permissions (position_id, permission) values (%s, %s) "
                       "on conflict do nothing", (pid, code))
    return cur.rowcount == 1


def revoke(conn: psycopg.Connection, position: str, permission: str) -> bool:
    """Revokes a permission from a position; False when it did not hold it."""
    pid, code = _position_id(conn, position), _permission(conn, permission)
    cur = conn.execute("delete from sales.position_permissions where position_id = %s and permission = %s",
                       (pid, code))
    return cur.rowcount == 1

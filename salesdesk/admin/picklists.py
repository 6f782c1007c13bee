"""Picklists as IT manages them from the command line: list, add, rename, deactivate, activate.

Runs on a superuser connection in the caller's transaction, through the same tables, rules and
triggers the client's admin page reaches through the API: names are trimmed and unique in their
list, a rename reaches every customer holding the entry, a deactivated entry stays on them.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from salesdesk.admin.errors import AdminError
from salesdesk.services.picklists import KINDS, MAX_NAME


@dataclass(frozen=True)
class EntryRow:
    name: str
    active: bool
    sort_order: int
    customers: int  # customers holding it (archived ones too)


def _name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise AdminError("the name is empty")
    if len(cleaned) > MAX_NAME:
        raise AdminError(f"the name is longer than {MAX_NAME} characters")
    return cleaned


def _id(conn: psycopg.Connection, kind: str, name: str) -> int:
    row = conn.execute("select id from sales.picklist_entries where kind = %s and name = %s",
                       (kind, name.strip())).fetchone()
    if row is None:
        raise AdminError(f"the {kind} list has no entry {name.strip()!r}")
    return int(row[0])


def list_entries(conn: psycopg.Connection, kind: str) -> list[EntryRow]:
    assert kind in KINDS
    rows = conn.execute(
        "select e.name, e.active, e.sort_order, "
        f"(select count(*) from sales.customers c where c.{kind} = e.name) "
        "from sales.picklist_entries e where e.kind = %s "
        "order by e.sort_order, private.pinyin_key(e.name) collate \"C\", e.id", (kind,)).fetchall()
    return [EntryRow(r[0], r[1], r[2], int(r[3])) for r in rows]


def add_entry(conn: psycopg.Connection, kind: str, name: str) -> str:
    name = _name(name)
    if conn.execute("select 1 from sales.picklist_entries where kind = %s and name = %s",
                    (kind, name)).fetchone():
        raise AdminError(f"the {kind} list already has {name!r}")
    conn.execute("insert into sales.picklist_entries (kind, name, sort_order) "
                 "select %(k)s, %(n)s, coalesce(max(sort_order), 0) + 1 from sales.picklist_entries "
                 "where kind = %(k)s", {"k": kind, "n": name})
    return name


def rename_entry(conn: psycopg.Connection, kind: str, name: str, new_name: str) -> int:
    """Renames the entry; how many customers now hold the new name."""
    entry, new_name = _id(conn, kind, name), _name(new_name)
    taken = conn.execute("select 1 from sales.picklist_entries where kind = %s and name = %s",
                         (kind, new_name)).fetchone()
    if new_name != name.strip() and taken:
        raise AdminError(f"the {kind} list already has {new_name!r}")
    conn.execute("update sales.picklist_entries set name = %s where id = %s", (new_name, entry))
    row = conn.execute(f"select count(*) from sales.customers where {kind} = %s", (new_name,)).fetchone()
    return int(row[0]) if row else 0


def set_active(conn: psycopg.Connection, kind: str, name: str, active: bool) -> None:
    conn.execute("update sales.picklist_entries set active = %s where id = %s",
                 (active, _id(conn, kind, name)))

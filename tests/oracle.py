"""Who may see what, computed in plain Python from the org tree.

The adversarial RLS tests compare what each login actually reads with what this
oracle says. It deliberately shares no code or SQL with the scope machinery in
sql/: it reads the raw rows (org units, positions, people, pools, customers,
shares, history, audit) on the admin connection and applies the rules of
DESIGN.md / issue 2 itself:

- data scopes are cumulative: self < subordinates (reporting line, any depth)
  < unit (plus everyone in one's own unit) < unit_tree (plus every unit below
  it) < all;
- a pool is visible to people in its unit or any unit below it, to people whose
  scope covers someone in its unit, to unit_tree scopes over units in their
  subtree, and to `all` scopes;
- a customer is visible when its owner is in scope, its pool is visible, or it
  is shared with the viewer and the share has not expired; contacts follow
  their customer;
- the directory (units, positions, employees) is visible to every employee;
- a share row is visible to its recipient and to whoever has the record's owner
  in scope; history and audit rows are visible when an owner they name is in
  scope (or the viewer's scope is `all`).
An outsider (no active employee row) sees nothing at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg

BUSINESS_TABLES = (
    "org_units",
    "positions",
    "employees",
    "customer_pools",
    "customers",
    "contacts",
    "record_shares",
    "ownership_history",
    "audit_log",
)


@dataclass
class Snapshot:
    """The raw rows the oracle reasons about (read with the admin connection)."""

    unit_parent: dict[int, int | None] = field(default_factory=dict)
    position_scope: dict[int, str] = field(default_factory=dict)
    # employee id -> (login, unit_id, position_id, manager_id, active)
    employees: dict[int, tuple[str, int, int, int | None, bool]] = field(default_factory=dict)
    pool_unit: dict[int, int] = field(default_factory=dict)
    customer_owner: dict[int, int | None] = field(default_factory=dict)
    customer_pool: dict[int, int | None] = field(default_factory=dict)
    contact_customer: dict[int, int] = field(default_factory=dict)
    # share id -> (kind, record_id, employee_id, access, expires_at)
    shares: dict[int, tuple[str, int, int, str, datetime | None]] = field(default_factory=dict)
    history_owners: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    audit_owner: dict[int, int | None] = field(default_factory=dict)


def load_snapshot(conn: psycopg.Connection) -> Snapshot:
    """Read everything on a superuser connection (RLS does not apply to it)."""
    s = Snapshot()
    s.unit_parent = dict(conn.execute("select id, parent_id from sales.org_units").fetchall())
    s.position_scope = dict(conn.execute("select id, data_scope from sales.positions").fetchall())
    for row in conn.execute(
        "select id, login, unit_id, position_id, manager_id, active from sales.employees"
    ):
        s.employees[row[0]] = (row[1], row[2], row[3], row[4], row[5])
    s.pool_unit = dict(conn.execute("select id, unit_id from sales.customer_pools").fetchall())
    for cid, owner, pool in conn.execute("select id, owner_id, pool_id from sales.customers"):
        s.customer_owner[cid] = owner
        s.customer_pool[cid] = pool
    s.contact_customer = dict(conn.execute("select id, customer_id from sales.contacts").fetchall())
    for row in conn.execute(
        "select id, kind, record_id, employee_id, access, expires_at from sales.record_shares"
    ):
        s.shares[row[0]] = (row[1], row[2], row[3], row[4], row[5])
    for hid, frm, to in conn.execute("select id, from_owner_id, to_owner_id from sales.ownership_history"):
        s.history_owners[hid] = (frm, to)
    s.audit_owner = dict(conn.execute("select id, owner_id from sales.audit_log").fetchall())
    conn.rollback()
    return s


class Oracle:
    """Expected visible row ids per table for any employee id (None: an outsider)."""

    def __init__(self, snap: Snapshot) -> None:
        self.s = snap
        self.unit_children: dict[int, set[int]] = defaultdict(set)
        for unit, parent in snap.unit_parent.items():
            if parent is not None:
                self.unit_children[parent].add(unit)
        self.reports: dict[int, set[int]] = defaultdict(set)
        for emp, (_, _, _, manager, _) in snap.employees.items():
            if manager is not None:
                self.reports[manager].add(emp)

    # -- building blocks ----------------------------------------------------

    def _closure(self, start: int, children: dict[int, set[int]]) -> set[int]:
        seen, todo = {start}, [start]
        while todo:
            for child in children[todo.pop()]:
                if child not in seen:
                    seen.add(child)
                    todo.append(child)
        return seen

    def scope(self, emp: int | None) -> str | None:
        if emp is None or emp not in self.s.employees or not self.s.employees[emp][4]:
            return None
        return self.s.position_scope[self.s.employees[emp][2]]

    def visible_owners(self, emp: int | None) -> set[int]:
        scope = self.scope(emp)
        if scope is None or emp is None:
            return set()
        if scope == "all":
            return set(self.s.employees)
        seen = {emp}
        if scope != "self":
            seen |= self._closure(emp, self.reports)
        units: set[int] = set()
        if scope == "unit":
            units = {self.s.employees[emp][1]}
        elif scope == "unit_tree":
            units = self._closure(self.s.employees[emp][1], self.unit_children)
        seen |= {e for e, row in self.s.employees.items() if row[1] in units}
        return seen

    def visible_pool_units(self, emp: int | None) -> set[int]:
        scope = self.scope(emp)
        if scope is None or emp is None:
            return set()
        if scope == "all":
            return set(self.s.unit_parent)
        own_unit = self.s.employees[emp][1]
        units = {u for u in self.s.unit_parent if own_unit in self._closure(u, self.unit_children)}
        units |= {self.s.employees[o][1] for o in self.visible_owners(emp)}
        if scope == "unit_tree":
            units |= self._closure(own_unit, self.unit_children)
        return units

    def shared_customers(self, emp: int | None, *, write: bool = False) -> set[int]:
        now = datetime.now(UTC)
        return {
            rec
            for kind, rec, to, access, expires in self.s.shares.values()
            if emp is not None
            and self.scope(emp) is not None
            and to == emp
            and kind == "customer"
            and (expires is None or expires > now)
            and (access == "write" or not write)
        }

    def record_owner(self, kind: str, rec: int) -> int | None:
        if kind == "customer":
            return self.s.customer_owner.get(rec)
        if kind == "contact" and rec in self.s.contact_customer:
            return self.s.customer_owner.get(self.s.contact_customer[rec])
        return None

    # -- per table ------------------------------------------------------------

    def customers(self, emp: int | None) -> set[int]:
        if self.scope(emp) is None:
            return set()
        owners = self.visible_owners(emp)
        pools = {p for p, u in self.s.pool_unit.items() if u in self.visible_pool_units(emp)}
        shared = self.shared_customers(emp)
        return {
            c
            for c, owner in self.s.customer_owner.items()
            if owner in owners or self.s.customer_pool[c] in pools or c in shared
        }

    def editable_customers(self, emp: int | None) -> set[int]:
        """Customers `emp` may edit: owner in scope or a live write share; `all` edits pool ones too."""
        if self.scope(emp) == "all":
            return set(self.s.customer_owner)
        owners = self.visible_owners(emp)
        shared = self.shared_customers(emp, write=True)
        return {c for c, owner in self.s.customer_owner.items() if owner in owners or c in shared}

    def expected(self, table: str, emp: int | None) -> set[int]:
        """Ids of the rows of sales.<table> that `emp` must read, no more, no fewer."""
        scope = self.scope(emp)
        if scope is None:
            return set()
        owners = self.visible_owners(emp)
        if table == "org_units":
            return set(self.s.unit_parent)
        if table == "positions":
            return set(self.s.position_scope)
        if table == "employees":
            return set(self.s.employees)
        if table == "customer_pools":
            units = self.visible_pool_units(emp)
            return {p for p, u in self.s.pool_unit.items() if u in units}
        if table == "customers":
            return self.customers(emp)
        if table == "contacts":
            seen = self.customers(emp)
            return {c for c, cust in self.s.contact_customer.items() if cust in seen}
        if table == "record_shares":
            return {
                sid
                for sid, (kind, rec, to, _, _) in self.s.shares.items()
                if to == emp or self.record_owner(kind, rec) in owners
            }
        if table == "ownership_history":
            return {
                h
                for h, (frm, to) in self.s.history_owners.items()
                if scope == "all" or frm in owners or to in owners
            }
        if table == "audit_log":
            return {a for a, owner in self.s.audit_owner.items() if scope == "all" or owner in owners}
        raise KeyError(table)

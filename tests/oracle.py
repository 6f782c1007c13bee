"""Who may see and do what, computed in plain Python from the org tree.

The adversarial tests compare what each login gets from the API schema with what
this oracle says. It deliberately shares no code or SQL with the scope machinery
in sql/: it reads the raw rows (org units, positions, people, pools, customers,
contacts, shares, history, audit, the change feed) on a superuser connection and
applies the rules of DESIGN.md "Security model" itself:

- data scopes are cumulative: self < subordinates (reporting line, any depth)
  < unit (plus everyone in one's own unit) < unit_tree (plus every unit below
  it) < all;
- a pool is seen by people in its unit or any unit below it, by people whose
  scope covers someone in its unit, by unit_tree scopes over it and by `all`;
  it is managed by unit_tree/all scopes at or above its unit;
- a deal (opportunity) is seen when its owner is in scope, it is shared with the
  viewer, or the viewer is on its team; whoever owns a deal or holds it by share or
  team membership also reads its customer (reach);
- a customer is seen when its owner is in scope, its pool is seen, or it is
  shared with the viewer by a share that has not expired; it is edited when its
  owner is in scope (`all`: always), its pool is managed, or a live write share
  says so; contacts follow their customer;
- "may hand on" (transfer, release, share): the owner, or someone whose scope
  covers the owner and who stands above them (the owner reports to them at any
  depth, or the owner's unit lies strictly below theirs); never a peer; a pool
  record: whoever manages the pool;
- the directory (units, positions, employees) is seen by every employee;
- a share is seen (with its record) by its recipient and by whoever may hand the
  record on; ownership history and audit rows are seen exactly when their record
  is seen now, except that an audit entry of a share is seen only by those who
  would see the share (its recipient, whoever may hand the record on); a change
  row when its record is seen now or the viewer is its subject, and a change of a
  share only by those who would see the share.
An outsider (no active employee row) sees nothing at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg


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
    history: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (kind, record_id)
    audit: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (root_kind, root_id)
    share_audit: dict[int, set[int]] = field(default_factory=dict)  # audit id of a share -> its recipients
    deal_owner: dict[int, int] = field(default_factory=dict)  # opportunity id -> owner
    deal_customer: dict[int, int] = field(default_factory=dict)  # opportunity id -> customer
    members: set[tuple[int, int]] = field(default_factory=set)  # (opportunity id, employee id)
    # seq -> (root_kind, root_id, subject_id, whether it is a share's change)
    changes: dict[int, tuple[str, int, int | None, bool]] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


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
    for did, owner, customer in conn.execute("select id, owner_id, customer_id from sales.opportunities"):
        s.deal_owner[did] = owner
        s.deal_customer[did] = customer
    s.members = set(conn.execute("select opportunity_id, employee_id from sales.opportunity_members"))
    for row in conn.execute(
        "select id, kind, record_id, employee_id, access, expires_at from sales.record_shares"
    ):
        s.shares[row[0]] = (row[1], row[2], row[3], row[4], row[5])
    for hid, kind, rec in conn.execute("select id, kind, record_id from sales.ownership_history"):
        s.history[hid] = (kind, rec)
    for aid, kind, rec, entry_kind, recipients in conn.execute(
        "select id, root_kind, root_id, kind, array_remove(array[(old_values ->> 'employee_id')::bigint, "
        "(new_values ->> 'employee_id')::bigint], null) from sales.audit_log"
    ):
        s.audit[aid] = (kind, rec)
        if entry_kind == "share":
            s.share_audit[aid] = set(recipients)
    for seq, kind, rec, subject, of_share in conn.execute(
        "select seq, root_kind, root_id, subject_id, kind = 'share' from private.changes"
    ):
        s.changes[seq] = (kind, rec, subject, of_share)
    s.now = conn.execute("select statement_timestamp()").fetchone()[0]  # type: ignore[index]
    conn.rollback()
    return s


class Oracle:
    """Expected rows and rights for any employee id (None: an outsider)."""

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

    def unit_of(self, emp: int) -> int:
        return self.s.employees[emp][1]

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
            units = {self.unit_of(emp)}
        elif scope == "unit_tree":
            units = self._closure(self.unit_of(emp), self.unit_children)
        return seen | {e for e, row in self.s.employees.items() if row[1] in units}

    def handed_on_owners(self, emp: int | None) -> set[int]:
        """Owners whose records `emp` may hand on: themselves and those they stand above."""
        scope = self.scope(emp)
        if scope is None or emp is None:
            return set()
        owners = {emp}
        if scope != "self":
            owners |= self._closure(emp, self.reports)
        if scope in ("unit_tree", "all"):
            below = self._closure(self.unit_of(emp), self.unit_children) - {self.unit_of(emp)}
            owners |= {e for e, row in self.s.employees.items() if row[1] in below}
        return owners

    def visible_pool_units(self, emp: int | None) -> set[int]:
        scope = self.scope(emp)
        if scope is None or emp is None:
            return set()
        if scope == "all":
            return set(self.s.unit_parent)
        own_unit = self.unit_of(emp)
        units = {u for u in self.s.unit_parent if own_unit in self._closure(u, self.unit_children)}
        units |= {self.unit_of(o) for o in self.visible_owners(emp)}
        if scope == "unit_tree":
            units |= self._closure(own_unit, self.unit_children)
        return units

    def managed_pool_units(self, emp: int | None) -> set[int]:
        scope = self.scope(emp)
        if scope == "all":
            return set(self.s.unit_parent)
        if scope == "unit_tree" and emp is not None:
            return self._closure(self.unit_of(emp), self.unit_children)
        return set()

    def pools(self, emp: int | None) -> set[int]:
        units = self.visible_pool_units(emp)
        return {p for p, u in self.s.pool_unit.items() if u in units}

    def managed_pools(self, emp: int | None) -> set[int]:
        units = self.managed_pool_units(emp)
        return {p for p, u in self.s.pool_unit.items() if u in units}

    def live_share(self, expires: datetime | None) -> bool:
        return expires is None or expires > self.s.now

    def shared(self, emp: int | None, kind: str, *, write: bool = False) -> set[int]:
        if self.scope(emp) is None:
            return set()
        return {
            rec
            for k, rec, to, access, expires in self.s.shares.values()
            if to == emp
            and k == kind
            and self.live_share(expires)
            and (access == "write" or not write)
        }

    def held_deals(self, emp: int | None) -> set[int]:
        """Deals `emp` owns or holds by a share or team membership (not by scope)."""
        if self.scope(emp) is None:
            return set()
        return ({d for d, owner in self.s.deal_owner.items() if owner == emp}
                | self.shared(emp, "opportunity") | {d for d, e in self.s.members if e == emp})

    def deals(self, emp: int | None) -> set[int]:
        owners = self.visible_owners(emp) if self.scope(emp) is not None else set()
        return {d for d, owner in self.s.deal_owner.items() if owner in owners} | self.held_deals(emp)

    def shared_customers(self, emp: int | None, *, write: bool = False) -> set[int]:
        reached = set() if write else {self.s.deal_customer[d] for d in self.held_deals(emp)}
        return self.shared(emp, "customer", write=write) | reached

    # -- customers and contacts -----------------------------------------------

    def customers(self, emp: int | None) -> set[int]:
        if self.scope(emp) is None:
            return set()
        owners, pools, shared = self.visible_owners(emp), self.pools(emp), self.shared_customers(emp)
        return {
            c
            for c, owner in self.s.customer_owner.items()
            if owner in owners or self.s.customer_pool[c] in pools or c in shared
        }

    def editable_customers(self, emp: int | None) -> set[int]:
        scope = self.scope(emp)
        if scope is None:
            return set()
        if scope == "all":
            return set(self.s.customer_owner)
        owners, pools = self.visible_owners(emp), self.managed_pools(emp)
        shared = self.shared_customers(emp, write=True)
        return {
            c
            for c, owner in self.s.customer_owner.items()
            if owner in owners or self.s.customer_pool[c] in pools or c in shared
        }

    def managed_customers(self, emp: int | None) -> set[int]:
        """Customers `emp` may hand on (transfer, release, share)."""
        owners, pools = self.handed_on_owners(emp), self.managed_pools(emp)
        return {
            c
            for c, owner in self.s.customer_owner.items()
            if (owner in owners if owner is not None else self.s.customer_pool[c] in pools)
        }

    def contacts(self, emp: int | None) -> set[int]:
        seen = self.customers(emp)
        return {k for k, c in self.s.contact_customer.items() if c in seen}

    def rights(self, emp: int | None, customer: int) -> tuple[bool, bool] | None:
        """(can_edit, can_manage) on a customer, or None when it must answer "not found"."""
        if customer not in self.customers(emp):
            return None
        return customer in self.editable_customers(emp), customer in self.managed_customers(emp)

    # -- what comes with a visible record ---------------------------------------

    def shares_of(self, emp: int | None, kind: str, rec: int) -> set[int]:
        """Share ids `emp` gets from api.record_shares (the record itself is visible)."""
        manages = rec in self.managed_customers(emp) if kind == "customer" else False
        return {
            sid
            for sid, (k, r, to, _, _) in self.s.shares.items()
            if (k, r) == (kind, rec) and (to == emp or manages)
        }

    def history_of(self, kind: str, rec: int) -> set[int]:
        return {h for h, key in self.s.history.items() if key == (kind, rec)}

    def audit_of(self, emp: int | None, kind: str, rec: int) -> set[int]:
        manages = kind == "customer" and rec in self.managed_customers(emp)
        return {
            a
            for a, key in self.s.audit.items()
            if key == (kind, rec) and (a not in self.s.share_audit or manages or emp in self.s.share_audit[a])
        }

    def changes(self, emp: int | None) -> set[int]:
        if self.scope(emp) is None:
            return set()
        seen, managed = self.customers(emp), self.managed_customers(emp)
        deals = self.deals(emp)
        managed_deals = {d for d, owner in self.s.deal_owner.items() if owner in self.handed_on_owners(emp)}
        return {
            seq
            for seq, (kind, rec, subject, of_share) in self.s.changes.items()
            if subject == emp
            or (kind == "customer" and rec in (managed if of_share else seen))
            or (kind == "opportunity" and rec in (managed_deals if of_share else deals))
        }

    # -- the directory ----------------------------------------------------------

    def employees(self, emp: int | None) -> dict[int, bool]:
        """Employee id -> in_scope, as api.employees lists them (everyone, leavers too)."""
        if self.scope(emp) is None:
            return {}
        owners = self.visible_owners(emp)
        return {e: e in owners for e in self.s.employees}

    def org_units(self, emp: int | None) -> set[int]:
        return set(self.s.unit_parent) if self.scope(emp) else set()

    def positions(self, emp: int | None) -> set[int]:
        return set(self.s.position_scope) if self.scope(emp) else set()

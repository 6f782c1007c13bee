"""Who may see and do what, computed in plain Python from the declaration and the org tree.

The adversarial tests compare what each login gets from the API schema with what
this oracle says. It deliberately shares no code or SQL with the scope machinery
in sql/: it reads the registry (`private.record_kinds`, `private.kind_references` and,
where they exist, the access-route registries `private.kind_members`, `private.kind_reach`
and `private.kind_routes`) and the raw rows of every declared table (plus org units,
positions, people, pools, shares, history, audit, the change feed) on a superuser
connection, and applies the rules of DESIGN.md "Security model" to ANY kind itself:

- data scopes are cumulative: self < subordinates (reporting line, any depth)
  < unit (plus everyone in one's own unit) < unit_tree (plus every unit below
  it) < all;
- a pool is seen by people in its unit or any unit below it, by people whose
  scope covers someone in its unit, by unit_tree scopes over it and by `all`;
  it is managed by unit_tree/all scopes at or above its unit;
- a record of an owned (top-level) kind is seen when the viewer's scope is `all`,
  its owner is in scope, its pool (if the kind has a pool column) is seen, or it is
  in the viewer's routed set; it is edited when its owner is in scope, its pool is
  managed, or the routed write set holds it; a record of a child kind is seen, edited
  and handed on exactly when its parent is, at any depth;
- the routed set (COMMON13 "access routes"): a live share (read or write); a
  membership row of the kind's declared member table (access 'read' or 'write');
  reach: whoever owns a record of a kind that declares reach through a column, or sees
  it through a share or membership, also READS the record that column names; routes:
  a record of a kind that declares a route through a column is READ by whoever owns
  the record that column names or sees it through a share or membership. Members,
  reach and routes never hand on and never write (but a 'write' member writes);
- "may hand on" (transfer, release, share): the owner, or someone whose scope
  covers the owner and who stands above them (the owner reports to them at any
  depth, or the owner's unit lies strictly below theirs); never a peer; a pool
  record (no owner): whoever manages the pool;
- the directory (units, positions, employees) is seen by every employee;
- a share is seen (with its record) by its recipient and by whoever may hand the
  record on; ownership history and audit rows are seen exactly when their (root)
  record is seen now, except that an audit entry of a share is seen only by those
  who would see the share (its recipient, whoever may hand the record on); a change
  row when its root record is seen now or the viewer is its subject, and a change
  of a share only by those who would see the share.
An outsider (no active employee row) sees nothing at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import sql

ROUTE_REGISTRIES = ("private.kind_members", "private.kind_reach", "private.kind_routes")


@dataclass(frozen=True)
class KindDecl:
    """What the oracle needs of one row of private.record_kinds."""

    kind: str
    table: str
    parent_kind: str | None = None
    parent_column: str | None = None
    owner_column: str | None = None
    pool_column: str | None = None
    shares: bool = False


@dataclass
class Snapshot:
    """The raw rows the oracle reasons about (read with the admin connection)."""

    unit_parent: dict[int, int | None] = field(default_factory=dict)
    position_scope: dict[int, str] = field(default_factory=dict)
    # employee id -> (login, unit_id, position_id, manager_id, active)
    employees: dict[int, tuple[str, int, int, int | None, bool]] = field(default_factory=dict)
    pool_unit: dict[int, int] = field(default_factory=dict)
    kinds: dict[str, KindDecl] = field(default_factory=dict)
    # kind -> record id -> every column of its row, as the table holds it
    rows: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    references: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, column) -> target
    # the access-route registries (None: not in this schema)
    routes_declared: bool = False
    members: list[tuple[str, int, int, str]] = field(default_factory=list)  # (kind, record, employee, access)
    reach: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, column, target kind)
    routes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, column, target kind)
    # share id -> (kind, record_id, employee_id, access, expires_at)
    shares: dict[int, tuple[str, int, int, str, datetime | None]] = field(default_factory=dict)
    history: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (kind, record_id)
    audit: dict[int, tuple[str, int]] = field(default_factory=dict)  # id -> (root_kind, root_id)
    share_audit: dict[int, set[int]] = field(default_factory=dict)  # audit id of a share -> its recipients
    # seq -> (root_kind, root_id, subject_id, whether it is a share's change)
    changes: dict[int, tuple[str, int, int | None, bool]] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    # -- the shipped kinds, by the names the customer tests use ---------------

    def owner_of(self, kind: str, rec: int) -> int | None:
        col = self.kinds[kind].owner_column
        return self.rows[kind][rec][col] if col else None

    def pool_of(self, kind: str, rec: int) -> int | None:
        col = self.kinds[kind].pool_column
        return self.rows[kind][rec][col] if col else None

    def parent_of(self, kind: str, rec: int) -> int:
        return self.rows[kind][rec][self.kinds[kind].parent_column]  # type: ignore[index]

    @property
    def customer_owner(self) -> dict[int, int | None]:
        return {c: self.owner_of("customer", c) for c in self.rows["customer"]}

    @property
    def customer_pool(self) -> dict[int, int | None]:
        return {c: self.pool_of("customer", c) for c in self.rows["customer"]}

    @property
    def contact_customer(self) -> dict[int, int]:
        return {k: self.parent_of("contact", k) for k in self.rows["contact"]}


def _exists(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("select to_regclass(%s) is not null", (name,)).fetchone()[0]  # type: ignore[index]


def _triples(conn: psycopg.Connection, query: str) -> list[tuple[str, str, str]]:
    return [(a, b, c) for a, b, c in conn.execute(query)]


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
    for row in conn.execute(
        "select kind, table_name::text, parent_kind, parent_column, owner_column, pool_column, shares "
        "from private.record_kinds"
    ).fetchall():
        s.kinds[row[0]] = KindDecl(*row)
    for k in s.kinds.values():
        cur = conn.execute(sql.SQL("select * from {}").format(sql.SQL(k.table)))
        names = [d.name for d in cur.description or ()]
        s.rows[k.kind] = {r[0]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}
    refs = conn.execute("select kind, column_name, target_kind from private.kind_references")
    s.references = {(kind, col): target for kind, col, target in refs}
    s.routes_declared = all(_exists(conn, name) for name in ROUTE_REGISTRIES)
    if s.routes_declared:
        for kind, table, rec_col, emp_col, access_col in conn.execute(
            "select kind, table_name::text, record_column, employee_column, access_column "
            "from private.kind_members"
        ).fetchall():
            cols = map(sql.Identifier, (rec_col, emp_col, access_col))
            query = sql.SQL("select {}, {}, {} from {}").format(*cols, sql.SQL(table))
            for rec, emp, access in conn.execute(query):
                s.members.append((kind, rec, emp, access))
        s.reach = _triples(conn, "select kind, column_name, target_kind from private.kind_reach")
        s.routes = _triples(conn, "select kind, column_name, target_kind from private.kind_routes")
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
    """Expected rows and rights for any employee id (None: an outsider), for any declared kind."""

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
        self._memo: dict[tuple, set[int]] = {}

    def _cached(self, key: tuple, compute: Any) -> set[int]:
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

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

    # -- routes: shares, members, reach, routes (COMMON13) --------------------

    def shared(self, kind: str, emp: int | None, *, write: bool = False) -> set[int]:
        """Records of `kind` shared with `emp` by a live share, or on which `emp` is a member."""
        if self.scope(emp) is None:
            return set()
        got = {
            rec
            for k, rec, to, access, expires in self.s.shares.values()
            if to == emp and k == kind and self.live_share(expires) and (access == "write" or not write)
        }
        got |= {rec for k, rec, who, access in self.s.members
                if k == kind and who == emp and (access == "write" or not write)}
        return got

    def _holds(self, kind: str, rec: int | None, emp: int | None) -> bool:
        """`emp` owns the record or sees it through a share or membership (reach's and routes' test)."""
        if rec is None or rec not in self.s.rows.get(kind, {}):
            return False
        return self.s.owner_of(kind, rec) == emp or rec in self.shared(kind, emp)

    def routed(self, kind: str, emp: int | None, *, write: bool = False) -> set[int]:
        """The id set the routes give `emp` on `kind`: shares and members, plus (reads) reach and routes."""
        def compute() -> set[int]:
            got = self.shared(kind, emp, write=write)
            if write or self.scope(emp) is None:
                return got
            for source, col, target in self.s.reach:
                if target == kind:
                    got |= {row[col] for r, row in self.s.rows[source].items()
                            if row[col] is not None and self._holds(source, r, emp)}
            for source, col, target in self.s.routes:
                if source == kind:
                    got |= {r for r, row in self.s.rows[kind].items() if self._holds(target, row[col], emp)}
            return got
        return self._cached(("routed", kind, emp, write), compute)

    # -- any kind ---------------------------------------------------------------

    def _by_parent(self, kind: str, parents: set[int]) -> set[int]:
        col = self.s.kinds[kind].parent_column
        return {r for r, row in self.s.rows[kind].items() if row[col] in parents}

    def visible(self, kind: str, emp: int | None) -> set[int]:
        """Ids of `kind` that `emp` reads."""
        def compute() -> set[int]:
            k = self.s.kinds[kind]
            scope = self.scope(emp)
            if scope is None:
                return set()
            if k.parent_kind:
                return self._by_parent(kind, self.visible(k.parent_kind, emp))
            if scope == "all":
                return set(self.s.rows[kind])
            owners, pools, routed = self.visible_owners(emp), self.pools(emp), self.routed(kind, emp)
            return {r for r in self.s.rows[kind]
                    if self.s.owner_of(kind, r) in owners or self.s.pool_of(kind, r) in pools or r in routed}
        return self._cached(("visible", kind, emp), compute)

    def editable(self, kind: str, emp: int | None) -> set[int]:
        """Ids of `kind` that `emp` may write."""
        def compute() -> set[int]:
            k = self.s.kinds[kind]
            if self.scope(emp) is None:
                return set()
            if k.parent_kind:
                return self._by_parent(kind, self.editable(k.parent_kind, emp))
            owners, pools = self.visible_owners(emp), self.managed_pools(emp)
            routed = self.routed(kind, emp, write=True)
            return {r for r in self.s.rows[kind]
                    if self.s.owner_of(kind, r) in owners or self.s.pool_of(kind, r) in pools or r in routed}
        return self._cached(("editable", kind, emp), compute)

    def manageable(self, kind: str, emp: int | None) -> set[int]:
        """Ids of `kind` that `emp` may hand on (transfer, release, share)."""
        def compute() -> set[int]:
            k = self.s.kinds[kind]
            if k.parent_kind:
                return self._by_parent(kind, self.manageable(k.parent_kind, emp))
            owners, pools = self.handed_on_owners(emp), self.managed_pools(emp)
            found = set()
            for r in self.s.rows[kind]:
                owner = self.s.owner_of(kind, r)
                if owner in owners or (owner is None and self.s.pool_of(kind, r) in pools):
                    found.add(r)
            return found
        return self._cached(("manageable", kind, emp), compute)

    def kind_rights(self, kind: str, emp: int | None, rec: int) -> tuple[bool, bool] | None:
        """(can_edit, can_manage) on a record, or None when it must answer "not found"."""
        if rec not in self.visible(kind, emp):
            return None
        return rec in self.editable(kind, emp), rec in self.manageable(kind, emp)

    def access(self, kind: str, emp: int | None, rec: int) -> str | None:
        """The `access` column of a list row: how `emp` comes to see a top-level record."""
        k, owner = self.s.kinds[kind], self.s.owner_of(kind, rec)
        if k.parent_kind:
            return None
        if owner == emp:
            return "owner"
        if self.scope(emp) == "all" or owner in self.visible_owners(emp):
            return "scope"
        if k.pool_column and owner is None:
            return "pool"
        if k.shares:
            return "write" if rec in self.routed(kind, emp, write=True) else "read"
        return None

    def root(self, kind: str, rec: int) -> tuple[str, int]:
        """The top-level record a record belongs to (history and audit are filed under it)."""
        while self.s.kinds[kind].parent_kind:
            kind, rec = self.s.kinds[kind].parent_kind, self.s.parent_of(kind, rec)  # type: ignore[assignment]
        return kind, rec

    # -- customers and contacts, as the customer tests name them ------------------

    def shared_customers(self, emp: int | None, *, write: bool = False) -> set[int]:
        return self.shared("customer", emp, write=write)

    def customers(self, emp: int | None) -> set[int]:
        return self.visible("customer", emp)

    def editable_customers(self, emp: int | None) -> set[int]:
        return self.editable("customer", emp)

    def managed_customers(self, emp: int | None) -> set[int]:
        """Customers `emp` may hand on (transfer, release, share)."""
        return self.manageable("customer", emp)

    def contacts(self, emp: int | None) -> set[int]:
        return self.visible("contact", emp)

    def rights(self, emp: int | None, customer: int) -> tuple[bool, bool] | None:
        """(can_edit, can_manage) on a customer, or None when it must answer "not found"."""
        return self.kind_rights("customer", emp, customer)

    # -- what comes with a visible record ---------------------------------------

    def shares_of(self, emp: int | None, kind: str, rec: int) -> set[int]:
        """Share ids `emp` gets from api.record_shares (the record itself is visible)."""
        manages = rec in self.manageable(kind, emp)
        return {
            sid
            for sid, (k, r, to, _, _) in self.s.shares.items()
            if (k, r) == (kind, rec) and (to == emp or manages)
        }

    def history_of(self, kind: str, rec: int) -> set[int]:
        return {h for h, key in self.s.history.items() if key == (kind, rec)}

    def audit_of(self, emp: int | None, kind: str, rec: int) -> set[int]:
        manages = rec in self.manageable(kind, emp)
        return {
            a
            for a, key in self.s.audit.items()
            if key == (kind, rec) and (a not in self.s.share_audit or manages or emp in self.s.share_audit[a])
        }

    def changes(self, emp: int | None) -> set[int]:
        if self.scope(emp) is None:
            return set()
        return {
            seq
            for seq, (kind, rec, subject, of_share) in self.s.changes.items()
            if subject == emp
            or (kind in self.s.kinds
                and rec in (self.manageable(kind, emp) if of_share else self.visible(kind, emp)))
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

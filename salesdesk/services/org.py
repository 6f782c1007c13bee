"""Who am I, whom may I assign to, and the part of the organisation I look after.

The database decides the scope (sales.whoami, sales.assignable_employees and
the row policies); these functions only shape what it answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from salesdesk.db.session import Database
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.errors import PermissionDeniedError
from salesdesk.services.tx import transaction

NOT_AN_EMPLOYEE = QT_TRANSLATE_NOOP("errors", "Your login is not an active employee.")


@dataclass(frozen=True)
class Me:
    """The signed-in employee."""

    employee_id: int
    login: str
    name: str
    unit_id: int
    unit_name: str
    position_name: str
    level: str        # director / manager / supervisor / salesperson / assistant / admin
    data_scope: str   # self / subordinates / unit / unit_tree / all
    position_name_en: str | None = None


@dataclass(frozen=True)
class EmployeeRef:
    """An employee as pickers show them."""

    id: int
    login: str
    name: str
    unit_id: int
    unit_name: str
    position_name: str
    level: str
    position_name_en: str | None = None


@dataclass(frozen=True)
class OrgPerson:
    id: int
    login: str
    name: str
    manager_id: int | None
    position_name: str
    level: str
    customer_count: int   # customers they own that I can see (not archived)
    position_name_en: str | None = None


@dataclass(frozen=True)
class OrgNode:
    """A unit with the people of my scope in it and the sub-units leading to others."""

    unit_id: int
    parent_id: int | None
    code: str
    name: str
    kind: str
    people: tuple[OrgPerson, ...] = ()
    children: tuple[OrgNode, ...] = field(default=())


@dataclass(frozen=True)
class PoolInfo:
    id: int
    unit_id: int
    unit_name: str
    name: str
    customer_count: int


def whoami(db: Database) -> Me:
    """The signed-in employee; PermissionDeniedError for a login that is not one."""
    with transaction(db) as session:
        row = session.execute(text("select * from sales.whoami()")).mappings().first()
    if row is None:
        raise PermissionDeniedError(NOT_AN_EMPLOYEE)
    return Me(**row)


def schema_version(db: Database) -> str | None:
    """The schema revision(s) applied to the server, e.g. '0002'."""
    with transaction(db) as session:
        return session.scalar(text("select sales.schema_version()"))


_EMPLOYEE_COLUMNS = """e.id, e.login, e.name, e.unit_id, u.name as unit_name,
                       p.name as position_name, p.level, p.name_en as position_name_en"""
_EMPLOYEE_JOINS = """join sales.org_units u on u.id = e.unit_id
                     join sales.positions p on p.id = e.position_id"""


def assignable_employees(db: Database) -> list[EmployeeRef]:
    """Active people in my scope, by name: the owner picker's choices."""
    sql = text(f"""select {_EMPLOYEE_COLUMNS} from sales.assignable_employees() a
                   join sales.employees e on e.id = a.id {_EMPLOYEE_JOINS}
                   order by e.name, e.id""")
    with transaction(db) as session:
        return [EmployeeRef(**r) for r in session.execute(sql).mappings()]


def directory(db: Database, search: str = "", limit: int = 50) -> list[EmployeeRef]:
    """Active employees anywhere in the company matching `search` (name, login or unit)."""
    pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = text(f"""select {_EMPLOYEE_COLUMNS} from sales.employees e {_EMPLOYEE_JOINS}
                   where e.active and (e.name ilike :p or e.login ilike :p or u.name ilike :p)
                   order by e.name, e.id limit :limit""")
    with transaction(db) as session:
        return [EmployeeRef(**r) for r in session.execute(sql, {"p": pattern, "limit": limit}).mappings()]


_PEOPLE = text("""
    with people as (select a.id from sales.assignable_employees() a),
    counts as (
        select c.owner_id, count(*) as n from sales.customers c
        where c.archived_at is null and c.owner_id in (select id from people)
        group by c.owner_id)
    select e.id, e.login, e.name, e.manager_id, e.unit_id, p.name as position_name, p.level,
           p.name_en as position_name_en, coalesce(n.n, 0) as customer_count
    from people x join sales.employees e on e.id = x.id
        join sales.positions p on p.id = e.position_id
        left join counts n on n.owner_id = e.id
    order by e.name, e.id""")

_UNITS = text("""
    with recursive up (id) as (
        select unnest(cast(:units as bigint[]))
        union
        select u.parent_id from up join sales.org_units u on u.id = up.id where u.parent_id is not null)
    select u.id, u.parent_id, u.code, u.name, u.kind from sales.org_units u
    where u.id in (select id from up)
    order by u.name, u.id""")


def org_tree(db: Database) -> list[OrgNode]:
    """The units and people inside my scope (as the database defines it), as a forest.

    Units shown are those of my people and the units above them; each person
    carries their position and how many (visible, active) customers they own.
    """
    with transaction(db) as session:
        people = list(session.execute(_PEOPLE).mappings())
        unit_ids = sorted({p["unit_id"] for p in people})
        units = list(session.execute(_UNITS, {"units": unit_ids}).mappings()) if unit_ids else []
    by_unit: dict[int, list[OrgPerson]] = {}
    for p in people:
        by_unit.setdefault(p["unit_id"], []).append(OrgPerson(
            id=p["id"], login=p["login"], name=p["name"], manager_id=p["manager_id"],
            position_name=p["position_name"], level=p["level"], customer_count=int(p["customer_count"]),
            position_name_en=p["position_name_en"]))
    known = {u["id"] for u in units}
    children: dict[int | None, list[dict]] = {}
    for u in units:
        parent = u["parent_id"] if u["parent_id"] in known else None
        children.setdefault(parent, []).append(dict(u))

    def build(u: dict) -> OrgNode:
        return OrgNode(unit_id=u["id"], parent_id=u["parent_id"], code=u["code"], name=u["name"],
                       kind=u["kind"], people=tuple(by_unit.get(u["id"], ())),
                       children=tuple(build(c) for c in children.get(u["id"], ())))

    return [build(u) for u in children.get(None, [])]


def pools(db: Database) -> list[PoolInfo]:
    """The customer pools (公海) I can see, with how many active customers each holds."""
    sql = text("""select p.id, p.unit_id, u.name as unit_name, p.name,
                         (select count(*) from sales.customers c
                          where c.pool_id = p.id and c.archived_at is null) as customer_count
                  from sales.customer_pools p join sales.org_units u on u.id = p.unit_id
                  order by u.name, p.id""")
    with transaction(db) as session:
        return [PoolInfo(**r) for r in session.execute(sql).mappings()]

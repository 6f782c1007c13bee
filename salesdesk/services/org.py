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
    # what the position may do besides seeing its records (services.permissions); the client shows
    # and hides by it, the database decides
    permissions: frozenset[str] = frozenset()

    def may(self, permission: str) -> bool:
        return permission in self.permissions


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
    manages: bool = False  # I may hand its customers out, edit and share them


def whoami(db: Database) -> Me:
    """The signed-in employee; PermissionDeniedError for a login that is not one."""
    with transaction(db) as session:
        row = session.execute(text("select * from api.whoami()")).mappings().first()
        if row is None:
            raise PermissionDeniedError(NOT_AN_EMPLOYEE)
        held = frozenset(session.execute(text("select code from api.my_permissions()")).scalars())
    return Me(**row, permissions=held)


def schema_version(db: Database) -> str | None:
    """The schema revision(s) applied to the server, e.g. '0002'."""
    with transaction(db) as session:
        return session.scalar(text("select api.schema_version()"))


_EMPLOYEE_COLUMNS = "id, login, name, unit_id, unit_name, position_name, level, position_name_en"


def assignable_employees(db: Database) -> list[EmployeeRef]:
    """Active people in my scope, by name (pinyin): the owner filter's choices."""
    with transaction(db) as session:
        return [EmployeeRef(**r) for r in session.execute(text(
            f"select {_EMPLOYEE_COLUMNS} from api.assignable_employees()")).mappings()]


def directory(db: Database, search: str = "", limit: int = 50) -> list[EmployeeRef]:
    """Active employees anywhere in the company matching `search` (name, login or unit);
    people in my scope first. Shares and hand-overs reach across units and regions."""
    with transaction(db) as session:
        return [EmployeeRef(**r) for r in session.execute(text(
            f"select {_EMPLOYEE_COLUMNS} from api.directory(:s, :limit)"),
            {"s": search.strip(), "limit": limit}).mappings()]


_PEOPLE = text("select * from api.team_rows()")

_UNITS = text("""
    with recursive up (id) as (
        select unnest(cast(:units as bigint[]))
        union
        select u.parent_id from up join api.org_units u on u.id = up.id where u.parent_id is not null)
    select u.id, u.parent_id, u.code, u.name, u.kind from api.org_units u
    where u.id in (select id from up)
    order by u.name, u.id""")


_NUMERALS = str.maketrans("〇一二三四五六七八九", "0123456789")


def unit_order(name: str) -> tuple[str, ...]:
    """Units in pinyin order (华北 huá běi before 华东 huá dōng; the bundled server sorts by code
    point), numbered ones by number (一组, 二组: counted, not spelled)."""
    from pypinyin import Style, lazy_pinyin  # loaded on the worker thread, when the tree is read

    return tuple(lazy_pinyin(name.translate(_NUMERALS), style=Style.TONE3))


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
    for u in sorted(units, key=lambda u: unit_order(u["name"])):
        parent = u["parent_id"] if u["parent_id"] in known else None
        children.setdefault(parent, []).append(dict(u))

    def build(u: dict) -> OrgNode:
        return OrgNode(unit_id=u["id"], parent_id=u["parent_id"], code=u["code"], name=u["name"],
                       kind=u["kind"], people=tuple(by_unit.get(u["id"], ())),
                       children=tuple(build(c) for c in children.get(u["id"], ())))

    return [build(u) for u in children.get(None, [])]


def pools(db: Database) -> list[PoolInfo]:
    """The customer pools (公海) I can see, with how many active customers each holds."""
    sql = text("select id, unit_id, unit_name, name, customer_count, manages from api.pool_rows()")
    with transaction(db) as session:
        return [PoolInfo(**r) for r in session.execute(sql).mappings()]

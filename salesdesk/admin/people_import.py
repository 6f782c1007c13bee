"""`salesdesk-admin user import FILE`: org units and people from one spreadsheet (CSV or XLSX).

One row per person (the unit columns say where they work, and may define that unit), or a
row with only the unit columns to create a unit nobody works in yet. Columns (header row,
any order, case and spaces ignored): unit_code, unit_name, unit_kind, parent_unit_code,
pool, login, name, email, phone, position, manager_login. See installer/examples/employees.csv.

Everything is checked before anything is written, and written in one transaction: one bad
row and nothing is created. Managers may come after their reports (created in reporting
order). Each new login gets a generated password, written to a result file readable by the
owner only, and must change it at first sign-in.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from salesdesk.admin import users
from salesdesk.admin.accounts import (
    EMAIL_RE,
    LOGIN_RE,
    NewEmployee,
    create_employees,
    generate_password,
    require_password_change,
)
from salesdesk.services.sheet_reader import SheetError, read_sheet

UNIT_COLUMNS = ("unit_code", "unit_name", "unit_kind", "parent_unit_code", "pool")
PERSON_COLUMNS = ("login", "name", "email", "phone", "position", "manager_login")
COLUMNS = UNIT_COLUMNS + PERSON_COLUMNS
# Headers as people type them in Chinese spreadsheets, too.
ALIASES = {"unit": "unit_code", "parent_unit": "parent_unit_code", "parent": "parent_unit_code",
           "manager": "manager_login", "e-mail": "email", "mail": "email", "kind": "unit_kind",
           "部门编码": "unit_code", "部门": "unit_name", "部门名称": "unit_name", "部门类型": "unit_kind",
           "上级部门编码": "parent_unit_code", "公海": "pool", "登录名": "login", "账号": "login",
           "姓名": "name", "邮箱": "email", "电话": "phone", "手机": "phone", "职位": "position",
           "岗位": "position", "上级": "manager_login", "上级登录名": "manager_login"}
YES = {"yes", "y", "true", "1", "x", "是"}


class ImportFailed(Exception):
    """The file was refused; `problems` holds one line per problem, naming the row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s); nothing was imported")
        self.problems = problems


@dataclass
class UnitPlan:
    code: str
    name: str
    kind: str
    parent: str | None
    pool: bool
    row: int


@dataclass
class PersonPlan:
    login: str
    name: str
    unit: str
    position: str
    manager: str | None
    email: str | None
    phone: str | None
    row: int
    password: str = field(default="", repr=False)


@dataclass
class ImportPlan:
    units: list[UnitPlan]       # new units, parents first
    people: list[PersonPlan]    # new people, managers first


# -- reading ------------------------------------------------------------------

def _key(header: object) -> str:
    text = str(header or "").strip().lower().replace(" ", "_")
    return ALIASES.get(text, ALIASES.get(str(header or "").strip(), text))


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, {column: value}) for each non-empty row below the header."""
    try:
        sheet = read_sheet(path)
    except SheetError as exc:
        raise ImportFailed([str(exc)]) from exc
    headers = [_key(h) for h in sheet.headers]
    unknown = [h for h in headers if h and h not in COLUMNS]
    if unknown:
        raise ImportFailed([f"row 1: unknown column(s) {', '.join(unknown)}; the columns are "
                            + ", ".join(COLUMNS)])
    if "unit_code" not in headers:
        raise ImportFailed(["row 1: the column unit_code is missing"])
    rows = []
    for number, cells in sheet.rows:
        values = {h: v for h, v in zip(headers, cells, strict=False) if h}
        if any(values.values()):
            rows.append((number, values))
    return rows


# -- checking -----------------------------------------------------------------

def _ordered(items: dict[str, int], parent_of: dict[str, str | None]) -> list[str] | None:
    """Keys with each parent (when it is a key too) before its children; None on a cycle."""
    done: list[str] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(key: str) -> bool:
        if state.get(key) == 2:
            return True
        if state.get(key) == 1:
            return False
        state[key] = 1
        parent = parent_of.get(key)
        if parent in items and not visit(parent):
            return False
        state[key] = 2
        done.append(key)
        return True

    for key in sorted(items, key=items.__getitem__):
        if not visit(key):
            return None
    return done


def _existing(conn: psycopg.Connection, query: str) -> dict[str, tuple[object, ...]]:
    return {r[0]: tuple(r[1:]) for r in conn.execute(query).fetchall()}


def plan(conn: psycopg.Connection, rows: Iterable[tuple[int, dict[str, str]]]) -> ImportPlan:
    """Check every row against the file and the database; ImportFailed lists every problem."""
    problems: list[str] = []
    db_units = _existing(conn, "select u.code, u.name, p.code from sales.org_units u "
                               "left join sales.org_units p on p.id = u.parent_id")
    db_people = _existing(conn, "select login, active from sales.employees")
    db_roles = {r[0] for r in conn.execute("select rolname from pg_roles").fetchall()}
    positions = {r[0] for r in conn.execute("select code from sales.positions").fetchall()}
    units: dict[str, UnitPlan] = {}
    people: dict[str, PersonPlan] = {}

    for number, v in rows:
        say = f"row {number}:"
        code = v.get("unit_code", "")
        if not code:
            problems.append(f"{say} unit_code is empty")
            continue
        name, parent = v.get("unit_name", ""), v.get("parent_unit_code") or None
        if code in db_units:
            old_name, old_parent = db_units[code]
            if name and name != old_name:
                problems.append(f"{say} unit {code} exists as '{old_name}', not '{name}' (rename it with "
                                "`unit rename` first, or use its name)")
            if parent and parent != old_parent:
                problems.append(f"{say} unit {code} exists under {old_parent or 'nobody'}, not {parent} "
                                "(move it with `unit move` first)")
        elif code in units:
            known = units[code]
            if (name and name != known.name) or (parent and parent != known.parent):
                problems.append(f"{say} unit {code} is described differently on row {known.row}")
        else:
            kind = v.get("unit_kind") or ("hq" if parent is None else "department")
            if not name:
                problems.append(f"{say} unit {code} is new: its unit_name must not be empty")
            if kind not in users.UNIT_KINDS:
                problems.append(f"{say} unit_kind '{kind}' is not one of {', '.join(users.UNIT_KINDS)}")
            units[code] = UnitPlan(code, name, kind, parent, v.get("pool", "").lower() in YES, number)

        login = v.get("login", "")
        if not login:
            if any(v.get(c) for c in PERSON_COLUMNS):
                problems.append(f"{say} login is empty")
            continue
        if not LOGIN_RE.match(login):
            problems.append(f"{say} login '{login}' is not valid: lower-case letters, digits, '_' or '.', "
                            "starting with a letter, 2 to 63 characters")
        elif login in people:
            problems.append(f"{say} login {login} is already on row {people[login].row}")
        elif login in db_people or login in db_roles:
            problems.append(f"{say} login {login} already exists")
        person_name, email = v.get("name", ""), v.get("email") or None
        if not person_name:
            problems.append(f"{say} name must not be empty")
        if email and not EMAIL_RE.match(email):
            problems.append(f"{say} e-mail '{email}' is not valid")
        position = v.get("position", "")
        if position not in positions:
            problems.append(f"{say} position '{position}' is not one of {', '.join(sorted(positions))}")
        people.setdefault(login, PersonPlan(login, person_name, code, position,
                                            v.get("manager_login") or None, email,
                                            v.get("phone") or None, number))

    for u in units.values():
        if u.parent and u.parent not in units and u.parent not in db_units:
            problems.append(f"row {u.row}: parent unit {u.parent} is neither in the file nor in the "
                            "database")
    roots = [u for u in units.values() if u.parent is None]
    existing_root = next((c for c, (_, p) in db_units.items() if p is None), None)
    for u in roots[1 if existing_root is None else 0:]:
        problems.append(f"row {u.row}: unit {u.code} has no parent, but the company already has a "
                        f"head office ({existing_root or roots[0].code}); give it a parent_unit_code")
    for p in people.values():
        if p.manager and p.manager not in people and p.manager not in db_people:
            problems.append(f"row {p.row}: manager {p.manager} is neither in the file nor in the database")
        elif p.manager and p.manager in db_people and not db_people[p.manager][0]:
            problems.append(f"row {p.row}: manager {p.manager} has left")
        elif p.manager == p.login:
            problems.append(f"row {p.row}: {p.login} cannot be their own manager")

    unit_order = _ordered({c: u.row for c, u in units.items()}, {c: u.parent for c, u in units.items()})
    if unit_order is None:
        problems.append("the parent_unit_code columns form a cycle")
    person_order = _ordered({lg: p.row for lg, p in people.items()},
                            {lg: p.manager for lg, p in people.items()})
    if person_order is None:
        problems.append("the manager_login columns form a cycle (someone is their own manager's "
                        "manager)")
    if problems:
        raise ImportFailed(problems)
    assert unit_order is not None and person_order is not None
    return ImportPlan(units=[units[c] for c in unit_order], people=[people[lg] for lg in person_order])


# -- writing ------------------------------------------------------------------

def apply(conn: psycopg.Connection, import_plan: ImportPlan) -> None:
    """Create the units and people in the caller's transaction (passwords generated here)."""
    for u in import_plan.units:
        users.add_unit(conn, u.code, u.name, u.kind, u.parent, u.pool)
    for p in import_plan.people:
        p.password = generate_password()
    # one insert per level of the tree (managers first): the org's visibility is refreshed once per
    # statement, and per person it made a 4,000-person import take many minutes
    for level in _levels(import_plan.people):
        create_employees(conn, [NewEmployee(login=p.login, name=p.name, unit_code=p.unit,
                                            position_code=p.position, password=p.password,
                                            manager_login=p.manager, email=p.email, phone=p.phone)
                                for p in level])
    for p in import_plan.people:
        require_password_change(conn, p.login)


def _levels(people: list[PersonPlan]) -> list[list[PersonPlan]]:
    """The people by depth below the existing org (their order is managers first)."""
    depth: dict[str, int] = {}
    levels: list[list[PersonPlan]] = []
    for p in people:
        d = depth[p.manager] + 1 if p.manager in depth else 0
        depth[p.login] = d
        if d == len(levels):
            levels.append([])
        levels[d].append(p)
    return levels


RESULT_HEADERS = ("login", "name", "unit_code", "initial_password")


def write_result(path: Path, people: list[PersonPlan]) -> None:
    """The initial passwords, in a new file readable by its owner only (CSV or XLSX by suffix)."""
    rows = [(p.login, p.name, p.unit, p.password) for p in people]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(RESULT_HEADERS)
        for row in rows:
            sheet.append(row)
        with os.fdopen(fd, "wb") as fh:
            book.save(fh)
    else:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(RESULT_HEADERS)
            writer.writerows(rows)

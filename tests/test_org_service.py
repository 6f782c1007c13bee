"""Org services on the real database: who am I, pickers, the org tree inside my scope, pools."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from salesdesk.db.session import Database
from salesdesk.db.urls import with_login
from salesdesk.services import org
from salesdesk.services.errors import PermissionDeniedError
from tests.factories import Company


@pytest.fixture
def company(counted_company: Company) -> Company:
    """This module counts customers per person: a company of its own with the pinned seeds."""
    return counted_company


@pytest.fixture
def as_user(company: Company) -> Iterator:
    opened: list[Database] = []

    def connect(key: str) -> Database:
        db = Database.connect(company.url_for(key))
        opened.append(db)
        return db

    yield connect
    for db in opened:
        db.close()


def _walk(nodes: list[org.OrgNode]) -> Iterator[org.OrgNode]:
    for node in nodes:
        yield node
        yield from _walk(list(node.children))


def test_whoami_and_schema_version(company: Company, as_user) -> None:
    me = org.whoami(as_user("sp_e1a"))
    assert (me.employee_id, me.name, me.unit_name, me.level, me.data_scope) == (
        company.people["sp_e1a"], "赵一", "上海一组", "salesperson", "self")
    assert me.login == company.login("sp_e1a")
    assert org.schema_version(as_user("sp_e1a"))
    outsider = Database.connect(with_login(company.admin_url, company.login("outsider"), company.password))
    try:
        with pytest.raises(PermissionDeniedError):
            org.whoami(outsider)
    finally:
        outsider.close()


def test_assignable_employees_are_my_scope_and_directory_is_everyone(company: Company, as_user) -> None:
    sup = as_user("sup_e1")
    assert {e.id for e in org.assignable_employees(sup)} == {
        company.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")}
    assert [e.name for e in org.assignable_employees(as_user("sp_e1a"))] == ["赵一"]
    found = {e.name for e in org.directory(sup, "主管")}
    assert {"张主管", "周主管", "冯主管"} <= found  # other regions too: sharing reaches across
    assert {e.unit_name for e in org.directory(sup, "北京")} == {"北京一组"}
    assert org.directory(sup, "%") == []  # wildcards are literal


def test_org_tree_of_a_supervisor_holds_only_the_team(company: Company, as_user) -> None:
    tree = org.org_tree(as_user("sup_e1"))
    nodes = list(_walk(tree))
    assert [n.name for n in tree] == ["总部"]
    assert {n.name for n in nodes} == {"总部", "华东大区", "上海分公司", "上海一组"}
    people = {p.name: p for n in nodes for p in n.people}
    assert set(people) == {"张主管", "赵一", "钱二", "孙助理"}
    assert {n.name for n in nodes if n.people} == {"上海一组"}
    counts = {name: people[name].customer_count for name in ("赵一", "张主管", "孙助理")}
    assert counts == {"赵一": 3, "张主管": 1, "孙助理": 0}
    assert people["赵一"].position_name == "销售代表" and people["张主管"].level == "supervisor"


def test_org_tree_of_a_manager_and_director(company: Company, as_user) -> None:
    east = {n.name for n in _walk(org.org_tree(as_user("mgr_e")))}
    assert "华东大区" in east and "上海二组" in east and not east & {"华北大区", "北京一组"}
    everyone = list(_walk(org.org_tree(as_user("director"))))
    assert len({p.id for n in everyone for p in n.people}) == len(company.people)
    assert sum(p.customer_count for n in everyone for p in n.people) == sum(
        1 for owner in company.customer_owner.values() if owner)


def test_pools_with_counts(company: Company, as_user) -> None:
    assert {(p.unit_name, p.customer_count) for p in org.pools(as_user("sp_e1a"))} == {
        ("华东大区", 2), ("总部", 1)}
    assert {p.unit_name for p in org.pools(as_user("director"))} == {"总部", "华东大区", "华北大区"}

"""Migrations: an old database upgrades without losing data, init is idempotent,
and the revision is recorded where users cannot touch it."""

from __future__ import annotations

import secrets

import psycopg
import pytest

from salesdesk.admin import cli
from salesdesk.db import migrate
from tests.factories import Company

TABLES = {
    "sales.org_units": "id, parent_id, code, name, kind, created_at, updated_at, version",
    "sales.positions": "id, code, name, level, data_scope, version",
    "sales.employees": "id, login, name, unit_id, position_id, manager_id, active, created_at, "
                       "updated_at, version",
    "private.visibility": "viewer_id, owner_id",
}


def snapshot(company: Company) -> dict[str, list[tuple]]:
    """Every row of the organisation tables, in a stable order."""
    with company.admin() as conn:
        return {table: conn.execute(f"select {cols} from {table} order by 1, 2").fetchall()
                for table, cols in TABLES.items()}


def build_org(company: Company) -> None:
    """A unit tree with a manager, a supervisor and two salespeople (schema 0001 has no customers)."""
    with company.admin() as conn:
        company.add_unit(conn, "HQ", None, "hq", "总部")
        company.add_unit(conn, "EAST", "HQ", "region", "华东大区")
        company.add_unit(conn, "EAST_T1", "EAST", "team", "上海一组")
        company.add_person(conn, "mgr", "manager", "EAST", None, "李经理")
        company.add_person(conn, "sup", "supervisor", "EAST_T1", "mgr", "张主管")
        company.add_person(conn, "sp1", "salesperson", "EAST_T1", "sup", "赵一")
        company.add_person(conn, "sp2", "salesperson", "EAST_T1", "sup", "钱二")
        # a second version of one row, so the test sees versions survive too
        conn.execute("update sales.employees set phone = '021-60000000' where id = %s",
                     (company.people["sp2"],))
        conn.commit()


def new_company(url: str) -> Company:
    return Company(admin_url=url, tag="m" + secrets.token_hex(3))


def test_upgrade_from_first_revision_keeps_data(db_factory) -> None:
    url = db_factory("0001")
    assert migrate.current_revision(url) == "0001"
    company = new_company(url)
    build_org(company)
    before = snapshot(company)
    assert len(before["sales.employees"]) == 4
    assert dict((r[1], r[-1]) for r in before["sales.employees"])[company.login("sp2")] == 2

    migrate.upgrade(url)

    assert snapshot(company) == before
    with company.admin() as conn:
        assert conn.execute("select version_num from private.alembic_version").fetchall() == [
            (migrate.head_revision(),)]
        assert conn.execute("select to_regclass('sales.customers')").fetchone()[0] is not None
    # the people still log in, and the upgraded schema works for them within their scope
    with company.connect("sup") as conn:
        assert conn.execute("select login from api.whoami()").fetchone()[0] == company.login("sup")
        visible = {r[0] for r in conn.execute("select id from api.assignable_employees()")}
        assert visible == {company.people[k] for k in ("sup", "sp1", "sp2")}


def test_migrate_command_upgrades_and_reports(db_factory, capsys: pytest.CaptureFixture[str]) -> None:
    url = db_factory("0001")
    assert cli.main(["migrate", "--dsn", url]) == 0
    out = capsys.readouterr().out
    assert f"schema at revision {migrate.head_revision()} (was 0001)" in out
    assert migrate.current_revision(url) == migrate.head_revision()


def test_init_twice_is_idempotent(fresh_db: str) -> None:
    company = new_company(fresh_db)
    build_org(company)
    before = snapshot(company)
    assert sorted(r[1] for r in before["sales.positions"]) == [
        "admin", "assistant", "director", "manager", "salesperson", "supervisor"]

    migrate.init(fresh_db)
    migrate.init(fresh_db)

    assert snapshot(company) == before  # no duplicated seed positions, no lost or rewritten rows
    assert migrate.current_revision(fresh_db) == migrate.head_revision()
    with company.admin() as conn:
        assert conn.execute("select count(*) from private.alembic_version").fetchone()[0] == 1
    with company.connect("sp1") as conn:  # re-running roles.sql kept logins and memberships
        assert conn.execute("select login from api.whoami()").fetchone()[0] == company.login("sp1")


def test_users_cannot_read_the_revision_table_but_can_ask_the_version(fresh_db: str) -> None:
    company = new_company(fresh_db)
    build_org(company)
    with company.connect("sp1") as conn:
        assert conn.execute("select api.schema_version()").fetchone()[0] == migrate.head_revision()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select version_num from private.alembic_version")
        conn.rollback()
    with company.connect("mgr") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("update private.alembic_version set version_num = '0001'")

"""Catalog checks: the structural rules of DESIGN.md "Security model", read from the
system catalogs of a fully migrated database, so a later migration cannot quietly
add an unprotected table, an invoker-rights view, an unpinned definer function or
a privileged login."""

from __future__ import annotations

import psycopg
import pytest

from tests.factories import Company

APP_SCHEMAS = ("sales", "private")
# Functions salesdesk_user may EXECUTE. Each answers for session_user only, which
# test_rls_adversarial.py::test_definer_functions_answer_for_the_session_user checks.
USER_CALLABLE = {
    "private.can_edit_customer(bigint)",
    "private.current_employee_id()",
    "private.manages_record(text,bigint)",
    "private.normalize_name(text)",
    "private.normalize_phone(text)",
    "private.sees_all()",
    "private.shared_record_ids(text,boolean)",
    "private.visible_owner_ids()",
    "private.visible_owner_ranges()",
    "private.visible_pool_ids()",
    "private.visible_pool_unit_ids()",
    "sales.assignable_employees()",
    "sales.claim_customer(bigint)",
    "sales.release_customer(bigint,text)",
    "sales.schema_version()",
    "sales.transfer_record(text,bigint,bigint,text)",
    "sales.whoami()",
}


@pytest.fixture(scope="module")
def admin(company: Company):
    with company.admin(autocommit=True) as conn:
        yield conn


def rows(conn: psycopg.Connection, query: str, params: tuple = ()) -> list[tuple]:
    return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


def logins(conn: psycopg.Connection, company: Company) -> list[str]:
    """Every employee login, the users' group and the outsider."""
    people = [r[0] for r in rows(conn, "select login from sales.employees")]
    assert len(people) >= 12
    return [*people, "salesdesk_user", company.login("outsider")]


def test_every_sales_table_enables_and_forces_rls(admin) -> None:
    tables = rows(
        admin,
        "select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c "
        "where c.relnamespace = 'sales'::regnamespace and c.relkind in ('r', 'p')",
    )
    assert {"customers", "contacts", "record_shares", "audit_log"} <= {t[0] for t in tables}
    assert [t for t in tables if not (t[1] and t[2])] == []


def test_every_view_is_security_invoker(admin) -> None:
    views = rows(
        admin,
        "select c.oid::regclass::text, c.relkind, coalesce(c.reloptions, '{}') from pg_class c "
        "where c.relnamespace::regnamespace::text = any (%s) and c.relkind in ('v', 'm')",
        (list(APP_SCHEMAS),),
    )
    # materialized views cannot be security_invoker: none may exist in these schemas
    bad = [
        v for v in views if v[1] == "m" or not ({"security_invoker=true", "security_invoker=on"} & set(v[2]))
    ]
    assert bad == []


def test_definer_functions_pin_search_path(admin) -> None:
    funcs = rows(
        admin,
        "select p.oid::regprocedure::text, coalesce(p.proconfig, '{}') from pg_proc p "
        "where p.pronamespace::regnamespace::text = any (%s) and p.prosecdef",
        (list(APP_SCHEMAS),),
    )
    assert len(funcs) >= 15
    for name, config in funcs:
        paths = [c.split("=", 1)[1] for c in config if c.startswith("search_path=")]
        assert paths, f"{name} has no pinned search_path"
        parts = [p.strip().strip('"') for p in paths[0].split(",")]
        # only trusted schemas, pg_temp explicitly last (else it is searched first for tables)
        assert parts[0] == "pg_catalog" and parts[-1] == "pg_temp", (name, parts)
        assert set(parts) <= {"pg_catalog", "pg_temp", "sales", "private"}, (name, parts)


def test_no_function_is_executable_by_public(admin) -> None:
    funcs = rows(
        admin,
        "select p.oid::regprocedure::text from pg_proc p "
        "where p.pronamespace::regnamespace::text = any (%s) "
        "and (has_function_privilege('public', p.oid, 'execute') "
        "or exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
        "where a.grantee = 0))",
        (list(APP_SCHEMAS),),
    )
    assert funcs == []


def test_users_may_execute_only_the_reviewed_functions(admin) -> None:
    callable_ = {
        r[0]
        for r in rows(
            admin,
            "select p.oid::regprocedure::text from pg_proc p "
            "where p.pronamespace::regnamespace::text = any (%s) "
            "and has_function_privilege('salesdesk_user', p.oid, 'execute')",
            (list(APP_SCHEMAS),),
        )
    }
    assert callable_ == USER_CALLABLE
    for fn in (
        "private.handover(bigint,bigint,text)",
        "private.refresh_visibility()",
        "private.record_owner(text,bigint)",
        "private.compute_visibility()",
    ):
        assert rows(admin, "select has_function_privilege('salesdesk_user', %s, 'execute')", (fn,)) == [
            (False,)
        ]


def test_default_privileges_keep_new_functions_closed(admin) -> None:
    """A function a later migration forgets to revoke is still not PUBLIC-executable."""
    acl = rows(
        admin,
        "select count(*) filter (where a.grantee = 0), count(*) from pg_default_acl d, "
        "aclexplode(d.defaclacl) a where d.defaclrole = 'salesdesk_owner'::regrole "
        "and d.defaclobjtype = 'f' and d.defaclnamespace = 0",
    )
    assert acl == [(0, 1)]  # only the owner itself keeps EXECUTE by default


def test_everything_in_app_schemas_is_owned_by_salesdesk_owner(admin) -> None:
    owners = rows(
        admin,
        """
        select 'schema ' || nspname, nspowner::regrole::text from pg_namespace where nspname = any (%(s)s)
        union all
        select 'relation ' || c.oid::regclass::text, c.relowner::regrole::text from pg_class c
        where c.relnamespace::regnamespace::text = any (%(s)s)
        union all
        select 'function ' || p.oid::regprocedure::text, p.proowner::regrole::text from pg_proc p
        where p.pronamespace::regnamespace::text = any (%(s)s)
        union all
        select 'type ' || t.oid::regtype::text, t.typowner::regrole::text from pg_type t
        where t.typnamespace::regnamespace::text = any (%(s)s)""",
        {"s": list(APP_SCHEMAS)},
    )  # type: ignore[arg-type]
    assert len(owners) > 50
    assert [o for o in owners if o[1] != "salesdesk_owner"] == []


def test_no_user_role_is_privileged_or_owns_anything(admin, company: Company) -> None:
    names = logins(admin, company)
    privileged = rows(
        admin,
        "select rolname from pg_roles where rolname = any (%s) and "
        "(rolsuper or rolbypassrls or rolcreaterole or rolcreatedb or rolreplication)",
        (names,),
    )
    assert privileged == []
    owned = rows(
        admin,
        "select r.rolname, d.classid::regclass::text, d.objid from pg_shdepend d "
        "join pg_roles r on r.oid = d.refobjid where d.deptype = 'o' and r.rolname = any (%s)",
        (names,),
    )
    assert owned == []


def test_no_login_reaches_the_owner_role(admin) -> None:
    members = rows(
        admin,
        "select rolname from pg_roles where rolcanlogin and not rolsuper "
        "and pg_has_role(oid, 'salesdesk_owner', 'member')",
    )
    assert members == []
    assert rows(
        admin, "select rolcanlogin, rolbypassrls from pg_roles where rolname = 'salesdesk_owner'"
    ) == [(False, True)]
    assert rows(admin, "select rolcanlogin, rolbypassrls from pg_roles where rolname = 'salesdesk_user'") == [
        (False, False)
    ]


def test_public_has_no_create_and_no_temp(admin) -> None:
    schemas = rows(
        admin,
        "select nspname from pg_namespace where has_schema_privilege('public', oid, 'create') "
        "or exists (select 1 from aclexplode(nspacl) a where a.grantee = 0 and a.privilege_type = 'CREATE')",
    )
    assert schemas == []
    assert rows(
        admin,
        "select has_database_privilege('public', current_database(), 'temp'), "
        "has_database_privilege('public', current_database(), 'create')",
    ) == [(False, False)]


def test_users_create_nothing_anywhere(admin, company: Company) -> None:
    for name in logins(admin, company):
        got = rows(
            admin,
            "select s, has_schema_privilege(%s, s, 'create') from unnest(%s::text[]) s",
            (name, ["public", "sales", "private"]),
        )
        assert [g for g in got if g[1]] == [], name
        assert rows(
            admin,
            "select has_database_privilege(%s, current_database(), 'create'), "
            "has_database_privilege(%s, current_database(), 'temp')",
            (name, name),
        ) == [(False, False)]


def test_users_hold_no_dangerous_table_privileges(admin) -> None:
    bad = rows(
        admin,
        """
        select c.oid::regclass::text, p from pg_class c, unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER']) p
        where c.relnamespace::regnamespace::text = any (%s) and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and has_table_privilege('salesdesk_user', c.oid, p)
        union all
        select c.oid::regclass::text, 'DELETE' from pg_class c
        where c.oid in ('sales.customers'::regclass, 'sales.audit_log'::regclass,
                        'sales.ownership_history'::regclass, 'sales.employees'::regclass)
          and has_table_privilege('salesdesk_user', c.oid, 'DELETE')
        union all
        select c.oid::regclass::text, 'ANY' from pg_class c
        where c.relnamespace = 'private'::regnamespace and c.relkind in ('r', 'p', 'S')
          and has_table_privilege('salesdesk_user', c.oid, 'SELECT, INSERT, UPDATE, DELETE')""",
        (list(APP_SCHEMAS),),
    )
    assert bad == []

"""Catalog checks: the structural rules of DESIGN.md "Security model" (the hard shell), read
from the system catalogs of a fully migrated database, so a later migration cannot quietly
give employees a table, add an unprotected table, an invoker-rights API function, an
unpinned definer, or a record kind without its policies, triggers or read view."""

from __future__ import annotations

import psycopg
import pytest

from tests.factories import Company
from tests.rls_support import Kind, record_kinds

APP_SCHEMAS = ("sales", "private")
# PostgreSQL's own schemas: every role reads the catalogs (psql, ODBC drivers need them)
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


@pytest.fixture(scope="module")
def admin(company: Company):
    with company.admin(autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="module")
def kinds(admin) -> list[Kind]:
    found = record_kinds(admin)
    assert {"customer", "contact"} <= {k.kind for k in found}
    return found


def rows(conn: psycopg.Connection, query: str, params: tuple | dict = ()) -> list[tuple]:
    return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def connect_group(admin) -> str:
    return rows(admin, "select private.connect_role()")[0][0]


@pytest.fixture(scope="module")
def employees(admin, company: Company, connect_group: str) -> list[str]:
    """Every employee login, the users' group, this database's CONNECT group and the outsider."""
    people = [r[0] for r in rows(admin, "select login from sales.employees")]
    assert len(people) >= 12
    return [*people, "salesdesk_user", connect_group, company.login("outsider")]


def table_privileges(admin: psycopg.Connection) -> list[str]:
    privs = list(TABLE_PRIVILEGES)
    if admin.info.server_version >= 170000:
        privs.append("MAINTAIN")  # VACUUM, ANALYZE, REFRESH, LOCK ... without owning the table
    return privs


# ---------------------------------------------------------------------------
# Employees: the API and nothing else
# ---------------------------------------------------------------------------


def test_employees_hold_no_privilege_on_any_relation_outside_the_api(admin, employees: list[str]) -> None:
    relations = rows(
        admin,
        "select c.oid, c.oid::regclass::text, c.relkind from pg_class c "
        "where c.relnamespace::regnamespace::text <> all (%s) and c.relnamespace <> 'api'::regnamespace "
        "and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')",
        (list(SYSTEM_SCHEMAS),),
    )
    assert len(relations) > 20
    bad = rows(
        admin,
        """
        select r, c.oid::regclass::text, p
        from unnest(%(roles)s::text[]) r, pg_class c, unnest(%(privs)s::text[]) p
        where c.oid = any (%(oids)s) and c.relkind <> 'S' and has_table_privilege(r, c.oid, p)
        union all
        select r, c.oid::regclass::text, 'any column' from unnest(%(roles)s::text[]) r, pg_class c
        where c.oid = any (%(oids)s) and c.relkind <> 'S'
          and has_any_column_privilege(r, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES')
        union all
        select r, c.oid::regclass::text, p from unnest(%(roles)s::text[]) r, pg_class c,
            unnest(array['USAGE', 'SELECT', 'UPDATE']) p
        where c.oid = any (%(oids)s) and c.relkind = 'S' and has_sequence_privilege(r, c.oid, p)""",
        {"roles": employees, "privs": table_privileges(admin), "oids": [r[0] for r in relations]},
    )
    assert bad == []


def test_employees_read_no_statistics(admin, employees: list[str]) -> None:
    """Per-table counters move when a query touches hidden rows: none of them for employees."""
    views = [
        r[0]
        for r in rows(
            admin,
            "select c.oid::regclass::text from pg_class c "
            "where c.relnamespace = 'pg_catalog'::regnamespace and c.relkind = 'v' "
            "and (c.relname like 'pg\\_stat\\_%%' or c.relname like 'pg\\_statio\\_%%')",
        )
    ]
    assert {"pg_stat_user_tables", "pg_stat_xact_user_tables", "pg_statio_user_tables"} <= set(views)
    funcs = [
        r[0]
        for r in rows(
            admin,
            "select p.oid::regprocedure::text from pg_proc p "
            "where p.pronamespace = 'pg_catalog'::regnamespace "
            "and (p.proname like 'pg\\_stat\\_get\\_%%' or p.proname = 'pg_stat_have_stats')",
        )
    ]
    assert len(funcs) > 50
    for role in employees:
        assert [
            v for v in views if rows(admin, "select has_table_privilege(%s, %s, 'select')", (role, v))[0][0]
        ] == []
        assert rows(
            admin,
            "select count(*) from unnest(%s::regprocedure[]) f "
            "where has_function_privilege(%s, f, 'execute')",
            (funcs, role),
        ) == [(0,)], role


def test_employees_execute_nothing_outside_the_api(admin, employees: list[str]) -> None:
    # information_schema's helpers are PostgreSQL's own catalog readers (like pg_catalog's)
    funcs = rows(
        admin,
        "select p.oid from pg_proc p where p.pronamespace::regnamespace::text <> all (%s)",
        (["pg_catalog", "information_schema"],),
    )
    assert len(funcs) > 60
    bad = rows(
        admin,
        "select r, p.oid::regprocedure::text from unnest(%s::text[]) r, pg_proc p "
        "where p.oid = any (%s) and p.pronamespace <> 'api'::regnamespace "
        "and has_function_privilege(r, p.oid, 'execute')",
        (employees, [f[0] for f in funcs]),
    )
    assert bad == []
    for fn in ("lo_create(oid)", "lo_creat(integer)", "lo_from_bytea(oid,bytea)"):
        assert rows(admin, "select has_function_privilege('salesdesk_user', %s, 'execute')", (fn,)) == [
            (False,)
        ]


def test_employees_use_only_the_api_schema(admin, employees: list[str], connect_group: str) -> None:
    for role in employees:
        usable = {
            r[0]
            for r in rows(
                admin,
                "select nspname from pg_namespace where has_schema_privilege(%s, oid, 'USAGE')",
                (role,),
            )
        }
        expected = {"pg_catalog", "information_schema"} | ({"api"} if role != connect_group else set())
        assert usable == expected, role
        assert (
            rows(
                admin,
                "select nspname from pg_namespace where has_schema_privilege(%s, oid, 'CREATE')",
                (role,),
            )
            == []
        ), role
        assert rows(
            admin,
            "select has_database_privilege(%s, current_database(), 'create'), "
            "has_database_privilege(%s, current_database(), 'temp')",
            (role, role),
        ) == [(False, False)]


def test_employees_reach_the_api_only_through_salesdesk_user(admin, employees: list[str]) -> None:
    """The API: every function EXECUTE-able and every view SELECT-able by the users' group."""
    funcs = rows(
        admin,
        "select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'api'::regnamespace "
        "and not has_function_privilege('salesdesk_user', p.oid, 'execute')",
    )
    views = rows(
        admin,
        "select c.oid::regclass::text from pg_class c where c.relnamespace = 'api'::regnamespace "
        "and not has_table_privilege('salesdesk_user', c.oid, 'select')",
    )
    assert (funcs, views) == ([], [])


def test_no_employee_is_privileged_owns_anything_or_reaches_a_system_role(
    admin, employees: list[str]
) -> None:
    privileged = rows(
        admin,
        "select rolname from pg_roles where rolname = any (%s) and "
        "(rolsuper or rolbypassrls or rolcreaterole or rolcreatedb or rolreplication)",
        (employees,),
    )
    assert privileged == []
    owned = rows(
        admin,
        "select r.rolname, d.classid::regclass::text, d.objid from pg_shdepend d "
        "join pg_roles r on r.oid = d.refobjid where d.deptype = 'o' and r.rolname = any (%s)",
        (employees,),
    )
    assert owned == []
    reach = rows(
        admin,
        "select e, g from unnest(%s::text[]) e, unnest(array['salesdesk_owner', 'salesdesk_api', "
        "'pg_read_all_data', 'pg_write_all_data', 'pg_read_all_stats', 'pg_monitor', "
        "'pg_signal_backend', 'pg_maintain']) g "
        "where to_regrole(g) is not null and pg_has_role(e, g, 'member')",
        (employees,),
    )
    assert reach == []


def test_every_login_has_a_connection_limit(admin) -> None:
    limits = rows(
        admin, "select e.login, r.rolconnlimit from sales.employees e join pg_roles r on r.rolname = e.login"
    )
    assert limits and [x for x in limits if x[1] < 0] == []


def test_public_has_no_create_no_temp_and_no_procedural_language(admin) -> None:
    schemas = rows(
        admin,
        "select nspname from pg_namespace where has_schema_privilege('public', oid, 'create') "
        "or exists (select 1 from aclexplode(nspacl) a where a.grantee = 0 "
        "and a.privilege_type = 'CREATE')",
    )
    assert schemas == []
    assert rows(
        admin,
        "select has_database_privilege('public', current_database(), 'temp'), "
        "has_database_privilege('public', current_database(), 'create'), "
        "has_database_privilege('public', current_database(), 'connect')",
    ) == [(False, False, False)]
    # DO blocks (plpgsql) would let an employee run statements whose text the API cannot see
    assert (
        rows(
            admin,
            "select lanname from pg_language where lanpltrusted and lanname <> 'sql' "
            "and has_language_privilege('salesdesk_user', oid, 'usage')",
        )
        == []
    )


# ---------------------------------------------------------------------------
# The API schema and its role
# ---------------------------------------------------------------------------


def test_api_functions_are_pinned_definers_of_the_api_role(admin) -> None:
    funcs = rows(
        admin,
        "select p.oid::regprocedure::text, p.prosecdef, p.proowner::regrole::text, "
        "coalesce(p.proconfig, '{}'), has_function_privilege('public', p.oid, 'execute') "
        "from pg_proc p where p.pronamespace = 'api'::regnamespace",
    )
    assert len(funcs) >= 25
    bad = []
    for name, definer, owner, config, public in funcs:
        paths = [c.split("=", 1)[1] for c in config if c.startswith("search_path=")]
        parts = [p.strip().strip('"') for p in paths[0].split(",")] if paths else []
        if not (
            definer
            and owner == "salesdesk_api"
            and not public
            and parts[:1] == ["pg_catalog"]
            and parts[-1:] == ["pg_temp"]
            and set(parts) <= {"pg_catalog", "pg_temp"}
        ):
            bad.append((name, definer, owner, config, public))
    assert bad == []


def test_api_holds_only_views_and_functions_of_the_api_role(admin) -> None:
    objects = rows(
        admin,
        "select c.oid::regclass::text, c.relkind, c.relowner::regrole::text from pg_class c "
        "where c.relnamespace = 'api'::regnamespace",
    )
    assert objects and [o for o in objects if o[1] != "v" or o[2] != "salesdesk_api"] == []
    assert rows(admin, "select nspowner::regrole::text from pg_namespace where nspname = 'api'") == [
        ("salesdesk_api",)
    ]


def test_the_api_role_is_no_way_past_row_level_security(admin) -> None:
    assert rows(
        admin,
        "select rolcanlogin, rolbypassrls, rolsuper, rolcreaterole, rolcreatedb from pg_roles "
        "where rolname = 'salesdesk_api'",
    ) == [(False, False, False, False, False)]
    owned = rows(
        admin,
        "select c.oid::regclass::text from pg_class c where c.relowner = 'salesdesk_api'::regrole "
        "and c.relkind in ('r', 'p', 'm', 'S', 'f')",
    )
    assert owned == []
    assert rows(admin, "select pg_has_role('salesdesk_api', 'salesdesk_owner', 'member')") == [(False,)]
    assert (
        rows(
            admin,
            "select rolname from pg_roles where rolcanlogin and not rolsuper "
            "and (pg_has_role(oid, 'salesdesk_owner', 'member') "
            "or pg_has_role(oid, 'salesdesk_api', 'member'))",
        )
        == []
    )
    assert rows(
        admin, "select rolcanlogin, rolbypassrls from pg_roles where rolname = 'salesdesk_owner'"
    ) == [(False, True)]


def test_default_privileges_keep_new_functions_closed(admin) -> None:
    """A function a later migration forgets to revoke is still not PUBLIC-executable."""
    for role in ("salesdesk_owner", "salesdesk_api"):
        acl = rows(
            admin,
            "select count(*) filter (where a.grantee = 0) from pg_default_acl d, "
            "aclexplode(d.defaclacl) a where d.defaclrole = %s::regrole "
            "and d.defaclobjtype = 'f' and d.defaclnamespace = 0",
            (role,),
        )
        configured = rows(
            admin,
            "select count(*) from pg_default_acl where defaclrole = %s::regrole "
            "and defaclobjtype = 'f' and defaclnamespace = 0",
            (role,),
        )
        assert (acl, configured) == ([(0,)], [(1,)]), role


# ---------------------------------------------------------------------------
# The data schemas
# ---------------------------------------------------------------------------


def test_every_table_enables_and_forces_rls(admin) -> None:
    tables = rows(
        admin,
        "select c.oid::regclass::text, c.relrowsecurity, c.relforcerowsecurity from pg_class c "
        "where c.relnamespace::regnamespace::text = any (%s) and c.relkind in ('r', 'p')",
        (list(APP_SCHEMAS),),
    )
    assert {
        "sales.customers",
        "sales.contacts",
        "sales.record_shares",
        "private.changes",
        "private.visibility",
    } <= {t[0] for t in tables}
    assert [t for t in tables if not (t[1] and t[2])] == []


def test_policies_apply_to_the_api_role_only(admin) -> None:
    policies = rows(
        admin,
        "select polrelid::regclass::text, polname, "
        "array(select r::regrole::text from unnest(polroles) r) from pg_policy",
    )
    assert len(policies) > 10
    assert [p for p in policies if p[2] != ["salesdesk_api"]] == []


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
        ([*APP_SCHEMAS, "api"],),
    )
    assert funcs == []


def test_everything_in_the_data_schemas_is_owned_by_salesdesk_owner(admin) -> None:
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
    )
    assert len(owners) > 50
    assert [o for o in owners if o[1] != "salesdesk_owner"] == []


# ---------------------------------------------------------------------------
# Every declared record kind (the registry): its policies, grants, triggers and view
# ---------------------------------------------------------------------------


def test_every_kind_has_its_policies(admin, kinds: list[Kind]) -> None:
    for k in kinds:
        cmds = sorted(
            r[0]
            for r in rows(
                admin,
                "select polcmd from pg_policy where polrelid = %s::regclass "
                "and polroles = array['salesdesk_api'::regrole::oid]",
                (k.table,),
            )
        )
        assert cmds == sorted(["r", "a", "w"] + (["d"] if k.deletable else [])), k.kind
        assert rows(admin, "select count(*) from pg_policy where polrelid = %s::regclass", (k.table,)) == [
            (len(cmds),)
        ], k.kind
        assert rows(
            admin,
            "select relrowsecurity, relforcerowsecurity from pg_class where oid = %s::regclass",
            (k.table,),
        ) == [(True, True)], k.kind


def test_every_kind_has_its_stamp_and_audit_triggers(admin, kinds: list[Kind]) -> None:
    for k in kinds:
        triggers = {
            r[0]: r[1]
            for r in rows(
                admin,
                "select tgname, tgenabled from pg_trigger where tgrelid = %s::regclass and not tgisinternal",
                (k.table,),
            )
        }
        assert triggers.get("stamp") == "O" and "audit" not in triggers, (k.kind, triggers)
        # the audit runs once per statement, one trigger per event, over the statement's rows
        audit_fn = rows(
            admin,
            "select tgname, tgfoid::regproc::text, encode(tgargs, 'escape'), tgenabled, "
            "tgtype & 1 = 1, tgoldtable, tgnewtable from pg_trigger "
            "where tgrelid = %s::regclass and tgname like 'audit%%' order by tgname",
            (k.table,),
        )
        assert audit_fn == [
            ("audit_delete", "private.audit_rows", k.kind + "\\000", "O", False, "old_rows", None),
            ("audit_insert", "private.audit_rows", k.kind + "\\000", "O", False, None, "new_rows"),
            ("audit_update", "private.audit_rows", k.kind + "\\000", "O", False, "old_rows", "new_rows"),
        ], k.kind


def test_every_kind_has_its_read_view(admin, kinds: list[Kind]) -> None:
    for k in kinds:
        view = f"api.{k.view}"
        assert rows(
            admin,
            "select c.relkind, c.relowner::regrole::text, has_table_privilege('salesdesk_user', "
            "c.oid, 'select') from pg_class c where c.oid = to_regclass(%s)",
            (view,),
        ) == [("v", "salesdesk_api", True)], k.kind
        assert "id" in {
            r[0]
            for r in rows(
                admin,
                "select attname from pg_attribute where attrelid = %s::regclass and attnum > 0",
                (view,),
            )
        }


def test_the_api_role_writes_only_the_declared_columns(admin, kinds: list[Kind]) -> None:
    """Owner, pool and parent change only through the definer functions that apply the hand-on rule."""
    for k in kinds:

        def columns(priv: str, k: Kind = k) -> set[str]:
            return {
                r[0]
                for r in rows(
                    admin,
                    "select a.attname from pg_attribute a where a.attrelid = %s::regclass "
                    "and a.attnum > 0 and not a.attisdropped "
                    "and has_column_privilege('salesdesk_api', a.attrelid, a.attnum, %s)",
                    (k.table, priv),
                )
            }

        owner_cols = {c for c in (k.owner_column, k.pool_column) if c}
        assert columns("INSERT") == set(k.insertable) | set(k.writable) | owner_cols, k.kind
        assert columns("UPDATE") == set(k.writable) | ({"archived_at"} if k.archivable else set()), k.kind
        assert rows(
            admin,
            "select has_table_privilege('salesdesk_api', %s, 'delete'), "
            "has_table_privilege('salesdesk_api', %s, 'truncate'), "
            "has_table_privilege('salesdesk_api', %s, 'trigger'), "
            "has_table_privilege('salesdesk_api', %s, 'references')",
            (k.table,) * 4,
        ) == [(k.deletable, False, False, False)], k.kind

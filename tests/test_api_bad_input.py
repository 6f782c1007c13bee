"""Every function of the api schema, found in the catalog (pg_proc), answers hostile input with
the project's error codes: empty and malformed json, unknown kinds and columns, wrong types,
NULLs, huge strings, negative and huge ids. Never a syntax error (42601, what
`api.record_create('contact', '{}')` answered), an undefined column (42703), an internal error
(XX000) or a type-conversion error (22P02 and the rest of class 22) leaking from inside."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from tests.factories import Company
from tests.rls_support import outcome

# SDxxx the project's own (SD005 bad request, ...), P0002 not found, 42501 not allowed,
# 55P03 busy, class 23 a rule of the database refused the value (the client names the field).
ALLOWED = ("SD", "P0002", "42501", "55P03", "23")
HUGE = "长" * 100_000

HOSTILE: dict[str, list[object]] = {
    "text": [None, "", "nope", HUGE, "customer'; drop table sales.customers; --", "contact"],
    "jsonb": [None, "{}", "[]", '"text"', "1", '{"nope": 1}', '{"name": {"a": 1}}', '{"name": null}',
              '{"credit_limit": "abc"}', '{"credit_limit": 1e30}', '{"customer_id": "x"}',
              '{"customer_id": -1}', '{"owner_id": "me"}', '{"pool_id": 1.5}', '{"level": "Z"}',
              '{"last_contact_at": "yesterday-ish"}', '{"is_primary": "maybe"}', '{"mobile": 12345}',
              '{"eq": "x"}', '{"eq": {"nope": 1}}', '{"scope": 5}', '{"search": 5}', '{"owner_id": "x"}',
              '{"unit_id": []}', '{"pool_id": "x"}', '{"archived": "sometimes"}', '{"search": ""}',
              '{"' + "k" * 10_000 + '": 1}'],
    "bigint": [None, -1, 0, 2**63 - 1],
    "integer": [None, -1, 0, 2**31 - 1],
    "boolean": [None],
    "timestamp with time zone": [None, "-infinity", "infinity", "1900-01-01"],
    "date": [None, "-infinity", "infinity", "1900-01-01"],  # money: the ageing's day (sql/0029)
    "numeric": [None, -1, 0, "1e30", "NaN", "0.001"],  # money: the forecast's adjusted figure (sql/0036)
    "date[]": [None, "{}", "{NULL}", "{-infinity}", "{1900-01-01}"],  # the months a target split covers
    "bigint[]": [None, "{}", "{-1}", "{NULL}", "{0,9223372036854775807}"],
    # the names and phones of an import's duplicate check (sql/0041)
    "text[]": [None, "{}", "{NULL}", "{\"\"}", "{" + "长" * 300 + "}", "{a,b,c}"],
}
KINDS = ("customer", "contact")


def api_functions(admin: psycopg.Connection) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, [(argument, type)]) of every function in schema api."""
    rows = admin.execute(
        "select p.proname, coalesce(p.proargnames[1:p.pronargs], '{}'), "
        "array(select format_type(t, null) from unnest(p.proargtypes) t) "
        "from pg_proc p where p.pronamespace = 'api'::regnamespace order by 1").fetchall()
    return [(name, list(zip(names, types, strict=True))) for name, names, types in rows]


def calls(fn: str, args: list[tuple[str, str]], sane_id: int) -> Iterator[tuple[str, dict[str, object]]]:
    """For each kind (when it takes one), each argument and each hostile value of its type: the
    call with that value and sane values elsewhere. Arguments of an unknown type fail the test."""
    for _, t in args:
        assert t in HOSTILE, f"api.{fn}: teach this test hostile values of type {t}"
    sane = {"text": "x", "jsonb": "{}", "bigint": sane_id, "integer": 1, "boolean": False, "numeric": "1",
            "date[]": "{2026-06-01}", "timestamp with time zone": "2100-01-01", "bigint[]": f"{{{sane_id}}}",
            "date": "2026-06-30", "text[]": "{x}"}
    kinds = KINDS if any(a == "p_kind" for a, _ in args) else (None,)
    for kind, (i, (_arg, t)) in itertools.product(kinds, enumerate(args)):
        values = [kind if a == "p_kind" and kind else sane[ty] for a, ty in args]
        for bad in HOSTILE[t]:
            values[i] = bad
            params = {f"a{j}": v for j, v in enumerate(values)}
            sql = ", ".join(f"{a} => %(a{j})s::{ty}" for j, (a, ty) in enumerate(args))
            yield f"select * from api.{fn}({sql})", params


def leaks(conn: psycopg.Connection, admin: psycopg.Connection, sane_id: int) -> list[tuple]:
    found = []
    for fn, args in api_functions(admin):
        for query, params in calls(fn, args, sane_id):
            got = outcome(conn, query, params)
            if not got.ok and not (got.sqlstate or "").startswith(ALLOWED):
                found.append((fn, {k: str(v)[:40] for k, v in params.items()}, got.sqlstate, got.message))
    return found


@pytest.mark.parametrize("key", ["sp_e1a", "director"])
def test_every_api_function_answers_bad_input_with_project_codes(fresh_company: Company, key: str) -> None:
    with fresh_company.admin(autocommit=True) as admin, fresh_company.connect(key) as conn:
        conn.execute("set statement_timeout = '20s'")
        conn.commit()
        found = leaks(conn, admin, fresh_company.customers["sp_e1a客户1"])
    assert found == [], "\n".join(map(str, found[:40]))


def test_the_catalog_walk_finds_the_generic_and_specific_functions(company: Company) -> None:
    with company.admin() as admin:
        names = {fn for fn, _ in api_functions(admin)}
    assert {"record_create", "record_update", "customer_duplicates", "changes_since",
            "customer_list"} <= names

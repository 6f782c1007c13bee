"""Adversarial suite, part 3: attacks generated from the registry (private.record_kinds) and
from the API's own catalog, so that a new record kind or API function is attacked without
new code: every generic function (api.record_*) and every kind-specific function is called
with other people's ids, ids that exist nowhere, NULL, negative and huge ids, huge text,
bad values and injection attempts. Hidden and missing must answer alike."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.factories import Company, build_small_company, seed_pipeline
from tests.filter_probes import filter_counts
from tests.rls_support import LEVELS, Kind, Outcome, emp_id, oracle_for, outcome, record_kinds

HUGE = "长" * 100_000
ODD_IDS = (-1, 0, 2**63 - 1)
# bigint arguments of API functions that are not record ids (employees, sequence numbers)
# picklist entries are company-wide reference data, not scoped records (tests/test_picklists.py)
NOT_RECORD_IDS = {"p_new_owner", "p_employee", "p_seq", "p_entry_id", "p_entry_ids", "p_position_id",
                  "p_stage_id",
                  # a person's or a unit's money (api.contract_money, api.receivables_by_unit): a filter
                  # (tests/test_receivables_views.py attacks the second)
                  "p_owner_id", "p_unit_id",
                  "p_node_id",  # a forecast, funnel or attainment node (a unit, a person): attacked below
                  # targets (sql/0034): a version is company history read by everyone, its values
                  # decided per row by their policies (tests/test_targets.py attacks them); a leaver
                  # and a successor are employees
                  "p_version", "p_employee_id", "p_successor_id",
                  # the inbox's cursor (api.approvals_inbox): where the caller's own waiting rows
                  # resume, not a record read (tests/test_approvals.py pages it as others)
                  "p_after_id"}
# Company-wide reference data, not record kinds: every employee reads all of it, so nothing is
# hidden; who writes it and the cost price are attacked in tests/test_products.py.
REFERENCE_DATA = {"product_get", "product_rows", "product_save", "product_list", "product_count",
                  "product_category_save", "opportunity_stage_save",
                  "approval_rule_save"}  # approval rules: company policy (tests/test_approvals.py)


@pytest.fixture(scope="module")
def company(db_factory) -> Company:
    """The small company with rows of every shipped kind: each kind is attacked on real rows."""
    return seed_pipeline(build_small_company(db_factory(), deals=True))


@pytest.fixture(scope="module")
def admin(company: Company):
    with company.admin(autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="module")
def kinds(admin) -> list[Kind]:
    return record_kinds(admin)


def kind_ids(admin: psycopg.Connection, kind: Kind) -> tuple[set[int], int]:
    """Every id of the kind's table and one that exists nowhere."""
    found = {r[0] for r in admin.execute(f"select id from {kind.table}")}
    assert found, kind.kind
    return found, max(found) + 1000


def seen_ids(conn: psycopg.Connection, kind: Kind) -> set[int]:
    got = outcome(conn, f"select id from api.{kind.view}")
    return {r[0] for r in got.rows} if got.ok else set()


def value_for(type_name: str) -> Any:
    """A harmless value of a column type, for the columns a create needs."""
    if type_name in ("text", "character varying"):
        return "探测"
    if type_name == "boolean":
        return False
    if type_name.startswith(("numeric", "integer", "bigint")):
        return 0
    return None


def required_values(admin: psycopg.Connection, kind: Kind) -> dict[str, Any]:
    """The NOT NULL columns without default a create of this kind must give (besides the parent)."""
    cols = admin.execute(
        "select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a "
        "where a.attrelid = %s::regclass and a.attnum > 0 and not a.attisdropped and a.attnotnull "
        "and not a.atthasdef and a.attidentity = '' and a.attgenerated = '' and a.attname = any (%s)",
        (kind.table, list(kind.insertable + kind.writable)),
    ).fetchall()
    return {name: value_for(t) for name, t in cols if name != kind.parent_column}


def text_column(admin: psycopg.Connection, kind: Kind) -> str:
    """A writable text column of the kind (for update and huge-text attacks)."""
    for col in kind.writable:
        t = admin.execute(
            "select format_type(atttypid, atttypmod) from pg_attribute "
            "where attrelid = %s::regclass and attname = %s",
            (kind.table, col),
        ).fetchone()
        if t and t[0] == "text":
            return col
    raise AssertionError(f"kind {kind.kind} has no writable text column")


# ---------------------------------------------------------------------------
# Generic functions: every api.record_* with a record id
# ---------------------------------------------------------------------------


def generic_calls(
    admin: psycopg.Connection, kind: Kind, me: int, other: int
) -> dict[str, list[tuple[str, dict]]]:
    """Per api.record_* function, the calls that name a record by `%(id)s`."""
    col = text_column(admin, kind)
    create = required_values(admin, kind)
    base = {"kind": kind.kind, "me": me, "other": other}

    def v(values: dict) -> dict:
        return {**base, "v": json.dumps(values, ensure_ascii=False)}

    parent_query = {"parent_id": "{id}"} if kind.parent_kind else {}
    return {
        "record_rights": [("select * from api.record_rights(%(kind)s, %(id)s)", base)],
        "record_update": [
            ("select api.record_update(%(kind)s, %(id)s, null, %(v)s)", v({})),
            ("select api.record_update(%(kind)s, %(id)s, null, %(v)s)", v({col: "改"})),
            ("select api.record_update(%(kind)s, %(id)s, 1, %(v)s)", v({col: "改"})),
            ("select api.record_update(%(kind)s, %(id)s, null, %(v)s)", v({col: HUGE})),
        ],
        "record_delete": [
            ("select api.record_delete(%(kind)s, %(id)s)", base),
            ("select api.record_delete(%(kind)s, %(id)s, 1)", base),
        ],
        "record_archive": [
            ("select api.record_archive(%(kind)s, %(id)s)", base),
            ("select api.record_archive(%(kind)s, %(id)s, null, false)", base),
        ],
        "record_transfer": [
            ("select api.record_transfer(%(kind)s, %(id)s, %(me)s, '调整')", base),
            ("select api.record_transfer(%(kind)s, %(id)s, %(other)s, %(huge)s)", {**base, "huge": HUGE}),
        ],
        "record_release": [("select api.record_release(%(kind)s, %(id)s, '放弃')", base)],
        "record_claim": [("select api.record_claim(%(kind)s, %(id)s)", base)],
        "record_share": [
            ("select api.record_share(%(kind)s, %(id)s, %(me)s, 'write')", base),
            (
                "select api.record_share(%(kind)s, %(id)s, %(other)s, 'read', now() + interval '1 day', "
                "%(huge)s)",
                {**base, "huge": HUGE},
            ),
        ],
        "record_unshare": [
            ("select api.record_unshare(%(kind)s, %(id)s, %(me)s)", base),
            ("select api.record_unshare(%(kind)s, %(id)s, %(other)s)", base),
        ],
        "record_shares": [("select * from api.record_shares(%(kind)s, %(id)s)", base)],
        # an import names no record: an id, an owner or a parent in its rows is refused alike
        "record_import": [
            ("select api.record_import(%(kind)s, "
             "jsonb_build_array(jsonb_build_object('id', %(id)s::bigint)))", base),
            ("select api.record_import(%(kind)s, jsonb_build_array(jsonb_build_object('owner_id', "
             "%(other)s::bigint, 'customer_id', %(id)s::bigint, 'parent_id', %(id)s::bigint)))", base),
        ],
        # the batched duplicate check names no record: ids asked as names and phones are refused alike
        # (with an over-long row, before any lookup: a lookup would take a unit of the limit, which
        # these attacks would use up between a hidden id's call and a missing one's)
        "record_duplicates_batch": [
            ("select * from api.record_duplicates_batch(%(kind)s, array[%(id)s::text, repeat('名', 201)], "
             "array[%(id)s::text, null])", base),
        ],
        "record_history": [("select * from api.record_history(%(kind)s, %(id)s)", base)],
        "record_audit": [("select * from api.record_audit(%(kind)s, %(id)s)", base)],
        "record_count": [
            (
                "select * from api.record_count(%(kind)s, replace(%(q)s, '\"{id}\"', %(id)s::text)::jsonb)",
                {**base, "q": json.dumps(parent_query)},
            )
        ],
        "record_create": [
            (
                "select api.record_create(%(kind)s, replace(%(q)s, '\"{id}\"', %(id)s::text)::jsonb)",
                {
                    **base,
                    "q": json.dumps(
                        {**create, kind.parent_column: "{id}"}
                        if kind.parent_column
                        else {**create, "name": "{id}"}
                    ),
                },
            )
        ],
    }


def test_every_generic_function_is_attacked(admin, kinds: list[Kind]) -> None:
    """A new api.record_* function fails here until generic_calls attacks it."""
    declared = {
        r[0]
        for r in admin.execute(
            "select proname from pg_proc "
            "where pronamespace = 'api'::regnamespace and proname like 'record\\_%'"
        )
    }
    attacked = set(generic_calls(admin, kinds[0], 1, 2))
    assert declared == attacked


def compare(
    conn: psycopg.Connection, query: str, params: dict, hidden: int, missing: int
) -> tuple[Outcome, Outcome]:
    got_hidden = outcome(conn, query, {**params, "id": hidden}).without(hidden)
    got_missing = outcome(conn, query, {**params, "id": missing}).without(missing)
    return got_hidden, got_missing


@pytest.mark.parametrize("key", LEVELS)
def test_generic_functions_answer_hidden_like_missing(
    company: Company, admin, kinds: list[Kind], key: str
) -> None:
    me = emp_id(company, key) or company.people["sp_e1a"]
    other = company.people["sp_n1a" if key != "sp_n1a" else "sp_e1a"]
    wrong = []
    with company.connect(key) as conn:
        for kind in kinds:
            every, missing = kind_ids(admin, kind)
            # a child's calls name the parent in record_count/record_create: attack with hidden parents too
            parent = next((k for k in kinds if k.kind == kind.parent_kind), None)
            hidden_self = sorted(every - seen_ids(conn, kind))
            hidden_parent = sorted(kind_ids(admin, parent)[0] - seen_ids(conn, parent)) if parent else []
            for fn, calls in generic_calls(admin, kind, me, other).items():
                by_parent = fn in ("record_count", "record_create")
                if by_parent and parent is None:
                    continue  # a top-level kind's create and count name no record
                hidden = hidden_parent if by_parent else hidden_self
                miss = kind_ids(admin, parent)[1] if by_parent and parent else missing
                for query, params in calls:
                    for h in [*hidden, *ODD_IDS]:
                        got_hidden, got_missing = compare(conn, query, params, h, miss)
                        if got_hidden != got_missing:
                            wrong.append((kind.kind, fn, h, got_hidden, got_missing))
    assert wrong == []


@pytest.mark.parametrize("key", ["sp_e1a", "director"])
def test_generic_functions_take_null_ids_like_missing_ones(
    company: Company, admin, kinds: list[Kind], key: str
) -> None:
    me, other = company.people[key], company.people["sp_n1a"]
    with company.connect(key) as conn:
        for kind in kinds:
            _, missing = kind_ids(admin, kind)
            for fn, calls in generic_calls(admin, kind, me, other).items():
                if fn in ("record_count", "record_create"):
                    continue
                for query, params in calls:
                    assert outcome(conn, query, {**params, "id": None}) == outcome(
                        conn, query, {**params, "id": missing}
                    ).without(missing), (kind.kind, fn, query)


@pytest.mark.parametrize(
    "call",
    [
        "select * from api.record_rights(%(k)s, 1)",
        "select api.record_update(%(k)s, 1, null, '{}')",
        "select api.record_delete(%(k)s, 1)",
        "select api.record_archive(%(k)s, 1)",
        "select api.record_transfer(%(k)s, 1, 1, 'x')",
        "select api.record_release(%(k)s, 1, 'x')",
        "select api.record_claim(%(k)s, 1)",
        "select api.record_share(%(k)s, 1, 1)",
        "select * from api.record_shares(%(k)s, 1)",
        "select * from api.record_history(%(k)s, 1)",
        "select * from api.record_audit(%(k)s, 1)",
        "select * from api.record_count(%(k)s)",
        "select api.record_create(%(k)s, '{}')",
        "select * from api.record_duplicates_batch(%(k)s, array['x'], array['1'])",
    ],
)
@pytest.mark.parametrize(
    "bad_kind",
    [None, "", "nope", "customer'; drop table sales.customers; --", "Customer", "sales.customers", "share"],
)
def test_an_unknown_kind_is_a_bad_request(company: Company, call: str, bad_kind: str | None) -> None:
    with company.connect("director") as conn:
        got = outcome(conn, call, {"k": bad_kind})
    # record_unshare takes any kind (and finds nothing): not in this list; the rest refuse the kind
    assert (got.ok, got.sqlstate) == (False, "SD005"), (got.message, got.context)


# ---------------------------------------------------------------------------
# Kind-specific functions, found in the catalog
# ---------------------------------------------------------------------------


def specific_functions(
    admin: psycopg.Connection, kinds: list[Kind]
) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(function, [(argument, type)], kind) of every api function outside record_* that takes
    a record id: an argument p_id / p_ids / p_exclude of a function named after a kind, or p_<kind>_id."""
    names = {k.kind for k in kinds}
    found = []
    for proname, argnames, argtypes in admin.execute(
        "select p.proname, coalesce(p.proargnames[1:p.pronargs], '{}'), "
        "array(select format_type(t, null) from unnest(p.proargtypes) t) "
        "from pg_proc p where p.pronamespace = 'api'::regnamespace and p.proname not like 'record\\_%'"
    ):
        if proname in REFERENCE_DATA:
            continue
        args = list(zip(argnames, argtypes, strict=True))
        id_args = [a for a, t in args if t in ("bigint", "bigint[]") and a not in NOT_RECORD_IDS]
        if not id_args:
            continue
        kind = next((k for k in names if proname.startswith(k + "_")), None)
        for a in id_args:
            named = next((k for k in names if a == f"p_{k}_id"), None)
            assert named or (kind and a in ("p_id", "p_ids", "p_exclude")), (
                f"api.{proname}({a}): which kind's id is it? teach specific_functions"
            )
            found.append((proname, args, named or kind))
    return found


def specific_call(fn: str, args: list[tuple[str, str]], id_arg_kind: str, kinds: list[Kind]) -> str:
    """A call naming every record-id argument `%(id)s` (or an array of it), everything else NULL."""
    parts = []
    for a, t in args:
        if t == "bigint" and a not in NOT_RECORD_IDS:
            parts.append(f"{a} => %(id)s::bigint")
        elif t == "bigint[]":
            parts.append(f"{a} => array[%(id)s::bigint]")
        else:
            parts.append(f"{a} => null::{t}")
    return f"select * from api.{fn}({', '.join(parts)})"


def test_kind_specific_functions_are_found(admin, kinds: list[Kind]) -> None:
    found = {(fn, kind) for fn, _, kind in specific_functions(admin, kinds)}
    assert {
        ("customer_get", "customer"),
        ("contact_rows", "customer"),
        ("customer_rows", "customer"),
        ("customer_duplicates", "customer"),
    } <= found


@pytest.mark.parametrize("key", LEVELS)
def test_kind_specific_functions_answer_hidden_like_missing(
    company: Company, admin, kinds: list[Kind], key: str
) -> None:
    by_name = {k.kind: k for k in kinds}
    wrong = []
    with company.connect(key) as conn:
        for fn, args, kind_name in specific_functions(admin, kinds):
            kind = by_name[kind_name]
            every, missing = kind_ids(admin, kind)
            query = specific_call(fn, args, kind_name, kinds)
            for h in [*sorted(every - seen_ids(conn, kind)), *ODD_IDS]:
                got_hidden, got_missing = compare(conn, query, {}, h, missing)
                if got_hidden != got_missing:
                    wrong.append((fn, h, got_hidden, got_missing))
            # NULL may mean "all" (the read views): then only what the view shows
            got = outcome(conn, query, {"id": None})
            if got.ok and got.rows and fn.endswith("_rows"):
                view_ids = {r[0] for r in outcome(conn, f"select id from api.{fn}()").rows}
                assert {r[0] for r in got.rows} <= view_ids, fn
    assert wrong == []


# ---------------------------------------------------------------------------
# Bad values: undeclared columns, non-objects, huge text
# ---------------------------------------------------------------------------


def table_columns(admin: psycopg.Connection, kind: Kind) -> set[str]:
    return {
        r[0]
        for r in admin.execute(
            "select attname from pg_attribute where attrelid = %s::regclass "
            "and attnum > 0 and not attisdropped",
            (kind.table,),
        )
    }


def own_record(admin: psycopg.Connection, company: Company, kind: Kind) -> int:
    """A record of the kind that sp_e1a owns (or whose parent sp_e1a owns)."""
    me = company.people["sp_e1a"]
    if kind.owner_column:
        q = f"select min(id) from {kind.table} where {kind.owner_column} = %s"
    else:
        parent = next(k for k in record_kinds(admin) if k.kind == kind.parent_kind)
        q = (
            f"select min(c.id) from {kind.table} c join {parent.table} p on p.id = c.{kind.parent_column} "
            f"where p.{parent.owner_column} = %s"
        )
    row = admin.execute(q, (me,)).fetchone()
    assert row and row[0], kind.kind
    return row[0]


def test_updates_refuse_every_undeclared_field(company: Company, admin, kinds: list[Kind]) -> None:
    with company.connect("sp_e1a") as conn:
        for kind in kinds:
            rid = own_record(admin, company, kind)
            forbidden = table_columns(admin, kind) - set(kind.writable)
            assert {"id", "version", "created_by", "updated_at"} <= forbidden
            assert not kind.owner_column or {kind.owner_column} <= forbidden
            for col in sorted(forbidden | {"no_such_column", "name; drop table x", ""}):
                got = outcome(
                    conn, "select api.record_update(%s, %s, null, %s)", (kind.kind, rid, json.dumps({col: 1}))
                )
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, col, got.message)
            # a good field next to a bad one: nothing is written
            got = outcome(
                conn,
                "select api.record_update(%s, %s, null, %s)",
                (kind.kind, rid, json.dumps({text_column(admin, kind): "好", "version": 99})),
            )
            assert got.sqlstate == "SD005"


def test_creates_refuse_every_undeclared_field(company: Company, admin, kinds: list[Kind]) -> None:
    with company.connect("sp_e1a") as conn:
        for kind in kinds:
            allowed = (
                set(kind.insertable)
                | set(kind.writable)
                | {c for c in (kind.owner_column, kind.pool_column) if c}
            )
            for col in sorted(table_columns(admin, kind) - allowed):
                got = outcome(
                    conn,
                    "select api.record_create(%s, %s)",
                    (kind.kind, json.dumps({**required_values(admin, kind), col: 1})),
                )
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, col, got.message)


@pytest.mark.parametrize("values", ["[]", '[{"name": "x"}]', '"name"', "1", "null", "true"])
def test_values_must_be_an_object(company: Company, admin, kinds: list[Kind], values: str) -> None:
    with company.connect("sp_e1a") as conn:
        for kind in kinds:
            rid = own_record(admin, company, kind)
            for call, params in (
                ("select api.record_update(%s, %s, null, %s::jsonb)", (kind.kind, rid, values)),
                ("select api.record_create(%s, %s::jsonb)", (kind.kind, values)),
            ):
                got = outcome(conn, call, params)
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, call, values, got.message)


def test_null_values_change_nothing(company: Company, admin, kinds: list[Kind]) -> None:
    """record_update(…, NULL) is "nothing to save", not a statement with an empty SET list."""
    with company.connect("sp_e1a") as conn:
        for kind in kinds:
            rid = own_record(admin, company, kind)
            version = conn.execute(
                "select version from api.record_rights(%s, %s)", (kind.kind, rid)
            ).fetchone()[0]
            got = outcome(conn, "select api.record_update(%s, %s, null, null)", (kind.kind, rid))
            assert got.rows == ((version,),), (kind.kind, got.sqlstate, got.message)


def test_huge_text_is_refused_or_kept_whole(company: Company, admin, kinds: list[Kind]) -> None:
    """Within a few seconds each: computing search terms must not take time quadratic in the text
    (one statement would otherwise hold a core for the whole statement_timeout)."""
    with company.connect("sp_e1a") as conn:
        conn.execute("set statement_timeout = '10s'")
        conn.commit()
        got = outcome(conn, "select count(*) from api.customer_list(%s)", (json.dumps({"search": HUGE}),))
        assert got.rows == ((0,),), (got.sqlstate, got.message)
        for kind in kinds:
            rid = own_record(admin, company, kind)
            for col in kind.writable:
                got = outcome(
                    conn,
                    "select api.record_update(%s, %s, null, %s)",
                    (kind.kind, rid, json.dumps({col: HUGE}, ensure_ascii=False)),
                )
                # a check constraint or a type error (SD005: never a 22xxx from inside) refuses
                # it; a free text column keeps it
                assert got.ok or got.sqlstate in ("23514", "SD005"), (
                    kind.kind,
                    col,
                    got.sqlstate,
                    got.message,
                )


# ---------------------------------------------------------------------------
# Lists: sort keys, filters and cursors are declared values, never SQL
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def list_functions(admin, kinds: list[Kind]) -> dict[str, Kind]:
    names = {
        r[0]
        for r in admin.execute(
            "select proname from pg_proc where pronamespace = 'api'::regnamespace and proname like '%\\_list'"
        )
    }
    found = {f"{k.kind}_list": k for k in kinds if f"{k.kind}_list" in names}
    assert "customer_list" in found and set(found) == names - REFERENCE_DATA
    return found


def list_query(company: Company, kind: Kind) -> str:
    """The list API's query for `kind`: none for a top-level kind or a child kind listed across its
    parents (sql/0042); another child kind's list is one parent's (private.list_filter needs
    parent_id), the parent with the most children."""
    if not kind.parent_kind or kind.across_parents:
        return "{}"
    assert kind.parent_column
    with company.admin() as admin:
        row = admin.execute(sql.SQL("select {} from {} group by 1 order by count(*) desc, 1 limit 1").format(
            sql.Identifier(kind.parent_column), sql.SQL(kind.table))).fetchone()
    assert row, f"seed some {kind.kind} rows"
    return json.dumps({"parent_id": row[0]})


BAD_SORTS = [
    "name; drop table sales.customers",
    "name desc",
    "id",
    "1",
    "owner_id",
    "name_sort",
    "",
    "(select 1)",
    "name, (select pg_sleep(1))",
]


def test_sort_keys_are_only_the_declared_ones(company: Company, list_functions: dict[str, Kind]) -> None:
    with company.connect("director") as conn:
        for fn, kind in list_functions.items():
            q = list_query(company, kind)
            for sort in kind.sorts:
                assert outcome(conn, f"select id from api.{fn}(%s, %s)", (q, sort)).ok, (fn, sort)
            for sort in BAD_SORTS:
                got = outcome(conn, f"select id from api.{fn}(%s, %s)", (q, sort))
                assert (got.ok, got.sqlstate) == (False, "SD005"), (fn, sort, got.message)


@pytest.mark.parametrize("key", ["director", "sup_e1", "sp_e1a"])
def test_every_declared_filter_counts_what_the_oracle_counts(
    company: Company, admin, kinds: list[Kind], key: str
) -> None:
    """Each declared filter, probed with values of its column's type (tests/filter_probes.py)."""
    o = oracle_for(company)
    found: dict[str, tuple] = {}
    with company.connect(key) as conn:
        for kind in kinds:
            found |= filter_counts(conn, admin, o, company.people[key], kind.kind, kind.table,
                                   kind.filters, kind.archivable, kind.across_parents)
    assert {probe: gw for probe, gw in found.items() if gw[0] != gw[1]} == {}
    assert len(found) >= sum(len(k.filters) for k in kinds)
    assert any(want > 0 for _, want in found.values())


def test_the_lead_pool_filter_is_declared_and_probed_with_a_pool_id(company: Company, admin,
                                                                   kinds: list[Kind]) -> None:
    """The lead pool page's filter goes through the list API (sql/0024): probed with an id."""
    (lead,) = [k for k in kinds if k.kind == "lead"]
    assert "pool_id" in lead.filters
    with company.connect("director") as conn:  # sees both regions' pools
        found = filter_counts(conn, admin, oracle_for(company), company.people["director"], "lead",
                              lead.table, ("pool_id",), lead.archivable)
    pools = {f"lead.pool_id = {p!r}" for p in company.pools.values()}
    assert any(probe in pools and want > 0 for probe, (_, want) in found.items()), found
    assert all(got == want for got, want in found.values()), found


def test_filters_are_only_the_declared_ones(company: Company, admin, kinds: list[Kind]) -> None:
    with company.connect("director") as conn:
        for kind in kinds:
            base = {"parent_id": 1} if kind.parent_kind else {}
            for col in sorted(table_columns(admin, kind) - set(kind.filters)) + ["1=1) or (true", "x; drop"]:
                got = outcome(
                    conn,
                    "select * from api.record_count(%s, %s)",
                    (kind.kind, json.dumps({**base, "eq": {col: "A"}})),
                )
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, col, got.message)
            bad_queries: list[dict] = [{"bogus": 1}, {"search": "x", "bogus": 1}]
            if not kind.parent_kind:
                bad_queries.append({"scope": "everything"})
            if kind.archivable:
                bad_queries.append({"archived": "x"})
            for query in bad_queries:
                got = outcome(
                    conn, "select * from api.record_count(%s, %s)", (kind.kind, json.dumps({**base, **query}))
                )
                assert (got.ok, got.sqlstate) == (False, "SD005"), (kind.kind, query, got.message)


def test_cursors_are_checked(company: Company, list_functions: dict[str, Kind]) -> None:
    with company.connect("director") as conn:
        for fn, kind in list_functions.items():
            sorts = list(kind.sorts)
            q = list_query(company, kind)
            page = outcome(conn, f"select cursor from api.{fn}(%s, %s, false, null, 2)", (q, sorts[0]))
            cursor = page.rows[-1][0]
            assert outcome(conn, f"select id from api.{fn}(%s, %s, false, %s, 2)", (q, sorts[0], cursor)).ok
            other_sort = json.loads(cursor)
            bad = [
                (sorts[1], False, cursor),  # a cursor from another sort
                (sorts[0], True, cursor),  # ... from the other direction
                (sorts[0], False, "not json"),
                (sorts[0], False, "{}"),
                (sorts[0], False, "[]"),
                (sorts[0], False, json.dumps(other_sort[:3])),  # no id
                (sorts[0], False, json.dumps([*other_sort[:3], "1; drop table x"])),
                (sorts[0], False, json.dumps([other_sort[0], "maybe", *other_sort[2:]])),
            ]
            for sort, desc, cur in bad:
                got = outcome(conn, f"select id from api.{fn}(%s, %s, %s, %s, 2)", (q, sort, desc, cur))
                assert (got.ok, got.sqlstate) == (False, "SD005"), (
                    fn,
                    sort,
                    desc,
                    cur,
                    got.sqlstate,
                    got.message,
                )


@pytest.mark.parametrize("key", ["sp_e1a", "sup_e1"])
def test_a_cursor_value_cannot_widen_the_list(
    company: Company, list_functions: dict[str, Kind], key: str
) -> None:
    """Whatever value a forged cursor carries, the page holds only visible rows."""
    with company.connect(key) as conn:
        for fn, kind in list_functions.items():
            seen = seen_ids(conn, kind)
            q = list_query(company, kind)
            for sort in kind.sorts:
                for value in ("", "'' or true", "\\", "%", None, "9" * 40):
                    cur = json.dumps([sort, False, value, 0])
                    got = outcome(conn, f"select id from api.{fn}(%s, %s, false, %s, 500)", (q, sort, cur))
                    assert got.ok or got.sqlstate in ("SD005", "22P02", "22008", "22007", "22003"), (
                        fn,
                        sort,
                        value,
                        got.message,
                    )
                    assert {r[0] for r in got.rows} <= seen


# ---------------------------------------------------------------------------
# Forecast and funnel nodes (sql/0036): a unit or person out of reach answers like a missing one
# ---------------------------------------------------------------------------


def node_functions(admin: psycopg.Connection) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every API function that takes a node (p_node_kind, p_node_id), with its arguments."""
    found = []
    for proname, argnames, argtypes in admin.execute(
        "select p.proname, p.proargnames[1:p.pronargs], "
        "array(select format_type(t, null) from unnest(p.proargtypes) t) "
        "from pg_proc p where p.pronamespace = 'api'::regnamespace and 'p_node_id' = any (p.proargnames)"
    ):
        found.append((proname, list(zip(argnames, argtypes, strict=True))))
    return found


def node_call(fn: str, args: list[tuple[str, str]]) -> str:
    values = {"p_node_kind": "%(kind)s", "p_node_id": "%(id)s::bigint", "p_period": "'FY2026'",
              "p_month": "'2026-11-01'::date", "p_category": "'commit'", "p_amount": "1::numeric",
              "p_metric": "'contract_amount'"}
    if ("p_month", "text") in args:  # a month 'YYYY-MM' (sql/0039) rather than a month's first day
        values["p_month"] = "'2026-11'"
    parts = [f"{a} => {values.get(a, f'null::{t}')}" for a, t in args]
    return f"select * from api.{fn}({', '.join(parts)})"


def test_every_node_function_is_attacked(admin) -> None:
    assert {"funnel", "forecast", "forecast_deals", "forecast_breakdown", "forecast_adjustments",
            "forecast_adjust"} <= {fn for fn, _ in node_functions(admin)}


@pytest.mark.parametrize("key", LEVELS)
def test_node_functions_answer_hidden_like_missing(company: Company, admin, key: str) -> None:
    units = {r[0] for r in admin.execute("select id from sales.org_units")}
    people = {r[0] for r in admin.execute("select id from sales.employees")}
    wrong = []
    with company.connect(key) as conn:
        opened = outcome(conn, "select node_kind, node_id from api.forecast_nodes()")
        mine = set(opened.rows) if opened.ok else set()
        me = emp_id(company, key)
        seen = admin.execute("select s.owner_ids from private.visibility_sets s where s.viewer_id = %s",
                             (me,)).fetchone()
        sees_all = ("company", None) in mine
        mine |= {("person", p) for p in (people if sees_all else seen[0] if seen else ())}
        unit_row = admin.execute("select unit_id from sales.employees where id = %s", (me,)).fetchone()
        own = {("unit", unit_row[0])} if unit_row else set()  # the outsider is no employee
        for fn, args in node_functions(admin):
            query = node_call(fn, args)
            # the attainment and the briefing also open the caller's own unit (their team's total;
            # a forecast of it would list only the caller's own deals, so the forecast does not)
            opens = mine if fn.startswith(("forecast", "funnel")) else mine | own
            for kind, every in (("unit", units), ("person", people)):
                hidden = sorted(i for i in every if (kind, i) not in opens)
                for h in [*hidden, *ODD_IDS]:
                    got_hidden = outcome(conn, query, {"kind": kind, "id": h})
                    got_missing = outcome(conn, query, {"kind": kind, "id": max(every) + 1000})
                    if got_hidden.ok or (got_hidden.sqlstate, got_hidden.message) != \
                            (got_missing.sqlstate, got_missing.message):
                        wrong.append((fn, kind, h, got_hidden.sqlstate, got_missing.sqlstate,
                                      got_hidden.message, got_missing.message))
    assert wrong == []

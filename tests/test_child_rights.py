"""A child kind's rights in its list are its parent's (private.kind_checks: the parent's own checks
in a subquery over the parent row), for every declared child kind and every person of the test
company, with the caller's sets bound into the checks as values and, in a child's checks, each
membership test wrapped so the planner does not estimate the array element by element (sql/0065:
the director manages 10,000 owners at full size, and planning their payment page took 9 ms)."""

from __future__ import annotations

import re

from tests.factories import (
    Company,
    build_small_company,
    seed_contracts,
    seed_customers,
    seed_deals,
    seed_money,
    seed_quotes,
)


def children(co: Company) -> list[tuple[str, str, str, str, str]]:
    """(kind, parent kind, parent column, table, a declared sort) of every child kind with a list."""
    with co.admin() as conn:
        return conn.execute(
            "select kind, parent_kind, parent_column, table_name::text, "
            "       (select min(s) from jsonb_object_keys(sorts) s) "
            "from private.record_kinds where parent_kind is not null "
            "  and to_regproc('api.' || kind || '_list') is not null order by kind").fetchall()


def rights(co: Company, key: str, kind: str, sort: str, query: str = "{}") -> dict[int, tuple[bool, bool]]:
    rows = co.call(key, f"select id, can_edit, can_manage from api.{kind}_list(%s, %s, false, null, 1000)",
                   (query, sort))
    return {r[0]: (r[1], r[2]) for r in rows}


def test_a_childs_rights_in_its_list_are_its_parents_for_everyone(db_factory) -> None:
    seeds = (seed_customers, seed_deals, seed_contracts, seed_quotes, seed_money)
    co = build_small_company(db_factory(), seeds)
    kinds = children(co)
    assert {"payment", "invoice", "instalment"} <= {k[0] for k in kinds}  # (lines are read with their parent)
    with co.admin() as conn:
        parent_sort = dict(conn.execute(
            "select kind, (select min(s) from jsonb_object_keys(sorts) s) from private.record_kinds"))
        parent_of = {kind: dict(conn.execute(f"select id, {column} from {table}"))
                     for kind, _parent, column, table, _sort in kinds}
    seen = {False: 0, True: 0}  # checked rows by can_manage
    for key in sorted(co.people):
        for kind, parent, _column, _table, sort in kinds:
            theirs = rights(co, key, parent, parent_sort[parent])
            mine: dict[int, tuple[bool, bool]] = {}
            for parent_id in sorted(set(parent_of[kind].values())):  # (some kinds list one parent's)
                mine |= rights(co, key, kind, sort, f'{{"parent_id": {parent_id}}}')
            for child_id, got in mine.items():
                if parent_of[kind][child_id] in theirs:  # (a parent list may leave out archived rows)
                    assert got == theirs[parent_of[kind][child_id]], (key, kind, child_id)
                    seen[got[1]] += 1
    assert seen[True] > 20 and seen[False] > 4  # both answers met, for several people and kinds


def test_a_childs_bound_checks_keep_their_arrays_out_of_the_estimates(company: Company) -> None:
    with company.admin() as conn:
        for kind, check in conn.execute(
                "select kind, private.bind_caller_sets(hand_on_check, kind) from private.record_kinds "
                "where parent_kind is not null"):
            assert "coalesce(owner_id = any ($15), false)" in check, kind
            assert not re.search(r"(?<!coalesce\()\b[a-z_]+ = any \(\$1\d\)", check), kind
        # a filter's membership stays an index condition
        conds = conn.execute("select private.bind_caller_sets('owner_id = any ((select "
                             "private.visible_owner_ids())::bigint[])', 'contract')").fetchone()
        assert conds == ("owner_id = any ($11)",)

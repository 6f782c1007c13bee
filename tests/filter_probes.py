"""Every declared filter probed with values of its column's type, and the filtered count checked
against the oracle: a value the kind's rows hold (so the filter narrows to something) and a
plain value of the type (which may match nothing). A bigint, date or boolean filter probed with
text would only prove that the list refuses it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import psycopg

from tests.factories import TYPE_DEFAULTS
from tests.oracle import Oracle
from tests.rls_support import outcome


def column_types(admin: psycopg.Connection, table: str, columns: tuple[str, ...]) -> dict[str, str]:
    rows = admin.execute(
        "select attname, format_type(atttypid, null) from pg_attribute "
        "where attrelid = %s::regclass and attname = any (%s)",
        (table, list(columns)),
    ).fetchall()
    admin.rollback()
    return dict(rows)


def probe_values(o: Oracle, kind: str, column: str, type_name: str) -> list[Any]:
    """The commonest value the kind's rows hold in the column, and the type's plain value."""
    held = Counter(row[column] for row in o.s.rows[kind].values() if row[column] is not None)
    values = [v for v, _ in held.most_common(1)]
    assert type_name in TYPE_DEFAULTS, f"{kind}.{column}: teach TYPE_DEFAULTS the type {type_name}"
    return [*values, *([TYPE_DEFAULTS[type_name]] if TYPE_DEFAULTS[type_name] not in values else [])]


def as_json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def base_query(o: Oracle, kind: str, archivable: bool, across: bool = False) -> dict[str, Any]:
    """All of a top-level kind or of a child kind listed across its parents (`across`); another
    child kind under the parent with the most children."""
    q: dict[str, Any] = {"archived": "all"} if archivable else {}
    parent_col = o.s.kinds[kind].parent_column
    if parent_col and not across:
        counts = Counter(row[parent_col] for row in o.s.rows[kind].values())
        q["parent_id"] = counts.most_common(1)[0][0] if counts else 0
    return q


def filter_counts(
    conn: psycopg.Connection,
    admin: psycopg.Connection,
    o: Oracle,
    me: int,
    kind: str,
    table: str,
    filters: tuple[str, ...],
    archivable: bool,
    across: bool = False,
) -> dict[str, Any]:
    """(got, want) of the count for every probe of every declared filter of the kind."""
    base = base_query(o, kind, archivable, across)
    seen = o.visible(kind, me)
    if "parent_id" in base:
        seen = {r for r in seen if o.s.parent_of(kind, r) == base["parent_id"]}
    found: dict[str, Any] = {}
    for col, type_name in column_types(admin, table, filters).items():
        for value in probe_values(o, kind, col, type_name):
            q = {**base, "eq": {col: as_json_value(value)}}
            got = outcome(
                conn, "select n from api.record_count(%s, %s)", (kind, json.dumps(q, ensure_ascii=False))
            )
            want = sum(1 for r in seen if o.s.rows[kind][r][col] == value)
            found[f"{kind}.{col} = {value!r}"] = (got.rows[0][0] if got.ok else got.sqlstate, want)
    return found

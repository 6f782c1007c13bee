"""Registry-driven attacks on references between kinds and on creates of top-level kinds.

Everything comes from private.record_kinds and private.kind_references: a kind or reference
declared later is attacked without new test code. Each attack first finds a control (the same
write, pointing at what the caller may see, succeeds), so a refusal is the check's doing and
not an accident of the values. A write that is refused must answer for a hidden record exactly
as for a missing id (P0002 "referenced record not found" once a control exists), and leave
nothing behind: the attacks run in autocommit, and the database is read afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from tests.factories import Company
from tests.rls_support import Kind, Outcome, as_json, outcome, record_kinds

NOT_FOUND = ("P0002", "referenced record not found")


@dataclass(frozen=True)
class Reference:
    kind: Kind
    column: str
    target: Kind


def references(admin: psycopg.Connection) -> list[Reference]:
    kinds = {k.kind: k for k in record_kinds(admin)}
    rows = admin.execute("select kind, column_name, target_kind from private.kind_references "
                         "order by kind, column_name").fetchall()
    admin.rollback()
    return [Reference(kinds[k], c, kinds[t]) for k, c, t in rows]


def _all_ids(admin: psycopg.Connection, table: str) -> list[int]:
    rows = admin.execute(sql.SQL("select id from {} order by id").format(sql.SQL(table))).fetchall()
    admin.rollback()
    return [r[0] for r in rows]


def hidden_and_missing(company: Company, key: str, target: Kind) -> tuple[int | None, int]:
    """A record of `target` that `key` cannot see (None if they see them all) and an id that
    does not exist. Visibility is what the kind's own read view answers the person."""
    with company.admin() as admin:
        every = _all_ids(admin, target.table)
    with company.connect(key) as conn:
        got = outcome(conn, sql.SQL("select id from api.{}").format(sql.Identifier(target.view)))
    seen = {r[0] for r in got.rows} if got.ok else set()
    hidden = [i for i in every if i not in seen]
    return (hidden[0] if hidden else None), max(every, default=0) + 1000


def templates(company: Company, kind: Kind) -> list[dict[str, Any]]:
    """The declared insertable fields of existing rows, as values for record_create (read as
    JSON, so every value goes back in the form the API takes it)."""
    cols = list(dict.fromkeys(kind.insertable + kind.writable))
    with company.admin() as admin:
        rows = admin.execute(sql.SQL("select jsonb_strip_nulls(to_jsonb(t)) from {} t order by id").format(
            sql.SQL(kind.table))).fetchall()
    return [{c: r[0][c] for c in cols if c in r[0]} for r in rows]


def _create(conn: psycopg.Connection, kind: Kind, values: dict[str, Any]) -> Outcome:
    return outcome(conn, "select api.record_create(%s, %s)", (kind.kind, as_json(values)))


def _count(company: Company, kind: Kind, column: str, value: int) -> int:
    with company.admin() as admin:
        row = admin.execute(sql.SQL("select count(*) from {} where {} = %s").format(
            sql.SQL(kind.table), sql.Identifier(column)), (value,)).fetchone()
    return int(row[0]) if row else 0


def _verdict(hidden: Outcome | None, missing: Outcome, controlled: bool,
             ids: tuple[object, ...]) -> list[str]:
    problems = []
    if missing.ok:
        problems.append("a missing id was accepted")
    if hidden is not None:
        if hidden.ok:
            problems.append("a hidden record was accepted")
        elif hidden.without(*ids) != missing.without(*ids):
            problems.append(f"hidden answered {hidden.sqlstate} {hidden.message}, "
                            f"missing {missing.sqlstate} {missing.message}")
    if controlled and (missing.sqlstate, missing.message) != NOT_FOUND:
        problems.append(f"answered {missing.sqlstate} {missing.message}, not {NOT_FOUND}")
    return problems


def attack_creates(company: Company, key: str, ref: Reference) -> list[str]:
    """Create a record of the reference's kind pointing at a hidden record and at a missing id."""
    hidden, missing = hidden_and_missing(company, key, ref.target)
    control = None
    with company.connect(key) as conn:
        for values in templates(company, ref.kind):
            if _create(conn, ref.kind, values).ok:  # rolled back
                control = values
                break
        values = control or (templates(company, ref.kind) or [{}])[0]
    answers: dict[str, Outcome | None] = {"hidden": None}
    with company.connect(key, autocommit=True) as conn:
        for label, target in (("hidden", hidden), ("missing", missing)):
            if target is None:
                continue
            before = _count(company, ref.kind, ref.column, target)
            answers[label] = _create(conn, ref.kind, {**values, ref.column: target})
            if _count(company, ref.kind, ref.column, target) != before:
                return [f"{label}: a row was written"]
    assert answers["missing"] is not None
    return _verdict(answers["hidden"], answers["missing"], control is not None, (hidden, missing))


def attack_updates(company: Company, key: str, ref: Reference) -> list[str]:
    """Point the reference of a record the caller may edit at a hidden record and a missing id."""
    if ref.column not in ref.kind.writable:
        return []
    hidden, missing = hidden_and_missing(company, key, ref.target)
    with company.admin() as admin:
        rows = admin.execute(sql.SQL("select id, {} from {} order by id").format(
            sql.Identifier(ref.column), sql.SQL(ref.kind.table))).fetchall()
    control = None
    with company.connect(key) as conn:
        for rid, current in rows:
            same = outcome(conn, "select api.record_update(%s, %s, null, %s)",
                           (ref.kind.kind, rid, as_json({ref.column: current})))
            if same.ok:
                control = (rid, current)
                break
    rid, current = control or rows[0]
    answers: dict[str, Outcome | None] = {}
    with company.connect(key, autocommit=True) as conn:
        for label, target in (("hidden", hidden), ("missing", missing)):
            answers[label] = None if target is None else outcome(
                conn, "select api.record_update(%s, %s, null, %s)",
                (ref.kind.kind, rid, as_json({ref.column: target})))
    with company.admin() as admin:
        now = admin.execute(sql.SQL("select {} from {} where id = %s").format(
            sql.Identifier(ref.column), sql.SQL(ref.kind.table)), (rid,)).fetchone()
    if now is None or now[0] != current:
        return ["the reference was changed"]
    assert answers["missing"] is not None
    return _verdict(answers["hidden"], answers["missing"], control is not None, (hidden, missing, rid))


def attack_owner_on_create(company: Company, key: str, kind: Kind, allowed: set[int]) -> list[str]:
    """Create a top-level record for each employee (rolled back): accepted exactly for the owners
    in the caller's scope (`allowed`, from the oracle), whatever the kind."""
    with company.admin() as admin:
        everyone = [r[0] for r in admin.execute("select id from sales.employees order by id")]
        # a kind made only by its own function (an approval request) has a required column that
        # is neither derived nor insertable through the API: the generic create refuses every owner
        made_here = admin.execute(
            "select not exists (select 1 from pg_attribute a join private.record_kinds k "
            "on k.table_name = a.attrelid where k.kind = %s and a.attnum > 0 and not a.attisdropped "
            "and a.attnotnull and not a.atthasdef and a.attidentity = '' and a.attgenerated = '' "
            "and a.attname <> all (k.derived) "
            "and not has_column_privilege('salesdesk_api', a.attrelid, a.attnum, 'INSERT'))",
            (kind.kind,)).fetchone() == (True,)
    values = (templates(company, kind) or [{}])[0]
    with company.connect(key) as conn:
        answers = {e: _create(conn, kind, {**values, kind.owner_column: e}) for e in everyone}
    return [f"owner {e}: {'accepted' if a.ok else f'refused {a.sqlstate} {a.message}'}"
            for e, a in answers.items() if a.ok != (e in allowed and made_here)]

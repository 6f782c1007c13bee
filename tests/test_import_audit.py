"""An import writes the audit, the change feed and the search columns exactly as the same records
saved one by one through the form's API do (sql/0047_import_bulk.sql: the audit once per statement
from its transition tables), and a statement over many rows audits each of them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.factories import Company, build_small_company

CUSTOMERS = [({"name": "审计甲公司（上海）", "short_name": "审甲", "level": "A", "phone": "021-63330001",
               "credit_limit": "5000.00"},
              {"name": "钱经理", "mobile": "13800138001", "title": "采购", "is_primary": True}),
             ({"name": "Audit Bee Ltd", "level": "B", "phone": None, "credit_limit": "0",
               "short_name": None}, None)]
LEADS = [{"company_name": "审计线索公司", "contact_name": "孙小姐", "mobile": "13900139001", "source": None},
         {"company_name": "审计线索二", "contact_name": None, "mobile": None, "source": None}]
# what differs between two records saved alike: their ids and the moment
NOT_COMPARED = {"id", "customer_id", "created_at", "updated_at"}


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def _import(co: Company, kind: str, rows: list[dict]) -> None:
    with co.connect("sp_e1a") as conn:
        conn.execute("select api.record_import(%s, %s::jsonb)", (kind, json.dumps(rows, ensure_ascii=False)))


def _one_by_one(co: Company, kind: str, rows: list[dict]) -> None:
    with co.connect("sp_e1a") as conn:
        for row in rows:
            rid = conn.execute("select api.record_create(%s, %s::jsonb)",
                               (kind, json.dumps(row["values"], ensure_ascii=False))).fetchone()[0]
            if row.get("contact"):
                conn.execute("select api.record_create('contact', %s::jsonb)",
                             (json.dumps({**row["contact"], "customer_id": rid}, ensure_ascii=False),))


def _written(co: Company, table: str, ids: list[int]) -> list[tuple[Any, ...]]:
    """Per record (in id order): its derived search columns, its audit entries and its changes, and
    the same of its contacts, without ids and moments."""
    def clean(values: dict | None) -> dict | None:
        return None if values is None else {k: v for k, v in values.items() if k not in NOT_COMPARED}

    out = []
    root_kind = table.split(".")[1][:-1]
    with co.admin() as conn:
        for rid in ids:
            derived = conn.execute(f"select name_sort, search_text, search_grams from {table} where id = %s",
                                   (rid,)).fetchone()
            audit = conn.execute(
                "select a.kind, a.op, a.root_kind, a.root_id = %s, a.owner_id, a.actor_id, a.actor_login, "
                "a.old_values, a.new_values from sales.audit_log a where a.root_id = %s "
                "and a.root_kind = %s order by a.id", (rid, rid, root_kind)).fetchall()
            changes = conn.execute(
                "select kind, op, root_id = %s, subject_id from private.changes "
                "where root_id = %s and root_kind = %s order by seq", (rid, rid, root_kind)).fetchall()
            out.append((derived, [(*a[:7], clean(a[7]), clean(a[8])) for a in audit], changes))
    return out


def _new_ids(co: Company, table: str, after: int) -> list[int]:
    with co.admin() as conn:
        return [r[0] for r in conn.execute(f"select id from {table} where id > %s order by id", (after,))]


def _last_id(co: Company, table: str) -> int:
    with co.admin() as conn:
        return int(conn.execute(f"select coalesce(max(id), 0) from {table}").fetchone()[0])


@pytest.mark.parametrize("kind, table, rows", [
    ("customer", "sales.customers",
     [{"row": i + 2, "values": v, **({"contact": c} if c else {})} for i, (v, c) in enumerate(CUSTOMERS)]),
    ("lead", "sales.leads", [{"row": i + 2, "values": v} for i, v in enumerate(LEADS)]),
])
def test_an_import_writes_what_saving_the_records_one_by_one_writes(co: Company, kind: str, table: str,
                                                                     rows: list[dict]) -> None:
    if kind == "customer":  # every row gives the same fields: the second row's contact is left out
        rows = [rows[0], {**rows[1], "contact": None}]
        imported_rows = [rows[0], {k: v for k, v in rows[1].items() if k != "contact"}]
    else:
        imported_rows = rows
    start = _last_id(co, table)
    _import(co, kind, imported_rows)
    imported = _new_ids(co, table, start)
    start = _last_id(co, table)
    _one_by_one(co, kind, rows)
    saved = _new_ids(co, table, start)
    assert len(imported) == len(saved) == 2
    got, want = _written(co, table, imported), _written(co, table, saved)
    assert got == want
    derived, audit, changes = got[0]
    assert derived[1] and derived[2] and audit and changes  # something was compared
    if kind == "customer":  # the contact's entries are filed under its customer, owned as it is
        assert [(a[0], a[1], a[3]) for a in audit] == [("customer", "INSERT", True),
                                                       ("contact", "INSERT", True)]
        assert "钱经理" in derived[1] and "13800138001" in derived[1]


def test_a_statement_over_many_rows_audits_each_row(co: Company) -> None:
    with co.admin() as conn:
        ids = [co.add_customer(conn, f"多行审计{i}", owner="sp_e1b", contacts=2) for i in range(3)]
        conn.commit()
        before = int(conn.execute("select coalesce(max(id), 0) from sales.audit_log").fetchone()[0])
        feed = int(conn.execute("select coalesce(max(seq), 0) from private.changes").fetchone()[0])
        # one update statement: two rows changed, one changed in derived columns only (no entry)
        conn.execute("update sales.customers set level = case when id = %s then level else 'C' end, "
                     "notes = case when id = %s then notes else '批量' end where id = any (%s)",
                     (ids[2], ids[2], ids))
        conn.execute("update sales.customers set owner_id = %s where id = %s",
                     (co.people["sp_e1a"], ids[0]))
        conn.execute("delete from sales.contacts where customer_id = any (%s) and not is_primary", (ids[:2],))
        conn.commit()
        audit = conn.execute("select kind, record_id, root_id, owner_id, op, old_values, new_values "
                             "from sales.audit_log where id > %s order by id", (before,)).fetchall()
        subjects = conn.execute("select kind, op, subject_id from private.changes where seq > %s "
                                "order by seq", (feed,)).fetchall()
        contacts = conn.execute("select id, customer_id from sales.contacts where customer_id = any (%s) "
                                "and not is_primary order by id", (ids,)).fetchall()
    e1b, e1a = co.people["sp_e1b"], co.people["sp_e1a"]
    updated = [a for a in audit if a[4] == "UPDATE"]
    assert [(a[1], a[5], a[6]) for a in updated[:2]] == [
        (ids[0], {"level": "B", "notes": None}, {"level": "C", "notes": "批量"}),
        (ids[1], {"level": "B", "notes": None}, {"level": "C", "notes": "批量"})]
    assert [(a[1], a[3], a[5], a[6]) for a in updated[2:]] == [
        (ids[0], e1a, {"owner_id": e1b}, {"owner_id": e1a})]
    deleted = [a for a in audit if a[4] == "DELETE"]
    assert len(deleted) == 2 and len(contacts) == 1  # the third customer's second contact stays
    assert {(a[0], a[2], a[3]) for a in deleted} == {("contact", ids[0], e1a), ("contact", ids[1], e1b)}
    assert all(a[5]["name"].startswith("多行审计") and a[6] is None for a in deleted)
    assert subjects.count(("customer", "UPDATE", None)) == 2 and ("customer", "UPDATE", e1a) in subjects
    assert [s for s in subjects if s[1] == "DELETE"] == [("contact", "DELETE", None)] * 2

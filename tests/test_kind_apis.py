"""Leads and follow-ups on the generated kind API (sql/0022): api.lead_rows/lead_list/leads and
api.followup_rows/followup_list/followups come from private.declare_api and answer exactly as
0019's hand-written definitions did — compared here with those definitions, taken from the released
file and installed beside them, on the same data for every login — and `_get` reads one record with
the rights and access its list line carries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.factories import Company, build_small_company, seed_pipeline

SQL_0019 = Path(__file__).resolve().parent.parent / "sql" / "0019_leads_followups.sql"
OLD = ("lead_rows", "lead_list", "followup_rows", "followup_list")
LISTS = {"lead": ("name", "created_at", "updated_at", "status"),
         "followup": ("happened_at", "updated_at", "next_followup_on")}


def old_definitions() -> str:
    """0019's API functions of leads and follow-ups, renamed api.old_<name>."""
    text = SQL_0019.read_text(encoding="utf-8")
    found = []
    for name in OLD:
        match = re.search(rf"create or replace function api\.{name}\(.*?\n\$\$;", text, re.S)
        assert match, name
        found.append(match.group(0))
    body = "\n".join(found)
    for name in OLD:
        body = body.replace(f"api.{name}(", f"api.old_{name}(")
    return body


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """The pipeline seeds, a lead converted to a customer others do not see, an archived lead, a
    follow-up with a contact; 0019's functions installed beside the generated ones."""
    company = seed_pipeline(build_small_company(db_factory(), deals=True))
    with company.admin() as conn:
        lead = company.add_lead(conn, "已转化线索", owner="sp_e1a", contact_name="周经理")
        conn.execute("update sales.leads set status = 'converted', converted_customer_id = %s, "
                     "converted_by = %s, converted_at = now() where id = %s",
                     (company.customers["sp_e1a客户1"], company.people["sp_e1a"], lead))
        archived = company.add_lead(conn, "归档线索", owner="sp_e1b")
        conn.execute("update sales.leads set archived_at = now() where id = %s", (archived,))
        customer = company.customers["sp_e2a客户1"]
        contact = conn.execute("insert into sales.contacts (customer_id, name) values (%s, '王五') "
                               "returning id", (customer,)).fetchone()
        assert contact
        conn.execute("insert into sales.followups (owner_id, customer_id, contact_id, kind, summary, "
                     "outcome, next_followup_on, satisfaction) values (%s, %s, %s, 'visit', '上门回访', "
                     "'满意', '2027-01-05', 5)", (company.people["sp_e2a"], customer, contact[0]))
        conn.execute("set local role salesdesk_api")
        conn.execute(old_definitions())
        conn.execute("reset role")
        for name in OLD:
            conn.execute(f"grant execute on function api.old_{name} to salesdesk_user")
        conn.commit()
    return company


def logins(co: Company) -> list[str]:
    return sorted(co.people)


def same(co: Company, key: str, new: str, old: str, params: tuple = ()) -> list[tuple]:
    got, want = co.call(key, new, params), co.call(key, old, params)
    assert got == want, (key, new)
    return got


@pytest.mark.parametrize("kind", ["lead", "followup"])
def test_signatures_owner_and_settings_are_0019s(co: Company, kind: str) -> None:
    with co.admin() as conn:
        conn.execute("select private.harden_api()")  # as migrate does after every upgrade
        conn.commit()
        for fn in (f"{kind}_rows", f"{kind}_list"):
            props = ("select pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), p.prosecdef, "
                     "p.provolatile, p.proowner::regrole::text, p.proconfig, "
                     "has_function_privilege('salesdesk_user', p.oid, 'execute'), "
                     "has_function_privilege('public', p.oid, 'execute') "
                     "from pg_proc p where p.oid = %s::regproc")
            new = conn.execute(props, (f"api.{fn}",)).fetchone()
            assert new == conn.execute(props, (f"api.old_{fn}",)).fetchone()
            assert new and new[2] and new[4] == "salesdesk_api" and new[6] and not new[7]


@pytest.mark.parametrize("kind", ["lead", "followup"])
def test_rows_and_read_view_answer_as_0019s_for_every_login(co: Company, kind: str) -> None:
    table = "sales.leads" if kind == "lead" else "sales.followups"
    with co.admin() as conn:
        ids = [r[0] for r in conn.execute(f"select id from {table} order by id desc")]
    probe = [*ids[:3], -1, ids[0], *ids[3:]]  # a missing id and a repeated one, not in id order
    seen = 0
    for key in logins(co):
        all_rows = same(co, key, f"select * from api.{kind}_rows()", f"select * from api.old_{kind}_rows()")
        same(co, key, f"select * from api.{kind}_rows(%s)", f"select * from api.old_{kind}_rows(%s)",
             (probe,))
        view = co.call(key, f"select * from api.{kind}s")
        assert sorted(view) == sorted(all_rows)
        seen += len(all_rows)
    assert seen > len(ids)  # the comparison ran over real rows, several logins seeing some


@pytest.mark.parametrize("kind", ["lead", "followup"])
def test_list_pages_answer_as_0019s_for_every_login(co: Company, kind: str) -> None:
    same(co, "director", f"select * from api.{kind}_list()", f"select * from api.old_{kind}_list()")
    for key in logins(co):
        for sort in LISTS[kind]:
            for descending in (False, True):
                for query in ('{}', '{"scope": "mine"}', '{"archived": "all"}'):
                    args = (query, sort, descending, None, 2)
                    call = "select * from api.{}_list(cast(%s as jsonb), %s, %s, %s, %s)"
                    first = same(co, key, call.format(kind), call.format(f"old_{kind}"), args)
                    if len(first) == 2:  # the next page from the cursor
                        after = (query, sort, descending, first[-1][-1], 2)
                        same(co, key, call.format(kind), call.format(f"old_{kind}"), after)


@pytest.mark.parametrize("kind", ["lead", "followup"])
def test_get_is_the_row_with_the_rights_and_access_of_its_list_line(co: Company, kind: str) -> None:
    with co.admin() as conn:
        ids = [r[0] for r in conn.execute(f"select id from sales.{kind}s")]
    checked = 0
    for key in logins(co):
        lines = {r[0]: r for r in co.call(
            key, f"select id, can_edit, can_manage, access from api.{kind}_list('{{\"archived\": \"all\"}}', "
                 "p_limit => 500)")}
        for record_id in ids:
            got = co.call(key, f"select * from api.{kind}_get(%s)", (record_id,))
            row = co.call(key, f"select * from api.{kind}_rows(%s)", ([record_id],))
            if record_id not in lines:
                assert got == [] and row == []  # hidden and missing alike
                continue
            assert len(got) == 1 and got[0][:-3] == row[0]
            assert (record_id, *got[0][-3:]) == lines[record_id]
            checked += 1
    assert checked > len(ids)
    assert co.call("director", f"select * from api.{kind}_get(-1)") == []

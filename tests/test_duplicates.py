"""The duplicate check cannot dump the company (issue 11, finding 2).

Batched guesses in a transaction that was then rolled back read every customer's holder:
no rate limit, the rollback erased every lookup_log row, p_exclude told a hidden id from a
missing one, a 5 MB name was accepted. Each test here failed on schema 0010."""

from __future__ import annotations

import math
import re
import secrets
import threading
from pathlib import PurePosixPath

import psycopg
import pytest

from tests.factories import Company
from tests.rls_support import outcome

ENUMERATION = "select n, d.* from unnest(%s::text[]) n, lateral api.customer_duplicates(n) d"


def set_limits(company: Company, burst: int, burst_seconds: int = 3600, daily: int = 1000) -> None:
    with company.admin() as conn:
        conn.execute("update private.duplicate_check_limits set burst = %s, burst_seconds = %s, daily = %s",
                     (burst, burst_seconds, daily))


def checks_of(company: Company, key: str) -> int:
    with company.admin() as conn:
        row = conn.execute("select checks from private.duplicate_check_counts where employee_id = %s",
                           (company.people[key],)).fetchone()
    assert row is not None
    return int(row[0])


def logged(company: Company, key: str) -> int:
    with company.admin() as conn:
        row = conn.execute("select count(*) from sales.lookup_log where actor_id = %s",
                           (company.people[key],)).fetchone()
    assert row is not None
    return int(row[0])


def server_log(company: Company) -> str:
    """The server's log file (the bundled server's, or the one installer/ci/pg15.sh starts)."""
    with company.admin() as conn:
        data = conn.execute("show data_directory").fetchone()[0]  # type: ignore[index]
        current = conn.execute("select pg_current_logfile()").fetchone()[0]  # type: ignore[index]
        for path in (current, f"{data}/server.log", str(PurePosixPath(data).parent / "server.log")):
            if path:
                row = conn.execute("select pg_read_file(%s, 0, 200000000, true)", (path,)).fetchone()
                if row and row[0]:
                    return row[0]
    raise AssertionError("the server log was not found")


def test_the_enumeration_attempt_stops_at_the_limit_and_a_rollback_resets_nothing(
        fresh_company: Company) -> None:
    c = fresh_company
    set_limits(c, burst=5)
    tag = secrets.token_hex(4)
    guesses = [f"探测{tag}{i}" for i in range(3)] + ["sp_n1a客户2"]  # the last one exists, hidden
    with c.connect("sp_e1a") as conn:
        found = conn.execute(ENUMERATION, (guesses[:3],)).fetchall()  # three guesses in one batch
        single = conn.execute("select owner_name from api.customer_duplicates(%s)", (guesses[3],)).fetchall()
        assert found == [] and single == [("陈四",)]
        conn.rollback()  # the attempt covers its tracks...
    assert checks_of(c, "sp_e1a") == 4  # ...but the count stays,
    assert logged(c, "sp_e1a") == 0     # (the table's rows went with the rollback)
    log = server_log(c)                  # the server log keeps every name asked for,
    for name in guesses:
        assert re.search(rf'login="{c.login("sp_e1a")}" .*name="{name}"', log), name
    with c.connect("sp_e1a") as conn:   # and the limit holds: one left of five, then refused
        batch = outcome(conn, ENUMERATION, ([f"再探{tag}{i}" for i in range(10)],))
        assert (batch.ok, batch.sqlstate) == (False, "SD007")
        assert batch.detail and int(batch.detail) > 0  # seconds to wait
        again = outcome(conn, "select * from api.customer_duplicates('再来一次')")
        assert (again.ok, again.sqlstate) == (False, "SD007")
    assert checks_of(c, "sp_e1a") == 5  # the batch spent the last one, name by name
    assert "salesdesk duplicate check refused" in server_log(c)
    with c.connect("sp_e1b") as conn:  # the limit is per login
        assert outcome(conn, "select * from api.customer_duplicates('别人查')").ok


def test_the_default_limit_is_sized_for_people_typing(fresh_company: Company) -> None:
    c = fresh_company
    with c.admin() as conn:
        row = conn.execute("select burst, burst_seconds, daily, daily_seconds "
                           "from private.duplicate_check_limits").fetchone()
    assert row is not None
    burst, burst_s, daily, daily_s = row
    assert (burst, burst_s, daily, daily_s) == (30, 600, 200, 86400)
    assert burst < 100 and daily <= 300
    with c.connect("sp_e2a") as conn:
        got = [outcome(conn, "select * from api.customer_duplicates(%s)", (f"名字{i}",))
               for i in range(burst + 1)]
    assert all(g.ok for g in got[:burst]) and got[burst].sqlstate == "SD007"
    # what the README states: one login enumerating 3,000 names needs 14 days
    seconds = max((3000 - burst) * math.ceil(burst_s / burst), (3000 - daily) * math.ceil(daily_s / daily))
    days = seconds / 86400
    assert round(days, 1) == 14.0


def test_parallel_sessions_of_one_login_share_one_quota(fresh_company: Company) -> None:
    c = fresh_company
    set_limits(c, burst=4)
    first, second = c.connect("sp_e1a"), c.connect("sp_e1a")
    try:
        for conn in (first, second, first, second):
            assert outcome(conn, "select * from api.customer_duplicates('并发')").ok
        assert outcome(second, "select * from api.customer_duplicates('并发')").sqlstate == "SD007"
    finally:
        first.close()
        second.close()


def test_concurrent_batches_of_one_login_cannot_spend_a_slot_twice(fresh_company: Company) -> None:
    """Eight connections of one login fire checks at once: exactly the limit is answered (without
    the advisory lock, calls that read the same bucket state each passed)."""
    c = fresh_company
    set_limits(c, burst=40)
    start = threading.Barrier(8)

    def attack(n: int) -> None:
        with c.connect("sp_e1a", autocommit=True) as conn:
            start.wait()
            for i in range(10):
                outcome(conn, "select * from api.customer_duplicates(%s)", (f"并发{n}-{i}",))

    threads = [threading.Thread(target=attack, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert checks_of(c, "sp_e1a") == 40


def test_a_new_employee_gets_a_quota_with_the_employee_row(fresh_company: Company) -> None:
    c = fresh_company
    with c.admin() as conn:
        c.add_person(conn, "newbie", "salesperson", "EAST_T1", "sup_e1", "新人")
        conn.commit()
    with c.connect("newbie") as conn:
        assert outcome(conn, "select * from api.customer_duplicates('新人查重')").ok
    assert checks_of(c, "newbie") == 1


def test_a_hidden_id_to_exclude_answers_like_a_missing_one(fresh_company: Company) -> None:
    c = fresh_company
    hidden = c.customers["sp_n1a客户2"]  # 陈四's, out of 赵一's sight
    with c.admin() as conn:
        missing = conn.execute("select max(id) + 1000 from sales.customers").fetchone()[0]  # type: ignore[index]
    query = "select owner_name, unit_name, visible from api.customer_duplicates('sp_n1a客户2', null, %s)"
    with c.connect("sp_e1a") as conn:
        got_hidden = outcome(conn, query, (hidden,))
        got_missing = outcome(conn, query, (missing,))
    assert got_hidden == got_missing and got_hidden.rows == (("陈四", "北京一组", False),)
    mine = c.customers["sp_e1a客户1"]  # excluding a customer I see still works (editing it)
    with c.connect("sp_e1a") as conn:
        own = outcome(conn, "select * from api.customer_duplicates('sp_e1a客户1', null, %s)", (mine,))
    assert own.rows == ()


@pytest.mark.parametrize(("name", "phone"), [("长" * 5_000_000, None), ("长" * 201, None),
                                             ("名字", "1" * 41)])
def test_an_oversized_name_or_phone_is_refused(fresh_company: Company, name: str, phone: str | None) -> None:
    with fresh_company.connect("sp_e1a") as conn:
        got = outcome(conn, "select * from api.customer_duplicates(%s, %s)", (name, phone))
    assert (got.ok, got.sqlstate) == (False, "SD005")
    assert checks_of(fresh_company, "sp_e1a") == 0  # refused before anything was looked up


@pytest.mark.parametrize("typed", ["深圳市金德饮料有限公司", "金德饮料（深圳）有限公司",
                                   "金德饮料(深圳市)有限公司", "广东省深圳市南山区金德饮料股份有限公司",
                                   "深圳 金德饮料 集团", "ＳＨＥＮＺＨＥＮ金德饮料"])
def test_chinese_company_name_variants_match(fresh_company: Company, typed: str) -> None:
    c = fresh_company
    with c.admin() as conn:
        c.add_customer(conn, "深圳金德饮料有限公司", owner="sp_n1a")
        conn.commit()
    with c.connect("sp_e1a") as conn:
        got = outcome(conn, "select owner_name, on_name from api.customer_duplicates(%s)", (typed,))
    if typed.startswith("ＳＨＥＮＺＨＥＮ"):  # a pinyin place name is not a place name
        assert got.rows == ()
    else:
        assert got.rows == (("陈四", True),)


@pytest.mark.parametrize(("a", "b"), [("重庆啤酒", "青岛啤酒"), ("上海华联", "北京华联"),
                                      ("阿里巴巴", "巴巴"), ("安康医疗器械", "医疗器械"),
                                      ("深圳市金德区块链科技", "金德科技")])
def test_different_companies_keep_different_keys(company: Company, a: str, b: str) -> None:
    with company.admin() as conn:
        row = conn.execute("select private.company_name_key(%s), private.company_name_key(%s)",
                           (a, b)).fetchone()
    assert row is not None and row[0] != row[1]


def test_the_name_key_is_back_filled_and_indexed(company: Company) -> None:
    with company.admin() as conn:
        stale = conn.execute("select count(*) from sales.customers "
                             "where name_key is distinct from private.company_name_key(name)").fetchone()
        index = conn.execute("select 1 from pg_indexes where indexname = 'customers_name_key_idx'").fetchone()
        derived = conn.execute("select 'name_key' = any (derived) from private.record_kinds "
                               "where kind = 'customer'").fetchone()
    assert stale == (0,) and index == (1,)
    assert derived == (True,)  # computed: the audit diff leaves it out (a re-declaration must keep it)


def test_employees_cannot_touch_the_limiter_state(company: Company) -> None:
    with company.admin() as conn:
        seq = f"private.lookup_quota_{company.people['sp_e1a']}"
    with company.connect("sp_e1a") as conn:
        for sql in (f"select setval('{seq}', 0)", "update private.duplicate_check_limits set burst = 100000",
                    f"select private.take_lookup_quota({company.people['sp_e1a']})"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
            conn.rollback()


def test_the_service_saves_on_when_the_check_is_rate_limited(fresh_company: Company) -> None:
    from salesdesk.db.session import Database
    from salesdesk.services import customers
    from salesdesk.services.errors import DuplicateCheckLimitError

    c = fresh_company
    set_limits(c, burst=1)
    db = Database.connect(c.url_for("sp_e1a"))
    try:
        assert customers.find_duplicates(db, "第一次") == []
        with pytest.raises(DuplicateCheckLimitError) as caught:
            customers.find_duplicates(db, "第二次")
        assert 3500 <= (caught.value.retry_after or 0) <= 3600 and "60 min" in caught.value.text()
        mine = c.customers["sp_e1a客户1"]
        saved = customers.save_customer(db, mine, 1, {"name": "sp_e1a客户2"}, check_duplicates=True)
        assert saved.name == "sp_e1a客户2" and saved.duplicate_check_wait  # saved, and says why unchecked
    finally:
        db.close()

"""Follow-ups (sql/0019): seen up the reporting line by the owner route, the contact of the same
customer only, the customer's last contact moved forward without a false conflict for its editor,
and the customer's timeline, each answering a hidden customer like a missing one."""

from __future__ import annotations

import json

import pytest

from tests.factories import Company, build_small_company
from tests.rls_support import outcome


@pytest.fixture(scope="module")
def co(db_factory) -> Company:
    """A company of this module's own, so that its follow-ups change no count elsewhere."""
    company = build_small_company(db_factory())
    with company.admin() as conn:
        company.add_followup(
            conn, "sp_e1a客户2", author="sp_e1a", summary="拜访", happened_at="2026-11-02 10:00+08"
        )
        company.add_followup(
            conn, "sp_e1b客户2", author="sp_e1b", summary="电话", happened_at="2026-11-03 10:00+08"
        )
        conn.commit()
    return company


def create(conn, customer: int, **values: object) -> int:
    body = {"customer_id": customer, "summary": "回访", **values}
    return conn.execute("select api.record_create('followup', %s)", (json.dumps(body),)).fetchone()[0]


def seen(co: Company, key: str) -> set[int]:
    with co.connect(key) as conn:
        return {r[0] for r in conn.execute("select id from api.followups")}


def test_superiors_see_subordinates_followups_and_peers_do_not(co: Company) -> None:
    mine, peers = co.followups[-2], co.followups[-1]
    assert mine in seen(co, "sp_e1a") and peers not in seen(co, "sp_e1a")
    assert {mine, peers} <= seen(co, "sup_e1")
    assert {mine, peers} <= seen(co, "mgr_e")
    assert {mine, peers} <= seen(co, "director")
    assert not {mine, peers} & seen(co, "sup_e2")
    assert not {mine, peers} & seen(co, "mgr_n")


def test_the_list_sorts_by_every_declared_key_and_filters_by_kind(co: Company) -> None:
    with co.connect("sup_e1") as conn:
        for sort in ("happened_at", "updated_at", "next_followup_on"):
            assert (
                conn.execute("select count(*) from api.followup_list('{}', %s)", (sort,)).fetchone()[0] >= 2
            )
        rows = conn.execute("select summary, owner_name, customer_name from api.followup_list()").fetchall()
        assert rows[:2] == [("电话", "钱二", "sp_e1b客户2"), ("拜访", "赵一", "sp_e1a客户2")]
        calls = conn.execute(
            'select count(*) from api.followup_list(\'{"eq": {"kind": "visit"}}\')'
        ).fetchone()
        assert calls[0] == 0


def test_logging_one_moves_the_last_contact_forward_only(co: Company) -> None:
    customer = co.customers["sp_e1a客户3"]
    with co.connect("sp_e1a") as conn:
        create(conn, customer, happened_at="2026-10-01T09:00:00+08:00")
        create(conn, customer, happened_at="2026-09-01T09:00:00+08:00")
        conn.commit()
        last = conn.execute(
            "select last_contact_at::date from api.customer_rows(%s)", ([customer],)
        ).fetchone()
    assert str(last[0]) == "2026-10-01"


def test_a_shared_read_customer_gets_its_last_contact_from_the_reader(co: Company) -> None:
    customer = co.customers["sp_n1a客户1"]  # shared read with sp_e1a
    with co.connect("sp_e1a") as conn:
        assert not conn.execute(
            "select can_edit from api.record_rights('customer', %s)", (customer,)
        ).fetchone()[0]
        create(conn, customer, happened_at="2026-11-20T09:00:00+08:00")
        conn.commit()
        last = conn.execute(
            "select last_contact_at::date from api.customer_rows(%s)", ([customer],)
        ).fetchone()
    assert str(last[0]) == "2026-11-20"


def test_the_customers_editor_still_saves_while_a_followup_is_logged(co: Company) -> None:
    customer = co.customers["sp_e1a客户1"]
    with co.connect("sp_e1a") as editor, co.connect("sup_e1") as logger:
        version = editor.execute("select version from api.customer_rows(%s)", ([customer],)).fetchone()[0]
        editor.rollback()
        create(logger, customer, happened_at="2026-12-01T09:00:00+08:00")  # the supervisor visits meanwhile
        logger.commit()
        got = outcome(
            editor,
            "select api.record_update('customer', %s, %s, '{\"notes\": \"已改\"}')",
            (customer, version),
        )
        assert got.ok, got.message
        editor.execute(
            "select api.record_update('customer', %s, %s, '{\"notes\": \"已改\"}')", (customer, version)
        )
        editor.commit()
        notes, last = editor.execute(
            "select c.notes, c.last_contact_at::date from api.customer_get(%s) c", (customer,)
        ).fetchone()
    assert (notes, str(last)) == ("已改", "2026-12-01")


def test_a_contact_of_another_customer_is_refused(co: Company) -> None:
    with co.admin() as conn:
        other_contact = conn.execute(
            "select id from sales.contacts where customer_id = %s", (co.customers["sp_e1a客户2"],)
        ).fetchone()[0]
        own_contact = conn.execute(
            "select id from sales.contacts where customer_id = %s", (co.customers["sp_e1a客户3"],)
        ).fetchone()[0]
    with co.connect("sp_e1a") as conn:
        body = {"customer_id": co.customers["sp_e1a客户3"], "summary": "x", "contact_id": other_contact}
        got = outcome(conn, "select api.record_create('followup', %s)", (json.dumps(body),))
        assert (got.ok, got.sqlstate, got.message) == (
            False,
            "23514",
            "the contact belongs to another customer",
        )
        fid = create(conn, co.customers["sp_e1a客户3"], contact_id=own_contact)
        moved = outcome(
            conn,
            "select api.record_update('followup', %s, null, %s)",
            (fid, json.dumps({"contact_id": other_contact})),
        )
        assert (moved.ok, moved.sqlstate) == (False, "23514")


def test_a_hidden_customer_answers_like_a_missing_one(co: Company) -> None:
    hidden = co.customers["sp_e2a客户1"]
    missing = max(co.customers.values()) + 1000
    with co.connect("sp_e1a") as conn:
        for query in (
            "select api.record_create('followup', jsonb_build_object('customer_id', %s, 'summary', 'x'))",
            "select * from api.customer_timeline(%s)",
        ):
            a, b = outcome(conn, query, (hidden,)), outcome(conn, query, (missing,))
            assert (a.ok, a.sqlstate) == (False, "P0002") and a == b, query


def test_the_timeline_shows_followups_and_ownership_changes_the_caller_sees(co: Company) -> None:
    customer = co.customers["sp_e1b客户3"]
    with co.connect("sup_e1") as conn:
        create(conn, customer, summary="主管拜访", kind="visit", happened_at="2026-11-05T09:00:00+08:00")
        conn.execute(
            "select api.record_transfer('customer', %s, %s, '调整')", (customer, co.people["sp_e1a"])
        )
        conn.commit()
    with co.connect("sp_e1b") as conn:  # handed away: sees nothing of it now
        gone = outcome(conn, "select * from api.customer_timeline(%s)", (customer,))
    assert (gone.ok, gone.sqlstate) == (False, "P0002")
    with co.connect("sp_e1a") as conn:
        rows = conn.execute(
            "select entry, summary, actor_name, from_owner_name, to_owner_name "
            "from api.customer_timeline(%s)",
            (customer,),
        ).fetchall()
    assert rows[0] == ("ownership", "调整", "张主管", "钱二", "赵一")
    # the supervisor's follow-up is not the new owner's to read: the salesperson is below them
    assert ("followup", "主管拜访") not in [r[:2] for r in rows]
    with co.connect("sup_e1") as conn:
        rows = conn.execute("select entry, summary from api.customer_timeline(%s)", (customer,)).fetchall()
    assert ("followup", "主管拜访") in rows and rows[0] == ("ownership", "调整")


def test_the_new_functions_answer_hidden_rows_like_missing_ones(co: Company) -> None:
    hidden = co.followups[-1]  # sp_e1b's
    with co.connect("sp_e1a") as conn:
        for query in (
            "select * from api.followup_rows(array[%s::bigint])",
            "select * from api.record_update('followup', %s, null, '{\"summary\": \"y\"}')",
        ):
            a, b = outcome(conn, query, (hidden,)), outcome(conn, query, (hidden + 100000,))
            assert a == b, query

"""Customer services on the real database, signed in as employees with passwords."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text

from salesdesk.db.api_messages import api_speaks
from salesdesk.db.session import Database
from salesdesk.services import contacts as ct
from salesdesk.services import customers as cs
from salesdesk.services import ownership
from salesdesk.services.customer_types import SORT_KEYS, ContactInput, CustomerInput, CustomerQuery
from salesdesk.services.errors import (
    ConflictError,
    ConnectionLostError,
    DuplicateError,
    NotFoundError,
    NotYoursToHandOnError,
    PermissionDeniedError,
    ValidationError,
)
from salesdesk.services.kind_service import SEARCH_COUNT_CAP
from salesdesk.services.pagination import Count
from salesdesk.services.tx import transaction
from tests.factories import Company, build_small_company

Login = Callable[[Company, str], Database]


@pytest.fixture
def login() -> Iterator[Login]:
    opened: list[Database] = []

    def connect(company: Company, key: str) -> Database:
        db = Database.connect(company.url_for(key))
        opened.append(db)
        return db

    yield connect
    for db in opened:
        db.close()


@pytest.fixture(scope="module")
def varied(db_factory) -> Company:
    """The small company plus customers with mixed levels, limits, NULLs and equal names."""
    company = build_small_company(db_factory())
    sellers = [company.people[k] for k in ("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a", "sup_e1")]
    with company.admin() as conn:
        conn.execute("""
            insert into sales.customers (name, owner_id, level, credit_limit, last_contact_at, phone)
            select case when g %% 6 = 0 then '重名客户' else '客户' || lpad(g::text, 3, '0') end,
                   (%s::bigint[])[1 + g %% 5],
                   (array['A', 'B', null, 'C', 'D', 'A', null])[1 + g %% 7],
                   (array[0, 100, 100, 5000.5])[1 + g %% 4],
                   case when g %% 3 = 0 then null else now() - (g %% 7) * interval '1 day' end,
                   '0571-8800' || lpad(g::text, 4, '0')
            from generate_series(1, 20) g""", (sellers,))
        conn.execute("""insert into sales.contacts (customer_id, name, mobile, is_primary)
                        select id, '联系人' || id, '1390000' || lpad(id::text, 4, '0'), true
                        from sales.customers c
                        where not exists (select 1 from sales.contacts x where x.customer_id = c.id)""")
        conn.execute("update sales.customers set archived_at = now() where name = '客户007'")
        conn.commit()
    return company


# ---------------------------------------------------------------------------
# Validation and creation
# ---------------------------------------------------------------------------

def test_validation_reports_every_field_at_once(company: Company, login: Login) -> None:
    db = login(company, "sp_e1a")
    before = cs.count_customers(db)
    bad = CustomerInput(name="  ", short_name="x" * 61, phone="abc", credit_limit=Decimal("-1"), level="Z",
                        website="not a site", contacts=(ContactInput(name="", email="bad@"),))
    with pytest.raises(ValidationError) as err:
        cs.create_customer(db, bad)
    assert set(err.value.fields) == {"name", "short_name", "phone", "credit_limit", "level", "website",
                                     "contacts[0].name", "contacts[0].email"}
    assert err.value.fields["short_name"].text() == "At most 60 characters."
    assert cs.count_customers(db) == before

    cid = company.customers["sp_e1a客户1"]
    with pytest.raises(ValidationError) as err:
        cs.update_customer(db, cid, 1, {"name": "", "credit_limit": "1.234", "owner_id": 1})
    assert set(err.value.fields) == {"name", "credit_limit", "owner_id"}
    with pytest.raises(ValidationError) as err:
        cs.list_customers(db, sort="password")
    assert "sort" in err.value.fields


def test_create_with_contacts_and_duplicate_detection(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    sp = login(c, "sp_e1a")
    made = cs.create_customer(sp, CustomerInput(
        name="上海 华联 有限公司", phone="021-5555-1234", level="a", credit_limit=Decimal("1000.50"),
        contacts=(ContactInput(name="张三", mobile="139 1234 5678"), ContactInput(name="李四"))))
    assert (made.owner_name, made.unit_name, made.level, made.version) == ("赵一", "上海一组", "A", 1)
    assert made.credit_limit == Decimal("1000.50") and made.created_by_name == "赵一"
    assert [(x.name, x.is_primary) for x in made.contacts] == [("张三", True), ("李四", False)]

    with pytest.raises(DuplicateError) as dup:
        cs.create_customer(sp, CustomerInput(name="上海华联公司"))
    (match,) = dup.value.matches
    assert (match.customer_id, match.on_name, match.on_phone) == (made.id, True, False)
    with pytest.raises(DuplicateError) as dup:
        cs.create_customer(sp, CustomerInput(name="完全不同", phone="021 5555 1234"))
    assert [(m.customer_id, m.on_name, m.on_phone) for m in dup.value.matches] == [(made.id, False, True)]
    assert [m.customer_id for m in cs.find_duplicates(sp, " 上海华联 ")] == [made.id]
    assert cs.find_duplicates(sp, "上海华联", exclude_id=made.id) == []
    assert cs.create_customer(sp, CustomerInput(name="上海华联"), check_duplicates=False).id != made.id
    # Detection is company-wide (撞单), but of a customer outside my scope I learn only who holds it.
    north = login(c, "sp_n1a")
    with pytest.raises(DuplicateError) as dup:
        cs.create_customer(north, CustomerInput(name="上海华联有限公司"))
    assert {(m.customer_id, m.name, m.phone, m.visible, m.owner_name, m.unit_name)
            for m in dup.value.matches} == {(None, None, None, False, "赵一", "上海一组")}
    with c.admin() as conn:  # and every lookup is on record for supervision
        assert conn.execute("select matches, hidden from sales.lookup_log where actor_id = %s",
                            (c.people["sp_n1a"],)).fetchall() == [(2, 2)]

    with pytest.raises(PermissionDeniedError):  # a peer is not in my scope
        cs.create_customer(sp, CustomerInput(name="给别人建"), owner_id=c.people["sp_e1b"])
    by_sup = cs.create_customer(login(c, "sup_e1"), CustomerInput(name="主管建的"),
                                owner_id=c.people["sp_e1b"])
    assert by_sup.owner_name == "钱二" and by_sup.created_by_name == "张主管"
    with pytest.raises(PermissionDeniedError):  # only the pool's managers add to it
        cs.create_customer(sp, CustomerInput(name="公海新客户"), pool_id=c.pools["EAST"])
    pooled = cs.create_customer(login(c, "mgr_e"), CustomerInput(name="公海新客户"), pool_id=c.pools["EAST"])
    assert (pooled.owner_id, pooled.pool_name) == (None, "EAST 公海")


# ---------------------------------------------------------------------------
# The list
# ---------------------------------------------------------------------------

def _oracle(conn: psycopg.Connection, visible: list[int], sort: str, desc: bool) -> list[int]:
    """The expected order, written independently of the list API (plain SQL as the admin,
    over the ids the user's read view shows)."""
    direction = "desc" if desc else "asc"
    column = {"name": "name_sort"}.get(sort, sort)
    return [r[0] for r in conn.execute(
        f"select c.id from sales.customers c join unnest(%s::bigint[]) v(id) on v.id = c.id "
        f"where archived_at is null order by {column} {direction} nulls last, c.id {direction}",
        (visible,))]


@pytest.mark.parametrize("key", ["director", "sup_e1"])
def test_keyset_pages_walk_every_sort(varied: Company, login: Login, key: str) -> None:
    db = login(varied, key)
    with varied.connect(key) as conn:
        visible = [r[0] for r in conn.execute("select id from api.customers")]
    oracle = varied.admin(autocommit=True)
    for sort in SORT_KEYS:
        for desc in (False, True):
            whole = cs.list_customers(db, sort=sort, descending=desc, limit=500)
            assert whole.next_cursor is None
            walked, cursor, pages = [], None, 0
            while True:
                page = cs.list_customers(db, sort=sort, descending=desc, after=cursor, limit=2)
                walked += [r.id for r in page.rows]
                pages += 1
                cursor = page.next_cursor
                if cursor is None:
                    break
            ids = [r.id for r in whole.rows]
            assert walked == ids == _oracle(oracle, visible, sort, desc), (sort, desc)
            assert pages == (len(ids) + 1) // 2 or pages == len(ids) // 2 + 1
    oracle.close()
    nullable = [r.last_contact_at for r in cs.list_customers(db, sort="last_contact_at", limit=500).rows]
    assert None in nullable and nullable.index(None) == len([v for v in nullable if v is not None])
    with pytest.raises(ValidationError):  # a cursor of another sort is refused
        cs.list_customers(db, sort="level", after=cs.list_customers(db, limit=2).next_cursor)


def test_filters_and_counts(varied: Company, login: Login) -> None:
    c = varied
    boss = login(c, "director")

    def names(db: Database, query: CustomerQuery) -> set[str]:
        rows = cs.list_customers(db, query, limit=500).rows
        assert cs.count_customers(db, query) == len(rows)
        return {r.name for r in rows}

    assert names(boss, CustomerQuery(search="重名")) == {"重名客户"}
    assert cs.count_customers(boss, CustomerQuery(search="重名")) == 3
    assert names(boss, CustomerQuery(search="6000-0004")) == {"sp_e1b客户2"}   # phone, typed with a dash
    assert names(boss, CustomerQuery(search="sp_n1a客户2联系人")) == {"sp_n1a客户2"}  # contact name
    row = cs.list_customers(boss, CustomerQuery(search="客户011"), limit=5).rows[0]
    assert names(boss, CustomerQuery(search=row.primary_contact_mobile or "")) == {"客户011"}  # mobile
    assert names(boss, CustomerQuery(search="100%")) == set()  # LIKE wildcards are literal
    assert all(r.level == "A" for r in cs.list_customers(boss, CustomerQuery(level="A"), limit=500).rows)
    assert "客户007" not in names(boss, CustomerQuery(search="客户00"))
    assert "客户007" in names(boss, CustomerQuery(search="客户00", include_archived=True))

    sup = login(c, "sup_e1")
    team_owners = {c.people[k] for k in ("sp_e1a", "sp_e1b", "asst_e1")}
    mine = cs.list_customers(sup, CustomerQuery(scope="mine"), limit=500).rows
    assert {r.owner_id for r in mine} == {c.people["sup_e1"]}
    team = cs.list_customers(sup, CustomerQuery(scope="team"), limit=500).rows
    assert team and {r.owner_id for r in team} <= team_owners
    assert names(sup, CustomerQuery(scope="pool")) == {"华东公海客户1", "华东公海客户2", "总部公海客户1"}
    owner_rows = cs.list_customers(sup, CustomerQuery(owner_id=c.people["sp_e1b"]), limit=500).rows
    assert owner_rows and {r.owner_name for r in owner_rows} == {"钱二"}
    # 'all' for a supervisor is still only what RLS shows
    assert {r.owner_id for r in cs.list_customers(sup, limit=500).rows} - {None} <= team_owners | {
        c.people["sup_e1"]}

    east_t1 = {c.people[k] for k in ("sup_e1", "sp_e1a", "sp_e1b", "asst_e1")}
    in_t1 = cs.list_customers(boss, CustomerQuery(unit_id=c.units["EAST_T1"]), limit=500).rows
    assert in_t1 and {r.owner_id for r in in_t1} <= east_t1
    in_east = names(boss, CustomerQuery(unit_id=c.units["EAST"]))
    assert {"华东公海客户1", "sp_e2a客户1"} <= in_east and "sp_n1a客户1" not in in_east
    with pytest.raises(ValidationError):
        cs.list_customers(boss, CustomerQuery(scope="everyone"))


def list_statement(company: Company, key: str, query: dict, after: str | None) -> str:
    """The statement the list API ran for this person (it says so at DEBUG level, which only an
    administrator lets through to the caller)."""
    notices: list[str] = []
    with company.connect(key, autocommit=True) as conn, company.admin() as admin, api_speaks(admin):
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        conn.execute("select * from api.customer_list(%s, 'name', false, %s, 50)",
                     (json.dumps(query), after))
    (stmt,) = [n.removeprefix("salesdesk list: ") for n in notices if n.startswith("salesdesk list: ")]
    return stmt


def test_name_sort_pages_use_the_name_indexes(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    with c.admin() as conn:
        conn.execute("""insert into sales.customers (name, owner_id, level)
                        select '客户' || lpad(g::text, 5, '0'), (%s::bigint[])[1 + g %% 4], 'C'
                        from generate_series(1, 3000) g""",
                     ([c.people[k] for k in ("sp_e1a", "sp_e1b", "sp_e2a", "sp_n1a")],))
        conn.execute("analyze sales.customers")
        conn.commit()
    for key, query, index in (("director", CustomerQuery(), "customers_sort_idx"),
                              # a narrow scope: either owner index (by name, or the count's)
                              ("sp_e1a", CustomerQuery(scope="mine"), "customers_owner_")):
        db = login(c, key)
        cursor = cs.list_customers(db, query, limit=50).next_cursor
        cursor = cs.list_customers(db, query, after=cursor, limit=50).next_cursor
        stmt = list_statement(c, key, query.api_query(), cursor)
        with c.admin() as conn:  # the same statement's plan (as the owner: RLS off, same shape)
            plan = "\n".join(r[0] for r in conn.execute("explain " + stmt))
        # an index scan, or a bitmap scan of a narrow scope; at this small size the planner may also
        # walk the company's name index for the owner's part (rows widened by pinyin search terms)
        assert index in plan or key != "director" and "customers_sort_idx" in plan, plan
        if key == "director":  # the whole company: walked in order, never sorted
            assert "Sort" not in plan, plan


def test_a_search_counts_to_a_smaller_cap(fresh_company: Company, login: Login) -> None:
    """A search's count stops at SEARCH_COUNT_CAP, the plain list's at COUNT_CAP; the exact number
    still comes when asked, and only what the person may see is counted."""
    c = fresh_company
    with c.admin() as conn:
        conn.execute("""insert into sales.customers (name, owner_id, level)
                        select '广州客户' || lpad(g::text, 5, '0'), (%s::bigint[])[1 + g %% 2], 'C'
                        from generate_series(1, 2 * (%s + 1)) g""",
                     ([c.people["sp_e1a"], c.people["sp_n1a"]], SEARCH_COUNT_CAP))
        conn.commit()
    sp = login(c, "sp_e1a")
    searched = CustomerQuery(search="广州")
    assert cs.count(sp, searched) == Count(SEARCH_COUNT_CAP, False)
    assert cs.count_customers(sp, searched) == SEARCH_COUNT_CAP + 1  # sp_n1a's half is not hers
    plain = cs.count(sp, CustomerQuery())
    assert plain.exact and plain.n > SEARCH_COUNT_CAP  # a plain list counts on, up to COUNT_CAP


# ---------------------------------------------------------------------------
# Reading, editing, conflicts
# ---------------------------------------------------------------------------

def test_get_customer_and_hidden_ids(company: Company, login: Login) -> None:
    c = company
    sp = login(c, "sp_e1a")
    own = cs.get_customer(sp, c.customers["sp_e1a客户1"])
    assert (own.owner_name, own.unit_name, own.can_edit, own.can_manage) == ("赵一", "上海一组", True, True)
    assert [x.is_primary for x in own.contacts] == [True]
    shared = cs.get_customer(sp, c.customers["sp_n1a客户1"])  # shared for reading
    assert (shared.can_edit, shared.can_manage, shared.owner_name) == (False, False, "陈四")
    with pytest.raises(PermissionDeniedError):
        cs.update_customer(sp, shared.id, shared.version, {"notes": "x"})
    owner_view = cs.get_customer(login(c, "sp_e2a"), c.customers["sp_e2a客户1"])
    assert [(s.employee_name, s.access) for s in owner_view.shares] == [("钱二", "write")]

    hidden, missing = c.customers["sp_n1a客户2"], 10**9
    for call in (cs.get_customer, cs.ownership_history, cs.audit_history, cs.list_shares, ct.list_contacts,
                 lambda db, i: cs.update_customer(db, i, 1, {"notes": "x"}),
                 lambda db, i: cs.share_customer(db, i, c.people["sp_e1b"]),
                 lambda db, i: cs.reassign_customer(db, i, c.people["sp_e1a"], "要过来"),
                 lambda db, i: cs.release_customer(db, i, "不要了"),
                 cs.claim_customer, cs.archive_customer):
        answers = []
        for cid in (hidden, missing):
            with pytest.raises(NotFoundError) as err:
                call(sp, cid)
            answers.append((type(err.value), str(err.value)))
        assert answers[0] == answers[1]


def test_stale_update_names_who_changed_it(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    me, boss = login(c, "sp_e1a"), login(c, "sup_e1")
    cid = c.customers["sp_e1a客户1"]
    mine = cs.get_customer(me, cid)
    theirs = cs.update_customer(boss, cid, mine.version, {"notes": "主管改过", "level": "A"})
    assert theirs.version == mine.version + 1 and theirs.updated_by_name == "张主管"

    with pytest.raises(ConflictError) as err:
        cs.update_customer(me, cid, mine.version, dataclasses.replace(mine.as_input(), name="我的新名字"))
    assert err.value.changed_by == "张主管" and err.value.changed_at == theirs.updated_at
    assert err.value.current.notes == "主管改过" and err.value.current.version == theirs.version
    assert "张主管" in str(err.value)
    assert cs.get_customer(me, cid).name == "sp_e1a客户1"  # nothing was overwritten

    saved = cs.update_customer(me, cid, err.value.current.version, {"name": "我的新名字"})
    assert (saved.name, saved.level, saved.version) == ("我的新名字", "A", theirs.version + 1)
    history = cs.audit_history(me, cid)
    assert (history[0].actor_name, history[0].op) == ("赵一", "UPDATE")
    assert [(f.field, f.old, f.new) for f in history[0].changes] == [("name", "sp_e1a客户1", "我的新名字")]
    assert {f.field for f in history[1].changes} == {"notes", "level"} and history[1].actor_name == "张主管"
    assert history[-1].op == "INSERT"
    assert {f.field: f.new for f in history[-1].changes}["credit_limit"] == Decimal("0")


# ---------------------------------------------------------------------------
# Sharing, ownership, pool, archive
# ---------------------------------------------------------------------------

def test_share_and_unshare(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    owner, other = login(c, "sp_e1a"), login(c, "sp_n1a")
    cid, north = c.customers["sp_e1a客户2"], c.people["sp_n1a"]
    with pytest.raises(NotFoundError):
        cs.get_customer(other, cid)
    share = cs.share_customer(owner, cid, north, "read")
    assert (share.employee_name, share.access, share.created_by_name) == ("陈四", "read", "赵一")
    seen = cs.get_customer(other, cid)
    assert not seen.can_edit
    with pytest.raises(PermissionDeniedError):
        cs.update_customer(other, cid, seen.version, {"notes": "北京看过"})
    assert cs.share_customer(owner, cid, north, "write").access == "write"
    assert cs.update_customer(other, cid, seen.version, {"notes": "北京改过"}).updated_by_name == "陈四"
    assert [s.employee_name for s in cs.list_shares(owner, cid)] == ["陈四"]
    assert [s.employee_name for s in cs.list_shares(other, cid)] == ["陈四"]

    with pytest.raises(ValidationError) as err:
        cs.share_customer(owner, cid, north, "admin")
    assert set(err.value.fields) == {"access"}
    with pytest.raises(ValidationError) as err:  # the database refuses the owner as a recipient
        cs.share_customer(owner, cid, c.people["sp_e1a"], "write")
    assert set(err.value.fields) == {"employee_id"}
    with pytest.raises(PermissionDeniedError):  # read-shared with me: not mine to pass on
        cs.share_customer(owner, c.customers["sp_n1a客户1"], c.people["sp_e1b"])

    cs.unshare_customer(owner, cid, north)
    with pytest.raises(NotFoundError):
        cs.get_customer(other, cid)
    with pytest.raises(NotFoundError):
        cs.unshare_customer(owner, cid, north)


def test_reassign_follows_the_hand_on_rule(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    boss, seller = login(c, "sup_e1"), login(c, "sp_e1a")
    cid = c.customers["sp_e1a客户1"]
    cs.reassign_customer(boss, cid, c.people["sp_e1b"], "调整分工")
    assert cs.get_customer(boss, cid).owner_name == "钱二"
    (move,) = cs.ownership_history(boss, cid)
    assert (move.from_owner_name, move.to_owner_name, move.reason, move.changed_by_name) == (
        "赵一", "钱二", "调整分工", "张主管")
    with pytest.raises(NotFoundError):  # no longer hers
        cs.get_customer(seller, cid)
    with pytest.raises(ValidationError) as verr:  # to its owner: no fake history entry
        cs.reassign_customer(boss, cid, c.people["sp_e1b"], "再给一次")
    assert set(verr.value.fields) == {"owner_id"}
    with pytest.raises(ValidationError) as verr:
        cs.reassign_customer(boss, cid, c.people["sp_e1a"], "  ")
    assert set(verr.value.fields) == {"reason"}
    # the assistant sees her supervisor's records (unit scope) but does not stand above him
    assistant = login(c, "asst_e1")
    own = c.customers["sup_e1客户1"]
    assert cs.get_customer(assistant, own).can_manage is False
    with pytest.raises(NotYoursToHandOnError):
        cs.reassign_customer(assistant, own, c.people["asst_e1"], "我来跟")
    # across regions (M7): a salesperson hands her own customer to a colleague in the north
    cs.reassign_customer(seller, c.customers["sp_e1a客户2"], c.people["sp_n1a"], "北京客户")
    assert cs.get_customer(login(c, "sp_n1a"), c.customers["sp_e1a客户2"]).owner_name == "陈四"
    # a batch is one transaction: one refusal and nothing moved
    batch = [c.customers["sp_e1b客户1"], c.customers["sp_n1a客户3"]]  # the second one is hidden
    with pytest.raises(NotFoundError):
        ownership.reassign(boss, "customer", batch, c.people["sp_e1a"], "批量")
    assert cs.get_customer(boss, batch[0]).owner_name == "钱二"
    assert len(cs.get_customer(boss, cid).shares) == 0


def test_claim_release_archive(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    me = login(c, "sp_e1a")
    pooled = c.customers["华东公海客户1"]
    cs.claim_customer(me, pooled)
    got = cs.get_customer(me, pooled)
    assert (got.owner_name, got.pool_id) == ("赵一", None)
    with pytest.raises(NotFoundError):
        cs.claim_customer(me, c.customers["华北公海客户1"])  # another region's pool
    with pytest.raises(ValidationError):
        cs.release_customer(me, pooled, "")
    cs.release_customer(me, pooled, "暂不跟进")
    back = cs.get_customer(me, pooled)
    assert (back.owner_id, back.pool_name) == (None, "EAST 公海")
    history = cs.ownership_history(me, pooled)
    assert [(h.from_pool_unit_name, h.to_owner_name, h.to_pool_unit_name) for h in history] == [
        (None, None, "华东大区"), ("华东大区", "赵一", None)]

    cid = c.customers["sp_e1a客户3"]
    version = cs.get_customer(me, cid).version
    archived = cs.archive_customer(me, cid, version)
    assert archived.archived_at is not None and archived.version == version + 1
    assert cid not in {r.id for r in cs.list_customers(me, limit=500).rows}
    assert cid in {r.id for r in cs.list_customers(me, CustomerQuery(include_archived=True), limit=500).rows}
    with pytest.raises(ConflictError):
        cs.restore_customer(me, cid, version)
    assert cs.restore_customer(me, cid, archived.version).archived_at is None


def test_contacts_primary_versions_and_scope(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    me, boss = login(c, "sp_e1a"), login(c, "sup_e1")
    cid = c.customers["sp_e1a客户1"]
    (old,) = ct.list_contacts(me, cid)
    new = ct.add_contact(me, cid, ContactInput(name="王五", email="wang@example.com", is_primary=True))
    assert [(x.id, x.is_primary) for x in ct.list_contacts(me, cid)] == [(new.id, True), (old.id, False)]
    with pytest.raises(ValidationError) as err:
        ct.update_contact(me, new.id, new.version, {"email": "nope", "mobile": "x"})
    assert set(err.value.fields) == {"email", "mobile"}
    changed = ct.update_contact(boss, new.id, new.version, {"title": "采购经理"})
    with pytest.raises(ConflictError) as conflict:
        ct.update_contact(me, new.id, new.version, {"title": "总经理"})
    assert conflict.value.changed_by == "张主管" and conflict.value.current.title == "采购经理"
    assert ct.set_primary_contact(me, old.id).is_primary
    assert [x.id for x in ct.list_contacts(me, cid) if x.is_primary] == [old.id]
    with pytest.raises(ConflictError):
        ct.delete_contact(me, new.id, new.version)
    ct.delete_contact(me, new.id, changed.version + 1)  # demoted once more by set_primary
    with pytest.raises(NotFoundError):
        ct.delete_contact(me, new.id)
    with pytest.raises(PermissionDeniedError):  # read share: may look, not add
        ct.add_contact(me, c.customers["sp_n1a客户1"], ContactInput(name="偷偷加"))


# ---------------------------------------------------------------------------
# Database refusals become domain errors
# ---------------------------------------------------------------------------

def test_database_refusals_map_to_domain_errors(company: Company, login: Login) -> None:
    db = login(company, "sp_e1a")
    me = company.people["sp_e1a"]

    def create(values: str) -> None:
        with transaction(db) as session:
            session.execute(text("select api.record_create('customer', cast(:v as jsonb))"), {"v": values})

    with pytest.raises(ValidationError) as err:  # check constraint
        create(f'{{"name": "x", "phone": "abc", "owner_id": {me}}}')
    assert set(err.value.fields) == {"phone"}
    with pytest.raises(ValidationError) as err:  # not null
        create(f'{{"name": null, "owner_id": {me}}}')
    assert set(err.value.fields) == {"name"}
    with pytest.raises(ValidationError):  # owner and pool are not fields the API writes
        with transaction(db) as session:
            session.execute(text("select api.record_update('customer', :id, null, cast(:v as jsonb))"),
                            {"id": company.customers["sp_e1a客户1"], "v": f'{{"owner_id": {me}}}'})
    with pytest.raises(PermissionDeniedError), transaction(db) as session:  # no table privilege at all
        session.execute(text("update sales.customers set notes = 'x'"))
    unreachable = Database.connect("postgresql://nobody:nothing@127.0.0.1:9/none", connect_timeout=2)
    try:
        with pytest.raises(ConnectionLostError):
            cs.get_customer(unreachable, 1)
    finally:
        unreachable.close()


def test_pool_filter_is_one_pool_not_its_subtree(company: Company, login: Login) -> None:
    c = company
    boss, sup = login(c, "director"), login(c, "sup_e1")

    def names(db: Database, query: CustomerQuery) -> set[str]:
        rows = cs.list_customers(db, query, limit=500).rows
        assert cs.count_customers(db, query) == len(rows)
        return {r.name for r in rows}

    hq_tree = names(boss, CustomerQuery(scope="pool", unit_id=c.units["HQ"]))
    assert {"总部公海客户1", "华东公海客户1", "华北公海客户1"} <= hq_tree  # the unit filter takes sub-units
    assert names(boss, CustomerQuery(scope="pool", pool_id=c.pools["HQ"])) == {"总部公海客户1"}
    assert names(boss, CustomerQuery(pool_id=c.pools["EAST"])) == {"华东公海客户1", "华东公海客户2"}
    assert names(boss, CustomerQuery(pool_id=c.pools["EAST"], search="客户2")) == {"华东公海客户2"}
    east = CustomerQuery(scope="pool", pool_id=c.pools["EAST"])
    assert names(sup, east) == {"华东公海客户1", "华东公海客户2"}
    assert names(sup, CustomerQuery(scope="pool", pool_id=c.pools["NORTH"])) == set()  # not a pool I see


def test_search_lists_names_starting_with_it_first_and_pages_across(varied: Company, login: Login) -> None:
    db = login(varied, "director")
    query = CustomerQuery(search="客户")
    whole = [r.name for r in cs.list_customers(db, query, limit=500).rows]
    starts = [n for n in whole if n.startswith("客户")]
    assert starts and len(starts) < len(whole)  # both groups are there
    assert whole[:len(starts)] == starts  # names that start with the search come first
    walked, cursor = [], None
    while True:
        page = cs.list_customers(db, query, after=cursor, limit=3)
        walked += [r.name for r in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert walked == whole
    assert cs.count_customers(db, query) == len(whole)


@pytest.mark.parametrize("term", ["客户", "重名", "户01", "0571", "联系人1", "sp_e1"])
@pytest.mark.parametrize("descending", [False, True])
def test_search_pages_agree_whatever_serves_them(varied: Company, login: Login, term: str,
                                                 descending: bool) -> None:
    """A wide search sorted by name walks the name index for a bounded number of rows, then the
    search index serves the rest of the group: pages of one (a walk of a few rows, then the index)
    must list what one long page (the walk alone) lists, and exactly the matching customers."""
    db = login(varied, "director")
    query = CustomerQuery(search=term)
    whole = [r.id for r in cs.list_customers(db, query, descending=descending, limit=500).rows]
    walked, cursor = [], None
    while True:
        page = cs.list_customers(db, query, descending=descending, after=cursor, limit=1)
        walked += [r.id for r in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert walked == whole
    with varied.admin() as conn:
        matching = {r[0] for r in conn.execute(  # the terms hold no LIKE wildcards
            "select id from sales.customers where archived_at is null "
            "and strpos(search_text, private.search_norm(%s)) > 0", (term,))}
    assert set(whole) == matching and len(whole) == len(matching)
    assert cs.count_customers(db, query) == len(whole)


def test_saving_a_changed_name_checks_the_whole_company(fresh_company: Company, login: Login) -> None:
    c = fresh_company
    north = login(c, "sp_n1a")
    cid = c.customers["sp_n1a客户2"]
    version = cs.get_customer(north, cid).version
    with pytest.raises(DuplicateError) as dup:  # sp_e1a's customer, in another region
        cs.save_customer(north, cid, version, {"name": "sp_e1a客户1"}, check_duplicates=True)
    assert [(m.visible, m.owner_name) for m in dup.value.matches] == [(False, "赵一")]
    assert cs.get_customer(north, cid).name == "sp_n1a客户2"  # nothing saved
    saved = cs.save_customer(north, cid, version, {"name": "sp_e1a客户1"})  # "save anyway"
    assert saved.name == "sp_e1a客户1"
    # a contact edit in the same call is part of the same transaction: a bad line saves nothing
    with pytest.raises(ValidationError) as err:
        cs.save_customer(north, cid, saved.version, {"notes": "新备注"},
                         [cs.ContactOp("insert", values={"name": "新联系人", "email": "bad"})])
    assert set(err.value.fields) == {"contacts[0].email"}
    assert cs.get_customer(north, cid).notes is None
    (contact,) = ct.list_contacts(north, cid)
    with pytest.raises(ConflictError):  # the database refuses the second line: nothing of it stays
        cs.save_customer(north, cid, saved.version, {"notes": "新备注"},
                         [cs.ContactOp("insert", values={"name": "新联系人"}),
                          cs.ContactOp("update", contact.id, contact.version + 7, {"title": "经理"})])
    after = cs.get_customer(north, cid)
    assert after.notes is None and [x.name for x in after.contacts] == [contact.name]


def test_phones_as_typed_in_china_are_normalised(fresh_company: Company, login: Login) -> None:
    sp = login(fresh_company, "sp_e1a")
    made = cs.create_customer(sp, CustomerInput(
        name="分机测试公司", phone="０２１－６９９９　００１２ 分机801",
        contacts=(ContactInput(name="王五", mobile="１３９ １２３４ ５６７８", phone="0571-8888 ext. 12"),)),
        check_duplicates=False)
    assert made.phone == "021-6999 0012 转 801"
    assert (made.contacts[0].mobile, made.contacts[0].phone) == ("139 1234 5678", "0571-8888 转 12")
    # the extension does not take part in duplicate detection; the number does
    assert [m.customer_id for m in cs.find_duplicates(sp, "别的名字", "021 6999 0012")] == [made.id]
    with pytest.raises(ValidationError) as err:  # a mobile has no extension
        ct.add_contact(sp, made.id, ContactInput(name="赵六", mobile="139 1234 5678 转 1"))
    assert set(err.value.fields) == {"mobile"}


def test_shared_scope_lists_what_was_shared_with_me(company: Company, login: Login) -> None:
    db = login(company, "sp_e1a")
    rows = cs.list_customers(db, CustomerQuery(scope="shared"), limit=100).rows
    assert {r.name for r in rows} == {"sp_n1a客户1"} and rows[0].access == "read"
    team = cs.list_customers(db, CustomerQuery(scope="team"), limit=100).rows
    assert team == ()  # a salesperson's team is nobody else; a share is not team work


def test_contacts_written_together_refresh_their_customers(fresh_company: Company, login: Login) -> None:
    """sql/0045: one statement's contacts (an import's) re-derive each customer's search terms once:
    added, renumbered, moved to another customer and removed, each customer is found by what its
    contacts hold now and by nothing they held before."""
    c = fresh_company
    names = ["sp_e1a客户1", "sp_e1a客户2", "sp_e1a客户3"]
    ids = [c.customers[n] for n in names]
    sp = login(c, "sp_e1a")

    def found(term: str) -> set[int]:
        return {r.id for r in cs.list_customers(sp, CustomerQuery(search=term), limit=50).rows}

    with c.admin() as conn:
        conn.execute("insert into sales.contacts (customer_id, name, mobile) "
                     "select id, '批量联系人' || n, '1390000' || lpad(n::text, 4, '0') "
                     "from unnest(%s::bigint[]) with ordinality u(id, n)", (ids,))
        conn.commit()
    assert [found(f"1390000{n:04d}") for n in (1, 2, 3)] == [{ids[0]}, {ids[1]}, {ids[2]}]
    with c.admin() as conn:
        conn.execute("update sales.contacts set mobile = '1370000' || right(mobile, 4), "
                     "customer_id = case when customer_id = %s then %s else customer_id end "
                     "where name like '批量联系人%%'", (ids[0], ids[1]))
        conn.commit()
    assert found("13900000001") == set() and found("13700000001") == {ids[1]}
    assert found("13700000003") == {ids[2]}
    with c.admin() as conn:
        conn.execute("delete from sales.contacts where name like '批量联系人%%'")
        conn.commit()
    assert found("1370000") == set()

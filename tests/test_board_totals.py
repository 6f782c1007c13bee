"""The kanban's maintained totals (sql/0021): private.opportunity_totals per (owner, stage,
archived), kept by statement triggers on sales.opportunities, and api.opportunity_board answering
from it for the owners in scope plus a direct sum of the deals reached only through teams and
shares. Each board is compared with a sum computed here from the raw rows and the oracle's
visibility (no SQL of the scope machinery), before and after every kind of write."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import psycopg
import pytest

from tests.factories import Company, build_small_company
from tests.oracle import Oracle, load_snapshot
from tests.races import second_waits
from tests.rls_support import as_json
from tests.test_opportunities import add_deal, stage

Totals = dict[int, tuple[int, Decimal, Decimal]]
# the levels, a deal team member (sp_n1a reads sp_e1a's team deal) and a share holder (sp_e2a
# reads sp_n1a's deal), another region's manager
KEYS = ("sp_e1a", "sp_e1b", "sup_e1", "mgr_e", "mgr_n", "director", "sp_n1a", "sp_e2a")
SUMMARY = ("select owner_id, stage_id, archived, deals, amount, weighted_amount "
           "from private.opportunity_totals")
DIRECT = """select owner_id, stage_id, archived_at is not null, count(*), sum(amount),
                   sum(round(amount * probability / 100, 2))
            from sales.opportunities group by 1, 2, 3"""


@pytest.fixture
def pipeline(db_factory) -> tuple[Company, dict[str, int]]:
    company = build_small_company(db_factory(), deals=True)
    ids = {
        "team": add_deal(company, "sp_e1a", "sp_e1a客户1", "华东大单", "1234.56",
                         team=(("sp_n1a", "read", "30"), ("sp_e1a", "write", "70"))),
        "solo": add_deal(company, "sp_e1a", "sp_e1a客户2", "独立小单", "500.05"),
        "north": add_deal(company, "sp_n1a", "sp_n1a客户1", "华北项目", "2000.00"),
        "other": add_deal(company, "sp_e1b", "sp_e1b客户1", "钱二的单", "777.77"),
    }
    company.call("sp_n1a", "select api.record_share('opportunity', %s, %s, 'read')",
                 (ids["north"], company.people["sp_e2a"]))
    return company, ids


def expected(company: Company, key: str, keep: Callable[[dict], bool] = lambda r: r["archived_at"] is None
             ) -> Totals:
    """The board computed here: the oracle's visible deals, summed per stage in Python."""
    with company.admin() as admin:
        oracle = Oracle(load_snapshot(admin))
        seen = oracle.visible("opportunity", company.people[key])
        cur = admin.execute(
            "select id, owner_id, stage_id, amount, probability, archived_at from sales.opportunities")
        names = [d.name for d in cur.description or ()]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    out: Totals = {}
    for r in rows:
        if r["id"] in seen and keep(r):
            n, total, weighted = out.get(r["stage_id"], (0, Decimal(0), Decimal(0)))
            fen = (r["amount"] * r["probability"] / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            out[r["stage_id"]] = (n + 1, total + r["amount"], weighted + fen)
    return out


def board(company: Company, key: str, query: dict | None = None) -> Totals:
    rows = company.call(key, "select stage_id, deals, amount, weighted_amount from api.opportunity_board(%s)",
                        (as_json(query or {}),))
    assert len({r[0] for r in rows}) == len(rows)
    return {s: (n, a, w) for s, n, a, w in rows}


def check_all(company: Company) -> None:
    for key in KEYS:
        me = company.people[key]
        assert board(company, key) == expected(company, key), key
        assert board(company, key, {"archived": "all"}) == expected(company, key, lambda r: True), key
        assert board(company, key, {"archived": "archived"}) == expected(
            company, key, lambda r: r["archived_at"] is not None), key
        assert board(company, key, {"scope": "mine"}) == expected(
            company, key, lambda r, m=me: r["archived_at"] is None and r["owner_id"] == m), key
        for owner in ("sp_e1a", "sp_n1a"):
            who = company.people[owner]
            assert board(company, key, {"owner_id": who}) == expected(
                company, key, lambda r, w=who: r["archived_at"] is None and r["owner_id"] == w), (key, owner)
    with company.admin() as admin:
        east = {company.people[k]
                for k in ("mgr_e", "sup_e1", "sp_e1a", "sp_e1b", "asst_e1", "sup_e2", "sp_e2a")}
        assert sorted(admin.execute(SUMMARY + " where deals <> 0").fetchall()) == sorted(
            admin.execute(DIRECT).fetchall())
    assert board(company, "director", {"unit_id": company.units["EAST"]}) == expected(
        company, "director", lambda r: r["archived_at"] is None and r["owner_id"] in east)
    assert board(company, "mgr_e", {"scope": "team"}) == expected(
        company, "mgr_e", lambda r: r["archived_at"] is None and r["owner_id"] != company.people["mgr_e"]
        and r["owner_id"] in east)


def test_the_board_equals_the_sum_of_visible_deals_through_every_kind_of_write(pipeline) -> None:
    company, ids = pipeline
    check_all(company)
    # inserts: through the API and several in one statement
    add_deal(company, "sp_e2a", "sp_e2a客户1", "新单", "99.99")
    with company.admin() as admin:
        admin.execute("insert into sales.opportunities "
                      "(owner_id, customer_id, title, amount, stage_id, probability) "
                      "select owner_id, customer_id, title || '二', amount + 0.01, stage_id, 33.33 "
                      "from sales.opportunities where id = any (%s)", ([ids["solo"], ids["north"]],))
    check_all(company)
    # amount and probability (a probability that rounds at the fen), a stage move
    company.call("sp_e1a", "select api.record_update('opportunity', %s, null, %s)",
                 (ids["solo"], as_json({"amount": "333.35", "probability": "12.5"})))
    company.call("sp_e1a", "select api.opportunity_set_stage(%s, null, %s)",
                 (ids["team"], stage(company, "commit")))
    with company.admin() as admin:  # one statement moving many deals between keys
        admin.execute("update sales.opportunities set amount = amount * 2 where id = any (%s)",
                      ([ids["team"], ids["solo"], ids["other"], ids["north"]],))
    check_all(company)
    # owner change (a handover), archive and back, delete
    company.call("sup_e1", "select api.record_transfer('opportunity', %s, %s, '交接')",
                 (ids["other"], company.people["sp_e1a"]))
    company.call("sp_n1a", "select api.record_archive('opportunity', %s, null)", (ids["north"],))
    check_all(company)
    company.call("sp_n1a", "select api.record_archive('opportunity', %s, null, false)", (ids["north"],))
    with company.admin() as admin:  # deals are archived, not deleted, by users; an administrator may
        admin.execute("delete from sales.opportunity_stage_history where opportunity_id = %s", (ids["solo"],))
        admin.execute("delete from sales.opportunities where id = %s", (ids["solo"],))
    check_all(company)


def test_the_board_reads_the_summary_for_owners_in_scope(pipeline) -> None:
    """Not a direct sum for the owners in scope: a (deliberately wrong) summary row shows."""
    company, ids = pipeline
    me = company.people["sp_e1a"]
    before = board(company, "mgr_e")
    with company.admin() as admin:
        admin.execute("update private.opportunity_totals set deals = deals + 1000 where owner_id = %s "
                      "and not archived and stage_id = "
                      "(select stage_id from sales.opportunities where id = %s)",
                      (me, ids["solo"]))
    after = board(company, "mgr_e")
    changed = {s for s in after if after[s] != before.get(s)}
    assert len(changed) == 1 and after[changed.pop()][0] >= 1000
    # a search is not answered by the summary: summed directly, it stays true
    with company.connect("mgr_e") as conn:
        n = conn.execute("select sum(deals) from api.opportunity_board('{\"search\": \"独立\"}')").fetchone()
    assert n == (1,)


def _concurrently(company: Company, first: str, second: str, params: tuple, params2: tuple) -> None:
    """`first` in an open transaction, `second` on another connection meanwhile (it waits on the
    summary row), then both commit."""
    second_waits(company, [(first, params)], [(second, params2)])


def test_concurrent_writers_leave_the_summary_exact(pipeline) -> None:
    company, ids = pipeline
    with company.admin() as admin:  # two deals of one owner in one stage
        admin.execute("update sales.opportunities set owner_id = %s, stage_id = %s where id = any (%s)",
                      (company.people["sp_e1a"], stage(company, "proposal"), [ids["solo"], ids["other"]]))
        admin.execute("update sales.opportunities set stage_id = %s where id = %s",
                      (stage(company, "commit"), ids["team"]))
        admin.commit()
    bump = "update sales.opportunities set amount = amount + %s where id = %s"
    _concurrently(company, bump, bump, (1, ids["solo"]), (2, ids["other"]))
    # two moves in opposite directions between the same owner's two stages: no deadlock
    move = "update sales.opportunities set stage_id = %s where id = %s"
    _concurrently(company, move, move, (stage(company, "commit"), ids["solo"]),
                  (stage(company, "proposal"), ids["team"]))
    with company.admin() as admin:
        assert sorted(admin.execute(SUMMARY + " where deals <> 0").fetchall()) == sorted(
            admin.execute(DIRECT).fetchall())
    check_all(company)


def test_an_employee_cannot_read_the_summary_nor_see_it_in_a_plan(pipeline) -> None:
    company, _ = pipeline
    with company.connect("mgr_e") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("select * from private.opportunity_totals")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # EXPLAIN ANALYZE runs nothing of the API
            conn.execute("explain (analyze, verbose, buffers) select * from api.opportunity_board('{}')")
        conn.rollback()
        plan = "\n".join(r[0] for r in conn.execute(
            "explain (verbose, costs off) select * from api.opportunity_board('{}')").fetchall())
        conn.execute("set client_min_messages = debug5")
        notices: list[str] = []
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        conn.execute("select * from api.opportunity_board('{}')").fetchall()
    text = (plan + "\n".join(notices)).lower()
    assert "opportunity_board" in text
    assert "opportunit" not in text.replace("opportunity_board", "")
    assert "totals" not in text

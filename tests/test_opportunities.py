"""Opportunities (issue 12 §1, §4): access routes (deal team membership, reach to the deal's
customer), stages as data and the kind's own rules (stage -> probability and forecast category,
lines -> amount, credit shares sum to 100), the board's totals, and the registry-driven attacks
on the new kind."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import psycopg
import pytest

from salesdesk.admin import users
from salesdesk.admin.cli import main
from tests.factories import Company, build_small_company
from tests.reference_attacks import attack_creates, attack_updates, references
from tests.rls_support import as_json, outcome

CUSTOMER = "sp_e1a客户1"


def stage(company: Company, code: str) -> int:
    with company.admin() as admin:
        row = admin.execute(
            "select s.id from sales.opportunity_stages s join sales.sales_processes p "
            "on p.id = s.process_id where p.code = 'default' and s.code = %s",
            (code,),
        ).fetchone()
    assert row
    return int(row[0])


def add_deal(
    company: Company,
    owner: str,
    customer: str,
    title: str,
    amount: str = "1000.00",
    team: tuple[tuple[str, str, str], ...] = (),
) -> int:
    """A deal as its owner creates it, and its team (person, access, credit) saved by the owner."""
    with company.connect(owner) as conn:
        row = conn.execute(
            "select api.record_create('opportunity', %s)",
            (as_json({"customer_id": company.customers[customer], "title": title, "amount": amount}),),
        ).fetchone()
        assert row
        deal = int(row[0])
        if team:
            conn.execute(
                "select api.opportunity_team_save(%s, null, %s)",
                (
                    deal,
                    as_json(
                        [
                            {
                                "employee_id": company.people[p],
                                "access": a,
                                "credit_share": c,
                                "role": "presales",
                            }
                            for p, a, c in team
                        ]
                    ),
                ),
            )
    return deal


@pytest.fixture
def deals(db_factory) -> tuple[Company, dict[str, int]]:
    company = build_small_company(db_factory(), deals=True)
    return company, {
        "team": add_deal(
            company,
            "sp_e1a",
            CUSTOMER,
            "华东大单",
            team=(("sp_n1a", "read", "30"), ("sp_e2a", "write", "40"), ("sp_e1a", "write", "30")),
        ),
        "solo": add_deal(company, "sp_e1a", "sp_e1a客户2", "独立小单", "500.00"),
        "north": add_deal(company, "sp_n1a", "sp_n1a客户1", "华北项目", "2000.00"),
    }


def visible(company: Company, key: str) -> dict[int, dict[str, Any]]:
    with company.connect(key) as conn:
        cur = conn.execute("select * from api.opportunity_list('{}', 'name', false, null, 500)")
        names = [d.name for d in cur.description or ()]
        return {r[0]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}


def count(company: Company, key: str, kind: str = "opportunity") -> int:
    return int(company.call(key, "select n from api.record_count(%s, '{}')", (kind,))[0][0])


# ---------------------------------------------------------------------------
# Membership and reach
# ---------------------------------------------------------------------------


def test_members_see_the_deal_in_lists_counts_and_rights_by_their_access(deals) -> None:
    company, ids = deals
    reader, writer = visible(company, "sp_n1a"), visible(company, "sp_e2a")
    assert ids["team"] in reader and ids["team"] in writer
    assert (reader[ids["team"]]["access"], reader[ids["team"]]["can_edit"]) == ("read", False)
    assert (writer[ids["team"]]["access"], writer[ids["team"]]["can_edit"]) == ("write", True)
    assert not reader[ids["team"]]["can_manage"] and not writer[ids["team"]]["can_manage"]  # never hand on
    assert count(company, "sp_n1a") == len(reader) == 3  # its seeded deal, "north" and the team's
    assert count(company, "sp_e2a") == len(writer) == 2  # its seeded deal and the team's
    with company.connect("sp_e2a") as conn:
        assert conn.execute(
            "select access, can_edit from api.opportunity_get(%s)", (ids["team"],)
        ).fetchone() == ("write", True)
        conn.execute(
            "select api.record_update('opportunity', %s, null, %s)",
            (ids["team"], as_json({"next_step": "演示"})),
        )
    with company.connect("sp_n1a") as conn:
        got = outcome(
            conn,
            "select api.record_update('opportunity', %s, null, %s)",
            (ids["team"], as_json({"next_step": "x"})),
        )
    assert (got.sqlstate, got.message) == ("SD003", "read only")
    with company.connect("sp_n1a") as conn:
        shared = conn.execute('select id from api.opportunity_list(\'{"scope": "shared"}\')').fetchall()
    assert shared == [(ids["team"],)]


def test_a_non_member_at_the_same_level_sees_nothing_and_hidden_answers_like_missing(deals) -> None:
    company, ids = deals
    assert ids["team"] not in visible(company, "sp_e1b")
    assert count(company, "sp_e1b") == 1  # its own seeded deal only
    missing = max(ids.values()) + 1000
    calls = [
        "select * from api.opportunity_get(%s)",
        "select * from api.opportunity_team(%s)",
        "select * from api.opportunity_stage_history(%s)",
        "select * from api.opportunity_line_rows(%s)",
        "select * from api.opportunity_rows(array[%s]::bigint[])",
        "select api.opportunity_team_save(%s, null, '[]')",
        "select api.opportunity_set_stage(%s, null, " + str(stage(company, "proposal")) + ")",
        "select api.record_update('opportunity', %s, null, '{\"title\": \"x\"}')",
        "select api.record_archive('opportunity', %s, null)",
    ]
    with company.connect("sp_e1b") as conn:
        for call in calls:
            hidden, gone = outcome(conn, call, (ids["team"],)), outcome(conn, call, (missing,))
            assert hidden.without(ids["team"]) == gone.without(missing), call
            assert hidden.rows == (), call
        assert conn.execute("select sum(deals) from api.opportunity_board('{}')").fetchone() == (1,)


def test_a_removed_member_loses_access_at_the_next_statement(deals) -> None:
    company, ids = deals
    with company.connect("sp_n1a", autocommit=True) as member:
        seen = "select count(*) from api.opportunities where id = %s"
        assert member.execute(seen, (ids["team"],)).fetchone() == (1,)
        with company.connect("sp_e1a") as owner:
            owner.execute(
                "select api.opportunity_team_save(%s, null, %s)",
                (
                    ids["team"],
                    as_json(
                        [{"employee_id": company.people["sp_e2a"], "access": "write", "credit_share": 100}]
                    ),
                ),
            )
        assert member.execute(seen, (ids["team"],)).fetchone() == (0,)
        assert member.execute(
            "select count(*) from api.customers where id = %s", (company.customers[CUSTOMER],)
        ).fetchone() == (0,)
        # and the change feed told them
        about = member.execute(
            "select kind, root_id, op from api.changes_since(0) where about_me "
            "and kind = 'opportunity_member'"
        ).fetchall()
    assert ("opportunity_member", ids["team"], "DELETE") in about


def test_reach_lets_a_member_read_the_customer_and_its_contacts_but_not_write_them(deals) -> None:
    company, _ = deals
    customer = company.customers[CUSTOMER]
    with company.connect("sp_n1a") as conn:
        assert conn.execute("select name from api.customers where id = %s", (customer,)).fetchone() == (
            CUSTOMER,
        )
        contacts = conn.execute("select id from api.contacts where customer_id = %s", (customer,)).fetchall()
        assert len(contacts) == 1
        row = conn.execute(
            "select access, can_edit, can_manage from api.customer_get(%s)", (customer,)
        ).fetchone()
        assert row == ("read", False, False)
    with company.connect("sp_n1a") as conn:
        got = outcome(
            conn, "select api.record_update('customer', %s, null, '{\"notes\": \"x\"}')", (customer,)
        )
        assert got.sqlstate == "SD003"
        got = outcome(
            conn, "select api.record_update('contact', %s, null, '{\"notes\": \"x\"}')", (contacts[0][0],)
        )
        assert got.sqlstate in ("SD003", "P0002") and not got.ok
        got = outcome(
            conn,
            "select api.record_create('contact', %s)",
            (as_json({"customer_id": customer, "name": "新人"}),),
        )
        assert not got.ok
    with company.connect("sp_e1b") as conn:  # not on the team: no reach
        assert conn.execute("select count(*) from api.customers where id = %s", (customer,)).fetchone() == (
            0,
        )


# ---------------------------------------------------------------------------
# The team: credit shares, who saves it
# ---------------------------------------------------------------------------


def test_credit_shares_that_do_not_make_100_are_refused_at_commit(deals) -> None:
    company, ids = deals
    conn = company.connect("sp_e1a")
    conn.execute(
        "select api.opportunity_team_save(%s, null, %s)",
        (
            ids["solo"],
            as_json(
                [
                    {"employee_id": company.people["sp_e1b"], "credit_share": "60"},
                    {"employee_id": company.people["sp_e1a"], "credit_share": "39.99"},
                ]
            ),
        ),
    )
    with pytest.raises(psycopg.errors.CheckViolation, match="must sum to 100"):
        conn.commit()
    conn.close()
    assert company.call("sp_e1a", "select count(*) from api.opportunity_team(%s)", (ids["solo"],)) == [(0,)]
    # exactly 100.00 is kept; an empty team credits its owner (no rows)
    company.call(
        "sp_e1a",
        "select api.opportunity_team_save(%s, null, %s)",
        (
            ids["solo"],
            as_json(
                [
                    {"employee_id": company.people["sp_e1b"], "credit_share": "60.01"},
                    {"employee_id": company.people["sp_e1a"], "credit_share": "39.99"},
                ]
            ),
        ),
    )
    assert company.call(
        "sp_e1a", "select sum(credit_share) from api.opportunity_team(%s)", (ids["solo"],)
    ) == [(Decimal("100.00"),)]


def test_the_team_is_saved_by_who_may_hand_the_deal_on_not_by_a_write_member(deals) -> None:
    company, ids = deals
    with company.connect("sp_e2a") as conn:
        got = outcome(conn, "select api.opportunity_team_save(%s, null, '[]')", (ids["team"],))
    assert (got.sqlstate, got.message) == ("SD004", "not yours to hand on")
    company.call(
        "sup_e1", "select api.opportunity_team_save(%s, null, '[]')", (ids["team"],)
    )  # a superior may
    assert company.call("sp_e1a", "select count(*) from api.opportunity_team(%s)", (ids["team"],)) == [(0,)]


def test_an_inactive_employee_cannot_join_a_team(deals) -> None:
    company, ids = deals
    with company.admin() as admin:
        admin.execute("update sales.employees set active = false where id = %s", (company.people["sp_e1b"],))
        admin.commit()
    with company.connect("sp_e1a") as conn:
        got = outcome(
            conn,
            "select api.opportunity_team_save(%s, null, %s)",
            (ids["solo"], as_json([{"employee_id": company.people["sp_e1b"]}])),
        )
    assert (got.sqlstate, got.message) == ("23514", "team member must be an active employee")


# ---------------------------------------------------------------------------
# The kind's rules: stage -> probability and forecast category, lines -> amount
# ---------------------------------------------------------------------------


def test_a_stage_change_derives_probability_category_and_closing(deals) -> None:
    company, ids = deals
    deal = ids["solo"]
    get = "select stage_id, probability, forecast_category, closed_at, version from api.opportunity_get(%s)"
    first = company.call("sp_e1a", get, (deal,))[0]
    assert first[:4] == (stage(company, "qualification"), Decimal("10.00"), "pipeline", None)
    version = company.call(
        "sp_e1a", "select api.opportunity_set_stage(%s, %s, %s)", (deal, first[4], stage(company, "proposal"))
    )[0][0]
    assert company.call("sp_e1a", get, (deal,))[0][:3] == (
        stage(company, "proposal"),
        Decimal("40.00"),
        "best_case",
    )
    company.call(
        "sp_e1a",
        "select api.record_update('opportunity', %s, %s, %s)",
        (deal, version, as_json({"stage_id": stage(company, "negotiation"), "probability": "55"})),
    )  # explicit probability wins
    assert company.call("sp_e1a", get, (deal,))[0][1:3] == (Decimal("55.00"), "best_case")
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, "select api.opportunity_set_stage(%s, null, %s)", (deal, stage(company, "lost")))
    assert (got.sqlstate, got.message) == ("23514", "a lost deal needs a reason")
    company.call("sp_e1a", "select api.opportunity_set_stage(%s, null, %s)", (deal, stage(company, "won")))
    won = company.call("sp_e1a", get, (deal,))[0]
    assert won[1:3] == (Decimal("100.00"), "closed") and won[3] is not None
    company.call("sp_e1a", "select api.opportunity_set_stage(%s, null, %s)", (deal, stage(company, "commit")))
    assert company.call("sp_e1a", get, (deal,))[0][1:4] == (Decimal("80.00"), "commit", None)  # undo reopens
    history = company.call(
        "sp_e1a",
        "select from_stage_id, to_stage_id, probability, changed_by from api.opportunity_stage_history(%s)",
        (deal,),
    )
    assert [h[1] for h in history] == [
        stage(company, c) for c in ("commit", "won", "negotiation", "proposal", "qualification")
    ]
    assert history[2][2] == Decimal("55.00") and history[0][3] == company.people["sp_e1a"]


@pytest.mark.parametrize(
    ("quantity", "price", "discount", "amount"),
    [
        ("1", "0.01", "50", "0.01"),  # 0.005 rounds half up
        ("0.5", "0.01", "0", "0.01"),  # 0.005 again, from the quantity
        ("3", "0.01", "50", "0.02"),  # 0.015 -> 0.02
        ("1", "10.01", "0.5", "9.96"),  # 9.95995
        ("2.5", "3.33", "10", "7.49"),  # 7.4925
    ],
)
def test_line_amounts_round_half_up_and_the_deal_follows_its_lines(
    deals, quantity: str, price: str, discount: str, amount: str
) -> None:
    company, ids = deals
    with company.admin() as admin:
        product = admin.execute(
            "insert into sales.products (code, name) values ('P1', '产品') returning id"
        ).fetchone()
        admin.commit()
    assert product
    values = {
        "opportunity_id": ids["solo"],
        "product_id": product[0],
        "quantity": quantity,
        "unit_price": price,
        "discount": discount,
    }
    line = company.call("sp_e1a", "select api.record_create('opportunity_line', %s)", (as_json(values),))[0][
        0
    ]
    company.call(
        "sp_e1a",
        "select api.record_create('opportunity_line', %s)",
        (as_json({**values, "quantity": "1", "unit_price": "100", "discount": "0"}),),
    )
    rows = company.call("sp_e1a", "select id, amount from api.opportunity_line_rows(%s)", (ids["solo"],))
    assert dict(rows)[line] == Decimal(amount)
    assert company.call("sp_e1a", "select amount from api.opportunity_get(%s)", (ids["solo"],)) == [
        (Decimal(amount) + 100,)
    ]
    with company.connect("sp_e1a") as conn:
        got = outcome(
            conn, "select api.record_update('opportunity', %s, null, '{\"amount\": 1}')", (ids["solo"],)
        )
    assert (got.sqlstate, got.message) == ("23514", "the amount follows the product lines")
    company.call("sp_e1a", "select api.record_delete('opportunity_line', %s, null)", (line,))
    assert company.call("sp_e1a", "select amount from api.opportunity_get(%s)", (ids["solo"],)) == [
        (Decimal("100.00"),)
    ]


# ---------------------------------------------------------------------------
# The board
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["sp_e1a", "sp_n1a", "sp_e2a", "sup_e1", "mgr_e", "director", "sp_e1b"])
def test_board_totals_are_the_sums_of_the_rows_the_login_sees(deals, key: str) -> None:
    company, ids = deals
    company.call(
        "sp_e1a", "select api.opportunity_set_stage(%s, null, %s)", (ids["solo"], stage(company, "commit"))
    )
    for query in ("{}", '{"eq": {"forecast_category": "commit"}}', '{"search": "华东"}'):
        with company.connect(key) as conn:
            rows = conn.execute(
                "select stage_id, amount, probability from api.opportunity_list(%s, 'name', "
                "false, null, 500)",
                (query,),
            ).fetchall()
            board = conn.execute(
                "select stage_id, deals, amount, weighted_amount from api.opportunity_board(%s)", (query,)
            ).fetchall()
        expected: dict[int, tuple[int, Decimal, Decimal]] = {}
        for stage_id, amount, probability in rows:
            n, total, weighted = expected.get(stage_id, (0, Decimal(0), Decimal(0)))
            fen = (amount * probability / 100).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
            expected[stage_id] = (n + 1, total + amount, weighted + fen)
        assert {s: (n, a, w) for s, n, a, w in board} == expected, query


# ---------------------------------------------------------------------------
# The registry-driven attacks reach the new kind; leave
# ---------------------------------------------------------------------------


def test_reference_attacks_cover_the_deal_and_fail_without_the_trigger(deals) -> None:
    company, _ = deals
    with company.admin() as admin:
        ref = next(r for r in references(admin) if r.kind.kind == "opportunity")
    for key in ("sp_e1a", "sup_e1", "mgr_e"):
        assert attack_creates(company, key, ref) == []
        assert attack_updates(company, key, ref) == []
    with company.admin() as admin:
        admin.execute("alter table sales.opportunities disable trigger check_reference_customer_id")
        admin.commit()
    try:
        assert attack_creates(company, "sp_e1a", ref) != []
    finally:
        with company.admin() as admin:
            admin.execute("alter table sales.opportunities enable trigger check_reference_customer_id")
            admin.commit()


def test_leave_moves_deals_to_the_manager_and_works_for_who_owns_none(deals) -> None:
    company, ids = deals
    with company.admin() as conn:
        none = users.leave(conn, company.login("asst_e1"), None)
    assert none.moved.get("opportunity", 0) == 0 and none.to_manager.get("opportunity", 0) == 0
    with company.admin() as conn:
        moved = users.leave(conn, company.login("sp_e1a"), None)
    assert moved.to_manager["opportunity"] == 3  # with its seeded deal
    with company.admin() as admin:
        rows = admin.execute(
            "select id, owner_id, stage_id from sales.opportunities where id = any (%s)",
            ([ids["team"], ids["solo"]],),
        ).fetchall()
        team = admin.execute(
            "select count(*) from sales.opportunity_members where opportunity_id = %s", (ids["team"],)
        ).fetchone()
    assert {r[1] for r in rows} == {company.people["sup_e1"]}
    assert team == (3,)  # the team and its credit stay


def test_leave_to_the_pool_names_deals_going_to_the_manager_once(
    deals, capsys: pytest.CaptureFixture[str]
) -> None:
    company, _ = deals
    assert (
        main(["user", "leave", "--dsn", company.admin_url, "--login", company.login("sup_n1"), "--to-pool"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == (  # owns no deal: deals are not named at all
        f"{company.login('sup_n1')} has left: moved 1 customer to the pool of {company.tag}_NORTH "
        "(recorded in the ownership history)"
    )
    assert (
        main(["user", "leave", "--dsn", company.admin_url, "--login", company.login("sp_n1a"), "--to-pool"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == (
        f"{company.login('sp_n1a')} has left: moved 3 customers to the pool of {company.tag}_NORTH, "
        f"2 opportunities to {company.login('mgr_n')} (recorded in the ownership history)"
    )


ROUTED = """
set local role salesdesk_owner;
create table sales.t_deal_notes (
    id bigint generated always as identity primary key,
    holder_id bigint not null references sales.employees (id),
    opportunity_id bigint not null references sales.opportunities (id),
    body text not null,
    version integer not null default 1, created_at timestamptz not null default now(), created_by bigint,
    updated_at timestamptz not null default now(), updated_by bigint);
call private.declare_kind('t_deal_note', 'sales.t_deal_notes', null, p_owner_column => 'holder_id',
    p_shares => true, p_insertable => array['opportunity_id'], p_writable => array['body']);
call private.declare_reference('t_deal_note', 'opportunity_id', 'opportunity');
call private.declare_route('t_deal_note', 'opportunity_id');
"""


def test_a_route_lets_whoever_holds_the_deal_read_its_records_but_not_write_them(deals) -> None:
    company, ids = deals
    with company.admin() as admin:
        admin.execute(ROUTED)
        admin.execute("reset role")
        row = admin.execute(
            "insert into sales.t_deal_notes (holder_id, opportunity_id, body) "
            "values (%s, %s, '纪要') returning id",
            (company.people["sp_e2a"], ids["team"]),
        ).fetchone()
        admin.commit()
    assert row
    note = row[0]
    rights = "select true, can_edit, can_manage from api.record_rights('t_deal_note', %s)"
    # the deal's owner (sp_e2a is out of their scope) and a read member read it; neither writes it
    for key in ("sp_e1a", "sp_n1a"):
        assert company.call(key, rights, (note,)) == [(True, False, False)], key
        assert count(company, key, "t_deal_note") == 1
    with company.connect("sp_e1b") as conn:  # neither owner nor member: hidden like a missing one
        hidden, missing = outcome(conn, rights, (note,)), outcome(conn, rights, (note + 1000,))
    assert hidden.without(note) == missing.without(note + 1000) and not hidden.ok
    with company.connect("sp_n1a") as conn:
        got = outcome(conn, "select api.record_update('t_deal_note', %s, null, '{\"body\": \"x\"}')", (note,))
    assert got.sqlstate == "SD003"


def test_a_former_owner_who_keeps_a_deal_on_the_customer_reads_it_read_only(deals) -> None:
    company, ids = deals
    customer = company.customers["sp_e1a客户2"]  # the "solo" deal's customer
    company.call(
        "sup_e1",
        "select api.record_transfer('customer', %s, %s, '调整')",
        (customer, company.people["sp_e1b"]),
    )
    get = "select access, can_edit, can_manage from api.customer_get(%s)"
    assert company.call("sp_e1a", get, (customer,)) == [("read", False, False)]
    with company.connect("sp_e1a") as conn:  # and it is listed as seen through her deal
        shared = conn.execute('select id, access from api.customer_list(\'{"scope": "shared"}\')').fetchall()
    assert (customer, "read") in shared


def test_stages_are_read_by_everyone_and_written_with_maintain_picklists(deals) -> None:
    company, _ = deals
    rows = company.call(
        "sp_e1a",
        "select code, name, name_en, probability, forecast_category, outcome "
        "from api.opportunity_stage_rows()",
    )
    assert [r[0] for r in rows] == [
        "qualification",
        "needs_analysis",
        "proposal",
        "negotiation",
        "commit",
        "won",
        "lost",
    ]
    assert rows[2] == ("proposal", "方案报价", "Proposal", Decimal("40.00"), "best_case", None)
    change = "select api.opportunity_stage_save(%s, null, '{\"probability\": 45}')"
    with company.connect("sp_e1a") as conn:
        got = outcome(conn, change, (stage(company, "proposal"),))
    assert got.sqlstate == "42501"
    company.call("admin", change, (stage(company, "proposal"),))
    assert company.call(
        "sp_e1a", "select probability from api.opportunity_stage_rows() where code = 'proposal'"
    ) == [(Decimal("45.00"),)]

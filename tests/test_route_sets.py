"""The records each employee reaches through what they own or are a member of, kept per employee
(sql/0051): after every kind of change the kept sets equal an oracle written here from the tables
(a deal's owner and team reach its customer and the follow-ups others logged on it, never what the
employee owns), and two transactions touching the same deal at once leave them right."""

from __future__ import annotations

import json
import threading
import time

from tests.factories import Company, build_small_company
from tests.test_opportunities import add_deal

# Independent of the declarations: the reach (a deal's customer) and the route (a deal's
# follow-ups) as the issue states them, for every employee.
ORACLE = """
    with mine as (
        select o.owner_id as employee_id, o.id from sales.opportunities o where o.owner_id is not null
        union select m.employee_id, m.opportunity_id from sales.opportunity_members m)
    select 'customer', m.employee_id, c.id from mine m
    join sales.opportunities o on o.id = m.id join sales.customers c on c.id = o.customer_id
    where c.owner_id is distinct from m.employee_id
    union
    select 'followup', m.employee_id, f.id from mine m join sales.followups f on f.opportunity_id = m.id
    where f.owner_id is distinct from m.employee_id"""
KEPT = "select r.kind, r.employee_id, unnest(r.ids) from private.route_sets r"
HAND_ON = "update sales.customers set owner_id = %s where id = %s"
# the only member of a deal that had no team: all the credit
JOIN = ("insert into sales.opportunity_members (opportunity_id, employee_id, role, access, credit_share) "
        "values (%s, %s, 'support', 'read', 100)")


def kept_and_oracle(company: Company) -> tuple[set, set]:
    with company.admin() as admin:
        return set(admin.execute(KEPT).fetchall()), set(admin.execute(ORACLE).fetchall())


def assert_kept(company: Company) -> None:
    kept, oracle = kept_and_oracle(company)
    assert kept == oracle, {"missing": oracle - kept, "extra": kept - oracle}


def log_followup(company: Company, login: str, deal: int, summary: str = "拜访") -> int:
    with company.connect(login) as conn:
        customer = conn.execute("select customer_id from api.opportunity_get(%s)", (deal,)).fetchone()[0]
        row = conn.execute("select api.record_create('followup', %s)", (json.dumps({
            "customer_id": customer, "opportunity_id": deal, "kind": "visit",
            "happened_at": "2026-11-02T10:00:00+08:00", "summary": summary}),)).fetchone()
        return int(row[0])


def seen_followups(company: Company, login: str) -> set[int]:
    with company.connect(login) as conn:
        page = conn.execute("select id from api.followup_list('{}', 'happened_at', true, null, 1000)")
        return {r[0] for r in page}


def test_the_kept_sets_follow_every_change_of_owner_team_follow_up_and_customer(db_factory) -> None:
    company = build_small_company(db_factory(), deals=True)
    assert_kept(company)
    deal = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北合作",
                    team=(("sup_e1", "read", "30"), ("sp_n1a", "write", "70")))
    assert_kept(company)
    # a follow-up the owner logs reaches the team member, not the owner
    mine = log_followup(company, "sp_n1a", deal)
    assert_kept(company)
    assert mine in seen_followups(company, "sup_e1")
    other = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北独家")
    with company.admin() as admin:
        people, customers = company.people, company.customers
        steps = [
            # the follow-up moved to a deal the member is not on
            ("update sales.followups set opportunity_id = %s where id = %s", (other, mine)),
            # and back, then handed to the member (their own now: not "reached")
            ("update sales.followups set opportunity_id = %s where id = %s", (deal, mine)),
            ("update sales.followups set owner_id = %s where id = %s", (people["sup_e1"], mine)),
            # a deal without follow-ups moved to another customer, then to another owner
            ("update sales.opportunities set customer_id = %s where id = %s",
             (customers["sp_e1a客户1"], other)),
            ("update sales.opportunities set owner_id = %s where id = %s", (people["sp_e1b"], other)),
            # the customer handed to the team member: theirs, so no longer reached
            (HAND_ON, (people["sup_e1"], customers["sp_n1a客户1"])),
            (HAND_ON, (people["sp_n1a"], customers["sp_n1a客户1"])),
            # the member removed from the team
            ("with gone as (delete from sales.opportunity_members where opportunity_id = %s "
             "and employee_id = %s) update sales.opportunity_members set credit_share = 100 "
             "where opportunity_id = %s and employee_id = %s",
             (deal, people["sup_e1"], deal, people["sp_n1a"])),
            ("delete from sales.followups where id = %s", (mine,)),
        ]
        for stmt, args in steps:
            admin.execute(stmt, args)
            admin.commit()
            assert_kept(company)
    # several changes in one transaction, the kept sets right at its end
    with company.admin() as admin:
        admin.execute(JOIN, (other, people["sp_n1a"]))
        admin.execute("update sales.opportunities set owner_id = %s where id = %s", (people["sp_e1b"], deal))
        admin.execute("update sales.followups set owner_id = %s where opportunity_id = %s",
                      (people["sp_n1a"], deal))
        admin.execute("insert into sales.followups (owner_id, customer_id, opportunity_id, kind, "
                      "happened_at, summary) select %s, customer_id, id, 'call', now(), '同一事务' "
                      "from sales.opportunities where id = %s", (people["sp_e1b"], other))
        admin.commit()
    assert_kept(company)
    # a rebuild gives what the triggers kept
    with company.admin() as admin:
        before = set(admin.execute(KEPT).fetchall())
        admin.execute("select private.rebuild_route_sets()")
        assert set(admin.execute(KEPT).fetchall()) == before
        admin.rollback()


def test_a_team_member_added_while_a_follow_up_is_logged_sees_it(db_factory) -> None:
    """T1 puts sup_e1 on the deal's team; T2, at the same moment, logs a follow-up on the deal. T2
    cannot see T1's member yet, so it waits on the deal (both lock it) and then reads the team as T1
    left it: sup_e1 reaches the follow-up after both commit."""
    company = build_small_company(db_factory(), deals=True)
    deal = add_deal(company, "sp_n1a", "sp_n1a客户1", "华北合作")
    customer = company.customers["sp_n1a客户1"]
    t1 = company.admin()
    t1.execute(JOIN, (deal, company.people["sup_e1"]))
    logged: list[int] = []

    def log() -> None:
        with company.connect("sp_n1a") as conn:
            row = conn.execute("select api.record_create('followup', %s)", (json.dumps({
                "customer_id": customer, "opportunity_id": deal, "kind": "call",
                "happened_at": "2026-11-03T09:00:00+08:00", "summary": "同时记录"}),)).fetchone()
            conn.commit()
            logged.append(int(row[0]))

    t2 = threading.Thread(target=log)
    t2.start()
    time.sleep(1.0)
    assert not logged, "the follow-up did not wait for the team change on the same deal"
    t1.commit()
    t1.close()
    t2.join(timeout=30)
    assert logged
    assert logged[0] in seen_followups(company, "sup_e1")
    assert_kept(company)


def test_a_customer_handed_back_while_its_owner_joins_a_deal_team_stays_reached(db_factory) -> None:
    """T1 hands sp_n1a's customer to sp_e1b; T2 at once puts sp_n1a on sp_e1b's deal for that
    customer. Each alone would not know the other's change: sp_n1a must still reach the customer
    through the team once both commit."""
    company = build_small_company(db_factory(), deals=True)
    customer = company.customers["sp_n1a客户1"]
    with company.admin() as admin:
        deal = admin.execute(
            "insert into sales.opportunities (owner_id, customer_id, title, amount) "
            "values (%s, %s, '合作', 100) returning id", (company.people["sp_e1b"], customer)).fetchone()[0]
        admin.commit()
    t1 = company.admin()
    t1.execute("update sales.customers set owner_id = %s where id = %s", (company.people["sp_e1b"], customer))
    done: list[bool] = []

    def join() -> None:
        with company.admin() as t2:
            t2.execute(JOIN, (deal, company.people["sp_n1a"]))
            t2.commit()
            done.append(True)

    t2 = threading.Thread(target=join)
    t2.start()
    time.sleep(1.0)
    t1.commit()
    t1.close()
    t2.join(timeout=30)
    assert done
    assert_kept(company)
    with company.admin() as admin:
        kept = admin.execute("select ids from private.route_sets where employee_id = %s and kind = %s",
                             (company.people["sp_n1a"], "customer")).fetchone()
    assert kept and customer in kept[0]

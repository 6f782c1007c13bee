"""Set-based generation of the bench company's selling: opportunities with teams, follow-ups, leads.

Beside `bench_data.generate_customers`, on the admin connection: everything in a few INSERT ...
SELECT statements over generate_series. As for the customers, the row stamps, the audit log and
the per-row reference checks are switched off for this synthetic load only, inside the load's own
transaction (DDL is transactional; the lock keeps every other session out); the kinds' derive
triggers stay on, so the sort keys and search terms are the production ones. Every deal is on a
customer of its owner; a third have a team of 2-4 from the owner's sales team with credit shares
summing to 100; closed deals closed over the last 18 months, each deal with the stage history of
the open stages it passed (the forecast's calibration counts them, sql/0036); follow-ups are on
deals (by their owner) or on the owner's customers; the customers' last contact is their latest
follow-up.
"""

from __future__ import annotations

import time

import psycopg

from salesdesk.admin.bench_data import progress

PROJECTS = ("array['网络改造','服务器扩容','ERP实施','年度维保','数据中心建设','安全加固','无线覆盖',"
            "'备份升级']")


AUDIT_TRIGGERS = ("audit_insert", "audit_update", "audit_delete")  # a kind's audit: one per event (0047)
ROUTE_TRIGGERS = ("route_sets_insert", "route_sets_update", "route_sets_delete")  # the kept routes (0051)
WIN_TRIGGERS = ("stage_close_inserted", "stage_close_updated", "stage_close_deleted")  # win counts (0055)
GROUPS = {"audit": AUDIT_TRIGGERS, "route_sets": ROUTE_TRIGGERS, "stage_close": WIN_TRIGGERS}


def _pause(conn: psycopg.Connection, table: str, triggers: str, on: bool) -> None:
    """Switch the named triggers of a table off or on ("audit": the kind's three audit triggers,
    "route_sets": the three that keep the routes, "stage_close": the three that keep the win
    counts; those two rebuilt after the load)."""
    verb = "enable" if on else "disable"
    names = [n for t in triggers.split() for n in GROUPS.get(t, (t,))]
    conn.execute(f"alter table {table} " + ", ".join(f"{verb} trigger {t}" for t in names))


def generate_opportunities(conn: psycopg.Connection, total: int) -> None:
    t = time.perf_counter()
    triggers = "stamp audit stage_logged check_reference_customer_id route_sets stage_close"
    _pause(conn, "sales.opportunities", triggers, on=False)
    conn.execute(f"""
        with owned as materialized (
                select id, owner_id, left(name, 6) short, row_number() over (order by id) n
                from sales.customers where owner_id is not null),
            total as (select count(*) c from owned),
            st as (select array_agg(s.id order by s.position) ids,
                          array_agg(s.outcome order by s.position) outs
                   from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
                   where p.code = 'default' and s.active),
            g as (select g, 1 + floor(random() * (select cardinality(ids) from st))::int si
                  from generate_series(1, %(n)s::bigint) g)
        insert into sales.opportunities (owner_id, customer_id, title, amount, expected_close_date, stage_id,
                                         won_lost_reason, closed_at)
        select o.owner_id, o.id, o.short || ({PROJECTS})[1 + floor(random() * 8)::int],
               round((random() * 1e6)::numeric, -3), current_date + (random() * 240)::int - 120,
               st.ids[g.si],
               case when st.outs[g.si] = 'lost' then '价格高于竞争对手' end,
               case when st.outs[g.si] is not null then now() end
        from g cross join total join owned o on o.n = 1 + (g.g * 7919) %% total.c cross join st""",
        {"n": total})
    # the derive trigger closed them now (entering a closed stage): back-dated over 18 months
    _pause(conn, "sales.opportunities", "derive", on=False)
    conn.execute("update sales.opportunities set closed_at = now() - random() * interval '540 days' "
                 "where closed_at is not null")
    _pause(conn, "sales.opportunities", "derive", on=True)
    _pause(conn, "sales.opportunities", triggers, on=True)
    conn.commit()
    progress(f"opportunities {total:,}", t)
    generate_stage_history(conn)
    t = time.perf_counter()
    triggers = "stamp member_changed credit_shares check_member route_sets"
    _pause(conn, "sales.opportunity_members", triggers, on=False)
    conn.execute("""
        with team as (select e.unit_id, array_agg(e.id order by e.id) ids from sales.employees e
                      join sales.positions p on p.id = e.position_id and p.code = 'salesperson'
                      group by e.unit_id having count(*) >= 4),
            deals as (select o.id, o.owner_id, t.ids, array_position(t.ids, o.owner_id) pos,
                             1 + (o.id / 3) % 3 k
                      from sales.opportunities o join sales.employees e on e.id = o.owner_id
                      join team t on t.unit_id = e.unit_id where o.id % 3 = 0)
        insert into sales.opportunity_members (opportunity_id, employee_id, role, access, credit_share)
        select id, owner_id, 'lead', 'write', 100 - 10 * k from deals
        union all
        select d.id, d.ids[1 + (d.pos - 1 + i) % cardinality(d.ids)],
               case when i = 1 then 'presales' else 'support' end,
               case when i = 2 then 'write' else 'read' end, 10
        from deals d, generate_series(1, 3) i where i <= d.k""")
    _pause(conn, "sales.opportunity_members", triggers, on=True)
    conn.commit()
    members = conn.execute("select count(distinct opportunity_id) from sales.opportunity_members").fetchone()
    progress(f"deal teams on {members[0] if members else 0:,} opportunities", t)


def generate_stage_history(conn: psycopg.Connection) -> None:
    """Each deal's passage through the open stages of its process, in order, nine days apart: an
    open deal passed every open stage up to its own; a closed one the first 1 to all of them (by its
    id), then its closed stage on its closing moment (as the stage trigger, paused for the load,
    would have logged them)."""
    t = time.perf_counter()
    _pause(conn, "sales.opportunity_stage_history", "stage_close", on=False)
    conn.execute("""
        with st as (select s.id, s.position, s.outcome, s.probability,
                           row_number() over (partition by s.outcome is null order by s.position) k
                    from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
                    where p.code = 'default' and s.active),
            opened as (select * from st where outcome is null),
            n as (select count(*) c from opened),
            path as (select o.id, o.amount, coalesce(o.closed_at, now()) as ended, x.stage_id, x.probability,
                            x.k, count(*) over (partition by o.id) steps
                     from sales.opportunities o join st cur on cur.id = o.stage_id cross join n
                     cross join lateral (
                         select p.id, p.probability, p.k from opened p
                         where case when cur.outcome is null then p.position <= cur.position
                                    else p.k <= 1 + (o.id * 7) % n.c end
                         union all
                         select cur.id, cur.probability, n.c + 1 where cur.outcome is not null
                     ) x (stage_id, probability, k))
        insert into sales.opportunity_stage_history (opportunity_id, changed_at, from_stage_id, to_stage_id,
                                                     probability, amount)
        select id, ended - (steps - row_number() over w) * interval '9 days', lag(stage_id) over w, stage_id,
               probability, amount
        from path window w as (partition by id order by k)""")
    _pause(conn, "sales.opportunity_stage_history", "stage_close", on=True)
    conn.commit()
    made = conn.execute("select count(*) from sales.opportunity_stage_history").fetchone()
    progress(f"stage history {made[0] if made else 0:,} rows", t)


def generate_followups(conn: psycopg.Connection, total: int) -> None:
    """Three in five on deals (by the deal's owner), the rest on customers (by their owner)."""
    t = time.perf_counter()
    triggers = ("stamp audit check_reference_customer_id check_reference_contact_id contact_of_customer "
                "touch_customer route_sets")
    _pause(conn, "sales.followups", triggers, on=False)
    on_deals = total * 3 // 5
    conn.execute("""
        with deals as (select max(id) m from sales.opportunities)
        insert into sales.followups (owner_id, customer_id, opportunity_id, kind, happened_at, summary,
                                     next_followup_on)
        select o.owner_id, o.customer_id, o.id,
               (array['visit','call','wechat','email','meeting'])[1 + floor(random() * 5)::int],
               now() - random() * interval '365 days', '电话沟通项目进度',
               case when random() < 0.6 then current_date + (random() * 30)::int end
        from generate_series(1, %(n)s::bigint) g cross join deals
            join sales.opportunities o on o.id = 1 + (g * 104729) %% deals.m""", {"n": on_deals})
    conn.execute("""
        with c as (select max(id) m from sales.customers)
        insert into sales.followups (owner_id, customer_id, kind, happened_at, summary, next_followup_on)
        select k.owner_id, k.id, (array['visit','call','wechat'])[1 + floor(random() * 3)::int],
               now() - random() * interval '365 days', '上门拜访，了解需求',
               case when random() < 0.6 then current_date + (random() * 30)::int end
        from generate_series(1, %(n)s::bigint) g cross join c
            join sales.customers k on k.id = 1 + (g * 15485863) %% c.m
        where k.owner_id is not null""", {"n": total - on_deals})
    _pause(conn, "sales.followups", triggers, on=True)
    _pause(conn, "sales.customers", "stamp audit derive route_sets", on=False)
    conn.execute("""
        update sales.customers c set last_contact_at = f.latest
        from (select customer_id, max(happened_at) latest from sales.followups group by 1) f
        where f.customer_id = c.id""")
    _pause(conn, "sales.customers", "stamp audit derive route_sets", on=True)
    conn.commit()
    made = conn.execute("select count(*) from sales.followups").fetchone()
    progress(f"follow-ups {made[0] if made else 0:,}", t)


def generate_leads(conn: psycopg.Connection, total: int, pool_share: float = 0.1) -> None:
    t = time.perf_counter()
    triggers = "stamp audit check_active_owner check_picklists"
    _pause(conn, "sales.leads", triggers, on=False)
    conn.execute("""
        with sp as (select array_agg(e.id order by e.id) ids from sales.employees e
                    join sales.positions p on p.id = e.position_id where p.code = 'salesperson'),
            pools as (select array_agg(id order by id) ids from sales.customer_pools),
            c as (select max(id) m from sales.customers),
            g as (select g, random() < %(share)s in_pool, random() r,
                         (array['new','contacted','qualified','converted','disqualified'])[1 + g %% 5] status
                  from generate_series(1, %(n)s::bigint) g)
        insert into sales.leads (company_name, contact_name, mobile, status, disqualify_reason,
                                 converted_customer_id, converted_at, owner_id, pool_id)
        select (array['上海','北京','广州','深圳','杭州','成都'])[1 + floor(random() * 6)::int]
               || substr(md5(random()::text), 1, 4) || '科技有限公司', '联系人' || g.g,
               '13' || lpad((floor(random() * 1e9))::bigint::text, 9, '0'),
               case when g.in_pool then 'new' else g.status end,
               case when not g.in_pool and g.status = 'disqualified' then '无采购需求' end,
               case when not g.in_pool and g.status = 'converted' then 1 + g.g %% c.m end,
               case when not g.in_pool and g.status = 'converted' then now() end,
               case when not g.in_pool then sp.ids[1 + floor(g.r * cardinality(sp.ids))::int] end,
               case when g.in_pool then pools.ids[1 + floor(g.r * cardinality(pools.ids))::int] end
        from g, sp, pools, c""", {"n": total, "share": pool_share})
    _pause(conn, "sales.leads", triggers, on=True)
    conn.commit()
    progress(f"leads {total:,}", t)


def generate_pipeline(conn: psycopg.Connection, opportunities: int, followups: int, leads: int) -> None:
    generate_opportunities(conn, opportunities)
    generate_followups(conn, followups)
    generate_leads(conn, leads)
    t = time.perf_counter()
    conn.execute("select private.rebuild_route_sets()")  # their triggers were paused for the load
    conn.execute("select private.stage_win_counts_rebuild()")  # likewise
    conn.commit()
    progress("kept routes and win counts", t)

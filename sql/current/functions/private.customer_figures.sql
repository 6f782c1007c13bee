-- private.customer_figures, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION private.customer_figures(p_today date, p_customer_id bigint)
 RETURNS TABLE(customer_id bigint, customer_name text, owner_id bigint, owner_name text, unit_id bigint, unit_name text, credit_limit numeric, contracts integer, contract_amount numeric, revenue numeric, received numeric, receivable numeric, invoiced numeric, expenses numeric, product_cost numeric, profit numeric, followups_12m integer, contact_frequency numeric, last_contact_on date, recency_days integer, last_order_on date, orders_12m integer, purchasing_power numeric, punctuality numeric, overdue_share numeric, credit_use numeric, credit_score numeric, credit_rating text, relationship_score numeric, relationship_level text, rfm_segment text)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with cu as (
        select c.id, c.name, c.owner_id, c.credit_limit,
               coalesce(e.unit_id, pl.unit_id) as unit_id, e.name as owner_name
        from sales.customers c
            left join sales.employees e on e.id = c.owner_id
            left join sales.customer_pools pl on pl.id = c.pool_id
        where (p_customer_id is null and c.archived_at is null) or c.id = p_customer_id  -- asked for: even archived
    ), k as (
        select k.id, k.customer_id, k.amount, k.total_amount, k.approved_at::date as approved_on
        from sales.contracts k join cu on cu.id = k.customer_id
        where private.contract_counts(k.status)
    ), money as (
        select k.customer_id, count(*)::integer as contracts,
               sum(k.total_amount) as contract_amount, sum(k.amount) as revenue,
               sum(coalesce(pa.received, 0)) as received, sum(coalesce(iv.invoiced, 0)) as invoiced,
               sum(coalesce(cost.cost, 0)) as cost,
               max(k.approved_on) filter (where k.approved_on <= p_today) as last_order_on,
               count(*) filter (where k.approved_on > (p_today - interval '12 months')::date
                                  and k.approved_on <= p_today)::integer as orders_12m,
               coalesce(sum(k.total_amount) filter (where k.approved_on > (p_today - interval '12 months')::date
                                                      and k.approved_on <= p_today), 0) as power
        from k
            left join lateral (select sum(p.amount) as received from sales.payments p
                               where p.contract_id = k.id and p.status = 'approved') pa on true
            left join lateral (select sum(v.total_amount) as invoiced from sales.invoices v
                               where v.contract_id = k.id) iv on true
            left join lateral (select sum(l.quantity * coalesce(pc.cost_price, 0)) as cost
                               from sales.contract_lines l
                                   left join sales.product_costs pc on pc.product_id = l.product_id
                               where l.contract_id = k.id) cost on true
        group by k.customer_id
    ), due as (
        select i.contract_id, i.amount,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) - i.amount as before,
               (select coalesce(sum(p.amount), 0) from sales.payments p
                where p.contract_id = i.contract_id and p.status = 'approved'
                  and p.received_on <= i.due_on) as paid_by_due,
               i.due_on
        from k join sales.instalments i on i.contract_id = k.id
    ), punctual as (
        select k.customer_id, sum(d.amount) as due_amount,
               sum(greatest(0, least(d.amount, d.paid_by_due - d.before))) as on_time,
               count(*) as due_count,
               count(*) filter (where d.paid_by_due - d.before < d.amount) as late_count
        from due d join k on k.id = d.contract_id
        where d.due_on <= p_today
        group by k.customer_id
    ), spent as (
        select x.customer_id, sum(x.amount) as expenses
        from sales.expenses x join cu on cu.id = x.customer_id
        where x.status = 'approved' and x.archived_at is null
        group by x.customer_id
    ), touch as (
        select f.customer_id, max(f.happened_at::date) as last_on,
               count(*) filter (where f.happened_at::date > (p_today - interval '12 months')::date)::integer as n12
        from sales.followups f join cu on cu.id = f.customer_id
        where f.archived_at is null and f.happened_at::date <= p_today
        group by f.customer_id
    ), base as (
        select cu.*, ou.name as unit_name, private.has_permission('see_cost') as see_cost,
               coalesce(m.contracts, 0) as contracts, round(coalesce(m.contract_amount, 0), 2) as contract_amount,
               round(coalesce(m.revenue, 0), 2) as revenue, round(coalesce(m.received, 0), 2) as received,
               round(coalesce(m.invoiced, 0), 2) as invoiced, round(coalesce(m.cost, 0), 2) as cost,
               round(coalesce(s.expenses, 0), 2) as expenses, m.last_order_on,
               coalesce(m.orders_12m, 0) as orders_12m, round(coalesce(m.power, 0), 2) as power,
               coalesce(t.n12, 0) as n12, t.last_on, p_today - t.last_on as recency,
               case when coalesce(pu.due_amount, 0) = 0 then 1::numeric
                    else pu.on_time / pu.due_amount end as p,
               case when coalesce(pu.due_count, 0) = 0 then 0::numeric
                    else pu.late_count::numeric / pu.due_count end as l
        from cu
            left join sales.org_units ou on ou.id = cu.unit_id
            left join money m on m.customer_id = cu.id
            left join spent s on s.customer_id = cu.id
            left join touch t on t.customer_id = cu.id
            left join punctual pu on pu.customer_id = cu.id
    ), derived as (
        select b.*, b.contract_amount - b.received as receivable,
               case when b.credit_limit > 0 then (b.contract_amount - b.received) / b.credit_limit
                    when b.contract_amount - b.received > 0 then 1::numeric else 0::numeric end as u,
               case when b.last_order_on is null then null
                    when p_today - b.last_order_on <= 90 then 3 when p_today - b.last_order_on <= 180 then 2
                    else 1 end as r,
               case when b.orders_12m >= 3 then 3 when b.orders_12m >= 1 then 2 else 1 end as f,
               case when b.power >= 1000000 then 3 when b.power >= 100000 then 2
                    when b.power > 0 then 1 else 0 end as mo
        from base b
    ), scored as (
        select d.*,
               round(100 * (0.5 * d.p + 0.3 * (1 - d.l) + 0.2 * (1 - least(1, d.u))), 2) as credit,
               round(40 * least(1, d.n12 / 12.0)
                     + 30 * case when d.recency is null then 0 else greatest(0, 1 - d.recency / 180.0) end
                     + 30 * least(1, d.contracts / 3.0), 2) as relation
        from derived d
    )
    select s.id, s.name, s.owner_id, s.owner_name, s.unit_id, s.unit_name, s.credit_limit, s.contracts,
           s.contract_amount, s.revenue, s.received, s.receivable, s.invoiced, s.expenses,
           case when s.see_cost then s.cost end,
           case when s.see_cost then s.revenue - s.cost - s.expenses end,
           s.n12, round(s.n12 / 12.0, 2), s.last_on, s.recency, s.last_order_on, s.orders_12m, s.power,
           round(s.p, 4), round(s.l, 4), round(s.u, 4), s.credit,
           case when s.credit >= 85 then 'A' when s.credit >= 70 then 'B' when s.credit >= 50 then 'C' else 'D' end,
           s.relation,
           case when s.relation >= 75 then 'strategic' when s.relation >= 50 then 'close'
                when s.relation >= 25 then 'ordinary' else 'distant' end,
           case when s.r is null then 'prospect'
                when s.r = 3 and s.f + s.mo >= 5 then 'champion'
                when s.r >= 2 and s.f + s.mo >= 4 then 'loyal'
                when s.r = 1 and s.f + s.mo >= 3 then 'at_risk'
                when s.r >= 2 then 'new'
                else 'lost' end
    from scored s
$function$;
alter function private.customer_figures(p_today date, p_customer_id bigint) owner to salesdesk_owner;
grant execute on function private.customer_figures(p_today date, p_customer_id bigint) to salesdesk_api;

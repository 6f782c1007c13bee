-- private.ageing_totals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0037_dashboard.sql

CREATE OR REPLACE FUNCTION private.ageing_totals(p_contracts bigint[], p_today date)
 RETURNS TABLE(contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    with c as materialized (
        select c.id, c.total_amount from sales.contracts c
        where private.contract_counts(c.status)
          and (p_contracts is null or c.id in (select unnest(p_contracts)))  -- a hashed set, not = any
    ), paid as (
        select p.contract_id, sum(p.amount) as received from sales.payments p join c on c.id = p.contract_id
        where p.status = 'approved' group by p.contract_id
    ), plan as (
        select i.contract_id, i.amount, i.due_on,
               sum(i.amount) over (partition by i.contract_id order by i.due_on, i.id) as running
        from sales.instalments i join c on c.id = i.contract_id
    ), open as (
        select greatest(0, least(pl.amount, pl.running - coalesce(pd.received, 0))) as unpaid,
               greatest(0, p_today - pl.due_on) as days
        from plan pl left join paid pd on pd.contract_id = pl.contract_id
    ), per_contract as (
        select c.total_amount - coalesce(pd.received, 0) as receivable,
               greatest(0, coalesce(pl.planned, 0) - coalesce(pd.received, 0)) as planned_open
        from c left join paid pd on pd.contract_id = c.id
            left join (select contract_id, sum(amount) as planned from plan group by contract_id) pl
                on pl.contract_id = c.id
    ), buckets as (
        select coalesce(sum(unpaid) filter (where days = 0), 0) as nd,
               coalesce(sum(unpaid) filter (where days between 1 and 30), 0) as b1,
               coalesce(sum(unpaid) filter (where days between 31 and 60), 0) as b2,
               coalesce(sum(unpaid) filter (where days between 61 and 90), 0) as b3,
               coalesce(sum(unpaid) filter (where days > 90), 0) as b4
        from open
    ), money as (
        select count(*) filter (where receivable <> 0)::integer as n, coalesce(sum(receivable), 0) as receivable,
               coalesce(sum(planned_open), 0) as planned_open
        from per_contract
    )
    select m.n, b.nd, b.b1, b.b2, b.b3, b.b4, b.b1 + b.b2 + b.b3 + b.b4, m.receivable - m.planned_open,
           m.receivable
    from money m, buckets b
$function$;
alter function private.ageing_totals(p_contracts bigint[], p_today date) owner to salesdesk_owner;
grant execute on function private.ageing_totals(p_contracts bigint[], p_today date) to salesdesk_api;

-- api.receivables_ageing, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql, 0050_receivables_page_kept.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.receivables_ageing(p_group text, p_today date)
 RETURNS TABLE(group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    if p_group is null or p_group not in ('customer', 'owner', 'unit') or not isfinite(p_today)
       or p_today is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        with c as materialized (  -- per contract only when grouped by customer
            select * from private.receivables_seen() where p_group = 'customer'
        ), aged as (
            select i.contract_id,
                   sum(i.unpaid) filter (where i.due_on >= p_today) as nd,
                   sum(i.unpaid) filter (where p_today - i.due_on between 1 and 30) as b1,
                   sum(i.unpaid) filter (where p_today - i.due_on between 31 and 60) as b2,
                   sum(i.unpaid) filter (where p_today - i.due_on between 61 and 90) as b3,
                   sum(i.unpaid) filter (where p_today - i.due_on > 90) as b4
            from private.receivable_instalments_seen() i
            where p_group = 'customer'
            group by i.contract_id
        ), by_customer as (
            select k.customer_id as gid, count(*) filter (where c.receivable <> 0) as n,
                   coalesce(sum(a.nd), 0) as nd, coalesce(sum(a.b1), 0) as b1, coalesce(sum(a.b2), 0) as b2,
                   coalesce(sum(a.b3), 0) as b3, coalesce(sum(a.b4), 0) as b4,
                   sum(c.receivable) as receivable, sum(c.planned_open) as planned_open
            from c join sales.contracts k on k.id = c.contract_id
                left join aged a on a.contract_id = c.contract_id
            group by k.customer_id
        ), by_owner as (
            select case p_group when 'owner' then o.owner_id else e.unit_id end as gid, sum(o.contracts) as n,
                   sum(o.nd) as nd, sum(o.b1) as b1, sum(o.b2) as b2, sum(o.b3) as b3, sum(o.b4) as b4,
                   sum(o.receivable) as receivable, sum(o.planned_open) as planned_open
            from private.receivables_owner_sums(p_today) o
                left join sales.employees e on p_group = 'unit' and e.id = o.owner_id
            where p_group <> 'customer'
            group by 1
        ), named as (
            select g.*, case p_group when 'owner' then (select e.name from sales.employees e where e.id = g.gid)
                                     when 'unit' then (select u.name from sales.org_units u where u.id = g.gid)
                                     else (select cu.name from sales.customers cu where cu.id = g.gid) end as gname
            from (select * from by_customer union all select * from by_owner) g
            where g.receivable <> 0 or g.nd + g.b1 + g.b2 + g.b3 + g.b4 <> 0
        )
        select n.gid, n.gname, n.n::integer, n.nd, n.b1, n.b2, n.b3, n.b4, n.b1 + n.b2 + n.b3 + n.b4,
               n.receivable - n.planned_open, n.receivable
        from named n
        order by n.receivable desc, n.gname, n.gid;
end
$function$;
alter function api.receivables_ageing(p_group text, p_today date) owner to salesdesk_api;
grant execute on function api.receivables_ageing(p_group text, p_today date) to salesdesk_user;

-- api.receivables_ageing, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

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
        with m as (
            select case p_group when 'customer' then r.customer_id when 'owner' then r.owner_id
                                else r.unit_id end as gid,
                   case p_group when 'customer' then r.customer_name when 'owner' then r.owner_name
                                else r.unit_name end as gname,
                   r.receivable, 0::numeric as nd, 0::numeric as b1, 0::numeric as b2, 0::numeric as b3,
                   0::numeric as b4, r.planned_open, 1 as n
            from private.money_rows(null, null) r
            union all
            select case p_group when 'customer' then a.customer_id when 'owner' then a.owner_id
                                else a.unit_id end,
                   case p_group when 'customer' then a.customer_name when 'owner' then a.owner_name
                                else a.unit_name end,
                   0, case when a.bucket = 'not_due' then a.unpaid else 0 end,
                   case when a.bucket = 'd1_30' then a.unpaid else 0 end,
                   case when a.bucket = 'd31_60' then a.unpaid else 0 end,
                   case when a.bucket = 'd61_90' then a.unpaid else 0 end,
                   case when a.bucket = 'd91_plus' then a.unpaid else 0 end, 0, 0
            from api.receivable_instalments(p_today) a
        )
        select m.gid, max(m.gname), sum(m.n)::integer, sum(m.nd), sum(m.b1), sum(m.b2), sum(m.b3), sum(m.b4),
               sum(m.b1 + m.b2 + m.b3 + m.b4), sum(m.receivable) - sum(m.planned_open), sum(m.receivable)
        from m
        group by m.gid
        having sum(m.receivable) <> 0 or sum(m.nd + m.b1 + m.b2 + m.b3 + m.b4) <> 0
        order by sum(m.receivable) desc, max(m.gname), m.gid;
end
$function$;
alter function api.receivables_ageing(p_group text, p_today date) owner to salesdesk_api;
grant execute on function api.receivables_ageing(p_group text, p_today date) to salesdesk_user;

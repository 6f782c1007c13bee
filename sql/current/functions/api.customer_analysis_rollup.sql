-- api.customer_analysis_rollup, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0040_customer_analysis.sql

CREATE OR REPLACE FUNCTION api.customer_analysis_rollup(p_today date, p_by text)
 RETURNS TABLE(group_id bigint, group_name text, customers integer, contract_amount numeric, revenue numeric, received numeric, receivable numeric, invoiced numeric, expenses numeric, product_cost numeric, profit numeric, followups_12m integer, purchasing_power numeric, credit_score numeric, relationship_score numeric)
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
    if p_today is null or not isfinite(p_today) or p_by is null
       or p_by not in ('owner', 'unit', 'company', 'segment', 'abc') then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        select f.gid, max(f.gname), count(*)::integer, sum(f.contract_amount), sum(f.revenue),
               sum(f.received), sum(f.receivable), sum(f.invoiced), sum(f.expenses), sum(f.product_cost),
               sum(f.profit), sum(f.followups_12m)::integer, sum(f.purchasing_power),
               round(avg(f.credit_score), 2), round(avg(f.relationship_score), 2)
        from (select r.*, case p_by when 'owner' then r.owner_id when 'unit' then r.unit_id end as gid,
                     case p_by when 'owner' then r.owner_name when 'unit' then r.unit_name
                               when 'segment' then r.rfm_segment when 'abc' then r.abc_class end as gname,
                     case p_by when 'segment' then r.rfm_segment when 'abc' then r.abc_class end as code
              from private.customer_analysis_rows(p_today) r) f
        group by f.gid, f.code
        order by sum(f.revenue) desc, 1 nulls last, 2;
end
$function$;
alter function api.customer_analysis_rollup(p_today date, p_by text) owner to salesdesk_api;
grant execute on function api.customer_analysis_rollup(p_today date, p_by text) to salesdesk_user;

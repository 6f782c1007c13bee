-- api.receivables_by_unit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0063_receivables_by_owner_and_unit.sql

CREATE OR REPLACE FUNCTION api.receivables_by_unit(p_today date, p_unit_id bigint DEFAULT NULL::bigint)
 RETURNS TABLE(kind text, group_id bigint, group_name text, contracts integer, not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric, d91_plus numeric, overdue numeric, unplanned numeric, receivable numeric)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET plan_cache_mode TO 'force_generic_plan'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    if p_today is null or not isfinite(p_today) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query
        with r as materialized (select * from private.receivables_unit_rollup(p_today, p_unit_id))
        select * from (
            select r.kind, r.group_id,
                   case r.kind when 'unit' then (select u.name from sales.org_units u where u.id = r.group_id)
                               else (select e.name from sales.employees e where e.id = r.group_id) end,
                   r.contracts::integer, r.nd, r.b1, r.b2, r.b3, r.b4, r.b1 + r.b2 + r.b3 + r.b4,
                   r.receivable - r.planned_open, r.receivable
            from r
            union all
            select 'total', null, null, coalesce(sum(r.contracts), 0)::integer, coalesce(sum(r.nd), 0),
                   coalesce(sum(r.b1), 0), coalesce(sum(r.b2), 0), coalesce(sum(r.b3), 0), coalesce(sum(r.b4), 0),
                   coalesce(sum(r.b1 + r.b2 + r.b3 + r.b4), 0), coalesce(sum(r.receivable - r.planned_open), 0),
                   coalesce(sum(r.receivable), 0)
            from r) x
        order by x.kind = 'total', x.receivable desc, x.kind, x.group_id;
end
$function$;
alter function api.receivables_by_unit(p_today date, p_unit_id bigint) owner to salesdesk_api;
grant execute on function api.receivables_by_unit(p_today date, p_unit_id bigint) to salesdesk_user;

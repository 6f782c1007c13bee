-- api.forecast_breakdown, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql, 0048_forecast_lean.sql, 0052_forecast_kept.sql, 0059_forecast_units.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text, p_as_of date DEFAULT NULL::date)
 RETURNS TABLE(node_kind text, node_id bigint, name text, deals bigint, commit numeric, best_case numeric, pipeline numeric, closed numeric, weighted numeric, calibrated numeric)
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
declare
    units bigint[] := private.forecast_units();
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 / SD005 first
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_node_kind = 'person' then
        return;  -- a person has no children
    end if;
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as materialized (
            select * from private.forecast_owner_sums(owners, first_day, after_day, as_of,
                                                      case when p_node_kind = 'unit' then array[p_node_id]
                                                           else '{}' end)
        ), kids as (
            select 'unit' as kind, u.id, u.name, private.unit_subtree(u.id) as under, 1 as o
            from sales.org_units u
            where u.id = any (units)
              and (p_node_kind = 'company' and (u.parent_id is null or u.parent_id <> all (units))
                   or p_node_kind = 'unit' and u.parent_id = p_node_id)
            union all
            select 'person', e.id, e.name, null, 2 from sales.employees e
            where p_node_kind = 'unit' and e.unit_id = p_node_id
              and exists (select from f where f.owner_id = e.id)
        )
        select k.kind, k.id, k.name, coalesce(sum(f.deals), 0)::bigint,
               coalesce(sum(f.commit), 0), coalesce(sum(f.best_case), 0), coalesce(sum(f.pipeline), 0),
               coalesce(sum(f.closed), 0), coalesce(sum(f.weighted), 0), round(coalesce(sum(f.calibrated), 0), 2)
        from kids k
        left join f on case when k.kind = 'unit' then f.unit_id = any (k.under) else f.owner_id = k.id end
        group by k.kind, k.id, k.name, k.o
        order by k.o, k.name, k.id;
end
$function$;
alter function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) owner to salesdesk_api;
grant execute on function api.forecast_breakdown(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) to salesdesk_user;

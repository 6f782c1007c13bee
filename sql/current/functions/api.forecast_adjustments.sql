-- api.forecast_adjustments, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION api.forecast_adjustments(p_node_kind text, p_node_id bigint, p_period text)
 RETURNS TABLE(id bigint, month date, category text, amount numeric, note text, created_by bigint, created_by_name text, created_at timestamp with time zone)
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
    first_day date;
    after_day date;
begin
    perform private.forecast_node_owners(p_node_kind, p_node_id);  -- P0002 for a node not the caller's
    if p_period is null then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        select x.id, x.month, x.category, x.amount, x.note, x.created_by, e.name, x.created_at
        from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
        where p_node_kind in ('company', 'unit') and x.unit_id is not distinct from p_node_id
          and x.month >= first_day and x.month < after_day
        order by x.id desc;
end
$function$;
alter function api.forecast_adjustments(p_node_kind text, p_node_id bigint, p_period text) owner to salesdesk_api;
grant execute on function api.forecast_adjustments(p_node_kind text, p_node_id bigint, p_period text) to salesdesk_user;

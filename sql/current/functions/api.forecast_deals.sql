-- api.forecast_deals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql, 0048_forecast_lean.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text, p_as_of date DEFAULT NULL::date)
 RETURNS TABLE(id bigint, title text, owner_id bigint, owner_name text, unit_id bigint, stage_id bigint, month date, category text, amount numeric, probability numeric, calibrated_probability numeric, rate_source text, weighted numeric, calibrated numeric)
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
    owners bigint[] := private.forecast_node_owners(p_node_kind, p_node_id);
    as_of date := coalesce(p_as_of, current_date);
    first_day date;
    after_day date;
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        select f.id, o.title, f.owner_id, e.name, f.unit_id, f.stage_id, f.month, f.category, f.amount,
               f.probability, f.calibrated_probability, f.rate_source, f.weighted, f.calibrated
        from private.forecast_rows(owners, first_day, after_day, as_of) f
        join sales.opportunities o on o.id = f.id
        join sales.employees e on e.id = f.owner_id
        order by f.month, f.category, f.amount desc, f.id;
end
$function$;
alter function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) owner to salesdesk_api;
grant execute on function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) to salesdesk_user;

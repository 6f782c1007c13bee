-- api.forecast, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql, 0048_forecast_lean.sql, 0052_forecast_kept.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.forecast(p_node_kind text, p_node_id bigint, p_period text, p_as_of date DEFAULT NULL::date)
 RETURNS TABLE(month date, category text, deals bigint, amount numeric, weighted numeric, calibrated numeric, target numeric, adjusted numeric, adjusted_by text, adjusted_at timestamp with time zone, adjustment_note text)
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
    adjustable boolean := p_node_kind in ('company', 'unit');
begin
    if p_period is null or not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    select r.first_day, r.after_day into first_day, after_day from private.period_range(p_period) r;
    return query
        with f as (
            select * from private.forecast_month_sums(owners, first_day, after_day, as_of)
        ), months as (
            select m::date as month from generate_series(first_day, after_day - 1, interval '1 month') m
        )
        select m.month, c.category, coalesce(f.deals, 0), coalesce(f.amount, 0), coalesce(f.weighted, 0),
               coalesce(f.calibrated, 0),
               private.node_target('contract_amount', p_node_kind, p_node_id, m.month,
                                   (m.month + interval '1 month')::date),
               a.amount, a.who, a.created_at, a.note
        from months m
        cross join (values ('commit', 1), ('best_case', 2), ('pipeline', 3), ('closed', 4)) c (category, o)
        left join f on f.month = m.month and f.category = c.category
        left join lateral (
            select x.amount, e.name as who, x.created_at, x.note
            from sales.forecast_adjustments x left join sales.employees e on e.id = x.created_by
            where adjustable and x.unit_id is not distinct from p_node_id and x.month = m.month
              and x.category = c.category
            order by x.id desc limit 1) a on true
        order by m.month, c.o;
end
$function$;
alter function api.forecast(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) owner to salesdesk_api;
grant execute on function api.forecast(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) to salesdesk_user;

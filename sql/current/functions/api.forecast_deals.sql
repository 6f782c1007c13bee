-- api.forecast_deals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

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
        with rates as materialized (select * from private.stage_win_rates(as_of))
        select o.id, o.title, o.owner_id, e.name, e.unit_id, o.stage_id,
               date_trunc('month', case when s.outcome = 'won' then o.closed_at::date
                                        else o.expected_close_date end)::date,
               case when s.outcome = 'won' then 'closed' else o.forecast_category end,
               o.amount, o.probability, c.rate, c.source,
               round(o.amount * o.probability / 100, 2), round(o.amount * c.rate / 100, 2)
        from sales.opportunities o
        join sales.opportunity_stages s on s.id = o.stage_id
        join sales.employees e on e.id = o.owner_id
        left join rates t on t.stage_id = o.stage_id and t.unit_id = e.unit_id
        left join rates w on w.stage_id = o.stage_id and w.unit_id is null
        cross join lateral (
            select case when s.outcome = 'won' then 100::numeric else r.rate end as rate,
                   case when s.outcome = 'won' then 'won' else r.source end as source
            from private.calibrated_rate(t.closed, t.won, w.closed, w.won, s.probability) r) c
        where o.archived_at is null and (owners is null or o.owner_id = any (owners))
          and (s.outcome is null and o.forecast_category in ('commit', 'best_case', 'pipeline')
               and o.expected_close_date >= first_day and o.expected_close_date < after_day
               or s.outcome = 'won' and o.closed_at >= first_day and o.closed_at < after_day)
        order by 7, 8, o.amount desc, o.id;
end
$function$;
alter function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) owner to salesdesk_api;
grant execute on function api.forecast_deals(p_node_kind text, p_node_id bigint, p_period text, p_as_of date) to salesdesk_user;

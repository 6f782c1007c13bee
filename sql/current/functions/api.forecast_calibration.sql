-- api.forecast_calibration, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql, 0064_win_rates_by_team.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.forecast_calibration(p_as_of date DEFAULT NULL::date)
 RETURNS TABLE(stage_id bigint, stage_position integer, name text, name_en text, configured numeric, unit_id bigint, unit_name text, closed bigint, won bigint, win_rate numeric, used_rate numeric, rate_source text)
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
    as_of date := coalesce(p_as_of, current_date);
    teams bigint[];
begin
    perform private.require_employee();
    if not isfinite(as_of) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    teams := private.forecast_units()
             || (select e.unit_id from sales.employees e where e.id = private.current_employee_id());
    return query
        with rates as materialized (select * from private.stage_win_rates(as_of, teams))
        select s.id, s.position, s.name, s.name_en, s.probability, t.id, t.name,
               coalesce(r.closed, 0), coalesce(r.won, 0),
               case when r.closed > 0 then round(100.0 * r.won / r.closed, 2) end,
               c.rate, c.source
        from sales.opportunity_stages s
        cross join (select null::bigint as id, null::text as name, 0 as o
                    union all select u.id, u.name, 1 from sales.org_units u where u.id = any (teams)) t
        left join rates r on r.stage_id = s.id and r.unit_id is not distinct from t.id
        left join rates w on w.stage_id = s.id and w.unit_id is null
        cross join lateral private.calibrated_rate(case when t.id is not null then r.closed end,
                                                   case when t.id is not null then r.won end,
                                                   w.closed, w.won, s.probability) c
        where s.outcome is null and s.active
          and (t.id is null or r.closed is not null or t.id = teams[cardinality(teams)])
        order by s.process_id, s.position, t.o, t.name, t.id;
end
$function$;
alter function api.forecast_calibration(p_as_of date) owner to salesdesk_api;
grant execute on function api.forecast_calibration(p_as_of date) to salesdesk_user;

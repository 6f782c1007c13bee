-- api.scorecard_items, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION api.scorecard_items(p_position_code text)
 RETURNS TABLE(indicator text, weight numeric, monthly_goal numeric, sort_order integer, version integer)
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
    return query
        select s.indicator, s.weight, s.monthly_goal, s.sort_order, s.version
        from sales.scorecard_items s join sales.positions p on p.id = s.position_id
        where p.code = p_position_code
        order by s.sort_order, s.indicator;
end
$function$;
alter function api.scorecard_items(p_position_code text) owner to salesdesk_api;
grant execute on function api.scorecard_items(p_position_code text) to salesdesk_user;

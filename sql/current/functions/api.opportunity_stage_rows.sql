-- api.opportunity_stage_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0018_opportunities.sql

CREATE OR REPLACE FUNCTION api.opportunity_stage_rows()
 RETURNS TABLE(id bigint, process_id bigint, process_name text, process_name_en text, "position" integer, code text, name text, name_en text, probability numeric, forecast_category text, outcome text, active boolean, version integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
    select s.id, s.process_id, p.name, p.name_en, s.position, s.code, s.name, s.name_en, s.probability,
           s.forecast_category, s.outcome, s.active, s.version
    from sales.opportunity_stages s join sales.sales_processes p on p.id = s.process_id
    where private.require_employee() is not null
    order by p.id, s.position
$function$;
alter function api.opportunity_stage_rows() owner to salesdesk_api;
grant execute on function api.opportunity_stage_rows() to salesdesk_user;

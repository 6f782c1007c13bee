-- private.metric_results, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql, 0035_attainment.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION private.metric_results(p_metric text, p_first date, p_after date)
 RETURNS TABLE(employee_id bigint, unit_id bigint, credited numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select c.employee_id, c.unit_id, c.credited from private.metric_credits(p_metric, p_first, p_after) c
$function$;
alter function private.metric_results(p_metric text, p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.metric_results(p_metric text, p_first date, p_after date) to salesdesk_api;

-- private.people_credits, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0035_attainment.sql

CREATE OR REPLACE FUNCTION private.people_credits(p_metric text, p_ids bigint[], p_first date, p_after date)
 RETURNS TABLE(employee_id bigint, credited numeric, overlay_credit numeric)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select d.employee_id, sum(d.credited), sum(d.overlay_credit)
    from private.metric_daily d
    where d.metric = p_metric and d.employee_id = any (p_ids) and d.day >= p_first and d.day < p_after
    group by d.employee_id
$function$;
alter function private.people_credits(p_metric text, p_ids bigint[], p_first date, p_after date) owner to salesdesk_owner;
grant execute on function private.people_credits(p_metric text, p_ids bigint[], p_first date, p_after date) to salesdesk_api;

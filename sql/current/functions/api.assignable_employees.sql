-- api.assignable_employees, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.assignable_employees()
 RETURNS TABLE(id bigint, login text, name text, unit_id bigint, unit_name text, position_name text, position_name_en text, level text)
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
    select r.id, r.login, r.name, r.unit_id, r.unit_name, r.position_name, r.position_name_en, r.level
    from api.employee_rows() r
    where r.active and r.in_scope
    order by r.name_sort, r.id
$function$;
alter function api.assignable_employees() owner to salesdesk_api;
grant execute on function api.assignable_employees() to salesdesk_user;

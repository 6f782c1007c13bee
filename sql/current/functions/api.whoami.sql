-- api.whoami, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.whoami()
 RETURNS TABLE(employee_id bigint, login text, name text, unit_id bigint, unit_name text, position_name text, level text, data_scope text, position_name_en text)
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
    select e.id, e.login, e.name, u.id, u.name, p.name, p.level, p.data_scope, p.name_en
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where e.id = private.current_employee_id()
$function$;
alter function api.whoami() owner to salesdesk_api;
grant execute on function api.whoami() to salesdesk_user;

-- api.employee_rows, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION api.employee_rows()
 RETURNS TABLE(id bigint, login text, name text, unit_id bigint, unit_name text, position_name text, position_name_en text, level text, manager_id bigint, email text, phone text, active boolean, in_scope boolean, name_sort text)
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
    select e.id, e.login, e.name, e.unit_id, u.name, p.name, p.name_en, p.level, e.manager_id,
           e.email, e.phone, e.active,
           private.sees_all() or e.id = any (private.visible_owner_ids()), e.name_sort
    from sales.employees e
        join sales.org_units u on u.id = e.unit_id
        join sales.positions p on p.id = e.position_id
    where private.require_employee() is not null
    order by e.name_sort, e.id
$function$;
alter function api.employee_rows() owner to salesdesk_api;
grant execute on function api.employee_rows() to salesdesk_user;

-- private.current_employee_id, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql

CREATE OR REPLACE FUNCTION private.current_employee_id()
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select e.id from sales.employees e where e.login = session_user::text and e.active
$function$;
alter function private.current_employee_id() owner to salesdesk_owner;
grant execute on function private.current_employee_id() to salesdesk_api;

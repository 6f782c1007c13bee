-- private.current_level, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.current_level()
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select p.level from sales.employees e join sales.positions p on p.id = e.position_id
    where e.id = private.current_employee_id()
$function$;
alter function private.current_level() owner to salesdesk_owner;
grant execute on function private.current_level() to salesdesk_api;

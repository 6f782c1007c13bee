-- private.unit_on, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0033_performance_basis.sql

CREATE OR REPLACE FUNCTION private.unit_on(p_employee_id bigint, p_day date)
 RETURNS bigint
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select u.unit_id from private.employee_units u
    where u.employee_id = p_employee_id and u.valid_from <= p_day
      and (u.valid_to is null or p_day < u.valid_to)
$function$;
alter function private.unit_on(p_employee_id bigint, p_day date) owner to salesdesk_owner;
grant execute on function private.unit_on(p_employee_id bigint, p_day date) to salesdesk_api;

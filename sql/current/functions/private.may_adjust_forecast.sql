-- private.may_adjust_forecast, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.may_adjust_forecast(p_unit_id bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((
        select case when p.level = 'director' then p_unit_id is null
                    when p.level in ('supervisor', 'manager') then p_unit_id = e.unit_id
                    else false end
        from sales.employees e join sales.positions p on p.id = e.position_id
        where e.id = private.current_employee_id()), false)
$function$;
alter function private.may_adjust_forecast(p_unit_id bigint) owner to salesdesk_owner;
grant execute on function private.may_adjust_forecast(p_unit_id bigint) to salesdesk_api;

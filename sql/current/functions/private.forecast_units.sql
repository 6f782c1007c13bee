-- private.forecast_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0036_forecast.sql

CREATE OR REPLACE FUNCTION private.forecast_units()
 RETURNS bigint[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.current_employee_id();
begin
    if me is null then
        return '{}';
    elsif private.sees_all() then
        return (select coalesce(array_agg(u.id), '{}') from sales.org_units u);
    elsif private.current_level() in ('supervisor', 'manager') then
        return private.unit_subtree((select e.unit_id from sales.employees e where e.id = me));
    end if;
    return '{}';
end
$function$;
alter function private.forecast_units() owner to salesdesk_owner;
grant execute on function private.forecast_units() to salesdesk_api;

-- private.target_read_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_read_units()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(distinct x.id), '{}')
    from (select v.unit_id as id from private.pool_visibility v
          where v.viewer_id = private.current_employee_id() and v.manages
          union all
          select e.unit_id from sales.employees e where e.id = private.current_employee_id()) x
$function$;
alter function private.target_read_units() owner to salesdesk_owner;
grant execute on function private.target_read_units() to salesdesk_api;

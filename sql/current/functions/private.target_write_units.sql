-- private.target_write_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_write_units()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(v.unit_id), '{}')
    from private.pool_visibility v join sales.org_units u on u.id = v.unit_id
    where v.viewer_id = private.current_employee_id() and v.manages and u.parent_id is not null
      and v.unit_id <> (select e.unit_id from sales.employees e where e.id = v.viewer_id)
      and v.unit_id = any (private.unit_subtree((select e.unit_id from sales.employees e where e.id = v.viewer_id)))
$function$;
alter function private.target_write_units() owner to salesdesk_owner;
grant execute on function private.target_write_units() to salesdesk_api;

-- private.visible_pool_unit_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql

CREATE OR REPLACE FUNCTION private.visible_pool_unit_ids()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(v.unit_id), '{}')
    from private.pool_visibility v
    where v.viewer_id = private.current_employee_id()
$function$;
alter function private.visible_pool_unit_ids() owner to salesdesk_owner;
grant execute on function private.visible_pool_unit_ids() to salesdesk_api;

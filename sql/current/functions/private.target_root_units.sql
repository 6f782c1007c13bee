-- private.target_root_units, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_root_units()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(u.id), '{}') from sales.org_units u where u.parent_id is null
$function$;
alter function private.target_root_units() owner to salesdesk_owner;
grant execute on function private.target_root_units() to salesdesk_api;

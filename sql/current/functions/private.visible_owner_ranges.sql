-- private.visible_owner_ranges, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql

CREATE OR REPLACE FUNCTION private.visible_owner_ranges()
 RETURNS int8multirange
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((select s.owner_ranges + '{}'::int8multirange from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$function$;
alter function private.visible_owner_ranges() owner to salesdesk_owner;
grant execute on function private.visible_owner_ranges() to salesdesk_api;

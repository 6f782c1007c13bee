-- private.target_write_people, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_write_people()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select array_remove(private.visible_owner_ids(), private.current_employee_id())
$function$;
alter function private.target_write_people() owner to salesdesk_owner;
grant execute on function private.target_write_people() to salesdesk_api;

-- private.managed_owner_ids, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0004_hard_shell.sql

CREATE OR REPLACE FUNCTION private.managed_owner_ids()
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce((select s.managed_ids || '{}'::bigint[] from private.visibility_sets s
                     where s.viewer_id = private.current_employee_id()), '{}')
$function$;
alter function private.managed_owner_ids() owner to salesdesk_owner;
grant execute on function private.managed_owner_ids() to salesdesk_api;

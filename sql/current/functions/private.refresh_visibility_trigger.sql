-- private.refresh_visibility_trigger, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0001_core.sql

CREATE OR REPLACE FUNCTION private.refresh_visibility_trigger()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    perform private.refresh_visibility();
    return null;
end
$function$;
alter function private.refresh_visibility_trigger() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

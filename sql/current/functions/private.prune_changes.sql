-- private.prune_changes, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.prune_changes()
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    delete from private.changes where at < now() - interval '7 days'
$function$;
alter function private.prune_changes() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

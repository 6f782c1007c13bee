-- private.kept_route_kinds, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0051_route_sets_kept.sql

CREATE OR REPLACE FUNCTION private.kept_route_kinds()
 RETURNS SETOF text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select target_kind from private.kind_reach union select kind from private.kind_routes
$function$;
alter function private.kept_route_kinds() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

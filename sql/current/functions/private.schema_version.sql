-- private.schema_version, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0006_api.sql

CREATE OR REPLACE FUNCTION private.schema_version()
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select string_agg(version_num, ',') from private.alembic_version
$function$;
alter function private.schema_version() owner to salesdesk_owner;
grant execute on function private.schema_version() to salesdesk_api;

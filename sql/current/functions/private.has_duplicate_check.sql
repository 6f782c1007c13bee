-- private.has_duplicate_check, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0047_import_bulk.sql

CREATE OR REPLACE FUNCTION private.has_duplicate_check(p_kind text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select exists (select 1 from private.kind_duplicate_keys d where d.kind = p_kind)
$function$;
alter function private.has_duplicate_check(p_kind text) owner to salesdesk_owner;
grant execute on function private.has_duplicate_check(p_kind text) to salesdesk_api;

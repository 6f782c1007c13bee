-- private.caller_sets_seal, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0026_api_overhead.sql

CREATE OR REPLACE FUNCTION private.caller_sets_seal(p_key text, p_ids text)
 RETURNS text
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select encode(sha256(s.secret || sha256(s.secret || convert_to(p_key || E'\x1f' || p_ids, 'UTF8'))), 'hex')
    from private.caller_sets_secret s
$function$;
alter function private.caller_sets_seal(p_key text, p_ids text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

-- private.target_unreconciled, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_unreconciled(p_version_id bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select count(*)::int from private.target_reconcile(p_version_id) r where r.difference <> 0
$function$;
alter function private.target_unreconciled(p_version_id bigint) owner to salesdesk_owner;
grant execute on function private.target_unreconciled(p_version_id bigint) to salesdesk_api;

-- private.target_versions_in, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_versions_in(p_states text[])
 RETURNS bigint[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(array_agg(v.id), '{}') from sales.target_versions v where v.status = any (p_states)
$function$;
alter function private.target_versions_in(p_states text[]) owner to salesdesk_owner;
grant execute on function private.target_versions_in(p_states text[]) to salesdesk_api;

-- private.target_reads_company, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_reads_company()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select private.has_permission('maintain_targets')
        or coalesce((select t.node_kind = 'company' from private.target_my_unit() t), false)
$function$;
alter function private.target_reads_company() owner to salesdesk_owner;
grant execute on function private.target_reads_company() to salesdesk_api;

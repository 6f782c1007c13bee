-- private.target_submitted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION private.target_submitted(p_version_id bigint, p_reason text)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.target_versions
    set status = 'submitted', reason = p_reason, submitted_at = clock_timestamp(),
        submitted_by = private.current_employee_id()
    where id = p_version_id and status = 'draft';
$function$;
alter function private.target_submitted(p_version_id bigint, p_reason text) owner to salesdesk_owner;
grant execute on function private.target_submitted(p_version_id bigint, p_reason text) to salesdesk_api;

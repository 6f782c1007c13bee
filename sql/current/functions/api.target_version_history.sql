-- api.target_version_history, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0034_targets.sql

CREATE OR REPLACE FUNCTION api.target_version_history(p_year integer, p_metric text)
 RETURNS TABLE(id bigint, number integer, status text, reason text, based_on bigint, owner_id bigint, owner_name text, created_at timestamp with time zone, submitted_at timestamp with time zone, submitted_by_name text, published_at timestamp with time zone, published_by_name text, superseded_at timestamp with time zone)
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
begin
    perform private.require_employee();
    return query select * from private.target_version_rows(p_year, p_metric);
end
$function$;
alter function api.target_version_history(p_year integer, p_metric text) owner to salesdesk_api;
grant execute on function api.target_version_history(p_year integer, p_metric text) to salesdesk_user;

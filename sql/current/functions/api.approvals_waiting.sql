-- api.approvals_waiting, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0069_inbox_pages.sql

CREATE OR REPLACE FUNCTION api.approvals_waiting()
 RETURNS integer
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
    return private.approvals_waiting_count(private.require_employee());
end
$function$;
alter function api.approvals_waiting() owner to salesdesk_api;
grant execute on function api.approvals_waiting() to salesdesk_user;

-- api.approval_decide, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION api.approval_decide(p_approval_request_id bigint, p_approve boolean, p_comment text DEFAULT NULL::text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
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
    perform private.approval_seen(p_approval_request_id);
    return private.approval_decide(p_approval_request_id, p_approve, p_comment);
end
$function$;
alter function api.approval_decide(p_approval_request_id bigint, p_approve boolean, p_comment text) owner to salesdesk_api;
grant execute on function api.approval_decide(p_approval_request_id bigint, p_approve boolean, p_comment text) to salesdesk_user;

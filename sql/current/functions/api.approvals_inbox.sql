-- api.approvals_inbox, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0053_inbox_and_customer_receivables.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.approvals_inbox()
 RETURNS TABLE(id bigint, type text, record_kind text, record_id bigint, requester_id bigint, requester_name text, summary text, note text, amount numeric, discount numeric, round integer, step_no integer, steps integer, mode text, submitted_at timestamp with time zone, reached_at timestamp with time zone, version integer)
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
    return query select * from private.approvals_waiting_on(private.require_employee());
end
$function$;
alter function api.approvals_inbox() owner to salesdesk_api;
grant execute on function api.approvals_inbox() to salesdesk_user;

-- api.approvals_inbox, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql, 0053_inbox_and_customer_receivables.sql, 0069_inbox_pages.sql (the current text comes from the last)

CREATE OR REPLACE FUNCTION api.approvals_inbox(p_after_at timestamp with time zone DEFAULT NULL::timestamp with time zone, p_after_id bigint DEFAULT NULL::bigint, p_limit integer DEFAULT 1000)
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
declare
    me constant bigint := private.require_employee();
begin
    if p_limit is null or p_limit not between 1 and 1000 or (p_after_at is null) <> (p_after_id is null)
       or not isfinite(p_after_at) then
        raise exception 'not a valid query' using errcode = 'SD005';
    end if;
    return query select * from private.approvals_waiting_page(me, p_after_at, p_after_id, p_limit);
end
$function$;
alter function api.approvals_inbox(p_after_at timestamp with time zone, p_after_id bigint, p_limit integer) owner to salesdesk_api;
grant execute on function api.approvals_inbox(p_after_at timestamp with time zone, p_after_id bigint, p_limit integer) to salesdesk_user;

-- api.my_approval_requests, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION api.my_approval_requests(p_state text DEFAULT NULL::text)
 RETURNS TABLE(id bigint, type text, record_kind text, record_id bigint, summary text, note text, amount numeric, discount numeric, state text, round integer, step_no integer, steps integer, submitted_at timestamp with time zone, decided_at timestamp with time zone, waiting_on text, version integer)
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
    return query
        select r.id, r.type, r.record_kind, r.record_id, r.summary, r.note, r.amount, r.discount, r.state,
               r.round, r.step_no, r.steps, r.submitted_at, r.decided_at,
               (select string_agg(e.name, '、' order by e.name_sort) from sales.approval_approvers a
                join sales.employees e on e.id = a.employee_id where a.request_id = r.id and a.waiting),
               r.version
        from sales.approval_requests r
        where r.requester_id = private.require_employee() and (p_state is null or r.state = p_state)
        order by r.submitted_at desc, r.id desc
        limit 1000;
end
$function$;
alter function api.my_approval_requests(p_state text) owner to salesdesk_api;
grant execute on function api.my_approval_requests(p_state text) to salesdesk_user;

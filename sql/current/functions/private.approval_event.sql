-- private.approval_event, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_event(p_request sales.approval_requests, p_step integer, p_action text, p_comment text)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.approval_events (request_id, round, step_no, actor_id, action, comment)
    values (p_request.id, p_request.round, p_step, private.current_employee_id(), p_action,
            nullif(btrim(p_comment), ''));
    update sales.approval_requests set last_event_at = clock_timestamp() where id = p_request.id;
$function$;
alter function private.approval_event(p_request sales.approval_requests, p_step integer, p_action text, p_comment text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

-- private.approval_open_step, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_open_step(p_request_id bigint, p_round integer, p_step integer)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.approval_approvers set waiting = true, reached_at = clock_timestamp()
    where request_id = p_request_id and round = p_round and step_no = p_step;
    update sales.approval_requests set step_no = p_step where id = p_request_id;
$function$;
alter function private.approval_open_step(p_request_id bigint, p_round integer, p_step integer) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

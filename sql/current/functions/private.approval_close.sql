-- private.approval_close, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_close(p_request sales.approval_requests, p_state text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    update sales.approval_approvers set waiting = false
    where request_id = p_request.id and round = p_request.round and waiting;
    update sales.approval_requests set state = p_state, step_no = null, decided_at = clock_timestamp()
    where id = p_request.id;
    execute format('select %s($1, $2, $3)',
                   (select t.on_decided::regproc from private.approval_types t where t.type = p_request.type))
        using p_request.id, p_request.record_id, p_state;
end
$function$;
alter function private.approval_close(p_request sales.approval_requests, p_state text) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

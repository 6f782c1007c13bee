-- private.approval_withdraw, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_withdraw(p_request_id bigint, p_comment text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    req sales.approval_requests := private.approval_locked(p_request_id);
begin
    if req.requester_id <> me then
        raise exception 'only the requester withdraws a request' using errcode = '42501';
    end if;
    if req.state <> 'pending' then
        raise exception 'this request is already decided' using errcode = 'SDA04';
    end if;
    perform private.approval_event(req, req.step_no, 'withdrawn', p_comment);
    perform private.approval_close(req, 'withdrawn');
end
$function$;
alter function private.approval_withdraw(p_request_id bigint, p_comment text) owner to salesdesk_owner;
grant execute on function private.approval_withdraw(p_request_id bigint, p_comment text) to salesdesk_api;

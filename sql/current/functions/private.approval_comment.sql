-- private.approval_comment, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_comment(p_request_id bigint, p_comment text)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    req sales.approval_requests := private.approval_locked(p_request_id);
begin
    if req.requester_id <> me and not exists (select 1 from sales.approval_approvers a
                                                where a.request_id = req.id and a.employee_id = me) then
        raise exception 'only the requester and the approvers comment on a request' using errcode = '42501';
    end if;
    if coalesce(btrim(p_comment), '') = '' then
        raise exception 'a comment needs some text' using errcode = 'SDA03';
    end if;
    perform private.approval_event(req, req.step_no, 'commented', p_comment);
end
$function$;
alter function private.approval_comment(p_request_id bigint, p_comment text) owner to salesdesk_owner;
grant execute on function private.approval_comment(p_request_id bigint, p_comment text) to salesdesk_api;

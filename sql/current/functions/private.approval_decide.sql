-- private.approval_decide, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION private.approval_decide(p_request_id bigint, p_approve boolean, p_comment text)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    me bigint := private.require_employee();
    req sales.approval_requests;
    mine sales.approval_approvers;
begin
    if p_approve is null then
        raise exception 'approve or reject' using errcode = 'SD005';
    end if;
    req := private.approval_locked(p_request_id);
    select * into mine from sales.approval_approvers a
    where a.request_id = req.id and a.round = req.round and a.step_no = req.step_no and a.employee_id = me
      and a.waiting and req.state = 'pending';
    if mine.id is null then
        raise exception 'this request is not waiting on you' using errcode = 'SDA01';
    end if;
    -- the guard, again at the decision: the org may have changed since the submit
    if not private.stands_above(me, req.requester_id) then
        raise exception 'an approver must stand above the requester' using errcode = 'SDA02';
    end if;
    if not p_approve and coalesce(btrim(p_comment), '') = '' then
        raise exception 'a rejection needs a comment' using errcode = 'SDA03';
    end if;
    update sales.approval_approvers set decision = case when p_approve then 'approved' else 'rejected' end,
                                        decided_at = clock_timestamp(), waiting = false
    where id = mine.id;
    perform private.approval_event(req, req.step_no, case when p_approve then 'approved' else 'rejected' end,
                                   p_comment);
    if not p_approve then
        perform private.approval_close(req, 'rejected');
        return 'rejected';
    end if;
    if mine.mode = 'all' and exists (select 1 from sales.approval_approvers a
                                     where a.request_id = req.id and a.round = req.round
                                       and a.step_no = req.step_no and a.decision is null) then
        return 'pending';   -- 会签: the others of this step still decide
    end if;
    update sales.approval_approvers set waiting = false
    where request_id = req.id and round = req.round and step_no = req.step_no and waiting;
    if req.step_no < req.steps then
        perform private.approval_open_step(req.id, req.round, req.step_no + 1);
        return 'pending';
    end if;
    perform private.approval_close(req, 'approved');
    return 'approved';
end
$function$;
alter function private.approval_decide(p_request_id bigint, p_approve boolean, p_comment text) owner to salesdesk_owner;
grant execute on function private.approval_decide(p_request_id bigint, p_approve boolean, p_comment text) to salesdesk_api;

-- api.approval_trail, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0023_approvals.sql

CREATE OR REPLACE FUNCTION api.approval_trail(p_approval_request_id bigint)
 RETURNS TABLE(round integer, step_no integer, action text, actor_id bigint, actor_name text, comment text, at timestamp with time zone, mode text)
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
    perform private.require_employee();
    return query
        select t.round, t.step_no, t.action, t.actor_id, e.name, t.comment, t.at, t.mode
        from (
            select v.round, v.step_no, v.action, v.actor_id, v.comment, v.at,
                   (select min(a.mode) from sales.approval_approvers a where a.request_id = v.request_id
                      and a.round = v.round and a.step_no = v.step_no) as mode, v.id as seq
            from sales.approval_events v where v.request_id = p_approval_request_id
            union all
            select a.round, a.step_no, case when a.waiting then 'waiting' else 'pending' end, a.employee_id,
                   null, null, a.mode, null
            from sales.approval_approvers a join sales.approval_requests r on r.id = a.request_id
            where a.request_id = p_approval_request_id and r.state = 'pending' and a.round = r.round
              and a.decision is null and a.step_no >= r.step_no
        ) t join sales.employees e on e.id = t.actor_id
        order by t.round, t.at nulls last, t.seq, t.step_no, e.name_sort;
end
$function$;
alter function api.approval_trail(p_approval_request_id bigint) owner to salesdesk_api;
grant execute on function api.approval_trail(p_approval_request_id bigint) to salesdesk_user;

-- private.approvals_waiting_page, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0069_inbox_pages.sql

CREATE OR REPLACE FUNCTION private.approvals_waiting_page(p_employee_id bigint, p_after_at timestamp with time zone, p_after_id bigint, p_limit integer)
 RETURNS TABLE(id bigint, type text, record_kind text, record_id bigint, requester_id bigint, requester_name text, summary text, note text, amount numeric, discount numeric, round integer, step_no integer, steps integer, mode text, submitted_at timestamp with time zone, reached_at timestamp with time zone, version integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select r.id, r.type, r.record_kind, r.record_id, r.requester_id, e.name, r.summary, r.note, r.amount,
           r.discount, r.round, r.step_no, r.steps, a.mode, r.submitted_at, a.reached_at, r.version
    from sales.approval_approvers a
    join sales.approval_requests r on r.id = a.request_id
    join sales.employees e on e.id = r.requester_id
    where a.employee_id = p_employee_id and a.waiting
      and (a.reached_at, a.request_id) > (coalesce(p_after_at, '-infinity'), coalesce(p_after_id, 0))
    order by a.reached_at, a.request_id
    limit p_limit
$function$;
alter function private.approvals_waiting_page(p_employee_id bigint, p_after_at timestamp with time zone, p_after_id bigint, p_limit integer) owner to salesdesk_owner;
grant execute on function private.approvals_waiting_page(p_employee_id bigint, p_after_at timestamp with time zone, p_after_id bigint, p_limit integer) to salesdesk_api;

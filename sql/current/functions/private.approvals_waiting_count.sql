-- private.approvals_waiting_count, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0069_inbox_pages.sql

CREATE OR REPLACE FUNCTION private.approvals_waiting_count(p_employee_id bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select count(*)::integer from sales.approval_approvers a where a.employee_id = p_employee_id and a.waiting
$function$;
alter function private.approvals_waiting_count(p_employee_id bigint) owner to salesdesk_owner;
grant execute on function private.approvals_waiting_count(p_employee_id bigint) to salesdesk_api;

-- private.expense_submitted, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION private.expense_submitted(p_id bigint, p_approved boolean)
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.expenses set status = case when p_approved then 'approved' else 'submitted' end
    where id = p_id and status in ('draft', 'rejected')
    returning status;
$function$;
alter function private.expense_submitted(p_id bigint, p_approved boolean) owner to salesdesk_owner;
grant execute on function private.expense_submitted(p_id bigint, p_approved boolean) to salesdesk_api;

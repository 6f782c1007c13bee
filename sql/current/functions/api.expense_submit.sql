-- api.expense_submit, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION api.expense_submit(p_expense_id bigint, p_version integer)
 RETURNS text
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
 SET client_min_messages TO 'warning'
 SET debug_print_parse TO 'off'
 SET debug_print_plan TO 'off'
 SET debug_print_rewritten TO 'off'
 SET trace_notify TO 'off'
 SET trace_sort TO 'off'
AS $function$
declare
    x sales.expenses;
    request bigint;
begin
    perform private.writable_checked('expense', p_expense_id, p_version);
    select * into x from sales.expenses e where e.id = p_expense_id for update;
    if x.owner_id <> private.current_employee_id() then
        raise exception 'only the employee who spent it submits an expense' using errcode = '42501';
    elsif x.status = 'submitted' then
        raise exception 'already waiting for approval' using errcode = 'SDA05';
    elsif x.status = 'approved' or x.archived_at is not null then
        raise exception 'read only' using errcode = 'SD003';
    end if;
    request := private.request_approval('expense', x.id, x.amount, null, null,
        concat_ws(' · ', (select c.name from sales.expense_categories c where c.code = x.category),
                  (select k.name from sales.customers k where k.id = x.customer_id), x.note));
    return private.expense_submitted(x.id, request is null);
end
$function$;
alter function api.expense_submit(p_expense_id bigint, p_version integer) owner to salesdesk_api;
grant execute on function api.expense_submit(p_expense_id bigint, p_version integer) to salesdesk_user;

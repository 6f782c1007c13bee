-- api.expense_withdraw, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0030_expenses.sql

CREATE OR REPLACE FUNCTION api.expense_withdraw(p_expense_id bigint, p_comment text DEFAULT NULL::text)
 RETURNS void
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
    request bigint;
begin
    perform private.writable_checked('expense', p_expense_id, null);
    select r.id into request from sales.approval_requests r
    where r.type = 'expense' and r.record_id = p_expense_id and r.state = 'pending';
    if request is null then
        raise exception 'this request is already decided' using errcode = 'SDA04';
    end if;
    perform private.approval_withdraw(request, p_comment);
end
$function$;
alter function api.expense_withdraw(p_expense_id bigint, p_comment text) owner to salesdesk_api;
grant execute on function api.expense_withdraw(p_expense_id bigint, p_comment text) to salesdesk_user;

-- api.payment_plan_save, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION api.payment_plan_save(p_contract_id bigint, p_version integer, p_lines jsonb)
 RETURNS integer
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
    c sales.contracts;
    current_version integer;
    planned numeric;
begin
    perform private.require_employee();
    perform private.writable_checked('contract', p_contract_id, null);
    c := private.money_contract(p_contract_id);
    if jsonb_typeof(p_lines) is distinct from 'array' or jsonb_array_length(p_lines) = 0
       or jsonb_array_length(p_lines) > 120 then
        raise exception 'a plan is a list of one to 120 instalments' using errcode = 'SD005';
    end if;
    select coalesce(max(i.plan_version), 0) into current_version from sales.instalments i
    where i.contract_id = p_contract_id;
    if current_version is distinct from p_version then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    begin
        select sum((l ->> 'amount')::numeric(14, 2)) into planned from jsonb_array_elements(p_lines) l;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if planned is distinct from c.total_amount then
        raise exception 'the instalments must sum to the contract total' using errcode = 'SDM03',
            detail = c.total_amount::text, hint = coalesce(planned, 0)::text;
    end if;
    delete from sales.instalments where contract_id = p_contract_id;
    begin
        insert into sales.instalments (contract_id, due_on, amount, note, plan_version)
        select p_contract_id, (l ->> 'due_on')::date, (l ->> 'amount')::numeric(14, 2),
               nullif(btrim(l ->> 'note'), ''), current_version + 1
        from jsonb_array_elements(p_lines) with ordinality x(l, n)
        order by n;
    exception when data_exception or not_null_violation then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return current_version + 1;
end
$function$;
alter function api.payment_plan_save(p_contract_id bigint, p_version integer, p_lines jsonb) owner to salesdesk_api;
grant execute on function api.payment_plan_save(p_contract_id bigint, p_version integer, p_lines jsonb) to salesdesk_user;

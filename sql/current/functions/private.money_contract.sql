-- private.money_contract, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.money_contract(p_contract_id bigint)
 RETURNS sales.contracts
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts;
begin
    select * into c from sales.contracts where id = p_contract_id for no key update;
    if c.id is null or not private.contract_counts(c.status) then
        raise exception 'money is recorded only on an approved contract' using errcode = 'SDM01';
    end if;
    return c;
end
$function$;
alter function private.money_contract(p_contract_id bigint) owner to salesdesk_owner;
grant execute on function private.money_contract(p_contract_id bigint) to salesdesk_api;

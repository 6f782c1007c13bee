-- private.contract_set_status, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_set_status(p_contract_id bigint, p_status text)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.contracts set status = p_status where id = p_contract_id;
    -- a cancelled contract's open amendment goes with it
    delete from sales.contract_amendments
    where contract_id = p_contract_id and p_status = 'cancelled' and status in ('draft', 'rejected');
$function$;
alter function private.contract_set_status(p_contract_id bigint, p_status text) owner to salesdesk_owner;
grant execute on function private.contract_set_status(p_contract_id bigint, p_status text) to salesdesk_api;

-- private.contract_amendment_discard, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_amendment_discard(p_contract_id bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    delete from sales.contract_amendments where contract_id = p_contract_id and status in ('draft', 'rejected');
$function$;
alter function private.contract_amendment_discard(p_contract_id bigint) owner to salesdesk_owner;
grant execute on function private.contract_amendment_discard(p_contract_id bigint) to salesdesk_api;

-- private.contract_request, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_request(p_contract_id bigint)
 RETURNS sales.approval_requests
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select * from sales.approval_requests where type = 'contract' and record_id = p_contract_id
$function$;
alter function private.contract_request(p_contract_id bigint) owner to salesdesk_owner;
grant execute on function private.contract_request(p_contract_id bigint) to salesdesk_api;

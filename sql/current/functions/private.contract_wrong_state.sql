-- private.contract_wrong_state, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_wrong_state(c sales.contracts, p_action text)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
begin
    raise exception 'a % contract cannot be %', c.status, p_action using errcode = 'SDC02', detail = c.status,
        hint = p_action;
end
$function$;
alter function private.contract_wrong_state(c sales.contracts, p_action text) owner to salesdesk_owner;
grant execute on function private.contract_wrong_state(c sales.contracts, p_action text) to salesdesk_api;

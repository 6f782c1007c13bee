-- private.contract_amendment_set, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_amendment_set(p_contract_id bigint, p_from text[], p_status text, p_fields jsonb DEFAULT NULL::jsonb, p_lines jsonb DEFAULT NULL::jsonb)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.contract_amendments set status = p_status, fields = coalesce(p_fields, fields),
        lines = coalesce(p_lines, lines), updated_at = clock_timestamp(), updated_by = private.current_employee_id(),
        version = version + 1
    where contract_id = p_contract_id and status = any (p_from)
    returning version
$function$;
alter function private.contract_amendment_set(p_contract_id bigint, p_from text[], p_status text, p_fields jsonb, p_lines jsonb) owner to salesdesk_owner;
grant execute on function private.contract_amendment_set(p_contract_id bigint, p_from text[], p_status text, p_fields jsonb, p_lines jsonb) to salesdesk_api;

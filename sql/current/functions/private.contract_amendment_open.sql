-- private.contract_amendment_open, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_amendment_open(p_contract_id bigint)
 RETURNS bigint
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    insert into sales.contract_amendments (contract_id, amendment_no, fields, lines, created_by, updated_by)
    select c.id, c.amendment_no + 1, s.fields, s.lines, private.current_employee_id(), private.current_employee_id()
    from sales.contracts c, private.contract_snapshot(c.id) s
    where c.id = p_contract_id
    returning id
$function$;
alter function private.contract_amendment_open(p_contract_id bigint) owner to salesdesk_owner;
grant execute on function private.contract_amendment_open(p_contract_id bigint) to salesdesk_api;

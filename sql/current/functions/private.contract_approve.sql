-- private.contract_approve, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_approve(p_contract_id bigint, p_request_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts;
    snap record;
begin
    update sales.contracts set status = 'approved', approved_at = clock_timestamp(),
                               number = coalesce(number, private.contract_next_number())
    where id = p_contract_id
    returning * into c;
    snap := private.contract_snapshot(c.id);
    insert into sales.contract_versions (contract_id, amendment_no, fields, lines, amount, tax_amount, total_amount,
                                         request_id, approved_by)
    values (c.id, c.amendment_no, snap.fields, snap.lines, c.amount, c.tax_amount, c.total_amount, p_request_id,
            private.current_employee_id());
end
$function$;
alter function private.contract_approve(p_contract_id bigint, p_request_id bigint) owner to salesdesk_owner;
grant execute on function private.contract_approve(p_contract_id bigint, p_request_id bigint) to salesdesk_api;

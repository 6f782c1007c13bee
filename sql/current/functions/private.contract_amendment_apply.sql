-- private.contract_amendment_apply, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_amendment_apply(p_contract_id bigint, p_request_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    a sales.contract_amendments;
    c sales.contracts;
    snap record;
begin
    select * into a from sales.contract_amendments
    where contract_id = p_contract_id and status = 'submitted' for update;
    update sales.contracts x set
        customer_id = f.customer_id, opportunity_id = f.opportunity_id, title = f.title, signed_on = f.signed_on,
        starts_on = f.starts_on, ends_on = f.ends_on, notes = f.notes, amendment_no = a.amendment_no
    from jsonb_populate_record(null::sales.contracts, a.fields) f
    where x.id = p_contract_id;
    delete from sales.contract_lines where contract_id = p_contract_id;
    insert into sales.contract_lines (contract_id, product_id, quantity, unit_price, discount, tax_rate, notes)
    select p_contract_id, l.product_id, l.quantity, l.unit_price, coalesce(l.discount, 0), coalesce(l.tax_rate, 13),
           l.notes
    from jsonb_array_elements(a.lines) with ordinality e(v, n),
         jsonb_populate_record(null::sales.contract_lines, e.v) l
    order by e.n;
    update sales.contract_amendments set status = 'approved', updated_at = clock_timestamp(),
                                         updated_by = private.current_employee_id()
    where id = a.id;
    select * into c from sales.contracts where id = p_contract_id;
    snap := private.contract_snapshot(c.id);
    insert into sales.contract_versions (contract_id, amendment_no, fields, lines, amount, tax_amount, total_amount,
                                         request_id, approved_by)
    values (c.id, c.amendment_no, snap.fields, snap.lines, c.amount, c.tax_amount, c.total_amount, p_request_id,
            private.current_employee_id());
end
$function$;
alter function private.contract_amendment_apply(p_contract_id bigint, p_request_id bigint) owner to salesdesk_owner;
grant execute on function private.contract_amendment_apply(p_contract_id bigint, p_request_id bigint) to salesdesk_api;

-- private.contract_snapshot, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_snapshot(p_contract_id bigint, OUT fields jsonb, OUT lines jsonb)
 RETURNS record
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select jsonb_build_object('customer_id', c.customer_id, 'customer_name', cu.name,
                              'opportunity_id', c.opportunity_id, 'title', c.title, 'signed_on', c.signed_on,
                              'starts_on', c.starts_on, 'ends_on', c.ends_on, 'notes', c.notes),
           coalesce((select jsonb_agg(jsonb_build_object(
                         'product_id', l.product_id, 'product_code', p.code, 'product_name', p.name,
                         'unit', p.unit, 'quantity', l.quantity, 'unit_price', l.unit_price,
                         'discount', l.discount, 'tax_rate', l.tax_rate, 'notes', l.notes,
                         'amount', l.amount, 'tax_amount', l.tax_amount) order by l.id)
                     from sales.contract_lines l join sales.products p on p.id = l.product_id
                     where l.contract_id = c.id), '[]')
    from sales.contracts c join sales.customers cu on cu.id = c.customer_id
    where c.id = p_contract_id
$function$;
alter function private.contract_snapshot(p_contract_id bigint, OUT fields jsonb, OUT lines jsonb) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

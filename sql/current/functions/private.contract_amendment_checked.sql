-- private.contract_amendment_checked, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_amendment_checked(p_fields jsonb, p_lines jsonb, OUT fields jsonb, OUT lines jsonb)
 RETURNS record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    f sales.contracts;
    bad boolean;
begin
    if jsonb_typeof(p_fields) is distinct from 'object' or jsonb_typeof(p_lines) is distinct from 'array'
       or exists (select 1 from jsonb_object_keys(p_fields) k
                  where k not in ('customer_id', 'customer_name', 'opportunity_id', 'title', 'signed_on', 'starts_on',
                                  'ends_on', 'notes'))
       or exists (select 1 from jsonb_array_elements(p_lines) e(v), jsonb_object_keys(e.v) k
                  where k not in ('product_id', 'product_code', 'product_name', 'unit', 'quantity', 'unit_price',
                                  'discount', 'tax_rate', 'notes', 'amount', 'tax_amount')) then
        raise exception 'an amendment holds the contract''s fields and lines' using errcode = 'SD005';
    end if;
    begin
        f := jsonb_populate_record(null::sales.contracts, p_fields);
        select bool_or(l.product_id is null or l.quantity is null or l.quantity <= 0 or l.unit_price is null
                       or l.unit_price < 0 or coalesce(l.discount, 0) not between 0 and 100
                       or coalesce(l.tax_rate, 13) not between 0 and 100 or length(l.notes) > 500
                       or not exists (select 1 from sales.products p where p.id = l.product_id))
        into bad
        from jsonb_array_elements(p_lines) e(v), jsonb_populate_record(null::sales.contract_lines, e.v) l;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if coalesce(bad, false) or f.title is null or btrim(f.title) <> f.title or f.title = '' or length(f.title) > 200
       or f.ends_on < f.starts_on or length(f.notes) > 4000 then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end if;
    if jsonb_array_length(p_lines) = 0 then
        raise exception 'a contract needs at least one line' using errcode = 'SDC03';
    end if;
    if not exists (select 1 from sales.customers cu where cu.id = f.customer_id)
       or f.opportunity_id is not null and not exists (select 1 from sales.opportunities o where o.id = f.opportunity_id) then
        raise exception 'referenced record not found' using errcode = 'P0002';
    end if;
    fields := p_fields || jsonb_build_object('customer_name', (select cu.name from sales.customers cu
                                                               where cu.id = f.customer_id));
    lines := coalesce((select jsonb_agg(e.v || jsonb_build_object(
                                  'product_code', p.code, 'product_name', p.name, 'unit', p.unit,
                                  'discount', coalesce(l.discount, 0), 'tax_rate', coalesce(l.tax_rate, 13),
                                  'amount', a.amount, 'tax_amount', a.tax_amount) order by e.n)
                       from jsonb_array_elements(p_lines) with ordinality e(v, n),
                            jsonb_populate_record(null::sales.contract_lines, e.v) l,
                            private.contract_line_amounts(jsonb_build_array(e.v || jsonb_build_object(
                                'discount', coalesce(l.discount, 0), 'tax_rate', coalesce(l.tax_rate, 13)))) a,
                            sales.products p
                       where p.id = l.product_id), '[]');
end
$function$;
alter function private.contract_amendment_checked(p_fields jsonb, p_lines jsonb, OUT fields jsonb, OUT lines jsonb) owner to salesdesk_owner;
grant execute on function private.contract_amendment_checked(p_fields jsonb, p_lines jsonb, OUT fields jsonb, OUT lines jsonb) to salesdesk_api;

-- private.contract_line_amounts, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_line_amounts(p_lines jsonb, OUT amount numeric, OUT tax_amount numeric, OUT max_discount numeric)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    select coalesce(sum(a), 0), coalesce(sum(round(a * x.tax_rate / 100, 2)), 0), max(x.discount)
    from jsonb_to_recordset(p_lines) x(quantity numeric(14, 3), unit_price numeric(14, 2),
                                       discount numeric(5, 2), tax_rate numeric(5, 2)),
         lateral (select round(x.quantity * x.unit_price * (1 - x.discount / 100), 2) as a) l
$function$;
alter function private.contract_line_amounts(p_lines jsonb, OUT amount numeric, OUT tax_amount numeric, OUT max_discount numeric) owner to salesdesk_owner;
grant execute on function private.contract_line_amounts(p_lines jsonb, OUT amount numeric, OUT tax_amount numeric, OUT max_discount numeric) to salesdesk_api;

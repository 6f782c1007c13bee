-- private.contract_totals, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0028_quotes_contracts.sql

CREATE OR REPLACE FUNCTION private.contract_totals(p_contract_id bigint)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
    update sales.contracts c
    set amount = t.amount, tax_amount = t.tax_amount, total_amount = t.amount + t.tax_amount
    from (select coalesce(sum(l.amount), 0) as amount, coalesce(sum(l.tax_amount), 0) as tax_amount
          from sales.contract_lines l where l.contract_id = p_contract_id) t
    where c.id = p_contract_id
      and (c.amount, c.tax_amount) is distinct from (t.amount, t.tax_amount);
$function$;
alter function private.contract_totals(p_contract_id bigint) owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

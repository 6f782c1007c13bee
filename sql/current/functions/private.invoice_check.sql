-- private.invoice_check, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.invoice_check()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts := private.money_contract(new.contract_id);
    others numeric;
begin
    select coalesce(sum(i.total_amount), 0) into others from sales.invoices i
    where i.contract_id = new.contract_id and i.id <> new.id;
    if others + new.amount + new.tax_amount > c.total_amount then
        raise exception 'the invoices would exceed the contract total' using errcode = 'SDM04',
            detail = (c.total_amount - others)::text;
    end if;
    return new;
end
$function$;
alter function private.invoice_check() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

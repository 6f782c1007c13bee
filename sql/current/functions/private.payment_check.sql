-- private.payment_check, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.payment_check()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts := private.money_contract(new.contract_id);
    others numeric;
begin
    if new.status not in ('pending', 'approved') then
        return new;
    end if;
    select coalesce(sum(p.amount), 0) into others from sales.payments p
    where p.contract_id = new.contract_id and p.status in ('pending', 'approved') and p.id <> new.id;
    if others + new.amount > c.total_amount then
        raise exception 'the payments would exceed the contract total' using errcode = 'SDM02',
            detail = (c.total_amount - others)::text;
    end if;
    return new;
end
$function$;
alter function private.payment_check() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

-- private.payment_requested, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.payment_requested()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    c sales.contracts := (select c2 from sales.contracts c2 where c2.id = new.contract_id);
    req bigint;
begin
    -- written by no employee (IT loading history, the demo): taken as approved as loaded
    if private.current_employee_id() is not null then
        req := private.request_approval('payment', new.id, new.amount, null, null,
                                        left(coalesce(c.number, c.title) || ' ' || new.amount::text, 500));
    end if;
    update sales.payments set status = case when req is null then 'approved' else 'pending' end
    where id = new.id;
    return null;
end
$function$;
alter function private.payment_requested() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner

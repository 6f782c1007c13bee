-- private.instalments_sum_check, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0029_payments.sql

CREATE OR REPLACE FUNCTION private.instalments_sum_check()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
declare
    contract_ids bigint[] := array_remove(array[(to_jsonb(new) ->> 'contract_id')::bigint,
                                                (to_jsonb(old) ->> 'contract_id')::bigint], null);
    c sales.contracts;
    planned numeric;
begin
    for c in select * from sales.contracts where id = any (contract_ids) loop
        select coalesce(sum(i.amount), 0) into planned from sales.instalments i where i.contract_id = c.id;
        if planned <> 0 and planned <> c.total_amount then
            raise exception 'the instalments must sum to the contract total' using errcode = 'SDM03',
                detail = c.total_amount::text, hint = planned::text;
        end if;
    end loop;
    return null;
end
$function$;
alter function private.instalments_sum_check() owner to salesdesk_owner;
-- no privilege granted to anyone but the owner
